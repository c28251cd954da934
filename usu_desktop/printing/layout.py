"""Shared drawing for the documents: a direction-aware writer, header blocks, stamp, QR block.

Positions are given as a distance from the *start* edge of the text area (left in
left-to-right languages, right in Persian), so every table and block mirrors itself
for right-to-left documents without separate layouts.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal
from PIL import Image, UnidentifiedImageError
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from usu_desktop.domain.calendars import day_text
from usu_desktop.domain.languages import is_rtl, local_digits
from usu_desktop.domain.languages import normalize as normalize_language
from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_format
from usu_desktop.printing import text
from usu_desktop.printing.labels import label
from usu_desktop.printing.model import Clinic
from usu_desktop.printing.qr import QrChoice, check_iban, draw_qr

log = logging.getLogger(__name__)
# Binary (not ASCII85) compressed streams: smaller files, less work per page. ReportLab is
# used by this package only, so the process-wide switch is ours to set.
rl_config.useA85 = 0
GREY = (0.92, 0.92, 0.92)
DARK = (0.25, 0.25, 0.25)


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], title: str, author: str) -> Canvas:
    """A canvas in invariant mode: same input, same bytes (no timestamps, fixed ids)."""
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("USU Desktop")
    return canvas


class Writer:
    """Draws on one canvas in one document language, mirroring for right-to-left."""

    def __init__(self, canvas: Canvas, language: str, page: tuple[float, float], margin: float,
                 warnings: list[str] | None = None, calendar: str = "") -> None:
        self.c = canvas
        self.lang = normalize_language(language)
        self.calendar = calendar
        self.rtl = is_rtl(self.lang)
        self.page_w, self.page_h = page
        self.margin = margin
        self.width = self.page_w - 2 * margin
        self.warnings = warnings

    # --- words and numbers -------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return label(self.lang, key, **params)

    def money(self, m: Money) -> str:
        return _money(m, self.lang)

    def day(self, d: date) -> str:
        return _day(d, self.lang, self.calendar)

    def number(self, value: Decimal) -> str:
        return _number(value, self.lang)

    def percent(self, rate: Decimal) -> str:
        """A VAT rate: '24%' (en), '24 %' (ru, el, ...), '۲۴٪' (fa)."""
        number = _number(rate, self.lang)
        return f"{number}٪" if self.lang == "fa" else f"{number}%" if self.lang == "en" else f"{number} %"

    def warn(self, code: str) -> None:
        log.warning("printing: %s", code)
        if self.warnings is not None:
            self.warnings.append(code)

    # --- geometry ------------------------------------------------------------
    def x(self, d: float) -> float:
        """Physical x of a point `d` points from the start edge of the text area."""
        return self.page_w - self.margin - d if self.rtl else self.margin + d

    def draw(self, d: float, y: float, s: str, size: float = 9, *, bold: bool = False,
             align: str = "start", max_width: float | None = None) -> float:
        """Draw `s` at start-distance `d`; align 'start', 'end' or 'center'."""
        if max_width is not None:
            s = text.fit(s, max_width, size, bold, self.rtl)
        if align == "center":
            physical = "center"
        elif (align == "start") != self.rtl:
            physical = "left"
        else:
            physical = "right"
        return text.draw(self.c, self.x(d), y, s, size, bold=bold, align=physical, rtl_base=self.rtl)

    def width_of(self, s: str, size: float, bold: bool = False) -> float:
        return text.width(s, size, bold, self.rtl)

    def wrap(self, s: str, max_width: float, size: float, bold: bool = False) -> list[str]:
        return text.wrap(s, max_width, size, bold, self.rtl)

    def hline(self, d1: float, d2: float, y: float, weight: float = 0.5) -> None:
        self.c.setLineWidth(weight)
        self.c.line(self.x(d1), y, self.x(d2), y)

    def band(self, d1: float, d2: float, y: float, h: float, rgb: tuple[float, float, float] = GREY) -> None:
        """A filled band from d1 to d2 (start distances), bottom at y."""
        left = min(self.x(d1), self.x(d2))
        self.c.saveState()
        self.c.setFillColorRGB(*rgb)
        self.c.rect(left, y, abs(self.x(d2) - self.x(d1)), h, stroke=0, fill=1)
        self.c.restoreState()

    # --- blocks ---------------------------------------------------------------
    def clinic_header(self, clinic: Clinic, top: float, title: str,
                      facts: list[tuple[str, str]]) -> float:
        """Logo above the clinic at the start side, title + facts at the end side; returns the y below."""
        y = top
        d = 0.0
        logo = load_logo(clinic.logo_png, self.warn) if clinic.logo_png is not None else None
        if logo is not None:
            reader, (lw, lh) = logo
            h = 40.0
            w = min(160.0, h * lw / lh)
            h = w * lh / lw
            left = self.x(0) if not self.rtl else self.x(0) - w
            self.c.drawImage(reader, left, top - h, w, h, mask="auto")
            y = top - h - 6
        title_size = 18.0
        title_w = self.width_of(title, title_size, bold=True)
        if title_w > self.width * 0.45:  # long titles on small pages (A5 receipts)
            title_size *= self.width * 0.45 / title_w
            title_w = self.width * 0.45
        room = min(self.width * 0.55, self.width - title_w - 14) - d
        self.draw(d, y - 12, clinic.name, 13, bold=True, max_width=room)
        yy = y - 26
        lines = list(clinic.address_lines)
        if clinic.tax_id:
            lines.append(f"{self.t('tax_id')}: {clinic.tax_id}")
        if clinic.iban:
            iban = format_iban(clinic.iban)
            if self.rtl:
                # On a line of its own: after a right-to-left label the IBAN's last group would
                # sit next to the label ("شبا: 00 DE89 3704 …" to the eye) though bidi is right.
                lines += [f"{self.t('iban')}:", iban]
            else:
                lines.append(f"{self.t('iban')}: {iban}")
        if clinic.bic:
            lines.append(f"{self.t('bic')}: {clinic.bic}")
        for line in lines:
            self.draw(d, yy, line, 8, max_width=room)
            yy -= 10.5
        self.draw(self.width, top - 16, title, title_size, bold=True, align="end")
        fy = top - 34
        value_w = max((self.width_of(v, 8.5, bold=True) for _, v in facts), default=0.0)
        key_end = self.width - max(value_w, 70.0) - 12
        for key, value in facts:
            self.draw(key_end, fy, key, 8.5, align="end")
            self.draw(self.width, fy, value, 8.5, bold=True, align="end")
            fy -= 12
        return min(yy, fy, top - 56) - 8

    def footer(self, page: int, pages: int, note: str = "") -> None:
        self.c.setFillColorRGB(*DARK)
        numbers = {"page": self.number(Decimal(page)), "pages": self.number(Decimal(pages))}
        self.draw(self.width / 2, 22, self.t("page", **numbers), 7.5, align="center")
        if note:
            self.draw(0, 22, note, 7.5, max_width=self.width / 2 - 40)
        self.c.setFillColorRGB(0, 0, 0)

    def payment_block(self, d: float, y: float, rf: str | None, qr: QrChoice | None,
                      qr_size: float = 104) -> float:
        """RF in groups of four (large) and the QR below it, starting at start-distance d."""
        if rf:
            self.draw(d, y, self.t("reference"), 8.5)
            self.draw(d, y - 22, rf_format(rf), 17, bold=True)
            y -= 32
        if qr is not None:
            left = self.x(d) if not self.rtl else self.x(d) - qr_size
            draw_qr(self.c, left, y - qr_size, qr_size, qr.payload)
            self.draw(d + qr_size / 2, y - qr_size - 9, self.t("scan_to_pay"), 7.5, align="center")
            y -= qr_size + 14
        return y

    def stamp(self, kind: str | None, cx: float, cy: float) -> None:
        """A rotated red stamp ('PAID', ...) centred on the physical point (cx, cy)."""
        if not kind:
            return
        words = self.t(f"stamp_{kind}")
        size = 20
        w = self.width_of(words, size, bold=True) + 20
        c = self.c
        c.saveState()
        c.translate(cx, cy)
        c.rotate(18)
        c.setStrokeColorRGB(0.8, 0.1, 0.1)
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.setLineWidth(2.5)
        c.roundRect(-w / 2, -14, w, 36, 6, stroke=1, fill=0)
        text.draw(c, 0, -3, words, size, bold=True, align="center", rtl_base=self.rtl)
        c.restoreState()


def format_iban(iban: str) -> str:
    """Print form in groups of four (the IBAN is checked: DomainError 'bad_iban')."""
    compact = check_iban(iban)
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


@lru_cache(maxsize=8)
def _logo(data: bytes) -> tuple[ImageReader, tuple[int, int]] | None:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            size = image.size
            if size[0] <= 0 or size[1] <= 0:
                return None
        return ImageReader(io.BytesIO(data)), size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


def load_logo(data: bytes | None, warn: Callable[[str], None]
              ) -> tuple[ImageReader, tuple[int, int]] | None:
    """The logo as an image, or None plus a 'logo_unreadable' warning; never raises."""
    if not data:
        return None
    logo = _logo(bytes(data))
    if logo is None:
        warn("logo_unreadable")
    return logo


@lru_cache(maxsize=4096)
def _money(m: Money, lang: str) -> str:
    return m.format(lang)


@lru_cache(maxsize=1024)
def _day(d: date, lang: str, calendar: str) -> str:
    """In the language's calendar and digits (Persian: ۱۳ آذر ۱۴۰۵), as the screens date."""
    return day_text(d, lang, "medium", calendar or None)


@lru_cache(maxsize=1024)
def _number(value: Decimal, lang: str) -> str:
    return local_digits(format_decimal(value, locale=lang), lang)  # Persian digits, as Money.format('fa')
