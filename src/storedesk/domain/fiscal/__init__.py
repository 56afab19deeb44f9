"""Fiscal compliance, one country at a time (issue 19): pure domain rules, no Qt, SQL or HTTP.

countries.py says which country's rules a store follows (the store setting `fiscal_country`);
a store with no country keeps the behaviour stores had before issue 19.
"""
