"""Synthetic archives of any size, for benchmarks, demos and tests at scale.

`generate_archive(out, people, seed=...)` writes a realistic but invented
archive: people with Belarusian and Russian Cyrillic names and five Latin
spellings each, sentences by generated courts and judges under real articles
of the Belarusian criminal code, quotes, dated events (precise, partial and
uncertain EDTF dates between 1990 and 2026), relations, statuses, regions and
citations to a few hundred generated sources. The metadata says
`synthetic: true`, so no one mistakes it for real records.

It is deterministic for a seed (one `random.Random`, nothing hashed) and fast
enough for a million people: rows are built as tuples and written with
`executemany` in one transaction, with the FTS triggers and the secondary
indexes dropped during the load and restored afterwards (FTS is rebuilt in
one pass, which is what the triggers would have produced row by row).
"""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import os
import queue
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from db import migrations as schema
from db import writer
from db.errors import ErrorKind, KartotekaError, OutputError
from db.name_vocabulary import vocabulary

Progress = Callable[[int, int], None]
Row = tuple[Any, ...]
_T = TypeVar("_T")

CHUNK = 5000
"""People generated and inserted per batch (bounds memory, paces progress)."""

FIRST_YEAR, LAST_YEAR = 1990, 2026

# ---------------------------------------------------------------------------
# Places, institutions and the vocabulary of records.
# ---------------------------------------------------------------------------
REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Minsk", ("Minsk",)),
    ("Brest", ("Brest", "Pinsk", "Baranavichy", "Kobryn")),
    ("Homiel", ("Homiel", "Mazyr", "Rechytsa", "Zhlobin")),
    ("Hrodna", ("Hrodna", "Lida", "Slonim", "Vaukavysk")),
    ("Mahiliou", ("Mahiliou", "Babruisk", "Asipovichy", "Horki")),
    ("Minsk Region", ("Barysau", "Salihorsk", "Maladziechna", "Zhodzina")),
    ("Vitsebsk", ("Vitsebsk", "Orsha", "Polatsk", "Navapolatsk")),
)
REGION_WEIGHTS = (30, 10, 12, 10, 9, 16, 13)

ARTICLES: tuple[tuple[str, str], ...] = (
    ("342", "Organisation of or active participation in actions grossly violating public order"),
    ("361", "Calls for actions against the national security of the Republic of Belarus"),
    ("361-1", "Creation of or participation in an extremist formation"),
    ("361-4", "Facilitating extremist activity"),
    ("130", "Incitement of racial, national, religious or other social hatred"),
    ("293", "Mass riots"),
    ("369", "Insulting a government official"),
    ("368", "Insulting the President of the Republic of Belarus"),
    ("367", "Defamation of the President of the Republic of Belarus"),
    ("411", "Malicious disobedience to the requirements of the prison administration"),
    ("356", "High treason"),
    ("357", "Conspiracy to seize state power"),
    ("363", "Resistance to a police officer"),
    ("364", "Violence or threat of violence against a police officer"),
    ("370", "Desecration of state symbols"),
    ("243", "Tax evasion"),
)
ARTICLE_WEIGHTS = (40, 12, 10, 8, 9, 8, 12, 10, 4, 4, 2, 2, 5, 6, 3, 1)

