"""Chain staff: users the hub manages for a store and sends to its stations (issue 15)."""
