"""Helpers that read our PDFs back: text (pypdf), page images (pypdfium2), QR codes (zxing-cpp)."""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def squash(text: str) -> str:
    """Collapse all kinds of spaces to one plain space (NBSP in money, line breaks)."""
    return _SPACES.sub(" ", text)


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def page_image(data: bytes, index: int = 0, scale: float = 3.0) -> Image.Image:
    pdf = pdfium.PdfDocument(data)
    try:
        return pdf[index].render(scale=scale).to_pil().convert("L")
    finally:
        pdf.close()


def qr_payloads(data: bytes, index: int = 0) -> list[bytes]:
    """Raw bytes of every QR code found on a page."""
    found = zxingcpp.read_barcodes(page_image(data, index), formats=zxingcpp.BarcodeFormat.QRCode)
    return [bytes(b.bytes) for b in found]


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: object) -> dict[int, str]:
    cmap: dict[int, str] = {}
    stream = font.get("/ToUnicode")  # type: ignore[attr-defined]
    if stream is None:
        return cmap
    data = stream.get_object().get_data()
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in _BFRANGE.findall(block):
            start = int(dst, 16)
            for k, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                cmap[code] = chr(start + k)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in _BFCHAR.findall(block):
            cmap[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    return cmap


def _raw(operand: object) -> bytes:
    if isinstance(operand, bytes):
        return bytes(operand)
    if hasattr(operand, "get_original_bytes"):
        return bytes(operand.get_original_bytes())
    return b""  # a TJ kerning number


def drawn_strings(data: bytes, index: int = 0) -> list[tuple[str, str]]:
    return [(font, text) for font, text, _x, _y in drawn_at(data, index)]


def drawn_at(data: bytes, index: int = 0) -> list[tuple[str, str, float, float]]:
    """(font base name, text, x, y) of every Tj/TJ on a page, in drawing order.

    Decodes the content stream through each font's ToUnicode map and applies no bidi
    or reordering at all: what comes out is the glyph sequence as placed on the page.
    """
    from pypdf.generic import ContentStream

    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[index]
    fonts = page["/Resources"]["/Font"]
    maps = {name: _to_unicode(ref.get_object()) for name, ref in fonts.items()}
    bases = {name: str(ref.get_object()["/BaseFont"]) for name, ref in fonts.items()}
    out: list[tuple[str, str, float, float]] = []
    current = None
    x = y = 0.0
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == b"Tf":
            current = operands[0]
        elif op in (b"Tj", b"TJ") and current is not None:
            parts = operands[0] if op == b"TJ" else [operands[0]]
            raw = b"".join(_raw(p) for p in parts)
            text = "".join(maps[current].get(b, "\ufffd") for b in raw)
            out.append((bases[current], text, x, y))
    return out
