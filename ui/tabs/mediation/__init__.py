"""调解与议事: the case board, meetings, activities and their dialogs."""
