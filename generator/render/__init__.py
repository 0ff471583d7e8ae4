"""Everything the site makes from the domain, without MkDocs: one package per thing it
makes (pages, what templates get, feeds, calendars, the press room, images, search), with
what several of them share loose here: labels, dates, routes, HTML clean-up, structured data,
where output files go, and the newsletter e-mail."""
