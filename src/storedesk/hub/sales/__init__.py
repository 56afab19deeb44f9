"""Sales at the hub: the station's "sale" event (events.py: its payload model, its rows, and why
the database refused one) and models.py (the tables sales, sale_lines, sale_taxes, sale_payments,
which the day totals and exports read too: reports/)."""
