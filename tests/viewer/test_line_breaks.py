"""Long unbroken runs of archive text get break points for layout, and lose them when copied.

A record whose values were 20,000-character runs without a space froze the
window for seconds per record (Qt wraps such a "word" character by
character); the hostile walk in test_hostile_derived_gui.py took minutes.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from viewer.widgets.line_breaks import RUN_CHARS, ZWSP, breakable_html, strip_breaks
from viewer.widgets.record_browser import RecordBrowser


def _longest_run(text: str) -> int:
    return max((len(m) for m in re.findall(rf"[^\s{ZWSP}]+", text)), default=0)


def test_long_runs_in_text_get_break_points_and_tags_keep_their_bytes() -> None:
    url = "https://example.org/" + "a" * 300
    html = f'<p><a href="{url}">{url}</a> short words stay as they are</p>'
    out = breakable_html(html)
    assert f'href="{url}"' in out  # the link target is untouched
    assert _longest_run(out.split(">", 2)[2]) <= RUN_CHARS
    assert strip_breaks(out) == html
    assert (
        breakable_html("<p>Сяргей Ціханоўскі &amp; 2020</p>")
        == "<p>Сяргей Ціханоўскі &amp; 2020</p>"
    )


def test_entities_are_never_split() -> None:
    run = "x" * 100 + "&amp;" + "y" * 100
    out = breakable_html(f"<p>{run}</p>")
    assert "&amp;" in out
    assert strip_breaks(out) == f"<p>{run}</p>"


def test_the_record_browser_lays_out_breaks_and_copies_without_them(qtbot: QtBot) -> None:
    browser = RecordBrowser()
    qtbot.addWidget(browser)
    value = "0123456789ABCDEF" * 1250  # 20,000 characters, no space
    browser.setHtml(f"<p>{value}</p>")
    shown = browser.toPlainText()
    assert _longest_run(shown) <= RUN_CHARS
    cursor = browser.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    browser.setTextCursor(cursor)
    assert browser.createMimeDataFromSelection().text() == value
