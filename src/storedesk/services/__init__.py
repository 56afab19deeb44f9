"""Use cases: one function per business action, each one transaction through the unit of work."""
