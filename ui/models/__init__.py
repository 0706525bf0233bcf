"""Qt item models over app/ query results (checked with qtmodeltester)."""
