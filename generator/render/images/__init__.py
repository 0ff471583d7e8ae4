"""The images the site derives: resized photos and covers without metadata, the social
cards, and the network's own look (colours, logo, favicon)."""
