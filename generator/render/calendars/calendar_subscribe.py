"""The links that subscribe to the whole agenda, as opposed to adding one event.

An https link to `agenda.ics` only downloads a copy once; the same address with the scheme
`webcal` makes Apple Calendar, Outlook and most systems offer a subscription that stays up
to date, and Google Calendar takes it on its 'add by URL' page. The page only links to
these: it loads nothing from another host.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit, urlunsplit


def webcal_url(feed_url: str) -> str:
    """The feed's address, same host and path, with the scheme `webcal`."""
    return urlunsplit(("webcal", *urlsplit(feed_url)[1:]))


def google_subscribe_url(webcal: str) -> str:
    """Google Calendar's 'add by URL' page for a feed, given its webcal address."""
    return "https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe="")
