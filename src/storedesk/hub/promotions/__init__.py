"""The chain's promotions at the hub (issue 18): `PUT /v1/promotions` (ERP token) and
`storedesk-hub promotions import FILE.json` put one document in force, checked with the station's
own parser (domain/pricing/file.py); each new version goes to every station as a "promotions" feed
item. What each promotion gave on each sale line comes back with the sales (sale_line_promotions)."""
