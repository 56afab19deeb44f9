"""The catalog at the hub: the ERP imports products (PUT /v1/products, api.py), service.py
upserts them and feeds each new or changed one to every station."""
