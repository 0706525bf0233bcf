"""网格管理: residents, buildings, what lives in a grid, the tab's lists and summaries, roles, coverage, rosters in Excel (docs/grid.md)."""
