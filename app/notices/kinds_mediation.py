"""Notice kinds (being written)."""
