"""Colours that follow the palette, so light and dark desktops both read well.

Fixed greys and dark accents written for a white background all but vanish on
a dark one. Widgets use `palette(placeholder-text)` in style sheets; HTML
(annotation rows, the history table) cannot name palette roles, so it gets
colour names computed here from the application palette when it is built.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

ACCENTS_ON_LIGHT = {"blue": "#1a5fb4", "green": "#1b7a4d", "orange": "#b33f00"}
ACCENTS_ON_DARK = {"blue": "#78aeed", "green": "#57e389", "orange": "#ffa348"}
"""The same hues, readable on a light and on a dark base (GNOME palette shades)."""


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is drawn on a dark base (a dark desktop theme)."""
    return _palette(palette).color(QPalette.ColorRole.Base).lightness() < 128


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21; 4.5 reads as body text)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


READABLE = 4.5
"""WCAG AA for body text: what secondary text must keep against its base."""


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text: the placeholder colour made opaque over the base, moved toward
    the text colour as far as needed to stay readable (Fusion's placeholder is not)."""
    p = _palette(palette)
    base, text = p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text)
    ink = p.color(QPalette.ColorRole.PlaceholderText)
    placeholder = colour = _over(ink, base, ink.alphaF())
    for step in range(1, 11):
        if contrast(colour, base) >= READABLE:
            break
        colour = _over(text, placeholder, step / 10)
    return colour


def muted_name(palette: QPalette | None = None) -> str:
    """`muted()` as an HTML colour (#rrggbb)."""
    return muted(palette).name()


def accent(hue: str, palette: QPalette | None = None) -> str:
    """An accent colour ("blue", "green", "orange") readable on the palette's base."""
    return (ACCENTS_ON_DARK if is_dark(palette) else ACCENTS_ON_LIGHT)[hue]


def selection_tint(palette: QPalette | None = None) -> QColor:
    """A selected rich-text row's fill: the highlight, faint over the base, so the
    row's own text and accent colours stay readable on it (light or dark)."""
    p = _palette(palette)
    return _over(p.color(QPalette.ColorRole.Highlight), p.color(QPalette.ColorRole.Base), 0.3)


def _over(ink: QColor, base: QColor, alpha: float) -> QColor:
    return QColor.fromRgbF(
        ink.redF() * alpha + base.redF() * (1 - alpha),
        ink.greenF() * alpha + base.greenF() * (1 - alpha),
        ink.blueF() * alpha + base.blueF() * (1 - alpha),
    )


def make_placeholder_readable(app: QGuiApplication) -> None:
    """Give the application palette a readable secondary-text colour (`muted()`).

    Style sheets name it as palette(placeholder-text); Fusion's own is half-transparent
    ink, too faint for the facet headings and status lines. Called once at start.
    """
    palette = app.palette()
    colour = muted(palette)
    if palette.color(QPalette.ColorRole.PlaceholderText) == colour:
        return
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
    app.setPalette(palette)
