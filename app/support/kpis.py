"""The support.* and service.* figures (filled in by the supports work)."""
