"""The reports `kartoteka publish` and `kartoteka diff` print, in the user's language.

db words a publish report in English (PublishPreview.lines,
PublishReport.lines) for logs and tests; the command says the same facts
again here through `CliText` (viewer.cli_words), so a Belarusian or Russian
reader gets them in their language; English output is what db says. The
diff report is worded only here (from db.diff.ArchiveDiff).
Archive text (names, ids) is escaped by the caller (viewer.cli_text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.cli_words import ENTRY_WORDS, CliText

if TYPE_CHECKING:
    from db.diff import ArchiveDiff
    from db.publish.copy import PublishPreview, PublishReport, SelfCheck


def _n(n: int) -> str:
    return f"{n:,}"


def preview_lines(pv: PublishPreview) -> list[str]:
    """PublishPreview.lines in the user's language."""
    said = CliText.tr("People: {dropped} of {total} dropped")
    out = [said.format(dropped=_n(pv.people_dropped), total=_n(pv.people_total))]
    out += [
        "  " + CliText.tr("selected by {rule}: {count}").format(rule=rule, count=_n(n))
        for rule, n in pv.people_by_rule.items()
    ]
    for key, n in pv.dropped.items():
        if n and key != "people":
            entries = CliText.tr(ENTRY_WORDS.get(key, key))
            said = CliText.tr("{entries}: {count} dropped").format(entries=entries, count=_n(n))
            out.append(said[:1].upper() + said[1:])
    out += [
        CliText.tr("Field {name}: {count} value(s) changed").format(name=name, count=_n(n))
        for name, n in pv.fields_changed.items()
    ]
    if pv.citations_dropped:
        out.append(CliText.tr("Citations: {count} dropped").format(count=_n(pv.citations_dropped)))
    if pv.links_cut:
        out.append(
            CliText.tr("Links to dropped entries cut: {count}").format(count=_n(pv.links_cut))
        )
    if pv.mentions_scrubbed:
        out.append(
            CliText.tr("Name spellings replaced in free text: {count}").format(
                count=_n(pv.mentions_scrubbed)
            )
        )
    if pv.possible_mentions:
        out.append(
            CliText.tr(
                "Review: {count} kept text field(s) may still mention a dropped person in "
                "another form (see possible_mentions in the report)"
            ).format(count=_n(len(pv.possible_mentions)))
        )
    out.append(CliText.tr("Annotations: not included (they stay in your annotation store)"))
    return out


def self_check_words(check: SelfCheck) -> str:
    """What the self-check looked for (SelfCheck.text) in the user's language, for the
    command line and the publish dialog alike."""
    if check.scanned == check.total:
        said = CliText.tr("all {count} redacted values", None, check.total)
    else:
        said = CliText.tr("the longest {count} of {total} redacted values", None, check.scanned)
    return said.format(count=_n(check.scanned), total=_n(check.total))


def report_lines(report: PublishReport) -> list[str]:
    """PublishReport.lines in the user's language, and how to serve the copy."""
    return [
        CliText.tr("Wrote a publishable copy to {path}").format(path=report.out_dir),
        CliText.tr("Archive: {file} (new archive id {id})").format(
            file=report.archive_path.name, id=report.archive_id
        ),
        *preview_lines(report.preview),
        CliText.tr("Checked the written files for {what}: none found").format(
            what=self_check_words(report.self_check)
        ),
        CliText.tr("Files: {files}").format(files=", ".join(report.files)),
        CliText.tr("Serve it: {command}").format(
            command=f"datasette {report.archive_path} -m {report.out_dir / 'metadata.yml'}"
        ),
    ]


def diff_lines(d: ArchiveDiff, *, limit: int = 50) -> list[str]:
    """The difference in the user's language: counts, then who was added, removed, changed."""

    def title(meta: dict[str, str]) -> str:
        return " ".join(x for x in (meta.get("edition"), meta.get("edition_date")) if x) or "?"

    first = CliText.tr("From edition {old} to edition {new}").format(
        old=title(d.old), new=title(d.new)
    )
    if not d.same_archive:
        first += " " + CliText.tr("(different archive ids: not editions of one archive?)")
    lines = [
        first,
        CliText.tr("People added: {added}, removed: {removed}, changed: {changed}").format(
            added=_n(len(d.added)), removed=_n(len(d.removed)), changed=_n(len(d.changed))
        ),
    ]
    lines += [
        "  " + CliText.tr("{category}: {count} people", "", n).format(category=cat, count=_n(n))
        for cat, n in d.counts.items()
    ]
    for label, people in ((CliText.tr("Added"), d.added), (CliText.tr("Removed"), d.removed)):
        for ref in people[:limit]:
            lines.append(f"{label}: {ref.display_name} [{ref.person_id}]")
        if len(people) > limit:
            more = CliText.tr("… and {count} more").format(count=_n(len(people) - limit))
            lines.append(f"{label}: {more}")
    changed = CliText.tr("Changed")
    for p in d.changed[:limit]:
        lines.append(f"{changed}: {p.display_name} [{p.person_id}]: {', '.join(p.categories)}")
        for c in p.changes[:10]:
            if c.change == "changed":
                lines.append(f"    {c.category} {c.item}: {c.old!s} -> {c.new!s}")
            else:
                what = CliText.tr("added") if c.change == "added" else CliText.tr("removed")
                lines.append(f"    {c.category} {what}: {c.item}")
    if len(d.changed) > limit:
        more = CliText.tr("… and {count} more (use --json for all)")
        lines.append(f"{changed}: {more.format(count=_n(len(d.changed) - limit))}")
    return lines
