"""Kartoteka's data layer: archive schema, reads for every pane, search, import/export.

Plain Python over sqlite3 and sqlite-utils; never imports Qt.
"""
