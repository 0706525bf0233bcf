"""The funds.* figures (filled in by the funds views work)."""
