"""网格管理: the org tree, residents, buildings, units, groups and their dialogs."""
