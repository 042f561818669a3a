"""Archive schema, one `sqlite_utils.Migrations` step per schema version.

Each step runs in its own transaction (sqlite-utils wraps it) and bumps
`PRAGMA user_version`, so a file's version is readable by any SQLite tool.
Entity tables carry a stable text `id` (what annotations and other archives
refer to) and an explicit `pk INTEGER PRIMARY KEY`, so that VACUUM never
renumbers the rowids that the FTS5 external-content indexes point at.
Dates are stored three ways: the EDTF text plus computed earliest/latest ISO
bounds (`*_edtf`, `*_earliest`, `*_latest`) that sorting and filtering use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "kartoteka-archive"

migrations = Migrations(MIGRATION_SET)

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

PERSON_STATUSES = ("in_custody", "released", "in_exile", "deceased", "unknown")
ROLES = (
    "prisoner",
    "politician",
    "candidate",
    "opposition_leader",
    "blogger",
    "activist",
    "journalist",
    "lawyer",
    "judge",
    "prosecutor",
    "official",
    "head_of_state",
    "envoy",
    "relative",
    "other",
)
NAME_SYSTEMS = (
    "native",  # the spelling in the person's own script as written natively
    "passport",  # passport / ICAO 9303 Latin spelling
    "bgn_pcgn",
    "lacinka",  # Belarusian Łacinka (classic Latin alphabet)
    "national_2007",  # Belarusian national romanization (2007/2023)
    "russian_media",  # Russian-based spelling used by international media
    "german",
    "polish",
    "alias",  # alias, nickname, misspelling seen in sources
    "other",
)
ORG_KINDS = (
    "court",
    "prison",
    "human_rights",
    "media",
    "state_body",
    "international",
    "party",
    "campaign",
    "other",
)
RELATION_KINDS = (
    "spouse",
    "parent_of",
    "child_of",
    "relative",
    "co_defendant",
    "associate",
    "campaign_ally",
    "opponent",
    "ally",
    "advisor_to",
    "judge_in_case_of",
    "prosecutor_in_case_of",
    "lawyer_of",
    "member_of",
    "leader_of",
    "held_in",
    "works_for",
    "other",
)
TERM_KINDS = ("prison", "restricted_freedom", "fine", "suspended", "other")
EVENT_KINDS = (
    "detained",
    "administrative_detention",
    "charged",
    "tried",
    "sentenced",
    "transferred",
    "released",
    "pardoned",
    "exiled",
    "died",
    "statement",
    "election",
    "protest",
    "other",
)
CITED_ENTITY_TYPES_V1 = (
    "person",
    "person_name",
    "organization",
    "relation",
    "sentence",
    "quote",
    "event",
    "figure",
)
CITED_ENTITY_TYPES = (
    *CITED_ENTITY_TYPES_V1,
    "recognition",
    "appeal",
    "placement",
    "attachment",
)
CONFIDENCES = ("high", "medium", "low")

# -- format version 2 ------------------------------------------------------------
RECOGNITION_STATES = (
    "recognized",  # a political prisoner now
    "former",  # was recognized; released, or the recognition ended
    "recognized_after_release",  # recognized only once already free
)
APPEAL_OUTCOMES = (
    "upheld",
    "reduced",
    "increased",
    "overturned",
    "returned",  # sent back for a new trial
    "pending",
    "other",
)
FACILITY_KINDS = (
    "temporary_detention",  # ИВС/ЦИП: police temporary detention, Akrestsin Street
    "pretrial_detention_centre",  # СИЗО/СІЗА
    "penal_colony",  # ИК/ПК: correctional colony of any regime
    "colony_settlement",  # колония-поселение
    "open_correctional_institution",  # ИУОТ: "khimiya", restricted freedom
    "prison",  # тюрьма/турма
    "medical_labour_centre",  # ЛТП
    "psychiatric_hospital",
    "other",
)
ATTACHMENT_MEDIA_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024
"""Largest attachment an archive holds (a portrait photo needs far less)."""
ATTACHMENT_MAX_PIXELS = 40_000_000
"""Largest width × height an attachment may declare (a decompression bomb declares more)."""


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _date(prefix: str) -> str:
    # a column CHECK may name sibling columns in SQLite; all three or none
    return (
        f"{prefix}_edtf TEXT, {prefix}_earliest TEXT, {prefix}_latest TEXT "
        f"CHECK (({prefix}_edtf IS NULL) = ({prefix}_earliest IS NULL) "
        f"AND ({prefix}_edtf IS NULL) = ({prefix}_latest IS NULL))"
    )


SCHEMA_V1 = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    gender TEXT CHECK (gender IN ('female', 'male', 'other')),
    region TEXT,
    city TEXT,
    status TEXT NOT NULL DEFAULT 'unknown' CHECK (status IN {_in(PERSON_STATUSES)}),
    biography TEXT,
    {_date("birth")},
    {_date("status_since")},
    -- derived by db.writer.refresh_derived(); list sorting reads these
    birth_year INTEGER,
    latest_term_months INTEGER,
    latest_event_earliest TEXT,
    quote_count INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE person_names (
    pk INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    system TEXT NOT NULL CHECK (system IN {_in(NAME_SYSTEMS)}),
    note TEXT
) STRICT;
CREATE INDEX person_names_person ON person_names(person_id);

CREATE TABLE person_roles (
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN {_in(ROLES)}),
    PRIMARY KEY (person_id, role)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_roles_role ON person_roles(role, person_id);

CREATE TABLE organizations (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {_in(ORG_KINDS)}),
    city TEXT,
    country TEXT,
    parent_id TEXT REFERENCES organizations(id),
    description TEXT
) STRICT;

CREATE TABLE org_names (
    pk INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    system TEXT NOT NULL CHECK (system IN {_in(NAME_SYSTEMS)})
) STRICT;
CREATE INDEX org_names_org ON org_names(org_id);

CREATE TABLE relations (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people(id),
    kind TEXT NOT NULL CHECK (kind IN {_in(RELATION_KINDS)}),
    other_person_id TEXT REFERENCES people(id),
    org_id TEXT REFERENCES organizations(id),
    {_date("start")},
    {_date("end")},
    note TEXT,
    CHECK ((other_person_id IS NULL) <> (org_id IS NULL))
) STRICT;
CREATE INDEX relations_person ON relations(person_id);
CREATE INDEX relations_other ON relations(other_person_id);
CREATE INDEX relations_org ON relations(org_id);

CREATE TABLE sentences (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people(id),
    court_id TEXT REFERENCES organizations(id),
    judge_id TEXT REFERENCES people(id),
    {_date("date")},
    term_kind TEXT NOT NULL CHECK (term_kind IN {_in(TERM_KINDS)}),
    term_months INTEGER CHECK (term_months IS NULL OR term_months >= 0),
    term_text TEXT,
    regime TEXT,
    in_absentia INTEGER NOT NULL DEFAULT 0 CHECK (in_absentia IN (0, 1)),
    adds_to_id TEXT REFERENCES sentences(id),
    note TEXT,
    -- derived: end of term (date + term) or release, whichever is known
    end_earliest TEXT,
    end_latest TEXT
) STRICT;
CREATE INDEX sentences_person ON sentences(person_id);
CREATE INDEX sentences_court ON sentences(court_id, person_id);
CREATE INDEX sentences_judge ON sentences(judge_id, date_earliest);

CREATE TABLE charges (
    pk INTEGER PRIMARY KEY,
    sentence_id TEXT NOT NULL REFERENCES sentences(id),
    position INTEGER NOT NULL,
    article TEXT NOT NULL,
    article_text TEXT,
    UNIQUE (sentence_id, position)
) STRICT;
CREATE INDEX charges_article ON charges(article);

CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    speaker_id TEXT REFERENCES people(id),
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    {_date("date")},
    venue TEXT,
    published_by_id TEXT REFERENCES organizations(id)
) STRICT;
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE quote_subjects (
    quote_id TEXT NOT NULL REFERENCES quotes(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (quote_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX quote_subjects_person ON quote_subjects(person_id);

CREATE TABLE events (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN {_in(EVENT_KINDS)}),
    {_date("date")},
    place TEXT,
    org_id TEXT REFERENCES organizations(id),
    sentence_id TEXT REFERENCES sentences(id),
    description TEXT NOT NULL
) STRICT;
CREATE INDEX events_date ON events(date_earliest);
CREATE INDEX events_date_latest ON events(date_latest);
CREATE INDEX events_kind_date ON events(kind, date_earliest);

CREATE TABLE event_people (
    event_id TEXT NOT NULL REFERENCES events(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT,
    PRIMARY KEY (event_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_people_person ON event_people(person_id, event_id);

CREATE TABLE figures (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    org_id TEXT REFERENCES organizations(id),
    description TEXT NOT NULL,
    qualifier TEXT NOT NULL DEFAULT 'exact'
        CHECK (qualifier IN ('exact', 'about', 'over', 'at_least', 'between')),
    value INTEGER NOT NULL,
    value_high INTEGER,
    unit TEXT NOT NULL,
    {_date("date")}
) STRICT;

CREATE TABLE sources (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    publisher_id TEXT REFERENCES organizations(id),
    url TEXT,
    {_date("published")},
    lang TEXT
) STRICT;

CREATE TABLE citations (
    pk INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    entity_type TEXT NOT NULL CHECK (entity_type IN {_in(CITED_ENTITY_TYPES_V1)}),
    entity_id TEXT NOT NULL,
    locator TEXT,
    confidence TEXT NOT NULL DEFAULT 'high' CHECK (confidence IN {_in(CONFIDENCES)})
) STRICT;
CREATE INDEX citations_entity ON citations(entity_type, entity_id);
CREATE INDEX citations_source ON citations(source_id);

-- derived: the years in which something happened to a person (facet "year")
CREATE TABLE person_years (
    -- year first: SQLite 3.40's quick_check misreports WITHOUT ROWID tables
    -- whose primary key lists the columns in another order than the table
    year INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (year, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_years_person ON person_years(person_id);

-- derived: which people were charged under which article (facet "article")
CREATE TABLE person_articles (
    article TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (article, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_articles_person ON person_articles(person_id);

-- derived: facet counts of the unfiltered archive, so opening shows them at once
CREATE TABLE facet_cache (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    label TEXT,
    count INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) STRICT, WITHOUT ROWID;

-- derived: the unfiltered timeline's items per (lane, ordinal day) and its span,
-- so that opening a million-person archive draws the timeline at once
CREATE TABLE timeline_days (
    lane INTEGER NOT NULL,
    day INTEGER NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (lane, day)
) STRICT, WITHOUT ROWID;
CREATE TABLE timeline_bounds (
    first TEXT NOT NULL,
    last TEXT NOT NULL
) STRICT;

-- derived: position of each person in each sortable order (0-based), so the
-- unfiltered list can jump to any row through an index instead of an OFFSET
CREATE TABLE people_order (
    person_pk INTEGER PRIMARY KEY REFERENCES people(pk),
    by_name INTEGER NOT NULL,
    by_status INTEGER NOT NULL,
    by_birth INTEGER NOT NULL,
    by_term INTEGER NOT NULL,
    by_latest_event INTEGER NOT NULL,
    by_quotes INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX people_order_name ON people_order(by_name);
CREATE UNIQUE INDEX people_order_status ON people_order(by_status);
CREATE UNIQUE INDEX people_order_birth ON people_order(by_birth);
CREATE UNIQUE INDEX people_order_term ON people_order(by_term);
CREATE UNIQUE INDEX people_order_latest_event ON people_order(by_latest_event);
CREATE UNIQUE INDEX people_order_quotes ON people_order(by_quotes);

CREATE INDEX people_status ON people(status);
CREATE INDEX people_region ON people(region);
"""

