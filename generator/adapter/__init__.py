"""What the plugin adds to MkDocs' own files and navigation: generated pages and files, the
network's look, the browser editor's page and the tabs. The plugin (plugin.py) calls these."""