REGIMES = ("general regime", "reinforced regime", "strict regime", "special regime", "prison")
COURT_DISTRICTS = (
    ("Maskouski District Court", "Minsk"),
    ("Frunzienski District Court", "Minsk"),
    ("Partyzanski District Court", "Minsk"),
    ("Savietski District Court", "Minsk"),
    ("Tsentralny District Court", "Minsk"),
    ("Leninski District Court", "Brest"),
    ("Tsentralny District Court", "Homiel"),
    ("Leninski District Court", "Hrodna"),
    ("Leninski District Court", "Mahiliou"),
    ("Kastrychnitski District Court", "Vitsebsk"),
    ("Barysau District Court", "Barysau"),
    ("Salihorsk District Court", "Salihorsk"),
)
PRISONS = (
    ("Penal Colony No. 1", "Navapolatsk"),
    ("Penal Colony No. 3", "Vitsba"),
    ("Penal Colony No. 4", "Homiel"),
    ("Penal Colony No. 15", "Mahiliou"),
    ("Penal Colony No. 17", "Shklou"),
    ("Women's Penal Colony No. 4", "Homiel"),
    ("Prison No. 1", "Hrodna"),
    ("Prison No. 8", "Zhodzina"),
    ("Pre-trial Detention Centre No. 1", "Minsk"),
    ("Akrestsin Street Detention Centre", "Minsk"),
)
PRISON_FACILITIES: tuple[tuple[str, str, str], ...] = (
    ("penal_colony", "Новополоцк", "Навапольск"),
    ("penal_colony", "пос. Витьба, Витебский р-н", "пас. Віцьба, Віцебскі р-н"),
    ("penal_colony", "Гомель", "Гомель"),
    ("penal_colony", "Могилёв", "Магілёў"),
    ("penal_colony", "Шклов", "Шклоў"),
    ("penal_colony", "Гомель", "Гомель"),
    ("prison", "Гродно", "Гродна"),
    ("prison", "Жодино", "Жодзіна"),
    ("pretrial_detention_centre", "Минск", "Мінск"),
    ("temporary_detention", "Минск", "Мінск"),
)
"""Per PRISONS entry: the facility kind and the town as an address writes it (ru, be)."""
PHOTO_COLOURS = ((94, 107, 122), (140, 120, 100), (70, 90, 60), (150, 150, 160), (60, 60, 80))
PHOTO_SHARE = 0.01
"""One generated prisoner in a hundred has a photo (a small valid PNG)."""

MEDIA = (
    "Nasha Niva",
    "Zerkalo",
    "Belsat",
    "Euronews",
    "Radio Svaboda",
    "Charter 97",
    "Belarusian Association of Journalists",
    "Novy Chas",
)
HUMAN_RIGHTS = ("Viasna Human Rights Centre", "Belarusian Helsinki Committee", "Dissidentby")

QUOTES: tuple[tuple[str, str], ...] = (
    ("Я не прызнаю сваёй віны.", "be"),
    ("Мы вернемся домой свободными людьми.", "ru"),
    ("I do not regret anything I did.", "en"),
    ("Свабоду палітвязням!", "be"),
    ("Мне не дают писем уже полгода.", "ru"),
    ("My children write letters to me, but I do not know if they arrive.", "en"),
    ("Гэта быў не суд, а спектакль.", "be"),
    ("Я буду бороться за каждого политзаключённого.", "ru"),
    ("The verdict was written before the trial began.", "en"),
    ("Беларусь будзе свабоднай.", "be"),
    ("They can lock up people, but not ideas.", "en"),
    ("Я ни о чём не жалею.", "ru"),
)
VENUES = ("in court", "in a letter from prison", "told journalists", "in an interview", "online")

ROLE_CHOICES = ("activist", "journalist", "blogger", "politician", "lawyer", "candidate")
STATUSES = ("in_custody", "released", "in_exile", "deceased", "unknown")
STATUS_WEIGHTS = (45, 30, 15, 2, 8)

_SEASONS = {21: (3, 5), 22: (6, 8), 23: (9, 11)}


@dataclass(frozen=True, slots=True)
class _Org:
    id: str
    name: str
    kind: str
    city: str | None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def make_date(rng: random.Random, year: int) -> tuple[str, str, str]:
    """A date in `year`: mostly precise days, some months, seasons, years, approximations."""
    roll = rng.random()
    month = rng.randint(1, 12)
    if roll < 0.62:
        day = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        return day, day, day
    if roll < 0.82:
        text = f"{year}-{month:02d}"
        return text, f"{text}-01", f"{text}-{_last_day(year, month):02d}"
    if roll < 0.88:
        return str(year), f"{year}-01-01", f"{year}-12-31"
    if roll < 0.93:
        season = rng.randint(21, 23)
        first, last = _SEASONS[season]
        end = f"{year}-{last:02d}-{_last_day(year, last):02d}"
        return f"{year}-{season}", f"{year}-{first:02d}-01", end
    if roll < 0.96:  # about that month: EDTF widens "~" by a year either side
        last_day = min(_last_day(year, month), _last_day(year + 1, month))
        end = f"{year + 1}-{month:02d}-{last_day:02d}"
        return f"~{year}-{month:02d}", f"{year - 1}-{month:02d}-01", end
    if roll < 0.98:
        return f"{year}?", f"{year - 1}-01-01", f"{year + 1}-12-31"
    last = min(12, month + 2)
    end = f"{year}-{last:02d}-{_last_day(year, last):02d}"
    return f"{year}-{month:02d}/{year}-{last:02d}", f"{year}-{month:02d}-01", end


