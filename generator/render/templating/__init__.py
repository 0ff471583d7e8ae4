"""What the templates get: the `amb` object (names.py), one small read-only part per concern,
with the charts and the podium's public view they draw on."""
