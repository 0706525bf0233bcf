"""经费台账: funds, ledgers, budget reports and their dialogs."""
