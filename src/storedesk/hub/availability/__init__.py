"""Availability for the web shop (issue 17): GET /v1/availability, what each location can promise.

Modules: query (the request's parameters, checked strictly), service (available to promise per
SKU and location from the balances, reservations and safety stock), places (the locations, kept
between calls and checked by a fingerprint), render (the answer as JSON text), api (the route).
"""
