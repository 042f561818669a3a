"""Generated typo queries: every kind of one-letter slip, applied to stored names of an archive.

People type names with one letter left out, one added (or doubled), one
replaced or two neighbours swapped, in Cyrillic and in Latin letters alike.
`typo_cases(archive)` picks generated people (their names come from the
realistic vocabulary in db.name_vocabulary), takes one of their stored
spellings in each script, and makes slips of each kind in one word, at
positions (and with letters) drawn at random, the first and last letters
included: the query is the rest of the spelling as stored.

A slip that turns the word into another stored word, or into another
spelling of one (the same key), is no typo any more (search rightly ranks
people named so first) and is drawn again. Everything is seeded.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from db.names import key_forms, tokens, typo_distance
from tests.data.name_spellings import Case

_CYRILLIC = {
    "ru": "абвгдежзийклмнопрстуфхцчшщыьэюя",
    "be": "абвгдежзйклмнопрстуўфхцчшыьэюяі",
}
_LATIN = "abcdefghijklmnopqrstuvwxyz"
MIN_LENGTH = 4
"""Shorter words take no typos (db.names.max_typos)."""

KINDS = ("left out", "added", "doubled", "replaced", "swapped")


def _slips(word: str, kind: str, alphabet: str) -> list[str]:
    """Every slip of one kind: at each position (with each letter, for added and replaced)."""
    n = len(word)
    if kind == "left out":
        return [word[:i] + word[i + 1 :] for i in range(n)]
    if kind == "added":
        return [word[:i] + a + word[i:] for i in range(n + 1) for a in alphabet]
    if kind == "doubled":
        return [word[: i + 1] + word[i] + word[i + 1 :] for i in range(n)]
    if kind == "replaced":
        return [word[:i] + a + word[i + 1 :] for i in range(n) for a in alphabet if a != word[i]]
    return [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)]


def _script(lang: str) -> str:
    if lang.startswith("be") and lang.endswith("Cyrl"):
        return "be"
    if lang.endswith("Cyrl"):
        return "ru"
    return "latin"


def _spellings(archive: Any, people: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(person id, spelling, script) of `people` generated people, one Cyrillic and one Latin."""
    ids = [
        str(r[0])
        for r in archive.db.execute(
            "SELECT id FROM people WHERE id GLOB 'p-[0-9]*' ORDER BY id"
        ).fetchall()
    ]
    out: list[tuple[str, str, str]] = []
    for pid in rng.sample(ids, min(people, len(ids))):
        rows = archive.db.execute(
            "SELECT name, lang FROM person_names WHERE person_id = ? ORDER BY pk", [pid]
        ).fetchall()
        by_script: dict[str, list[str]] = {}
        for name, lang in rows:
            script = _script(str(lang))
            by_script.setdefault("cyrillic" if script != "latin" else "latin", []).append(
                f"{script}\t{name}"
            )
        for group in ("cyrillic", "latin"):
            if by_script.get(group):
                script, name = rng.choice(by_script[group]).split("\t", 1)
                out.append((pid, name, script))
    return out


def typo_cases(archive: Any, people: int = 40, seed: int = 11) -> Iterator[Case]:
    """Two cases per kind of slip for one Cyrillic and one Latin spelling of each person.

    One slip is drawn from all of that kind, one from those that the lossy
    key (db.names.key_forms) turns into two or more edits (Олиневич/Олиенвич:
    alinavih/alanvih), where a search that measures typos on keys alone is
    blind. The class is "<kind> (Cyrillic)" or "<kind> (Latin)".
    """
    rng = random.Random(seed)
    stored_keys = {
        str(w) for (w,) in archive.db.execute("SELECT word FROM search_vocab").fetchall()
    }
    for pid, spelling, script in _spellings(archive, people, rng):
        words = spelling.split()
        slippable = [i for i, w in enumerate(words) if len(w) >= MIN_LENGTH and w.isalpha()]
        if not slippable:
            continue
        at = rng.choice(slippable)
        word = words[at]
        lower = word.lower()
        key = key_forms(lower)[0]
        alphabet = _LATIN if script == "latin" else _CYRILLIC[script]
        label = "Latin" if script == "latin" else "Cyrillic"
        for kind in KINDS:
            easy: list[str] = []
            hard: list[str] = []
            for typo in _slips(lower, kind, alphabet):
                keys = {k for t in tokens(typo) for k in key_forms(t)}
                if typo == lower or not keys or keys & stored_keys:
                    continue  # no slip, or another stored name
                far = min(typo_distance(key, k) for k in keys) >= 2
                (hard if far else easy).append(typo)
            for group in (easy, hard):
                if not group:
                    continue
                typo = rng.choice(sorted(set(group)))
                if word[0].isupper():
                    typo = typo[0].upper() + typo[1:]
                query = " ".join([*words[:at], typo, *words[at + 1 :]])
                yield Case(f"{kind} ({label})", query, pid)
