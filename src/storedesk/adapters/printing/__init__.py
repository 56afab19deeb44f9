"""Printing adapters: receipt PDFs (reportlab) and thermal printers (ESC/POS)."""
