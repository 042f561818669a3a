"""Typed, immutable records that db/ hands to its callers instead of rows.

Ids are the archive's stable text ids (`NewType`s so that a person id is
never passed where a sentence id is wanted). `PersonPk` is the session-local
integer key the list model pages by; it is never stored outside the archive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

PersonId = NewType("PersonId", str)
PersonPk = NewType("PersonPk", int)
OrgId = NewType("OrgId", str)
SentenceId = NewType("SentenceId", str)
QuoteId = NewType("QuoteId", str)
EventId = NewType("EventId", str)
SourceId = NewType("SourceId", str)
RelationId = NewType("RelationId", str)
FigureId = NewType("FigureId", str)
RecognitionId = NewType("RecognitionId", str)
AppealId = NewType("AppealId", str)
PlacementId = NewType("PlacementId", str)
AttachmentId = NewType("AttachmentId", str)


@dataclass(frozen=True, slots=True)
class FuzzyDate:
    """A partial or uncertain date: the EDTF text and its ISO day bounds."""

    edtf: str
    earliest: str  # ISO YYYY-MM-DD
    latest: str  # ISO YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class Citation:
    number: int  # 1-based, per record, in order of first appearance
    source_id: SourceId
    title: str
    publisher: str | None
    url: str | None
    published: FuzzyDate | None
    locator: str | None
    confidence: str
    entity_type: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class NameSpelling:
    name: str
    lang: str  # BCP-47, e.g. be-Cyrl, ru-Cyrl, be-Latn
    system: str  # one of migrations.NAME_SYSTEMS
    note: str | None = None


@dataclass(frozen=True, slots=True)
class OrgRef:
    id: OrgId
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: PersonId
    name: str


@dataclass(frozen=True, slots=True)
class Relation:
    id: RelationId
    kind: str
    other_person: PersonRef | None
    org: OrgRef | None
    start: FuzzyDate | None
    end: FuzzyDate | None
    note: str | None
    inverse: bool  # True when this person is the object of the stored relation
    citations: tuple[int, ...] = ()  # numbers into PersonRecord.citations


@dataclass(frozen=True, slots=True)
class Charge:
    article: str
    article_text: str | None


@dataclass(frozen=True, slots=True)
class Appeal:
    """An appeal against a sentence and what the higher court decided."""

    id: AppealId
    sentence_id: SentenceId
    court: OrgRef | None
    date: FuzzyDate | None
    outcome: str  # one of migrations.APPEAL_OUTCOMES
    term_months: int | None  # the term after the appeal, when it changed it
    note: str | None
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    id: SentenceId
    person: PersonRef
    court: OrgRef | None
    judge: PersonRef | None
    date: FuzzyDate | None
    charges: tuple[Charge, ...]
    term_kind: str
    term_months: int | None
    term_text: str | None
    regime: str | None
    in_absentia: bool
    adds_to: SentenceId | None
    note: str | None
    end_earliest: str | None
    end_latest: str | None
    citations: tuple[int, ...] = ()
    # format 2; empty for archives of format 1
    start: FuzzyDate | None = None  # the day the term counts from (custody credited)
    term_end_earliest: str | None = None  # end of the term as sentenced (start + term)
    term_end_latest: str | None = None
    prosecutor: PersonRef | None = None
    lawyer: PersonRef | None = None
    appeals: tuple[Appeal, ...] = ()  # by date


@dataclass(frozen=True, slots=True)
class Recognition:
    """A sourced claim that someone is (or was) a political prisoner."""

    id: RecognitionId
    person_id: PersonId
    state: str  # one of migrations.RECOGNITION_STATES
    by: OrgRef | None  # who recognized (Viasna, Memorial, a joint statement …)
    date: FuzzyDate | None
    note: str | None
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Facility:
    """A place of detention: an organization with its kind and postal addresses."""

    id: OrgId
    name: str
    facility_kind: str | None  # one of migrations.FACILITY_KINDS
    city: str | None
    address_ru: str | None  # official postal address, lines separated by "\n"
    address_be: str | None


@dataclass(frozen=True, slots=True)
class Placement:
    """A stay in custody at one facility (or at a place the sources do not name)."""

    id: PlacementId
    person_id: PersonId
    facility: Facility | None
    start: FuzzyDate | None
    end: FuzzyDate | None  # None: still there, as far as the sources say
    incommunicado: bool  # a source says letters are not delivered
    note: str | None
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Attachment:
    """An image's metadata; its bytes come from db.attachments.attachment_bytes."""

    id: AttachmentId
    person_id: PersonId
    media_type: str  # as the header shows, when it could be read
    caption: str | None
    licence: str | None
    date: FuzzyDate | None
    byte_size: int
    width: int  # from the header; 0 when it cannot be displayed
    height: int
    problem: str | None  # None when displayable, else an AttachmentProblem value
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    id: QuoteId
    speaker: PersonRef | None
    text: str
    lang: str
    date: FuzzyDate | None
    venue: str | None
    published_by: OrgRef | None
    about: tuple[PersonRef, ...]
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    id: EventId
    kind: str
    date: FuzzyDate | None
    place: str | None
    org: OrgRef | None
    sentence_id: SentenceId | None
    description: str
    people: tuple[PersonRef, ...]
    citations: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What one row of the people list shows; loaded in pages."""

    pk: PersonPk
    id: PersonId
    display_name: str
    status: str
    birth_year: int | None
    latest_term_months: int | None
    latest_event: str | None  # ISO earliest bound
    quote_count: int
    summary: PersonSummary | None = None  # total term, expected end … (db.shown_rows)
    name_exact: bool = True  # False: no spelling in the script shown, a fallback shows


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One person's whole record, for the detail pane and exports."""

    pk: PersonPk
    id: PersonId
    display_name: str
    names: tuple[NameSpelling, ...]
    roles: tuple[str, ...]
    gender: str | None
    region: str | None
    city: str | None
    status: str
    status_since: FuzzyDate | None
    birth: FuzzyDate | None
    biography: str | None
    relations: tuple[Relation, ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]  # said by this person or about them
    events: tuple[Event, ...]
    citations: tuple[Citation, ...]  # numbered; facts point here by number
    person_citations: tuple[int, ...] = ()  # citations of the person entry itself
    # format 2; empty for archives of format 1
    recognitions: tuple[Recognition, ...] = ()  # by date
    placements: tuple[Placement, ...] = ()  # custody history, by start
    held_in: Placement | None = None  # where the person is held now
    attachments: tuple[Attachment, ...] = ()  # photos (metadata only)
    # db.shown_names.record_in_script: the script the person's own name has no spelling in
    # (a fallback shows, and views say so); None when the name is in the script asked for
    name_missing_in: NameScript | None = None
    # (list, whole count) of each list holding only its first rows (db.person.SECTION_LIMIT):
    # a file may give one person 100,000 events
    cut: tuple[tuple[str, int], ...] = ()

    def total(self, section: str) -> int:
        """How many rows the archive has for one of the record's lists ("events", …)."""
        return dict(self.cut).get(section, len(getattr(self, section)))


