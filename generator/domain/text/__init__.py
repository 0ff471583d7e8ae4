"""Text as the sources give it: what counts as markup in a plain field, a body's first
paragraph, and 'did you mean ...?' for a mistyped slug."""
