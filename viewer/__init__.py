"""Kartoteka's Qt Widgets GUI. Importing this package does not import Qt."""