# ---------------------------------------------------------------------------
# Row builders. Column lists match db/migrations.py; one tuple per row.
# ---------------------------------------------------------------------------
_D = ("_edtf", "_earliest", "_latest")


def _cols(*names: str) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        out += [name + s for s in _D] if name.startswith("@") else [name]
    return tuple(c.lstrip("@") for c in out)


COLUMNS: dict[str, tuple[str, ...]] = {
    "organizations": (
        "id",
        "name",
        "kind",
        "city",
        "country",
        "description",
        "facility_kind",
        "address_ru",
        "address_be",
    ),
    "org_names": ("org_id", "name", "lang", "system"),
    "sources": _cols("id", "title", "publisher_id", "url", "@published", "lang"),
    "people": _cols(
        "id",
        "display_name",
        "sort_name",
        "gender",
        "region",
        "city",
        "status",
        "biography",
        "@birth",
        "@status_since",
    ),
    "person_names": ("person_id", "name", "lang", "system", "note"),
    "person_roles": ("person_id", "role"),
    "relations": _cols("id", "person_id", "kind", "other_person_id", "org_id", "@start", "note"),
    "sentences": _cols(
        "id",
        "person_id",
        "court_id",
        "judge_id",
        "@date",
        "term_kind",
        "term_months",
        "term_text",
        "regime",
        "in_absentia",
        "adds_to_id",
        "note",
    ),
    "charges": ("sentence_id", "position", "article", "article_text"),
    "quotes": _cols("id", "speaker_id", "text", "lang", "@date", "venue", "published_by_id"),
    "quote_subjects": ("quote_id", "person_id"),
    "events": _cols("id", "kind", "@date", "place", "org_id", "sentence_id", "description"),
    "event_people": ("event_id", "person_id", "role"),
    "citations": ("source_id", "entity_type", "entity_id", "locator", "confidence"),
    # format 2 tables: columns as db.validate.FIELDS defines them
    "recognitions": writer.table_columns("recognitions"),
    "placements": writer.table_columns("placements"),
    "attachments": writer.table_columns("attachments"),
}
"""Every table the generator fills, with its columns in tuple order."""

TABLE_ORDER = tuple(COLUMNS)


def insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


def _term_text(months: int, kind: str) -> str:
    if kind == "restricted_freedom":
        return f"{months // 12 or 1} years of restricted freedom"
    years, rest = divmod(months, 12)
    if rest == 0:
        return f"{years} years in prison" if years != 1 else "1 year in prison"
    if years == 0:
        return f"{rest} months in prison"
    return f"{years + rest / 12:g} years in prison"


