"""'Add to calendar' links and schema.org Event data for one calendar item."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from ...domain.calendar import Happening
from ...domain.model import Event
from ..dates import stated
from ..structured import as_script


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.timezone.utc)


def google_url(item: Happening, title: str, details: str, location: str | None) -> str:
    if item.all_day:
        assert isinstance(item.start, dt.date) and isinstance(item.end, dt.date)
        dates = f"{item.start:%Y%m%d}/{item.end + dt.timedelta(days=1):%Y%m%d}"
    else:
        dates = f"{_utc(item.starts_at):%Y%m%dT%H%M%SZ}/{_utc(item.ends_at):%Y%m%dT%H%M%SZ}"
    query = {"action": "TEMPLATE", "text": title, "dates": dates, "details": details}
    if location:
        query["location"] = location
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def outlook_url(item: Happening, title: str, details: str, location: str | None) -> str:
    if item.all_day:
        assert isinstance(item.start, dt.date) and isinstance(item.end, dt.date)
        start, end = item.start.isoformat(), (item.end + dt.timedelta(days=1)).isoformat()
    else:
        start = f"{_utc(item.starts_at):%Y-%m-%dT%H:%M:%SZ}"
        end = f"{_utc(item.ends_at):%Y-%m-%dT%H:%M:%SZ}"
    query = {"path": "/calendar/action/compose", "rru": "addevent", "subject": title,
             "startdt": start, "enddt": end, "allday": "true" if item.all_day else "false",
             "body": details}
    if location:
        query["location"] = location
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(query)


def event_jsonld(item: Happening, *, url: str | None, description: str,
                 organizer: dict[str, Any], performers: list[dict[str, str]],
                 image: str | None = None) -> str:
    """schema.org Event as a JSON string that is safe inside a <script> element."""
    event = item.event
    assert event is not None
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": _iso(item.start),
        "endDate": _iso(item.end),
        "eventStatus": "https://schema.org/" + ("EventCancelled" if event.cancelled
                                                else "EventScheduled"),
        "eventAttendanceMode": "https://schema.org/" + _mode(event.where, event.online),
        "organizer": organizer,
    }
    places: list[dict[str, Any]] = [place] if (place := _place(event)) else []
    if event.online:
        places.append({"@type": "VirtualLocation", "url": event.online})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
    if performers:
        data["performer"] = performers
    if event.free is not None:
        data["isAccessibleForFree"] = event.free
    if image:
        data["image"] = [image]
    if description:
        data["description"] = description
    if url:
        data["url"] = url
    return as_script(data)


def _place(event: Event) -> dict[str, Any] | None:
    """The venue: its address in parts when the source gives them (PostalAddress), else
    the one line as written; the name is the line's first part."""
    if event.address:
        parts = event.address
        address: dict[str, str] | str = {
            "@type": "PostalAddress", "streetAddress": parts.street,
            "postalCode": parts.postcode, "addressLocality": parts.city}
        name = event.location or parts.street
    elif event.location:
        address = name = event.location
    else:
        return None
    return {"@type": "Place", "name": name.split(",")[0].strip(), "address": address}


def _iso(value: dt.date | dt.datetime) -> str:
    return stated(value).isoformat(timespec="minutes") if isinstance(value, dt.datetime) \
        else value.isoformat()


def _mode(location: str | None, online: str | None) -> str:
    if location and online:
        return "MixedEventAttendanceMode"
    return "OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode"
