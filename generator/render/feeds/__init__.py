"""The RSS 2.0 and Atom feeds: which items, their HTML with absolute links and images, and
the files feedgen writes."""
