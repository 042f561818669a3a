"""The name index's folding version: recorded by the builder, read at open, rebuilt on demand."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from db import key_version, search_index
from db.connection import open_archive
from db.errors import OutputError
from db.importing import import_files
from db.key_version import KeyState
from db.names import KEY_VERSION, deletions, fold, key_forms, tokens
from db.notices import NAME_KEYS, NoticeKind
from db.reindex import reindex
from db.search import search
from db.search_index import person_forms
from tests.data.first_release import downgrade_search_index
from tests.db.builders import build_fixture_archive, fixture_documents
from viewer import cli

# Words whose folds the stored index depends on: every script and romanization
# the rules treat, and the letters each rule of db.names looks at. Never edit
# this list: the fingerprints below are of exactly these words.
PROBE_WORDS = (  # noqa: SIM905 (190 words read better as text)
    "Ціханоўскі Тихановский Tsikhanouski Tsikhanowski Cichanoŭski Tikhanovskiy Tichanowski "
    "Tikhanovsky Tsikanouski Tykhanovskyi Siarhiej Siarhei Сяргей Сергей Sergei Serhiy "
    "Łukaszenka Lukashenko Loukachenko Loekasjenko Лукашэнка Лукашенко Лукашенко "
    "Chtchoukine Щукин Schtschukin Szczukin Shchukin Sjtsjoekin Kalesnikava Колесникова "
    "Калеснікава Kolesnikova Maryia Мария Марыя Maria Marya Yevgeny Евгений Яўген Jauhien "
    "Pyotr Пётр Петр Piotr Piatro Семён Semyon Siemion Džvonik Джвоник Dzhvonik Herz "
    "Rzeczkowski Gurewitz Rabinowitz Дар'я Dar’ya Darʹâ Шарэнда-Панасюк Mirsäyet "
    "Soltanğäliev Султан-Галиев Бабарыка Babaryka Бабарико Babariko Aliaksandr Аляксандр "
    "Александр Олександр Aleksander Ales Алесь Sasha Саша Hryhoryi Ігар Ihar Игорь Biełaruś "
    "Belarus Zmicier Зміцер Xavier Quentin Jørgensen Müller Straße Øyvind Nguyễn İlham "
    "Ali\u0307yev Mi\u0307kola Zhe\u0301nya Ціхано\u0301ўскі ЛукашеHко Хиерархия Niekrasau "
    "Некрасов Dziejanau Дзеянаў Уладзімір Владимир Volodya Пуцін Путин Homiel Гомель Gomel "
    "Ihnacik Ігнацік Statkevich Статкевіч Bialiatski Бяляцкі Беляцкий Біляцький Losik Лосік "
    "Sharenda Panasiuk Ціханоўскага Тихановского Cichanouskiego Tichanowskis Kalesnikavai "
    "Мандельштам Mandelstam Эмильевич Исаак Yitzhak Ицик Габдулла Abdulla Прасковья Параша "
    "Евдокия Дуня Jonas Juozas Johann Иоганн Friedrich Фридрих Ó'Brien O'Neill Ма-Цзы 王 김 "
    "Ahmad أحمد Βασίλης Գևորգ გიორგი Şəhriyar Öztürk Ğabdulla Xəyyam Qasım Ñuñez Ærø Þór "
    "Çelik Yuliya Юлия Юлія Yuliia Aliaksiej Аляксей Алексей Aleksiej Alexej Aleksey "
    "Andrzej Андрэй Андрей Andrei Andriej Dzmitry Дзмітрый Дмитрий Dmitrij Dmytro Mikalai "
    "Мікалай Николай Nikolaj Mykola"
).split()

FINGERPRINTS = {
    3: "4e0e6c5650176509ae272e3602c9588b5af0e8c6a73db642f0e3866eb3365936",
}
"""sha256 of the folds of PROBE_WORDS by each KEY_VERSION (older versions are not kept)."""


def folds_fingerprint() -> str:
    """A digest of what the index stores for PROBE_WORDS: forms, org keys and typo deletions."""
    digest = hashlib.sha256()
    for word in PROBE_WORDS:
        forms = sorted(person_forms({word}))
        keys = sorted({k for t in tokens(word) for k in key_forms(t)})
        typos = sorted({d for k in keys for d in deletions(k)})
        digest.update(repr((word, forms, fold(word), typos)).encode())
    return digest.hexdigest()


def test_the_folding_rules_match_the_recorded_version() -> None:
    assert FINGERPRINTS.get(KEY_VERSION) == folds_fingerprint(), (
        "The folding rules changed what some word folds to: bump db.names.KEY_VERSION, "
        "add this fingerprint for it, and say in docs/SEARCH.md what changed."
    )


# -- an archive indexed by older rules -------------------------------------------


def _old_key_forms(token: str) -> tuple[str, ...]:
    """Stands for an older build's folding: every key different from today's."""
    return tuple(k[::-1] + "q" for k in key_forms(token))


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_archive(tmp_path_factory.mktemp("keys") / "current.db", people=12)


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture archive as a build before the version was recorded wrote it (other keys)."""
    path = tmp_path_factory.mktemp("keys") / "older.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search_index, "key_forms", _old_key_forms)
        mp.setattr(key_version, "record", lambda db: None)
        build_fixture_archive(path, people=12)
    return path


