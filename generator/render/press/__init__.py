"""The press room's files: an announcement's printable release and its press kit (zip)."""
