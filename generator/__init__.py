"""Static site generator for public ambassador networks (an MkDocs plugin)."""

__version__ = "0.2.0"
