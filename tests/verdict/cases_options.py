"""Verdict cases for mkdocs.yml: the plugin's options, the MkDocs settings that reach
visitors, what MkDocs itself does not know, and the entries that run code (issue 26, items
2, 3 and 9)."""

from __future__ import annotations

from tests.verdict import Case

SIGNUP = "newsletter_signup:\n  action: https://lijst.example.org/aanmelden\n  email_field: EMAIL\n"

CASES: list[Case] = [
    # one rule per option (generator/config.py)
    Case("option.expected", options="term_years: 1000000000000000000000000000000",
         note="used to end in an OverflowError"),
    Case("option.expected", options="card_colors: [red, blue]",
         note="used to end in a ValueError naming no option"),
    Case("option.expected", options="edit_guide: ../README.md"),
    Case("option.expected", mkdocs="edit_uri: 'javascript:alert(1)'",
         note="written after the base site's own edit_uri: YAML takes the last"),
    Case("option.site_url", mkdocs="site_url: ''"),
    Case("option.edit_uri_both", mkdocs="edit_uri_template: 'src/branch/main/docs/{path}'",
         note="MkDocs ignores edit_uri then and warns: --strict fails"),
    # folders: inside the repository, apart from docs_dir, the output and each other
    Case("option.folder_outside", options="cache_dir: ../buiten"),
    Case("option.folder_outside", mkdocs="site_dir: ../uitvoer",
         note="judged as mkdocs.yml writes it; the test's --site-dir is the operator's"),
    Case("option.folders_overlap", options="stories_dir: docs/verhalen",
         note="MkDocs would publish the raw sources"),
    Case("option.docs_folder_outside", options="events_dir: ../agenda"),
    Case("option.docs_folders_overlap", options="appointments_dir: events"),
    # labels
    Case("option.label_unknown", options="labels:\n  ambassadeurs: Wij"),
    Case("option.label_placeholder", options="labels:\n  active_count: '{n} actief {x}'",
         note="used to end in a KeyError"),
    Case("option.label_brace", options="labels:\n  active_count: '{n} {'"),
    Case("option.without", options="labels:\n  ambassadors: '<b>Wij</b>'",
         note="markup in a label was live on every page"),
    # urls
    Case("option.urls", options="urls: [ambassadors]"),
    Case("option.urls_key", options="urls:\n  Ambassadors: x"),
    Case("option.urls_value", options="urls:\n  stories: ../geheim"),
    Case("option.urls_twice", options="urls:\n  stories: ambassadeurs"),
    Case("option.urls_reserved", options="urls:\n  podium: admin"),
    # the contacts, forms and addresses other helpers' options parse
    Case("option.press_contact", options="press_contact: [pers@example.nl]"),
    Case("option.press_contact_key", options="press_contact:\n  fax: '026'"),
    Case("option.got", options="press_contact:\n  email: pers at example"),
    Case("option.invite_contact", options="invite_contact: 'javascript:alert(1)'"),
    Case("option.https", options="cms_auth_url: 'javascript:alert(1)'"),
    Case("option.workers", options="workers: 100000"),
    Case("option.email_colour", options="email_colour: red"),
    Case("option.newsletter_signup", options="newsletter_signup: [EMAIL]"),
    Case("option.newsletter_signup_key", options=SIGNUP + "  extra: 1"),
    Case("option.newsletter_signup_action",
         options="newsletter_signup:\n  action: 'javascript:alert(1)'\n  email_field: EMAIL"),
    Case("option.newsletter_signup_field", options=SIGNUP + "  name_field: 'a b'"),
    Case("option.newsletter_signup_hidden", options=SIGNUP + "  hidden: [u]"),
    Case("option.newsletter_signup_value", options=SIGNUP + "  hidden:\n    u: '<b>x</b>'"),
    Case("option.newsletter_signup_twice", options=SIGNUP + "  name_field: EMAIL"),
    # what MkDocs does not know: it warns, and --strict fails
    Case("option.unknown", options="term_year: 3"),
    Case("option.setting_unknown", mkdocs="sitename: Zorg"),
    Case("option.docs_dir_missing", mkdocs="docs_dir: nergens"),
    Case("option.yaml", mkdocs="extra: [niet gesloten"),
    Case("option.mkdocs", files={"basis.yml": "theme:\n  name: material\n"},
         mkdocs="INHERIT: basis.yml\nsitename: Zorg",
         note="an inherited file goes through MkDocs' own loader, whose warnings count"),
    # the engine's own verdict on the settings our rules do not judge
    Case("option.mkdocs", mkdocs="theme:\n  name: materal",
         note="a typo in the theme's name ends the build in a configuration error"),
    Case("option.mkdocs", mkdocs="markdown_extensions:\n  - footnotess"),
    Case("option.mkdocs", mkdocs="markdown_extensions:\n  - toc:\n      bogus: 1"),
    Case("option.mkdocs", mkdocs="nav:\n  - Home: index.md\n  - 5"),
    Case("option.mkdocs", mkdocs="plugins:\n  - search:\n      langg: nl\n  - ambassadors:\n"
                                 "      ambassadors_dir: mensen\n"
                                 "      stories_dir: verhalen-bron",
         note="another plugin's unknown option is a warning that fails --strict"),
    Case("option.mkdocs", files={"stiekem.py": "import pathlib\n"
                                 "pathlib.Path('ran-from-the-repository').touch()\n"},
         mkdocs="markdown_extensions:\n  - stiekem",
         note="check never imports a module from the repository; the build cannot find it"),
    # code that runs during the build: advisories
    Case("option.hooks", files={"hooks/teller.py": "TELLER = 1\n"},
         mkdocs="hooks:\n  - hooks/teller.py"),
    Case("option.hooks", files={"docs/robots.txt": "User-agent: *\n"},
         mkdocs="extra_templates:\n  - robots.txt",
         note="an extra template is Jinja rendered without a sandbox: code as well"),
    Case("option.python_tag", mkdocs="extra:\n  soort: !!python/name:builtins.str",
         note="check never constructs it; MkDocs' loader imports the name"),
]
