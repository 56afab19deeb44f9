"""Settings the hub manages for its stores (store-settings) and the chain's tax rates (tax set)."""
