"""The hub: the central server that stations sync with (FastAPI + SQLAlchemy).

It never imports Qt or storedesk.ui (tests/unit/test_layers.py walks the imports).
"""
