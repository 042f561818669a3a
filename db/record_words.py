"""English words for the codes of archive format 2 (recognition, appeals, facilities, letters).

The CLI and plain-text records use these. They join db.info's label tables
when the viewer translates them (viewer/archive_labels.py mirrors every
db.info table, and the format 2 panes are wired after the viewer's
restructuring); until then they live here so that the viewer's translation
check stays whole.
"""

from __future__ import annotations

RECOGNITION_STATE_WORDS: dict[str, str] = {
    "recognized": "Political prisoner",
    "former": "Former political prisoner",
    "recognized_after_release": "Recognized as a political prisoner after release",
}
APPEAL_OUTCOME_WORDS: dict[str, str] = {
    "upheld": "upheld",
    "reduced": "term reduced",
    "increased": "term increased",
    "overturned": "overturned",
    "returned": "sent back for a new trial",
    "pending": "pending",
    "other": "other outcome",
}
FACILITY_KIND_WORDS: dict[str, str] = {
    "temporary_detention": "Temporary detention facility",
    "pretrial_detention_centre": "Pre-trial detention centre",
    "penal_colony": "Penal colony",
    "colony_settlement": "Colony settlement",
    "open_correctional_institution": "Open-type correctional institution",
    "prison": "Prison",
    "medical_labour_centre": "Medical labour centre",
    "psychiatric_hospital": "Psychiatric hospital",
    "other": "Place of detention",
}
