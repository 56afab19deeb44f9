"""Plain-Python business rules. Imports no Qt, SQL or HTTP (a test enforces it)."""
