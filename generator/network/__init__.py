"""A new network's repository, as `python -m generator init` writes it."""
