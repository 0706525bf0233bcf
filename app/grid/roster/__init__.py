"""Rosters in Excel: templates, validated import with a row-by-row report, export."""
