"""One module per main-window tab. A tab refreshes itself from the change hub."""
