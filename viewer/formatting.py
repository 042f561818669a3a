"""Numbers as the panes show them: digits grouped by a thin space (1 000 000).

One convention for every pane, readable in Belarusian, Russian and English
alike, and independent of the machine's locale (often "C" on exile laptops).
"""

from __future__ import annotations


def grouped(number: int) -> str:
    """`number` with a narrow no-break space between groups of three digits."""
    return f"{int(number):,}".replace(",", "\u202f")
