"""Helpers shared by several test folders (import them as `tests.helpers.<module>`)."""
