"""四级联动: inbox, escalations, sessions and their dialogs."""
