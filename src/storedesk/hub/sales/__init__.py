"""Sales at the hub: the station's "sale" event (events.py: its payload model, its rows, and why
the database refused one). The tables (sales, sale_lines, sale_taxes, sale_payments) are in
hub/models.py, which the day totals and exports read too (reports/)."""
