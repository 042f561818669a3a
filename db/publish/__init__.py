"""Publishable copies: redaction rules, preview, the copy and its hand-over files.

Public API: `load_rules`/`parse_rules` -> `RedactionRules` (`rules_json` back); the dialog's
choices `droppable_fields()` and `source_publishers(archive)`; `preview(archive,
rules, store=)` -> `PublishPreview`; `publish(source, out_dir, rules,
passphrase=, store=)` -> `PublishReport`. See docs/PUBLISHING.md.
"""

from __future__ import annotations

from db.publish.copy import (
    PublishError,
    PublishPreview,
    PublishReport,
    preview,
    publish,
    source_publishers,
)
from db.publish.rules import (
    RedactionRules,
    RedactionRulesError,
    droppable_fields,
    load_rules,
    parse_rules,
    rules_json,
)

__all__ = [
    "PublishError",
    "PublishPreview",
    "PublishReport",
    "RedactionRules",
    "RedactionRulesError",
    "droppable_fields",
    "load_rules",
    "parse_rules",
    "preview",
    "publish",
    "rules_json",
    "source_publishers",
]
