"""Bundled fonts and their registration with ReportLab.

Noto Sans covers Latin (incl. Azerbaijani ə ğ ı ş and Icelandic ð þ æ), Cyrillic, Greek
and the currency signs we print (€ ₽ ₸ ₼ ₾ - DejaVu lacks the manat sign); Noto Sans
Arabic covers Persian and is designed to sit next to it. Both are SIL OFL 1.1, licence in
usu_desktop/resources/fonts/LICENSE-Noto.txt. They are package data, found with
importlib.resources (a checkout, an installed wheel or a PyInstaller bundle alike). Set
USU_FONTS_DIR to use another folder with the same file names.
"""

from __future__ import annotations

import os
import threading
import zlib
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from usu_desktop.domain.errors import DomainError

REGULAR: Final = "USUSans"
BOLD: Final = "USUSans-Bold"
ARABIC: Final = "USUArabic"
ARABIC_BOLD: Final = "USUArabic-Bold"

_FILES: Final = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """The package's resources/fonts (or $USU_FONTS_DIR).

    The package is always a plain folder (checkout, wheel, PyInstaller bundle), so the
    resource is a real path ReportLab can open."""
    override = os.environ.get("USU_FONTS_DIR")
    if override:
        return Path(override)
    return Path(str(files("usu_desktop") / "resources" / "fonts"))


def font_path(name: str) -> Path:
    return fonts_dir() / _FILES[name]


def _pin_private_codes(font: TTFont) -> None:
    """Give every glyph without a character its private-use code now, in glyph order.

    ReportLab hands out private-use codes to shaped-only glyphs (joined Arabic forms)
    on first use; doing it up front makes the PDF bytes independent of what was
    rendered before in this process.
    """
    hb_font = font.hbFont(10)
    mapped = set(font.face.charToGlyph.values())
    for gid in range(font.face.numGlyphs):
        if gid not in mapped:
            advance = font.pdfScale(hb_font.get_glyph_h_advance(gid))
            font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance)


@lru_cache(maxsize=256)
def _deflate(data: bytes) -> bytes:
    return zlib.compress(data)  # what ReportLab's FlateDecode filter does, once per distinct input


class _CachedFlate:
    """ReportLab's FlateDecode stream filter for font streams (subsets, ToUnicode maps),
    remembering what it compressed."""

    pdfname = "FlateDecode"

    def encode(self, data: bytes | str) -> bytes:
        return _deflate(data.encode("utf8") if isinstance(data, str) else data)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_CACHED_FLATE = _CachedFlate()


def _cache_subsets(font: TTFont) -> None:
    """Same characters, same subset: build and compress each embedded font subset once.

    Every PDF embeds a subset of each font it uses; for invoices the subsets repeat (the
    same labels, digits and names in the same order), and building one is a third of the
    time of a Persian invoice. The bytes are exactly what ReportLab would make each time.
    """
    face: Any = font.face
    make_subset = face.makeSubset
    original_subset_objects = face.addSubsetObjects

    @lru_cache(maxsize=64)
    def subset_bytes(codes: tuple[int, ...]) -> bytes:
        return bytes(make_subset(list(codes)))

    def add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        reference = original_subset_objects(doc, fontname, subset)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})")
        if isinstance(stream, pdfdoc.PDFStream) and stream.filters == [pdfdoc.PDFZCompress]:
            stream.filters = [_CACHED_FLATE]
        return reference

    face.makeSubset = lambda subset: subset_bytes(tuple(subset))
    face.addSubsetObjects = add_subset_objects
    original_font_objects = font.addObjects

    def add_font_objects(doc: Any) -> None:
        """ReportLab's font objects, with the per-subset parts that repeat served from caches."""
        fonts_dict = doc.idToObject["BasicFonts"].dict
        before = set(fonts_dict)
        original_font_objects(doc)
        for name in set(fonts_dict) - before:
            pdf_font = fonts_dict[name]
            widths = getattr(pdf_font, "Widths", None)
            if isinstance(widths, pdfdoc.PDFArray):
                pdf_font.Widths = _WidthsArray(widths.sequence)
            cmap = doc.idToObject.get(f"toUnicodeCMap:{pdf_font.BaseFont}")
            if isinstance(cmap, pdfdoc.PDFStream) and cmap.filters == [pdfdoc.PDFZCompress]:
                cmap.filters = [_CACHED_FLATE]

    font.addObjects = add_font_objects


@lru_cache(maxsize=512)
def _widths_bytes(widths: tuple[int | float, ...]) -> bytes:
    return bytes(pdfdoc.PDFArray(list(widths)).format(None))


class _WidthsArray(pdfdoc.PDFArray):
    """A font subset's /Widths: the same numbers format to the same bytes, so format them once."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:  # ReportLab's signature
        return _widths_bytes(tuple(self.sequence))


def register_fonts() -> None:
    """Register the four fonts once per process; DomainError 'font_missing' if a file is gone."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = fonts_dir() / filename
            if not path.is_file():
                raise DomainError("font_missing", path=str(path))
            font = TTFont(name, str(path))
            if name in (ARABIC, ARABIC_BOLD):
                _pin_private_codes(font)
            _cache_subsets(font)
            pdfmetrics.registerFont(font)
        _registered = True


def latin_font(bold: bool = False) -> str:
    return BOLD if bold else REGULAR


def arabic_font(bold: bool = False) -> str:
    return ARABIC_BOLD if bold else ARABIC
