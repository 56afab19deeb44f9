"""PySide6 screens. Widgets never touch SQL or the network: they go through `ops.Ops`."""
