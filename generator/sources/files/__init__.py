"""Which files there are: the sources of each kind and their slugs, the files of docs_dir
MkDocs publishes by itself, and the rule that every read stays inside the repository."""
