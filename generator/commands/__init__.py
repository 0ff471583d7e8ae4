"""The command line's jobs beyond building and checking: a new source from its scaffold, the
JSON Schemas, CODEOWNERS from the ambassadors' `github:` fields, and an issue's e-mail preview."""
