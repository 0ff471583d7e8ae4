"""What the templates get: the `amb` helpers (helpers.Helpers, a façade over links, media,
calendar and podium parts), with the tables and charts they draw."""
