"""How bad each problem is, by message id, in one place (content-model.md v1.4, "Two
severities, one verdict").

An **error** makes `check` exit 1, fails the pull request and stops `mkdocs build --strict`
(the build stops at once, or, where it can make the input harmless, carries on without it
and warns, so that `serve` still shows a preview and `--strict` still fails). An
**advisory** is shown by `check` and as a pull-request annotation but never stops a build:
the publishing workflow's scheduled run at an embargo moment can never be stopped by one. A
**notice** is what the build says at INFO level (held back until a moment); `check` does
not show it.

Every id that is reported as a problem and is not listed below is an error.
"""

from __future__ import annotations

from enum import Enum


class Severity(str, Enum):
    """An error fails check and every strict build; an advisory fails neither."""

    ERROR = "error"
    ADVISORY = "advisory"
    INFO = "info"


# Advice to a coordinator: the site is still right, and publishing must go on.
ADVISORIES: frozenset[str] = frozenset({
    "appearance.outside_term",    # a podium date outside the term: it does not count
    "appointment.late",           # a term that started weeks before its announcement
    "appointment.missing",        # an ambassador no announcement names
    "event.other_day",            # an appearance dated beside its event's days
    "event.sequence",             # a changed event whose calendars would not take the change
    "previous.unreadable",        # check --previous without a previous version to compare
    "network.over_maximum",       # more active ambassadors than the network's size
    "press.no_photo",             # a newly announced ambassador not ready for the press
    "press.small_photo",
    "press.no_credit",
    "photo.no_credit",            # a published portrait without the credit a paper prints
    "exposed.readable",           # embargoed, but readable on the repository host
    "codeowners.stale",           # the publishing workflow regenerates it
    "cms.stale",                  # the build publishes the editor's configuration afresh
    "text.control",               # control characters removed from a source text
    "newsletter.remote_image",    # a tracking pixel: left out of the e-mail and feeds
    "newsletter.no_unsubscribe",  # no unsubscribe link or form: /nieuwsbrief/ explains it
    "option.hooks",               # code that runs during the build: a coordinator reviews it
    "option.python_tag",          # a !!python/ tag in mkdocs.yml: code, like hooks
})

# What the build says at INFO level, never a problem.
NOTICES: frozenset[str] = frozenset({
    "held.until",
    "held.never",
    "private.absent",
})


def severity_of(message_id: str) -> Severity:
    """The severity of a problem reported with this message id."""
    if message_id in ADVISORIES:
        return Severity.ADVISORY
    if message_id in NOTICES:
        return Severity.INFO
    return Severity.ERROR