# (table, columns) indexed with FTS5 the sqlite-utils way; Datasette finds them.
FTS_TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("people", ("display_name", "biography")),
    ("person_names", ("name",)),
    ("organizations", ("name", "description")),
    ("org_names", ("name",)),
    ("sentences", ("term_text", "regime", "note")),
    ("charges", ("article", "article_text")),
    ("quotes", ("text", "venue")),
    ("events", ("description", "place")),
    ("figures", ("description",)),
    ("sources", ("title", "url")),
)


_STEP_VERSIONS: dict[str, int] = {}
"""Step name -> the `user_version` an archive has once the step ran."""


def step(name: str, *, version: int) -> Callable[[Callable[[Database], None]], Callable[..., None]]:
    """Register a migration step that leaves archives at format `version`.

    Steps run in the order they are registered, one exclusive transaction
    each (see `apply`). A step that only adds derived data (a search index)
    keeps the version of the step before it.
    """

    def register(fn: Callable[[Database], None]) -> Callable[..., None]:
        _STEP_VERSIONS[name] = version
        migrations(name=name)(fn)
        return fn

    return register


def _run(db: Database, statements: str) -> None:
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@step("0001_initial", version=1)
def m0001_initial(db: Database) -> None:
    """The first archive schema: entities, links, derived columns, FTS5."""
    _run(db, SCHEMA_V1)
    for table, columns in FTS_TABLES:
        db.table(table).enable_fts(
            list(columns), create_triggers=True, tokenize=FTS_TOKENIZE, replace=True
        )
    from db.search_index import SEARCH_SCHEMA_V1_SQL

    for statement in SEARCH_SCHEMA_V1_SQL:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


