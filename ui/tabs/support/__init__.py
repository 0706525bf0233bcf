"""四重支持: units and members, teams, projects, posts, proxy services and their dialogs."""
