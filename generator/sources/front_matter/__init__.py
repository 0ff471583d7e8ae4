"""Front matter: YAML with a line number for every key, the field types, and the
schema of every source kind that turns a mapping into a checked record."""