def _with_meta(src: Path, dst: Path, value: object) -> Path:
    dst.write_bytes(src.read_bytes())
    conn = sqlite3.connect(dst)
    with conn:
        conn.execute("DELETE FROM meta WHERE key = ?", [key_version.META_KEY])
        if value is not None:
            conn.execute("INSERT INTO meta VALUES (?, ?)", [key_version.META_KEY, value])
    conn.close()
    return dst


def _name_notices(path: Path) -> list[NoticeKind]:
    with open_archive(path) as archive:
        return [n.kind for n in archive.notices if n.kind in NAME_KEYS]


def _finds(path: Path, query: str, person: str) -> bool:
    with open_archive(path) as archive:
        return person in [h.person_id for h in search(archive, query).hits]


TSIKHANOUSKI = "p-0000000"  # Siarhei Tsikhanouski / Сяргей Ціханоўскі in the fixture


def test_the_builder_records_the_version_and_opening_says_nothing(current: Path) -> None:
    conn = sqlite3.connect(current)
    stored = conn.execute("SELECT value FROM meta WHERE key = ?", [key_version.META_KEY]).fetchall()
    conn.close()
    assert stored == [(str(KEY_VERSION),)]
    assert _name_notices(current) == []
    assert _finds(current, "Тихановский", TSIKHANOUSKI)


def test_an_older_index_is_noticed_searched_and_rebuilt_into_a_new_file(
    older: Path, tmp_path: Path
) -> None:
    assert fixture_documents(12)["people"][0]["id"] == TSIKHANOUSKI
    before = older.read_bytes()
    with open_archive(older) as archive:
        notices = [n for n in archive.notices if n.kind in NAME_KEYS]
        assert [n.kind for n in notices] == [NoticeKind.NAME_KEYS_OLDER]
        assert "name search may miss" in notices[0].text
        assert notices[0].command.startswith("kartoteka reindex ")
        assert str(older) in notices[0].command
        assert key_version.read(archive.db) == key_version.StoredKeys(KeyState.OLDER, None)
        search(archive, "Tsikhanouski")  # (a) search still answers
    assert not _finds(older, "Тихановский", TSIKHANOUSKI)  # the miss the notice warns of
    out = tmp_path / "rebuilt.db"
    report = reindex(older, out)
    assert report.before.state is KeyState.OLDER
    assert report.after == key_version.StoredKeys(KeyState.CURRENT, KEY_VERSION)
    assert older.read_bytes() == before  # the user's file is never written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rebuilt.db"]  # no temp file left
    assert _name_notices(out) == []
    assert _finds(out, "Тихановский", TSIKHANOUSKI)


def test_reindex_never_overwrites(current: Path, tmp_path: Path) -> None:
    existing = tmp_path / "there.db"
    existing.write_bytes(b"keep")
    with pytest.raises(OutputError):
        reindex(current, existing)
    with pytest.raises(OutputError):
        reindex(current, current)
    with pytest.raises(OutputError):
        reindex(current, tmp_path / "missing-folder" / "x.db")
    assert existing.read_bytes() == b"keep"


