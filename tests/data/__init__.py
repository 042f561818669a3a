"""Builders of test data files (generated at test time, never committed as binaries)."""
