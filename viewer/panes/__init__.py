"""The panes of the main window; each talks to db/ only through its public functions."""
