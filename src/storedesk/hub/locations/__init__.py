"""Locations at the hub (issue 17): stores and warehouses, one `stores` table with a `kind`.

A store has stations and hands orders over; a warehouse has no station, its stock comes from the
ERP (stock/erp.py) and it only ships. Modules: kinds (the kinds and which fulfilment each serves),
service (add-warehouse, and the checks that keep a station off a warehouse).
"""
