"""The plugin's options and the MkDocs settings visitors meet: where each stands in
mkdocs.yml, and the rules of each (contacts, the sign-up form, the logo)."""