class NameScript(StrEnum):
    """In which script the reader wants names: see db.shown_names."""

    BELARUSIAN = "be-Cyrl"  # Belarusian Cyrillic
    RUSSIAN = "ru-Cyrl"  # Russian Cyrillic
    LATIN = "latin"  # the passport (ICAO) Latin spelling first
    ARCHIVE = "archive"  # the display name as the archive has it


class SortKey(StrEnum):
    NAME = "name"
    STATUS = "status"
    BIRTH = "birth"
    TERM = "term"
    LATEST_EVENT = "latest_event"
    QUOTES = "quotes"
    TOTAL_TERM = "total_term"  # the current case's total (db.summary)
    EXPECTED_END = "expected_end"  # the current case's expected end (db.summary)
    RELEVANCE = "relevance"  # the order of `PeopleQuery.only_ids` (a search's ranking)


@dataclass(frozen=True, slots=True)
class PeopleQuery:
    """A filter and sort for the people list; empty tuples mean "any"."""

    statuses: tuple[str, ...] = ()
    court_ids: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # annotation tags; resolved by the caller to ids
    year_from: int | None = None
    year_to: int | None = None
    only_ids: tuple[PersonId, ...] | None = None  # e.g. the persons a search found
    sort: SortKey = SortKey.NAME
    descending: bool = False
    names: NameScript = NameScript.ARCHIVE  # the script names are shown (and sorted) in

    def is_unfiltered(self) -> bool:
        return (
            not (self.statuses or self.court_ids or self.articles)
            and not (self.regions or self.roles or self.tags)
            and self.year_from is None
            and self.year_to is None
            and self.only_ids is None
        )


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str  # status code, court id, article, region, role, or year
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    statuses: tuple[FacetValue, ...]
    courts: tuple[FacetValue, ...]
    articles: tuple[FacetValue, ...]
    years: tuple[FacetValue, ...]
    regions: tuple[FacetValue, ...]
    roles: tuple[FacetValue, ...]


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One mark on the timeline: an event, or a sentence drawn as a bar."""

    kind: str  # event kind, or "sentence" for a sentence bar
    lane: str  # detention | trial | release | exile | statement | other
    item_id: str  # EventId or SentenceId
    person_ids: tuple[PersonId, ...]
    earliest: str
    latest: str
    end_latest: str | None  # sentence bars: end of term or release
    label: str
    edtf: str
    end_earliest: str | None = None  # sentence bars: the end's earliest bound (soft edge)
    sentence_id: str | None = None  # a sentencing event's sentence, to merge with its bar
    # recognitions, appeals and sentence bars: what `label` says in English, as codes and
    # names, so a window in another language words it itself (viewer.timeline_labels)
    who: str | None = None  # the person's display name
    code: str | None = None  # recognition state, appeal outcome or term kind (None: label as is)
    by: str | None = None  # who recognized them, or the appeal court (organization name)
    term_months: int | None = None  # sentence bars: the term in months


@dataclass(frozen=True, slots=True)
class ArchiveInfo:
    path: str
    title: str
    publisher: str | None
    edition: str | None
    edition_date: str | None
    languages: tuple[str, ...]
    synthetic: bool
    archive_id: str
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    quick_check: str = "not run"
    counts_recorded: bool = False  # counts as ANALYZE recorded them when the file was written


@dataclass(frozen=True, slots=True)
class LetterRow:
    """One person in custody on the letters list, with the envelope for them."""

    person_pk: PersonPk
    person_id: PersonId
    display_name: str
    recipient: str  # the name in the envelope's language, with the birth year
    birth: FuzzyDate | None
    birth_month: int | None  # 1-12 when the sources give the month
    birth_day: int | None
    facility: Facility | None
    address: str | None  # the facility's address in the chosen language ("\n" lines)
    address_lang: str | None  # "ru" or "be": the language the address is in
    since: FuzzyDate | None
    warnings: tuple[str, ...]  # codes of db.letters.WARNINGS, most serious first


@dataclass(frozen=True, slots=True)
class LettersCursor:
    """Where the next page of the letters list starts (keyset, not OFFSET)."""

    segment: int  # 0: birthdays from this month on, 1: earlier months, 2: unknown
    birth_month: int
    birth_day: int
    sort_name: str
    person_pk: int


@dataclass(frozen=True, slots=True)
class LettersPage:
    rows: tuple[LetterRow, ...]
    next: LettersCursor | None  # None on the last page


@dataclass(frozen=True, slots=True)
class ShownName:
    """A name as shown in one script, and where it came from.

    `exact` is False when the archive has no spelling in the wanted script
    and a fallback shows (another Cyrillic spelling, or the display name), so
    a view can say so instead of passing one script off as another.
    """

    text: str
    lang: str | None  # the spelling's BCP-47 tag; None for the display name
    system: str | None  # one of migrations.NAME_SYSTEMS; None for the display name
    exact: bool


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a reader asks first about a person: see db.summary.

    Terms follow `adds_to`: the current case is the latest sentence that adds
    to nothing and every sentence that adds to it (directly or through
    another), and its total is the sum of their terms (18 y + 1 y 6 m).
    Uncertain dates keep their bounds: `expected_end` spans from the earliest
    start plus the term to the latest start plus the term.
    """

    person_id: PersonId
    status: str
    status_since: FuzzyDate | None
    sentence_ids: tuple[SentenceId, ...]  # the current case, first sentence first
    term_kind: str | None  # the first sentence's kind (prison, restricted_freedom …)
    total_term_months: int | None  # None: no sentence with a term in months
    term_complete: bool  # every sentence of the case gives its term in months
    in_absentia: bool  # the first sentence was passed in absentia (nothing served)
    custody_start: FuzzyDate | None  # the day custody is counted from
    start_basis: str | None  # one of summary.START_BASES: how custody_start was found
    expected_end: FuzzyDate | None  # custody_start + total term
    custody_end: FuzzyDate | None  # release, pardon or death that ended custody
    served_months: tuple[int, int] | None  # (least, most) whole months served by `as_of`
    custody_place: OrgRef | None  # where the person is held, when the archive knows
    custody_place_since: FuzzyDate | None
    as_of: str  # ISO day `served_months` counts to (today, unless given)


@dataclass(frozen=True, slots=True)
class Source:
    """A source entry, for citing it (db.citations)."""

    id: SourceId
    title: str
    publisher: OrgRef | None
    url: str | None
    published: FuzzyDate | None
    lang: str | None
    country: str | None = None  # the publisher's ISO 3166 code (a court's jurisdiction)


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A source as one fact cites it: the place in it and how sure the archive is."""

    source: Source
    locator: str | None = None
    confidence: str = "high"
