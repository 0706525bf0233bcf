"""Funding ledgers 经费台账: fund types and standards, funds, postings, reversals,
closed periods, the views an auditor reads, and the funds.* figures."""
