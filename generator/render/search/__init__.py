"""The search index: Pagefind run on the built pages, its entries and weights, with the index
folded and ordered so the same sources give the same bytes."""
