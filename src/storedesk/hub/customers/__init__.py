"""Customers and loyalty at the hub (issue 18): the customer master (service.py), the points
ledger (loyalty.py), the station routes (api.py) and `storedesk-hub customer export|erase` (cli.py).
"""
