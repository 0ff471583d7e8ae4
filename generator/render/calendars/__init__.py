"""The iCalendar files (agenda.ics, one per event) and the links that subscribe to them
or add one event to a calendar application."""