def _citations_table(name: str, entity_types: tuple[str, ...]) -> str:
    return f"""
CREATE TABLE {name} (
    pk INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    entity_type TEXT NOT NULL CHECK (entity_type IN {_in(entity_types)}),
    entity_id TEXT NOT NULL,
    locator TEXT,
    confidence TEXT NOT NULL DEFAULT 'high' CHECK (confidence IN {_in(CONFIDENCES)})
) STRICT"""


SCHEMA_V2 = f"""
-- facilities are organizations (kind 'prison') with a kind of their own and the
-- official postal address that letters are sent to, in Russian and Belarusian
ALTER TABLE organizations ADD COLUMN facility_kind TEXT
    CHECK (facility_kind IN {_in(FACILITY_KINDS)});
ALTER TABLE organizations ADD COLUMN address_ru TEXT;
ALTER TABLE organizations ADD COLUMN address_be TEXT;

-- the day the term counts from (custody is credited from detention), who
-- prosecuted and who defended; the end of the term as sentenced is derived
ALTER TABLE sentences ADD COLUMN start_edtf TEXT;
ALTER TABLE sentences ADD COLUMN start_earliest TEXT;
ALTER TABLE sentences ADD COLUMN start_latest TEXT
    CHECK ((start_edtf IS NULL) = (start_earliest IS NULL)
           AND (start_edtf IS NULL) = (start_latest IS NULL));
ALTER TABLE sentences ADD COLUMN prosecutor_id TEXT REFERENCES people(id);
ALTER TABLE sentences ADD COLUMN lawyer_id TEXT REFERENCES people(id);
ALTER TABLE sentences ADD COLUMN term_end_earliest TEXT;
ALTER TABLE sentences ADD COLUMN term_end_latest TEXT;
CREATE INDEX sentences_prosecutor ON sentences(prosecutor_id);
CREATE INDEX sentences_lawyer ON sentences(lawyer_id);

CREATE TABLE recognitions (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people(id),
    state TEXT NOT NULL CHECK (state IN {_in(RECOGNITION_STATES)}),
    by_id TEXT REFERENCES organizations(id),
    {_date("date")},
    note TEXT
) STRICT;
CREATE INDEX recognitions_person ON recognitions(person_id);
CREATE INDEX recognitions_by ON recognitions(by_id);

CREATE TABLE appeals (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    sentence_id TEXT NOT NULL REFERENCES sentences(id),
    court_id TEXT REFERENCES organizations(id),
    {_date("date")},
    outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN {_in(APPEAL_OUTCOMES)}),
    term_months INTEGER CHECK (term_months IS NULL OR term_months >= 0),
    note TEXT
) STRICT;
CREATE INDEX appeals_sentence ON appeals(sentence_id);
CREATE INDEX appeals_court ON appeals(court_id);

CREATE TABLE placements (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people(id),
    facility_id TEXT REFERENCES organizations(id),
    {_date("start")},
    {_date("end")},
    incommunicado INTEGER NOT NULL DEFAULT 0 CHECK (incommunicado IN (0, 1)),
    note TEXT
) STRICT;
CREATE INDEX placements_person ON placements(person_id, start_earliest);
CREATE INDEX placements_facility ON placements(facility_id);

-- image bytes live in the archive (never a URL to fetch); `data` is the last
-- column so that reading the metadata never loads the bytes
CREATE TABLE attachments (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES people(id),
    media_type TEXT NOT NULL CHECK (media_type IN {_in(ATTACHMENT_MEDIA_TYPES)}),
    caption TEXT,
    licence TEXT,
    {_date("date")},
    byte_size INTEGER NOT NULL
        CHECK (byte_size > 0 AND byte_size <= {ATTACHMENT_MAX_BYTES}),
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL CHECK (length(data) = byte_size)
) STRICT;
CREATE INDEX attachments_person ON attachments(person_id);

-- derived: the people in custody in the order the letters list shows them
-- (birthday month and day, then name); month 13 and day 0 mean "not known"
CREATE TABLE letter_recipients (
    person_pk INTEGER PRIMARY KEY REFERENCES people(pk),
    birth_month INTEGER NOT NULL,
    birth_day INTEGER NOT NULL,
    sort_name TEXT NOT NULL,
    placement_pk INTEGER REFERENCES placements(pk)
) STRICT;
CREATE UNIQUE INDEX letter_recipients_order
    ON letter_recipients(birth_month, birth_day, sort_name, person_pk);

-- citations may now name the new entries; SQLite cannot change a CHECK in
-- place, so the table is copied with its pk (nothing refers to citation pks)
{_citations_table("citations_v2", CITED_ENTITY_TYPES)};
INSERT INTO citations_v2 (pk, source_id, entity_type, entity_id, locator, confidence)
    SELECT pk, source_id, entity_type, entity_id, locator, confidence FROM citations;
DROP TABLE citations;
ALTER TABLE citations_v2 RENAME TO citations;
CREATE INDEX citations_entity ON citations(entity_type, entity_id);
CREATE INDEX citations_source ON citations(source_id)
"""


