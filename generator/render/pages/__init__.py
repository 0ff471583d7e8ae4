"""Which pages the site makes and what each kind of page is: the page kinds (data a
template reads as `spec`), the plan of pages and images, the directory's filter values and the
stories' themes, and each page's description."""