class _Generator:
    """Holds the fixed pools (orgs, sources, judges) and emits rows per person."""

    def __init__(self, people: int, seed: int) -> None:
        self.people = people
        self.rng = random.Random(seed)
        self.vocabulary = vocabulary()
        self.orgs: list[_Org] = []
        self.courts: list[_Org] = []
        self.prisons: list[_Org] = []
        self.publishers: list[_Org] = []
        self._make_orgs()
        self.viasna = next(o for o in self.publishers if o.kind == "human_rights")
        self.photos = _photos()
        n_sources = max(20, min(400, people // 10))
        self.sources = [f"src-{i:04d}" for i in range(n_sources)]
        # judges are ordinary generated people with the role "judge"
        n_judges = max(3, min(300, people // 200))
        step = max(1, people // n_judges)
        self.judges = [self.person_id(i) for i in range(0, people, step)][:n_judges]
        self.judge_set = set(self.judges)
        self.regions = [r for r, _cities in REGIONS]
        self.cities = dict(REGIONS)
        self.article_cum = _cumulative(ARTICLE_WEIGHTS)
        self.region_cum = _cumulative(REGION_WEIGHTS)
        self.status_cum = _cumulative(STATUS_WEIGHTS)

    @staticmethod
    def person_id(i: int) -> str:
        return f"p-{i:07d}"

    def _make_orgs(self) -> None:
        regional = [f"{region} Regional Court" for region, _c in REGIONS[1:]]
        courts = [
            ("Supreme Court of Belarus", "Minsk"),
            ("Minsk City Court", "Minsk"),
            *((name, name.split()[0]) for name in regional),
            *((f"{name} of {city}", city) for name, city in COURT_DISTRICTS),
        ]
        for i, (name, city) in enumerate(courts):
            self.courts.append(_Org(f"org-court-{i:02d}", name, "court", city))
        for i, (name, city) in enumerate(PRISONS):
            self.prisons.append(_Org(f"org-prison-{i:02d}", f"{name}, {city}", "prison", city))
        by_kind = {p.id: PRISON_FACILITIES[i][0] for i, p in enumerate(self.prisons)}
        self.pretrial = [p for p in self.prisons if by_kind[p.id] == "pretrial_detention_centre"]
        self.colonies = [p for p in self.prisons if by_kind[p.id] in ("penal_colony", "prison")]
        for i, name in enumerate(MEDIA):
            self.publishers.append(_Org(f"org-media-{i:02d}", name, "media", None))
        for i, name in enumerate(HUMAN_RIGHTS):
            self.publishers.append(_Org(f"org-hr-{i:02d}", name, "human_rights", None))
        self.orgs = self.courts + self.prisons + self.publishers

    def fixed_rows(self) -> dict[str, list[Row]]:
        """Organizations and sources: the same few hundred rows at any size."""
        rng = self.rng
        rows: dict[str, list[Row]] = {t: [] for t in TABLE_ORDER}
        facilities = dict(zip((p.id for p in self.prisons), PRISON_FACILITIES, strict=True))
        for n, org in enumerate(self.orgs):
            country = "Belarus" if org.kind in ("court", "prison") else None
            desc = f"Synthetic {org.kind.replace('_', ' ')} for generated records."
            kind, address_ru, address_be = facilities.get(org.id, (None, None, None))
            if kind is not None:
                postcode = f"2{n:02d}{n * 37 % 1000:03d}"
                address_ru = f"{org.name} (синтетический адрес)\n{postcode}, {address_ru}"
                address_be = f"{org.name} (сінтэтычны адрас)\n{postcode}, {address_be}"
            rows["organizations"].append(
                (org.id, org.name, org.kind, org.city, country, desc, kind, address_ru, address_be)
            )
            rows["org_names"].append((org.id, org.name, "en", "native"))
        topics = ("sentenced", "detained", "released", "on trial", "transferred", "pardoned")
        for i, sid in enumerate(self.sources):
            pub = self.publishers[i % len(self.publishers)]
            year = rng.randint(2005, LAST_YEAR)
            d = make_date(rng, year)
            title = f"{rng.choice(topics).capitalize()}: political case report no. {i + 1}"
            url = f"https://example.org/synthetic/{sid}"
            lang = rng.choice(("en", "be", "ru"))
            rows["sources"].append((sid, title, pub.id, url, *d, lang))
        return rows

    def _cite(self, rows: dict[str, list[Row]], entity_type: str, entity_id: str) -> None:
        rng = self.rng
        src = self.sources[int(rng.random() * len(self.sources))]
        conf = "high" if rng.random() < 0.8 else ("medium" if rng.random() < 0.7 else "low")
        locator = f"para. {rng.randint(1, 30)}" if rng.random() < 0.5 else None
        rows["citations"].append((src, entity_type, entity_id, locator, conf))

    def person_rows(self, start: int, stop: int) -> dict[str, list[Row]]:
        """All rows about people start..stop-1 (their sentences, quotes, events …)."""
        rows: dict[str, list[Row]] = {t: [] for t in TABLE_ORDER}
        for i in range(start, stop):
            self._person(i, rows)
        return rows

    def _custody(
        self,
        i: int,
        status: str,
        detained: Date3,
        sentenced: list[Date3],
        colony: _Org | None,
        released: Date3 | None,
        rows: dict[str, list[Row]],
    ) -> None:
        """Placements (pre-trial centre, then colony), a recognition, 1 % a photo."""
        rand = self.rng.random
        pid = self.person_id(i)
        pretrial = self.pretrial[int(rand() * len(self.pretrial))]
        stays: list[tuple[_Org, Date3, Date3 | None]] = []
        if sentenced:
            moved = _not_before(sentenced[0], detained)
            stays.append((pretrial, detained, moved))
            colony = colony or self.colonies[int(rand() * len(self.colonies))]
            stays.append((colony, moved, None))
        else:
            stays.append((pretrial, detained, None))
        if released is not None:
            org, start, _end = stays[-1]
            stays[-1] = (org, start, _not_before(released, start))
        incommunicado = status == "in_custody" and rand() < 0.03
        none3 = (None, None, None)
        for n, (org, start, end) in enumerate(stays):
            last = n == len(stays) - 1
            plid = f"pl-{i:07d}-{n}"
            rows["placements"].append(
                (plid, pid, org.id, *start, *(end or none3), int(incommunicado and last), None)
            )
            if rand() < 0.5:
                self._cite(rows, "placement", plid)
        if rand() < 0.85:
            if status == "in_custody":
                state = "recognized"
            else:
                state = "recognized_after_release" if rand() < 0.1 else "former"
            rid = f"rec-{i:07d}"
            rows["recognitions"].append((rid, pid, state, self.viasna.id, *detained, None))
            self._cite(rows, "recognition", rid)
        if rand() < PHOTO_SHARE:
            data, width, height, digest = self.photos[int(rand() * len(self.photos))]
            rows["attachments"].append(
                (
                    f"ph-{i:07d}",
                    pid,
                    "image/png",
                    "Synthetic portrait",
                    "CC0 (generated)",
                    *none3,
                    len(data),
                    width,
                    height,
                    digest,
                    data,
                )
            )

    def _person(self, i: int, rows: dict[str, list[Row]]) -> None:
        rng = self.rng
        rand = rng.random
        pid = self.person_id(i)
        female = rand() < 0.38
        picked = self.vocabulary.pick_person(rng, female)
        display, sort = picked.display, picked.sort
        rows["person_names"].extend((pid, *name) for name in picked.rows)

        region = self.regions[_pick(self.region_cum, rand() * 100)]
        cities = self.cities[region]
        city = cities[int(rand() * len(cities))]
        is_judge = pid in self.judge_set
        status = "unknown" if is_judge else STATUSES[_pick(self.status_cum, rand() * 100)]
        birth_year = rng.randint(1945, 2004)
        birth = make_date(rng, birth_year) if rand() < 0.85 else (None, None, None)

        if is_judge:
            rows["person_roles"].append((pid, "judge"))
            bio = f"Judge at a court in {city}. Synthetic record."
            rows["people"].append(
                (
                    pid,
                    display,
                    sort,
                    "female" if female else "male",
                    region,
                    city,
                    status,
                    bio,
                    *birth,
                    None,
                    None,
                    None,
                )
            )
            self._cite(rows, "person", pid)
            return
        rows["person_roles"].append((pid, "prisoner"))
        if rand() < 0.3:
            rows["person_roles"].append((pid, ROLE_CHOICES[int(rand() * len(ROLE_CHOICES))]))

        # sentences: 0-3, about 1.3 on average
        roll = rand()
        n_sent = 0 if roll < 0.15 else 1 if roll < 0.6 else 2 if roll < 0.95 else 3
        first_year = rng.randint(max(FIRST_YEAR, birth_year + 18), LAST_YEAR - 1)
        events = rows["events"]
        ev_people = rows["event_people"]
        n_ev = 0

        def event(
            kind: str,
            d: tuple[Any, Any, Any],
            place: str | None,
            org: str | None,
            sentence: str | None,
            desc: str,
        ) -> None:
            nonlocal n_ev
            eid = f"e-{i:07d}-{n_ev}"
            n_ev += 1
            events.append((eid, kind, *d, place, org, sentence, desc))
            ev_people.append((eid, pid, None))
            if rand() < 0.6:
                self._cite(rows, "event", eid)

        year = first_year
        detained = make_date(rng, year)
        event("detained", detained, city, None, None, f"{display} detained in {city}.")
        sentenced: list[tuple[str, str, str]] = []
        colony: _Org | None = None
        released: tuple[str, str, str] | None = None
        prev_sid: str | None = None
        last_year = year
        articles: list[str] = []
        for n in range(n_sent):
            year = min(LAST_YEAR, year + (0 if n == 0 else rng.randint(1, 3)))
            sid = f"s-{i:07d}-{n}"
            court = self.courts[int(rand() * len(self.courts))]
            judge = self.judges[int(rand() * len(self.judges))]
            d = make_date(rng, year)
            kind = "prison" if rand() < 0.85 else "restricted_freedom"
            months = rng.choice((6, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120, 180, 216))
            absentia = 1 if rand() < 0.05 else 0
            adds = prev_sid if (n > 0 and rand() < 0.5) else None
            regime = REGIMES[int(rand() * len(REGIMES))] if kind == "prison" else None
            note = "Sentenced in absentia." if absentia else None
            sentenced.append(d)
            rows["sentences"].append(
                (
                    sid,
                    pid,
                    court.id,
                    judge,
                    *d,
                    kind,
                    months,
                    _term_text(months, kind),
                    regime,
                    absentia,
                    adds,
                    note,
                )
            )
            n_charges = 1 + (rand() < 0.45) + (rand() < 0.15)
            seen: list[str] = []
            for _c in range(n_charges):
                art, text = ARTICLES[_pick(self.article_cum, rand() * 100)]
                if art not in seen:
                    rows["charges"].append((sid, len(seen), art, text))
                    seen.append(art)
            self._cite(rows, "sentence", sid)
            event(
                "sentenced",
                d,
                court.city,
                court.id,
                sid,
                f"{court.name} sentenced {display} to {_term_text(months, kind)} "
                f"under article {', '.join(seen)}.",
            )
            prev_sid = sid
            last_year = year
            articles += [a for a in seen if a not in articles]
        if n_sent and rand() < 0.25:
            prison = colony = self.prisons[int(rand() * len(self.prisons))]
            event(
                "transferred",
                make_date(rng, last_year),
                prison.city,
                prison.id,
                None,
                f"{display} transferred to {prison.name}.",
            )
            rows["relations"].append(
                (f"r-{i:07d}-h", pid, "held_in", None, prison.id, None, None, None, None)
            )
        if status in ("released", "in_exile") and last_year < LAST_YEAR:
            ry = rng.randint(last_year + 1, LAST_YEAR)
            kind = "pardoned" if rand() < 0.3 else "released"
            released = make_date(rng, ry)
            event(kind, released, city, None, None, f"{display} {kind}.")
            if status == "in_exile":
                event(
                    "exiled",
                    make_date(rng, min(LAST_YEAR, ry + 1)),
                    None,
                    None,
                    None,
                    f"{display} left Belarus.",
                )
        if rand() < 0.5:
            event(
                "protest",
                make_date(rng, max(FIRST_YEAR, first_year - 1)),
                city,
                None,
                None,
                f"{display} took part in a protest in {city}.",
            )
        if n_ev < 4:
            event(
                "statement",
                make_date(rng, rng.randint(first_year, LAST_YEAR)),
                None,
                None,
                None,
                f"Statement by {display}.",
            )
        if status == "deceased":
            event("died", make_date(rng, LAST_YEAR), None, None, None, f"{display} died.")
        self._custody(i, status, detained, sentenced, colony, released, rows)

        # quotes: about 2
        n_q = int(rand() * 5)
        for n in range(n_q):
            qid = f"q-{i:07d}-{n}"
            text, lang = QUOTES[int(rand() * len(QUOTES))]
            d = make_date(rng, rng.randint(first_year, LAST_YEAR))
            pub = self.publishers[int(rand() * len(self.publishers))]
            venue = VENUES[int(rand() * len(VENUES))]
            rows["quotes"].append((qid, pid, text, lang, *d, venue, pub.id))
            if i > 0 and rand() < 0.2:
                rows["quote_subjects"].append((qid, self.person_id(int(rand() * i))))
            self._cite(rows, "quote", qid)

        # relations to earlier people (so ids exist), about one in three
        if i > 1 and rand() < 0.35:
            other = self.person_id(int(rand() * i))
            if other not in self.judge_set and other != pid:
                kind = ("co_defendant", "spouse", "associate", "relative")[int(rand() * 4)]
                rows["relations"].append(
                    (f"r-{i:07d}-0", pid, kind, other, None, None, None, None, None)
                )

        status_since = make_date(rng, min(LAST_YEAR, last_year + 1))
        if n_sent:
            times = "once" if n_sent == 1 else f"{n_sent} times"
            record = f"Sentenced {times} under article {', '.join(articles)}."
        else:
            record = "Detained; not sentenced."
        bio = f"From {city} ({region}). {record} Synthetic record."
        rows["people"].append(
            (
                pid,
                display,
                sort,
                "female" if female else "male",
                region,
                city,
                status,
                bio,
                *birth,
                *status_since,
            )
        )
        self._cite(rows, "person", pid)


Date3 = tuple[str, str, str]


def _not_before(d: Date3, floor: Date3) -> Date3:
    """`d`, or `floor` when `d` lies wholly before it (generated dates are drawn freely)."""
    return d if d[2] >= floor[1] else floor


def _photos() -> list[Row]:
    """Small valid PNG portraits: (bytes, width, height, sha256), made once per run."""
    from PIL import Image  # only generating needs it; keep it out of every import of db

    out: list[Row] = []
    for n, colour in enumerate(PHOTO_COLOURS):
        image = Image.new("RGB", (24 + n, 32 + n), colour)
        image.paste((230, 220, 200), (6, 6, 18 + n, 20 + n))  # a face-coloured box
        buf = io.BytesIO()
        image.save(buf, "PNG")
        data = buf.getvalue()
        out.append((data, image.width, image.height, hashlib.sha256(data).hexdigest()))
    return out


def _cumulative(weights: Sequence[int]) -> list[float]:
    total = 0.0
    out: list[float] = []
    for w in weights:
        total += w
        out.append(total)
    return out


def _pick(cumulative: Sequence[float], value: float) -> int:
    """Index of the bucket `value` (0..sum of weights) falls in."""
    scaled = value * cumulative[-1] / 100 if cumulative[-1] != 100 else value
    for i, edge in enumerate(cumulative):
        if scaled < edge:
            return i
    return len(cumulative) - 1


BULK_PRAGMAS = (
    "journal_mode = OFF",  # a crash discards the partial file anyway
    "synchronous = OFF",
    "cache_size = -262144",
    # the sorts of the index builds (secondary indexes, the ~20 search keys a
    # person) spill to temporary files past the cache size; in memory they
    # held every row at once (3 GB at a million people)
    "temp_store = FILE",
    # the rows are valid by construction (tests run integrity_check, which
    # verifies every CHECK); each `IN (...)` check costs microseconds a row
    "ignore_check_constraints = ON",
)
"""Connection settings for the bulk load into the temporary file."""


def generate_rows(
    people: int, *, seed: int = 0, chunk: int = CHUNK
) -> Iterator[tuple[int, dict[str, list[Row]]]]:
    """The archive's rows in batches: (people done so far, rows per table).

    The first batch holds the organizations and sources. bench/ feeds the
    same rows to bare sqlite3 to measure the floor.
    """
    gen = _Generator(people, seed)
    yield 0, gen.fixed_rows()
    for start in range(0, people, chunk):
        stop = min(people, start + chunk)
        yield stop, gen.person_rows(start, stop)


def _prefetched(batches: Iterator[_T]) -> Iterator[_T]:
    """Run `batches` one step ahead in a thread.

    sqlite3 releases the GIL while SQLite works, so building the next batch
    in Python overlaps with inserting this one. Order (and so determinism)
    is unchanged: one producer, one queue.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def offer(message: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                box.put(message, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False  # the consumer has gone

    def produce() -> None:
        try:
            for item in batches:
                if not offer(("item", item)):
                    return
            offer(("end", None))
        except BaseException as exc:  # handed to the consumer, re-raised there
            offer(("error", exc))

    worker = threading.Thread(target=produce, name="generate-rows", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        worker.join()


def meta_for(people: int, seed: int) -> dict[str, Any]:
    return {
        "title": f"Synthetic archive: {people:,} people (seed {seed})",
        "publisher": "Kartoteka generator",
        "edition": "1",
        "languages": ["en", "be", "ru"],
        "synthetic": True,
        "archive_id": f"kartoteka-synthetic-{people}-{seed}",
    }


def _fts_tables() -> list[str]:
    return [f"{table}_fts" for table, _cols in schema.FTS_TABLES]


@dataclass(frozen=True, slots=True)
class Maintenance:
    """The SQL of the indexes and FTS triggers dropped for a bulk load."""

    indexes: tuple[str, ...]
    triggers: tuple[str, ...]


def suspend_maintenance(db: Database) -> Maintenance:
    """Drop the FTS triggers and secondary indexes; return their SQL to restore.

    Row-by-row trigger updates and index inserts cost far more than one
    rebuild after the load. The SQL comes from sqlite_master, so what is
    restored is exactly what the migrations (and sqlite-utils) created.
    """
    found = db.execute(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND (type = 'trigger' OR (type = 'index' AND tbl_name IN "
        "(SELECT value FROM json_each(:tables)))) ORDER BY type, name",
        {"tables": json.dumps(TABLE_ORDER)},
    ).fetchall()
    for kind, name, _sql in found:
        # names come from sqlite_master of the file this process just created
        db.execute(f'DROP {"TRIGGER" if kind == "trigger" else "INDEX"} "{name}"')
    return Maintenance(
        indexes=tuple(sql for kind, _n, sql in found if kind == "index"),
        triggers=tuple(sql for kind, _n, sql in found if kind == "trigger"),
    )


def rebuild_fts(db: Database) -> None:
    """Fill every FTS index from its content table in one pass."""
    for table, _cols in schema.FTS_TABLES:
        db.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")


def generate_archive(
    out: Path,
    people: int,
    *,
    seed: int = 0,
    progress: Progress | None = None,
) -> None:
    """Write a synthetic archive of `people` people to `out` (atomically).

    `progress(done, total)` is called as work advances; `total` stays the same
    for the whole run (people inserted, then the indexing steps counted as
    the same number of units again).
    """
    if people < 1:
        raise KartotekaError.of(ErrorKind.GENERATE_PEOPLE, out, count=people)
    target = Path(out)
    if target.exists():
        raise OutputError.of(ErrorKind.OUTPUT_EXISTS, target)
    total = people * 2

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, total), total)

    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    db = writer.create_archive(partial, meta_for(people, seed))
    try:
        for pragma in BULK_PRAGMAS:
            db.execute(f"PRAGMA {pragma}")
        saved = suspend_maintenance(db)
        report(0)
        conn = db.conn
        conn.execute("BEGIN")
        for done, rows in _prefetched(generate_rows(people, seed=seed)):
            for table in TABLE_ORDER:
                if rows[table]:
                    conn.executemany(insert_sql(table), rows[table])
            report(done)
        conn.execute("COMMIT")
        db.execute("PRAGMA ignore_check_constraints = OFF")
        step = people // 4
        conn.execute("BEGIN")
        for sql in saved.indexes:
            db.execute(sql)
        # before the triggers return: derived columns need no FTS updates
        writer.refresh_derived(db)
        report(people + step)
        rebuild_fts(db)
        for sql in saved.triggers:
            db.execute(sql)
        conn.execute("COMMIT")
        report(people + 2 * step)
        writer.finish(db, vacuum=False)
        report(total)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    db.close()
    try:
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise OutputError.of(ErrorKind.OUTPUT_NOT_WRITTEN, target, cause=exc) from exc
