"""Checks on what the sources say beyond their fields: markup that could run a script,
bodies too deep to parse, placeholders, press readiness, remote images, unsubscribing, and a
moved event's sequence."""