def test_an_import_rebuilds_keys_of_an_older_version(older: Path, tmp_path: Path) -> None:
    target = tmp_path / "archive.db"
    target.write_bytes(older.read_bytes())
    extra = tmp_path / "extra.json"
    extra.write_text(
        '{"people": [{"id": "p-new", "display_name": "Ales Bialiatski", "status": "unknown"}]}',
        encoding="utf-8",
    )
    import_files(target, [extra])
    assert _name_notices(target) == []
    assert _finds(target, "Тихановский", TSIKHANOUSKI)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (None, NoticeKind.NAME_KEYS_OLDER),
        ("2", NoticeKind.NAME_KEYS_OLDER),
        (str(KEY_VERSION + 1), NoticeKind.NAME_KEYS_NEWER),
        ("three", NoticeKind.NAME_KEYS_UNREADABLE),
        ("-1", NoticeKind.NAME_KEYS_UNREADABLE),
        ("0", NoticeKind.NAME_KEYS_UNREADABLE),
        ("3.0", NoticeKind.NAME_KEYS_UNREADABLE),
        (" 3", NoticeKind.NAME_KEYS_UNREADABLE),
        ("٣", NoticeKind.NAME_KEYS_UNREADABLE),  # a digit, but not an ASCII one
        ("9" * 40, NoticeKind.NAME_KEYS_UNREADABLE),
        ("3" + "\x00" * 10, NoticeKind.NAME_KEYS_UNREADABLE),
        ("x" * 5_000_000, NoticeKind.NAME_KEYS_UNREADABLE),
    ],
)
def test_a_hostile_or_missing_version_is_a_notice_never_a_crash(
    current: Path, tmp_path: Path, value: str | None, kind: NoticeKind
) -> None:
    path = _with_meta(current, tmp_path / "a.db", value)
    assert _name_notices(path) == [kind]
    assert _finds(path, "Tsikhanouski", TSIKHANOUSKI)  # (a) search still works
    err = io.StringIO()
    code = _cli(["search", str(path), "Tsikhanouski"], err)
    assert code == cli.EXIT_OK
    lines = [line for line in err.getvalue().splitlines() if "name index" in line]
    assert len(lines) == 1
    assert lines[0].startswith("kartoteka: note: a.db: the name index ")
    assert "kartoteka reindex " in lines[0]


def _cli(argv: list[str], err: io.StringIO) -> int:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stderr", err)
        mp.setattr("sys.stdout", io.StringIO())
        return cli.main(argv)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("text", "3", 3),
        ("integer", "3", 3),
        ("real", "3.0", None),
        ("blob", "3", None),
        ("null", None, None),
        ("text", "10000", 10_000),
        ("text", "10001", None),
        ("text", "", None),
    ],
)
def test_parse(kind: str, value: str | None, expected: int | None) -> None:
    assert key_version.parse(kind, value) == expected


def test_a_first_release_archive_is_an_older_index(current: Path, tmp_path: Path) -> None:
    path = tmp_path / "first.db"
    path.write_bytes(current.read_bytes())
    downgrade_search_index(path)
    assert _name_notices(path) == [NoticeKind.NAME_KEYS_OLDER]


def test_reindex_command_line(older: Path, tmp_path: Path) -> None:
    err = io.StringIO()
    out = tmp_path / "new.db"
    assert _cli(["reindex", str(older), str(out)], err) == cli.EXIT_OK
    assert _name_notices(out) == []
    assert _cli(["reindex", str(older), str(out)], err) == cli.EXIT_ERROR
    assert "already exists" in err.getvalue()


def test_an_encrypted_archive_is_rebuilt_encrypted_with_no_plaintext_file(
    older: Path, tmp_path: Path
) -> None:
    from db.encryption import encrypt_archive, is_probably_encrypted

    secret = "correct horse battery"
    locked = tmp_path / "locked.db"
    encrypt_archive(older, locked, secret)
    with open_archive(locked, secret) as archive:
        assert [n.kind for n in archive.notices] == [NoticeKind.NAME_KEYS_OLDER]
    folder = tmp_path / "out"
    folder.mkdir()
    passphrase_file = tmp_path / "secret.txt"
    passphrase_file.write_text(secret + "\n", encoding="utf-8")
    err = io.StringIO()
    argv = ["reindex", "--passphrase-file", str(passphrase_file), str(locked), str(folder / "r.db")]
    assert _cli(argv, err) == cli.EXIT_OK, err.getvalue()
    assert sorted(p.name for p in folder.iterdir()) == ["r.db"]
    assert is_probably_encrypted(folder / "r.db")
    assert b"Tsikhanouski" not in (folder / "r.db").read_bytes()
    with open_archive(folder / "r.db", secret) as archive:
        assert [n.kind for n in archive.notices] == []
        assert TSIKHANOUSKI in [h.person_id for h in search(archive, "Тихановский").hits]
