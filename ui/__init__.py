"""How it looks: the main window, one module per tab, dialogs, table models and
the background-task runner. Calls app/, reads db/ models, never writes SQL."""
