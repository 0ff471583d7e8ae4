"""English: the language every message id is defined in first."""

MESSAGES: dict[str, str] = {
    # What a field type expects: completes "expected ..." (sources/front_matter/fields.py, records.py).
    "type.value": "a value",
    "type.text": "text",
    "type.choice": "one of {values}",
    "type.slug": "a slug: lowercase letters a-z, digits and hyphens, like marie-van-den-berg",
    "type.bool": "true or false",
    "type.date": "a date like 2025-01-20",
    "type.moment": "a date like 2026-03-12 or a date and time like 2026-03-12T19:00",
    "type.https": "a web address starting with https://, like https://example.nl/page",
    "type.image": "an image file name in this folder, like portrait.jpg (jpg, jpeg, png or "
                  "webp)",
    "type.github": "a GitHub user name like mvdberg",
    "type.focus": "two percentages from the left and the top, like [50, 30]",
    "type.list": "a list like {example}",
    "shape.list": "a list",
    "shape.fields": "a group of fields",

    # A value that does not parse.
    "value.mismatch": "expected {expected}, got {got}{hint}",
    "value.expected": "expected {expected}",
    "value.close": " (did you mean '{close}'?)",
    "text.empty": "expected text, got an empty value",
    "text.too_long": "the text is {length} characters long; at most {limit} are allowed here",
    "text.html": "HTML is not allowed in this field (found {tag}): write plain text; the build "
                 "removes it",
    "text.invisible": "the text contains an invisible character ({char}) that can disguise "
                      "what it says: remove it (retype the text)",
    "date.not_a_day": "{value} is not a day in the calendar",
    "date.out_of_range": "{value} lies outside the years {first}-{last}: check the year for a "
                         "typo, like 2025-01-20",
    "text.control": "control characters removed ({chars}): they come with text pasted from a "
                    "PDF or a word processor and mean nothing on a web page; the site is built "
                    "without them, delete them here to silence this",
    "clock.epoch": "expected whole seconds since 1970-01-01 00:00 UTC, from 0 up to {last} "
                   "({moment:%Y-%m-%d %H:%M:%S} UTC), like 1767225600; got {value}",
    "clock.timezone": "unknown timezone {name}: use an IANA name like 'Europe/Amsterdam'",
    "moment.invalid": "{value} is not a valid date and time",
    "moment.offset": "{offset!r} is not a time zone offset: use Z or +HH:MM, like +02:00",
    "moment.skipped": "{moment:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks skip that "
                      "hour for daylight saving time",
    "list.too_long": "the list has {count} items; at most {limit} are allowed",
    "list.item": "item {number}: {problem}",

    # Fields of a source (sources/front_matter/records.py, frontmatter.py).
    "fields.expected": "expected fields like {example}",
    "fields.entries": "expected a list of entries, each starting with '- ', like:{example}",
    "field.unknown": "unknown field '{key}': allowed fields are {allowed}",
    "field.unknown_close": "unknown field '{key}': did you mean '{close}'? allowed fields are "
                           "{allowed}",
    "field.required": "this field is required: add a line like '{name}: {example}'",
    "field.not_plain": "a field name must be plain text",
    "field.twice": "field '{name}' appears twice (also on line {first}); keep one",
    "frontmatter.missing": "expected front matter at the top: a line '---', the fields, and a "
                           "closing line '---'",
    "frontmatter.unclosed": "the front matter is not closed: add a line '---' after the fields",
    "frontmatter.not_fields": "the front matter must be a list of 'field: value' lines, not a "
                              "single value or a list",
    "frontmatter.anchors": "YAML anchors and aliases (&name, *name) are not allowed: write each "
                           "value out in full",
    "frontmatter.too_deep": "lists and groups of fields are nested more than {limit} deep; no "
                            "field needs that: check the indentation and the brackets",
    # {problem} is PyYAML's own English; other languages show the advice below instead.
    "yaml.invalid": "the front matter is not valid YAML: {problem}",
    "yaml.colon": "there is a colon where none can be: put a value with a colon in quotes, like "
                  "role: 'eigenaar: bakkerij', and check the indentation",
    "yaml.unclosed": "a list or group in brackets is not closed: a '{first}' or '{second}' is "
                     "missing",
    "yaml.tab": "there is a tab: indent with spaces",
    "yaml.cannot_start": "a value cannot start with '{char}': put the whole value in quotes, "
                         "like github: '@mvdberg'",
    "yaml.open_quote": "a quote is not closed: end the value with the same quote it starts "
                       "with",
    "yaml.indentation": "the indentation is wrong: fields at the same level start equally far "
                        "to the right",
    "yaml.other": "check the colons, quotes, brackets and indentation on this line",

    # Files and folders (sources/files/tree.py, loaders.py, confinement.py).
    "folder.ambassador_index": "an ambassador folder needs an index.md file",
    "folder.story_index": "a story folder needs an index.md file",
    "folder.reserved": "the folder name {slug!r} is taken by the site itself ({where}); "
                       "choose another name, like the ambassador's full name (not: {taken})",
    "slug.invalid": "the {kind} name {slug!r} is not a valid slug: use lowercase letters a-z, "
                    "digits and hyphens{advice}",
    "slug.like": ", like {suggestion!r}",
    "slug.taken": "; {other} already exists, so merge the two or choose another name",
    "slug.duplicate": "duplicate {kind} {slug!r}: {other} has the same name",
    "slug.too_long": "the {kind} name {slug} is {length} characters long; a name (it becomes "
                     "the web address) may be at most {limit} characters: rename it, for "
                     "example to {suggestion!r}",
    "folder.ambassador_file": "an ambassador is a folder, not a single file: move this file "
                              "to {target} and put the photo beside it in {folder}/; as it "
                              "is, this file is not read",
    "file.md_name": "this file is not read: the file of a {kind} ends in .md; rename it to "
                    "{name}",
    "private.both": "{slug!r} is both here and in the public sources ({there}); a {kind} lives "
                    "in the private folder or in the public one, not in both: remove one",
    "private.absent": "the private folder {folder} is not here: only the public sources are "
                      "built",
    "private.overlaps": "the private folder {private} overlaps {option} ({where}); choose a "
                        "folder of its own beside them, like 'private', and keep it out of git "
                        "(.gitignore)",
    "confine.outside": "{folder} lies outside the site's folder {root}; source folders must be "
                       "inside the repository",
    "confine.link": "is a symbolic link: links are never followed, so that nothing outside the "
                    "repository can be read or published; put the file or folder itself here",
    "confine.link_in_path": "{path} {link}",
    "file.unreadable": "cannot read the file: {reason}",
    "file.too_large": "the file is {mib:.1f} MiB; a Markdown source may be at most 1 MiB",
    "file.not_utf8": "the file is not UTF-8 text: save it as UTF-8",
    "file.name_invisible": "the name contains a character that cannot be seen ({char}); it "
                           "would reach the page's address and every page's menu: rename "
                           "the file or folder",

    # The kinds of source: as a value ("story 'x' held back"), and as a message about one
    # source names it (English puts the article in the sentence; Dutch puts dit/deze here).
    "kind.ambassador": "ambassador",
    "kind.story": "story",
    "kind.event": "event",
    "kind.appointment": "appointment",
    "kind.newsletter_issue": "newsletter issue",
    "this.ambassador": "ambassador",
    "this.story": "story",
    "this.event": "event",
    "this.appointment": "appointment",
    "this.newsletter_issue": "newsletter issue",

    # The Markdown body (sources/loaders.py, complexity.py, safety.py, body_images.py).
    "body.placeholder": "still holds the placeholder of 'python -m generator new' "
                        "(\"{placeholder} ...\"): write the real text first",
    "body.unsafe": "{what} is not allowed: it could run a script on the public site; remove it "
                   "(the build removes it too)",
    "unsafe.tag": "a <{name}> tag",
    "unsafe.handler": "an event-handler attribute ({name})",
    "unsafe.scheme": "a {name}: link",
    "unsafe.data": "a {name}: URL",
    # Files in docs_dir published as they are, and hand-written pages (sources/files/raw_files.py,
    # docs_files.py, hand_written.py).
    "unsafe.declaration": "a document type declaration with its own definitions ({name})",
    "unsafe.instruction": "a processing instruction (<?{name})",
    "unsafe.remote_use": "a <use> of a file elsewhere ({name})",
    "unsafe.use_unchecked": "a <use> tag too long to check, or more than {name} of them",
    "raw.unsafe": "{what} is not allowed in an HTML, SVG or XML file, which is published as it "
                  "is: it could run a script on the public site; remove it (the build leaves "
                  "the file out)",
    "raw.too_large": "the file is {mib:.1f} MiB; an HTML, SVG or XML file may be at most "
                     "{limit} MiB, to be checked for scripts (the build leaves it out)",
    "raw.not_utf8": "the file is not UTF-8 text, so it cannot be checked for scripts: save it "
                    "as UTF-8 (the build leaves it out)",
    "raw.control": "the file contains the control character {char}, which can hide a script "
                   "from this check: remove it (the build leaves the file out)",
    "raw.gzip": "the file is not a complete gzip-compressed SVG, so it cannot be checked for "
                "scripts: save it as .svg (the build leaves it out)",
    "page.template": "{value} is not a page template: use main.html (or amb/home.html for a "
                     "home page), or leave template out; the build uses {used}",
    "docs.taken": "would be published at {address}, where the site publishes its own "
                  "{pattern}: rename or move the file (the build leaves it out)",
    "docs.theme_file": "would be published at {address} instead of the theme's file of that "
                       "name, which its pages load: rename or move the file (the build "
                       "leaves it out)",
    "body.slow": "this paragraph has too many unclosed or deeply nested brackets ('[', '(', '<' "
                 "or '`') to be read in reasonable time: close them or split the paragraph",
    "body.dense": "this paragraph is too long for the links, code, emphasis and HTML in it to "
                  "be read in reasonable time: split it into shorter paragraphs with empty "
                  "lines",
    "body.emphasis": "emphasis ('*' or '_') is opened more than {limit} times without being "
                     "closed in this paragraph, too deep to be read: close the marks or remove "
                     "some",
    "body.nesting": "lists or quotes are nested more than {limit} levels deep here, too deep to "
                    "be read: use fewer levels",
    "body.nested_often": "too many lines are nested deep in lists or quotes to be read in "
                         "reasonable time: use fewer levels, or fewer lines in the deep ones",
    "body.lines": "the text has more than {limit} lines, too many to be read in reasonable "
                  "time: shorten it or split it over several files",
    "body.paragraphs": "the text has more than {limit} paragraphs or empty lines, too many to "
                       "be read in reasonable time: shorten it or split it over several files",
    "body.markup": "the text has more than {limit} markup characters ('[', ']', '(', ')', '`', "
                   "'\\', '<', '&', '*', '_' or '|'), too many to be read in reasonable time: "
                   "shorten it or split it over several files",
    "body_image.no_alt": "the image {name!r} has no description: write one between the "
                         "brackets, like ![Drie collega's aan de lunchtafel]({name})",
    "body_image.flat_story": "{name!r}: a story with images must be a folder: move it to "
                             "stories/<slug>/index.md and put the image beside it",

    # Images named in front matter (sources/images.py, press_ready.py).
    "image.not_a_name": "expected a file name in this folder, got {name!r}: the image must sit "
                        "beside the Markdown file",
    "image.link": "{name!r} is a symbolic link; links are never followed: put the image itself "
                  "in the folder",
    "image.missing": "the file {name!r} does not exist in this folder ({listing})",
    "image.none_here": "no images here",
    "image.here": "images here: {names}",
    "image.outside": "{name!r} points outside this folder (a link?); put the image itself in "
                     "the folder",
    "image.not_a_file": "{name!r} is not a file",
    "image.damaged": "the image cannot be read to the end (damaged or cut off); export or "
                     "save it again",
    "image.too_large": "{name!r} is {mib:.1f} MiB; at most 20 MiB is allowed",
    "image.unreadable": "{name!r} is not a readable JPEG, PNG or WebP image",
    "image.format": "{name!r} is a {format} image; use JPEG, PNG or WebP",
    "image.misnamed": "{name!r} is really a {format} image; rename it to end in {suffix}",
    "image.pixels": "{name!r} has {width}x{height} pixels ({megapixels:.0f} megapixels); at "
                    "most 40 are allowed",
    "image.cut_off": "{name!r} cannot be read to the end (damaged or cut off): export or save "
                     "it again",
    "press.no_photo": "announced on {when:%Y-%m-%d %H:%M} without a photo: the press kit and "
                      "the feeds need a portrait of at least {pixels} px on the long side",
    "press.small_photo": "{photo} is {width}×{height} px, too small to print: the press kit of "
                         "{when:%Y-%m-%d %H:%M} needs at least {pixels} px on the long side",
    "press.no_credit": "announced on {when:%Y-%m-%d %H:%M}: add photo_credit, the name a "
                       "newspaper prints under the portrait",
    "photo.no_credit": "{photo} is published without photo_credit: add the photographer (and "
                       "licence), like \"Foto: Jan de Vries, CC BY 4.0\"; press kits and feeds "
                       "print it under the portrait",

    # One source's own values (sources/loaders.py).
    "order.term": "the term ends ({end}) before it starts ({start})",
    "order.event": "the event ends ({end}) before it starts ({start})",
    "event.end_shape": "expected {shape}, the same kind of value as start (a date alone for "
                       "all-day events, a date and time otherwise)",
    "event.timed": "a date and time like 2026-03-12T21:30",
    "event.all_day": "a date like 2026-03-12",
    "appearance.twice": "the same appearance (date {date}, title {title!r}) is already listed "
                        "as entry {entry}; remove one",
    "story.image_alt": "a story with an image needs image_alt: a short description of the "
                       "image for people who cannot see it",
    "appointment.file_name": "an appointment announcement is named after its year, like "
                             "content/appointments/2026.md",

    # Across sources (domain/site.py, event_links.py, appointed.py, exposure.py).
    "ambassador.unknown": "unknown ambassador {slug!r}{hint}",
    "ambassador.is_folder": "; each slug is the name of a folder in ambassadors/",
    "suggest.one": "; did you mean {first!r}?",
    "suggest.two": "; did you mean {first!r} or {second!r}?",
    "suggest.three": "; did you mean {first!r} or {second!r} or {third!r}?",
    "event.unknown": "unknown event {slug!r}{hint}",
    "event.none": "; there are no events: each event is a file in content/events/",
    "event.named_like": "; an event is named by its file name without .md, like {stem!r} for "
                        "{path}",
    "event.other_day": "{date} is not the date of event {slug!r} ({days}); check both dates",
    "event.days": "{first} to {last}",
    "event.sequence": "{fields} changed since the previous version, but sequence is not "
                      "raised: write sequence: {wanted}, so that calendars that imported this "
                      "event take the change",
    "previous.unreadable": "the previous version's events ({folder}) cannot be read, so no "
                           "event's sequence is checked against them: {reason}",
    "reason.previous_missing": "{folder} is not a folder",
    "reason.previous_error": "{error}",
    "appearance.outside_term": "{date} lies outside the term ({start} to {end}), so it does "
                               "not count",
    "appointment.late": "{slug!r} started the term on {start}, more than {days} days before "
                        "this announcement ({announced})",
    "appointment.missing": "{slug!r} is named in no announcement ({folder}/<year>.md); "
                           "appointed mid-year is allowed, but add them to the next "
                           "announcement or check the spelling of the slug there",
    "network.over_maximum": "{active} ambassadors are active, more than the network maximum of "
                            "{maximum}",
    "held.until": "{kind} {slug!r} held back until {until:%Y-%m-%d %H:%M %Z}: {reason}",
    "held.never": "{kind} {slug!r} held back: {reason}",
    "reason.not_announced": "not announced yet",
    "reason.not_started": "term has not started",
    "reason.names_hidden": "names an ambassador who is not public yet",
    "reason.draft": "draft",
    "reason.future": "dated in the future",
    "reason.embargo": "embargo",
    "exposed.readable": "under embargo until {moment:%Y-%m-%d %H:%M %Z}, but readable on the "
                        "repository host before its moment; move {what} to the private folder "
                        "({where})",
    "exposed.folder": "it (the whole folder, photo included)",
    "exposed.file": "it",
    "exposed.no_private_dir": "first set the plugin option private_dir in mkdocs.yml; see the "
                              "README",

    # Files the tools make (cli.py, cms_config.py, commands/codeowners.py) and `new` (commands/scaffold.py).
    "codeowners.stale": "out of date with the ambassadors' github: fields; the publishing "
                        "workflow updates it after the merge (or run 'python -m generator "
                        "codeowners --write' and commit the result)",
    "codeowners.no_maintainer": "name at least one maintainer, like @organisatie/redactie",
    "codeowners.bad_owner": "{owner!r} is not a CODEOWNERS owner: use @user, "
                            "@organisation/team or an e-mail address",
    "cms.stale": "not what 'python -m generator cms-config' makes from the schemas and "
                 "mkdocs.yml: the site publishes the configuration the generator makes, not "
                 "this file; run 'python -m generator cms-config --write' and commit the "
                 "result, so that the repository shows what /admin/ uses",
    "init.bad_value": "{flag}: expected {expected}, got {value}",
    "init.plain_text": "plain text on one line, without HTML or invisible characters, at most "
                       "{limit} characters",
    "init.https": "the https:// address the site will be published at, like "
                  "'https://ambassadeurs.example.nl/'",
    "init.repository": "a GitHub repository as OWNER/NAME, like 'netwerk-zorg/ambassadeurs'",
    "init.logo": "an existing .svg or .png file, not a link",
    "init.option": "{flag}: {problem}",
    "init.no_option": "{flag}: this version of the generator has no {option!r} option",
    "init.not_empty": "{folder} exists and is not an empty folder: choose a new folder, "
                      "nothing was written",
    "init.check_failed": "the new repository does not pass 'python -m generator check', so "
                         "it was removed again:\n{problems}",
    "new.private_default": "written in the private folder: the announcement of "
                           "{moment:%Y-%m-%d %H:%M} ({announcement}) is scheduled, so the term "
                           "starts that day; add {slug!r} to its ambassadors. Not one of that "
                           "group? Remove the folder and run the command again with --public",
    "new.exists": "{path} already exists; edit that file, or choose another name",
    "new.year": "the year must have four digits, like 2027, got {year!r}",
    "new.one_line": "the {what} must be one line",
    "new.no_letters": "the {what} {text!r} has no letters or digits to make a file name from",
    "new.name": "name",
    "new.title": "title",
    "new.option": "{option}: {problem}",
    "new.no_ambassador": "name at least one ambassador with --ambassador SLUG",
    "new.is_folder": "; each slug is the name of an ambassador's folder",

    # Plugin options in mkdocs.yml (sources/options/press_contact.py).
    "option.press_contact": "press_contact: expected a mapping with name, role, email and "
                            "phone",
    "option.press_contact_key": "press_contact: unknown key {key!r}; expected name, role, email "
                                "or phone",
    "option.got": "{field}: expected {expected}, got {value!r}",
    "option.without": "{field}: expected {expected}, without {what}",
    "option.markup": "markup ({tag})",
    "option.unprintable": "invisible characters, line breaks or over {limit} characters",
    "option.email": "an e-mail address like pers@example.nl",
    "option.phone": "a phone number like +31 30 123 45 67, in quotes",
    "option.line": "one line of text",
    "option.invite_contact": "invite_contact: expected an e-mail address like "
                             "uitnodigen@example.nl or an https:// page, got {value!r}",
    "option.https": "{option}: expected an https:// address, got {value!r}",
    "option.site_url": "site_url is required, e.g. 'site_url: https://ambassadeurs.example.nl/': "
                       "feeds and calendars need absolute links",
    "option.label_unknown": "labels: unknown label {key!r}; it is not used",
    "option.urls": "urls: expected a mapping of words, like 'ambassadors: ambassadors'",
    "option.urls_key": "urls: unknown key {key}; expected one of {known}",
    "option.urls_value": "urls: {key}: expected lower-case letters, digits and '-', parts "
                         "joined by '/' (like 'ambassadors' or 'en/ambassadors'), at most "
                         "{limit} characters, got {value}",
    "option.workers": "workers: expected a whole number from 1 to {most}, got {value}",
    "option.newsletter_signup": "newsletter_signup: expected a mapping with action, "
                                "email_field and optionally name_field and hidden",
    "option.newsletter_signup_key": "newsletter_signup: unknown key {key}; expected action, "
                                    "email_field, name_field or hidden",
    "option.newsletter_signup_action": "newsletter_signup.action: expected the https:// "
                                       "address the service's sign-up form posts to, got "
                                       "{value}",
    "option.newsletter_signup_field": "newsletter_signup.{key}: expected a field name of "
                                      "letters, digits, '_', '-', '[' and ']', at most {limit} "
                                      "characters, got {value}",
    "option.newsletter_signup_hidden": "newsletter_signup.hidden: expected a mapping of at "
                                       "most {most} field names to values, like 'u: abc'",
    "option.newsletter_signup_value": "newsletter_signup.hidden.{name}: expected one line of "
                                      "plain text of at most {limit} characters, without "
                                      "markup or control characters, got {value}",
    "option.newsletter_signup_twice": "newsletter_signup: the field name {name} is used twice",
    "search.failed": "the search index could not be written: {reason}",
    "option.email_colour": "email_colour: expected a colour like '#0b5e55', got {value}",
    # The network's look (generator/sources/options/rules.py, sources/options/logo.py).
    "option.colour_contrast": "{option}: {colour} gives {ratio} with white; expected at least "
                              "4.5:1 (WCAG 2.1 AA), so that white text on it and it as text "
                              "on white are readable: take a darker shade",
    "option.logo_outside": "logo: {file} lies outside the repository; put the file in it, "
                           "like 'theme/logo.svg'",
    "option.logo_link": "logo: {link} is a symbolic link: links are never followed, so that "
                        "nothing outside the repository is published; put the file itself "
                        "there",
    "option.logo_missing": "logo: {file} is not a file in the repository; expected an .svg "
                           "or .png file, relative to mkdocs.yml, like 'theme/logo.svg'",
    "option.logo_unreadable": "logo: {file} cannot be read: {reason}",
    "option.logo_too_large": "logo: {file} is {kib} KiB; a logo may be at most {limit} KiB",
    "option.logo_unsafe": "logo: {file}, line {line}: {what} is not allowed in a logo, which "
                          "is published as it is and drawn by the build",
    "option.logo_invalid": "logo: {file} {reason}",
    "option.logo_reference": "logo: {file}, line {line}: {reference} refers to something "
                             "outside the file; a logo may refer only to its own parts "
                             "('#id') and embed an image only as data:image/png;base64",
    "option.logo_pixels": "logo: {file} is {width}×{height} pixels; expected from {least} to "
                          "{most} pixels each way",
    "option.logo_shape": "logo: {file} is {width}×{height}; a logo may be at most {most} "
                         "times as wide as it is high, or as high as it is wide",
    "reason.logo_not_utf8": "is not UTF-8 text: save the SVG as UTF-8",
    "reason.logo_not_xml": "is not well-formed XML (line {line}): export the SVG again",
    "reason.logo_not_svg": "is not an SVG drawing (its first element is not <svg>)",
    "reason.logo_no_size": "has no size: give its <svg> a viewBox, like viewBox=\"0 0 64 64\"",
    "reason.logo_not_png": "is not a PNG image that can be read: export it again as PNG",
    # Every option and visitor-facing setting by its rule (generator/sources/options/rules.py).
    "option.expected": "{option}: expected {expected}, got {value}",
    "type.whole": "a whole number from {least} to {most}",
    "type.colours": "a list of {count} colours like ['#0b5e55', '#a1421b']",
    "type.colour": "a colour like '#0b5e55'",
    "type.logo": "an .svg or .png file inside the repository, relative to mkdocs.yml, like "
                 "'theme/logo.svg'",
    "type.folder": "a folder inside the repository, relative to mkdocs.yml, like {example!r}",
    "type.page": "a Markdown page inside docs_dir, like 'je-pagina-bewerken.md'",
    "type.contact": "an e-mail address like toegankelijkheid@example.nl or an https:// page",
    "type.site_url": "an https:// address like 'https://ambassadeurs.example.nl/' "
                     "(http:// only for localhost or 127.0.0.1, as 'mkdocs serve' sets "
                     "it), without a user name or password",
    "type.repo_url": "the repository's https:// address, like "
                     "'https://github.com/netwerk/site', without a user name or password",
    "type.edit_uri": "a path on the repository host like 'edit/main/docs/', or an "
                     "https:// address",
    "type.mapping": "a mapping like 'key: value'",
    "type.none": "none",
    "option.folder_outside": "{option}: {folder} lies outside the repository (the folder of "
                             "mkdocs.yml) or in .git: the build reads and writes only inside "
                             "it; choose a folder there",
    "option.cache_tracked": "{option}: {folder} holds {count} file(s) that git tracks "
                            "({files}): a cache is made by the builds and never comes from a "
                            "commit (its compiled templates are code the build runs); take "
                            "them out of git with `git rm -r --cached` and keep the folder in "
                            ".gitignore",
    "option.folders_overlap": "{option}: {folder} overlaps {other} ({where}): {why}",
    "reason.docs_dir": "MkDocs publishes every file in docs_dir as it is (original photos "
                       "with their GPS position, private sources); choose a folder outside it",
    "reason.site_dir": "the build empties the output folder and writes the site there; choose "
                       "folders apart",
    "reason.apart": "a file would be read twice or overwritten; choose folders apart",
    "option.docs_folder_outside": "{option}: {folder} is not a folder inside docs_dir: these "
                                  "pages are read from a folder in docs_dir, like 'events'",
    "option.docs_folders_overlap": "{option}: {folder} overlaps {other} ({where}): a "
                                   "page would be read as two kinds; choose folders apart",
    "option.label_placeholder": "{field}: {found} is not a placeholder of this text; it may use "
                                "{known}, written like that",
    "option.label_brace": "{field}: a '{{' or '}}' without its pair; this text may use {known}",
    "option.unknown": "not an option of the {plugin} plugin{close}: MkDocs ignores it and "
                      "warns, which fails a --strict build",
    "option.setting_unknown": "not a setting MkDocs knows (or one it no longer supports)"
                              "{close}: it ignores it and warns, which fails a --strict build",
    "option.hooks": "{path} runs code during the build: a coordinator reviews this change",
    "option.python_tag": "{tag} makes MkDocs import or run Python code while it reads "
                         "mkdocs.yml: a coordinator reviews this change",
    "option.urls_twice": "urls: {key} ({value}) and {other} ({other_value}) would put two "
                         "outputs at one address; choose words apart (neither inside the other)",
    "option.urls_reserved": "urls: {key}: {value} is taken by {word}; choose another word",
    "option.yaml": "not readable as YAML: {problem}",
    "option.docs_dir_missing": "docs_dir: the folder {folder} does not exist (relative to "
                               "mkdocs.yml)",
    "option.edit_uri_both": "MkDocs ignores edit_uri when edit_uri_template is set, and warns, "
                            "which fails a --strict build: keep one of them",
    "option.mkdocs": "MkDocs says: {said}",
    "newsletter.unknown": "no newsletter issue {slug!r}; the issues are: {known}",
    "newsletter.no_unsubscribe": "the newsletter has neither the option email_unsubscribe nor "
                                 "newsletter_signup: the e-mail's 'Afmelden' link goes to "
                                 "{page}, which can only say that the mailing service's own "
                                 "link at the bottom of every mail unsubscribes; give the "
                                 "service's unsubscribe link as email_unsubscribe (Mailchimp: "
                                 "\"*|UNSUB|*\") or its form as newsletter_signup",
    "newsletter.remote_image": "an image from another host ({host}): a mail client or browser "
                               "would fetch it there, telling that host who reads the "
                               "newsletter and when (a tracking pixel); the page, the e-mail "
                               "and the feeds leave it out: use an image from the site itself",
    "newsletter.preview_failed": "the build for the preview of {slug!r} failed:\n{output}",
}