@step("0002_format_v2", version=2)
def m0002_format_v2(db: Database) -> None:
    """Recognitions, appeals, placements, facilities, attachments, sentence start."""
    _run(db, SCHEMA_V2)
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_search_keys")
def m0003_search_keys(db: Database) -> None:
    """Name search: one key index per person and a typo index (db.search_index).

    Derived data only, so the format version stays: archives without these
    tables are searched through their first-release tables instead.
    """
    from db.search_index import SEARCH_SCHEMA_V2_SQL

    for statement in SEARCH_SCHEMA_V2_SQL:
        db.execute(statement)


def known_versions() -> list[str]:
    """Names of the migration steps this build knows, in order."""
    return [m.name for m in migrations._migrations]


SCHEMA_VERSION = 2
"""`PRAGMA user_version` after all known steps; bump in each new step."""


def archive_version(db: Database) -> int:
    """The format version of an open archive (`PRAGMA user_version`)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def apply(db: Database, *, version: int | None = None) -> None:
    """Bring a writable archive to the current schema (build/import paths only).

    Each pending step runs in its own exclusive transaction together with
    the record that it ran (calibre's one-transaction-per-`user_version`
    upgrade), so an interrupted upgrade leaves the archive at the last
    complete step. With `version`, steps that would raise the archive beyond
    it are left out (tests build version 1 archives this way); steps that
    keep the version (derived data, registered with `migrations` directly,
    e.g. db.derived_schema) run all the same.
    """
    migrations.ensure_migrations_table(db)
    for migration in migrations.pending(db):
        declared = _STEP_VERSIONS.get(migration.name)
        if version is not None and declared is not None and declared > version:
            continue  # steps that keep the version (derived data) still run
        db.conn.execute("BEGIN EXCLUSIVE")
        try:
            migration.fn(db)
            db.table(Migrations.migrations_table).insert(
                {
                    "migration_set": MIGRATION_SET,
                    "name": migration.name,
                    "applied_at": str(dt.datetime.now(dt.UTC)),
                }
            )
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


_TABLE_NAME = re.compile(r"CREATE TABLE (\w+)")


@functools.cache
def core_columns(version: int) -> dict[str, frozenset[str]]:
    """Columns of the archive's own tables at a format version (not FTS or search index).

    Opening checks an archive against the version it says it is, so a
    version 1 archive keeps opening read-only in a build that writes 2.
    """
    names = _TABLE_NAME.findall(SCHEMA_V1)
    if version >= 2:
        names += [n for n in _TABLE_NAME.findall(SCHEMA_V2) if n != "citations_v2"]
    ref = Database(memory=True, execute_plugins=False)
    apply(ref, version=version)
    columns = {
        name: frozenset(r[1] for r in ref.execute("SELECT * FROM pragma_table_info(?)", [name]))
        for name in names
    }
    ref.close()
    return columns


# Separate steps live in their own modules and register on `migrations` when
# imported; importing them here keeps them in order after the steps above.
from db import derived_schema as _derived_schema  # noqa: E402, F401
