"""Dialogs; each has a `classmethod ask()` so a test can answer it."""
