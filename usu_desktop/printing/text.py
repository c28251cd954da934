"""Text runs for the page: bidi order, font fallback and HarfBuzz shaping.

Latin/Cyrillic/Greek text without right-to-left characters is drawn as is (fast path).
Anything else goes through: Unicode bidi levels (python-bidi) -> level runs reordered
visually (rule L2, on whole runs) -> each run split by font (Noto Sans Arabic for Arabic
script, Noto Sans for the rest) -> each piece shaped by HarfBuzz in its run's direction,
so Persian letters join and read right to left while a Latin RF code or digits inside a
Persian sentence stay left to right. The shaped glyphs go to ReportLab as plain strings of
the font's (private-use) characters, or as `ShapedStr` when HarfBuzz moved some glyph off
its advance (marks, kerning); `layout` caches whole lines.

Why not ReportLab's own path: ReportLab 4/5 can shape with uharfbuzz (`shapeStr`), but it
guesses direction and language per string and needs the optional `rlbidi` package for
bidi; here each run gets its resolved direction and Persian (not Arabic) language forms,
and python-bidi supplies the levels. ReportLab still does the PDF side (`ShapedStr`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb
from bidi import algorithm as uba
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas

from usu_desktop.printing import fonts

_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]")
_INVISIBLE_MARKS = str.maketrans(
    "", "", "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Piece:
    """A shaped or plain piece of a line, in visual order, in one font."""

    font: str
    text: str  # glyphs as font characters; a ShapedStr where HarfBuzz moved glyphs (marks, kerning)
    width: float


def needs_shaping(text: str) -> bool:
    return bool(_RTL_CHARS.search(text))


def _levels(text: str, rtl_base: bool) -> list[tuple[str, int]]:
    """(char, resolved embedding level) in logical order (python-bidi's rules X1-I2)."""
    storage = uba.get_empty_storage()
    base = 1 if rtl_base else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # Rule X9 drops embedding controls and BN characters (ZWNJ among them) from python-bidi's
    # list; put them back with the level of the character before them (UAX #9, 5.2), since
    # HarfBuzz needs the ZWNJ to keep Persian letters apart.
    kept = iter(storage["chars"])
    out: list[tuple[str, int]] = []
    for ch in text:
        if uba.bidirectional(ch) in uba.X9_REMOVED:
            out.append((ch, out[-1][1] if out else base))
        else:
            out.append((ch, next(kept)["level"]))
    return out


def _visual_runs(text: str, rtl_base: bool) -> list[tuple[str, int]]:
    """Level runs (logical text, level) in visual order: rule L2 applied to whole runs."""
    runs: list[tuple[str, int]] = []
    for ch, level in _levels(text, rtl_base):
        if runs and runs[-1][1] == level:
            runs[-1] = (runs[-1][0] + ch, level)
        else:
            runs.append((ch, level))
    if not runs:
        return []
    highest = max(level for _, level in runs)
    lowest_odd = min((level for _, level in runs if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][1] >= level:
                j = i
                while j < len(runs) and runs[j][1] >= level:
                    j += 1
                runs[i:j] = reversed(runs[i:j])
                i = j
            else:
                i += 1
    return runs


def _font_pieces(text: str, bold: bool) -> list[tuple[str, str]]:
    """Split a run by font: Arabic script (and neutrals next to it) -> Arabic font."""
    arabic = fonts.arabic_font(bold)
    latin = fonts.latin_font(bold)
    arabic_cmap = pdfmetrics.getFont(arabic).face.charToGlyph
    pieces: list[tuple[str, str]] = []
    for ch in text:
        if _ARABIC.match(ch):
            font = arabic
        elif (pieces and pieces[-1][0] == arabic and ord(ch) in arabic_cmap
              and unicodedata.category(ch)[0] not in "LN"):
            font = arabic  # spaces and punctuation between Persian words keep the font
        else:
            font = latin
        if pieces and pieces[-1][0] == font:
            pieces[-1] = (font, pieces[-1][1] + ch)
        else:
            pieces.append((font, ch))
    return pieces


def _shape(text: str, font_name: str, rtl: bool) -> tuple[str, float]:
    """Shape with HarfBuzz in the given direction: the glyphs (as the font's characters, a
    `ShapedStr` when HarfBuzz placed some off their advance) and the width in 1/1000 em.

    Arabic-script pieces are shaped as Persian (script Arab, language fa): the font's
    Persian forms (e.g. digits, final yeh) differ from the Arabic ones.
    """
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(10)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    if font_name in (fonts.ARABIC, fonts.ARABIC_BOLD):
        buf.script = "Arab"
        buf.language = "fa"
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(hb_font, buf, _FEATURES)
    chars: list[str] = []
    data: list[ShapeData] = []
    width = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            code = font.face.glyphToChar[gid][0]
        except KeyError:
            code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid,
                                     font.pdfScale(pos.x_advance))
        x_advance = font.pdfScale(pos.x_advance)
        width += x_advance
        chars.append(chr(code))
        data.append(ShapeData(info.cluster, x_advance, font.pdfScale(pos.y_advance),
                              font.pdfScale(pos.x_offset), font.pdfScale(pos.y_offset),
                              font.face.charWidths[code]))
    glyphs = "".join(chars)
    if all(d.x_offset == 0 and d.y_offset == 0 and d.x_advance == d.width for d in data):
        # Nothing moved off the font's own advances (most runs, joined Persian included): the
        # glyphs as a plain string draw the same page, through ReportLab's much quicker Tj path.
        return glyphs, width
    return ShapedStr(glyphs, shapeData=data), width


@lru_cache(maxsize=4096)
def layout(text: str, size: float, bold: bool = False, rtl_base: bool = False) -> tuple[Piece, ...]:
    """The pieces of one line of `text`, left to right, with their widths in points."""
    fonts.register_fonts()
    if not needs_shaping(text):
        name = fonts.latin_font(bold)
        return (Piece(name, text, pdfmetrics.stringWidth(text, name, size)),)
    out: list[Piece] = []
    for run, level in _visual_runs(text, rtl_base):
        run = run.translate(_INVISIBLE_MARKS)
        if not run:
            continue
        rtl = bool(level % 2)
        pieces = _font_pieces(run, bold)
        if rtl:
            pieces.reverse()
        for font_name, piece in pieces:
            shaped, width = _shape(piece, font_name, rtl)
            out.append(Piece(font_name, shaped, width * size / 1000))
    return tuple(out)


def width(text: str, size: float, bold: bool = False, rtl_base: bool = False) -> float:
    return sum(p.width for p in layout(text, size, bold, rtl_base))


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
         align: str = "left", rtl_base: bool = False) -> float:
    """Draw one line anchored at x ('left', 'right' or 'center'); returns its width."""
    pieces = layout(text, size, bold, rtl_base)
    total = sum(p.width for p in pieces)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    # One text object per line, each piece placed at its own origin: the widths come from
    # `layout` (HarfBuzz advances), so ReportLab need not measure or re-shape anything.
    line = canvas.beginText(x, y)
    for n, piece in enumerate(pieces):
        if n:
            line.setTextOrigin(x, y)
        line.setFont(piece.font, size)
        line.textOut(piece.text)
        x += piece.width
    canvas.drawText(line)
    return total


def fit(text: str, max_width: float, size: float, bold: bool = False, rtl_base: bool = False) -> str:
    """`text` cut with an ellipsis so it fits in `max_width` (for table cells)."""
    if width(text, size, bold, rtl_base) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width(text[:mid] + "…", size, bold, rtl_base) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def wrap(text: str, max_width: float, size: float, bold: bool = False,
         rtl_base: bool = False) -> list[str]:
    """Greedy word wrap in logical order; each returned line is laid out on its own."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and width(candidate, size, bold, rtl_base) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return [fit(line, max_width, size, bold, rtl_base) for line in lines] or [""]
