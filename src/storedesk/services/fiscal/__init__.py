"""The fiscal country's services (issue 19): closings (closings.py), archives (archive.py), the
inspector's export (audit_export.py), the fiscal events journaled (events.py), and what falls
due at a start or after a Z (due.py). Each asks the store's country (domain/fiscal/countries.py)
and does nothing for a store without one."""
