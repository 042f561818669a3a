"""The files `publish` writes beside the copy, one exporter per target tool."""

from __future__ import annotations

from db.publish.copy import Exporter
from db.publish.datapackage import write_csv_package
from db.publish.datasette_config import write_datasette_files
from db.publish.ftm import write_ftm
from db.publish.popolo import write_popolo

EXPORTERS: tuple[Exporter, ...] = (
    write_datasette_files,
    write_csv_package,
    write_ftm,
    write_popolo,
)
"""Datasette settings, CSV + Frictionless descriptor, FollowTheMoney, Popolo."""
