"""What several tabs share (issue #20): the page with buttons above a table, the one table
model, the count line, form fields, running a job with progress, the resident picker, and the
small widgets every form uses. A widget two tabs use lives here."""
