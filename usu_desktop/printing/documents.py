"""The four documents: invoice, receipt, client statement and terminal slip -> PDF bytes.

Each `render_*` is a pure function of its dataclass: the same document gives the same
bytes (ReportLab invariant mode), which is what lets services freeze an issued invoice by
storing the bytes. Problems that should not stop printing (an unreadable logo) are
appended as codes to the optional `warnings` list and logged; real errors (a bad IBAN
that would be printed for payment) raise DomainError.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm

from usu_desktop.domain.money import Money
from usu_desktop.domain.references import rf_format
from usu_desktop.printing import fonts
from usu_desktop.printing.layout import Writer, new_canvas
from usu_desktop.printing.model import InvoiceDoc, ReceiptDoc, SlipDoc, StatementDoc
from usu_desktop.printing.qr import draw_qr, payment_qr

MARGIN = 40.0
ROW = 11.0          # one text line in a table row
FOOTER_ROOM = 58.0  # carried-forward line + page number
SUMMARY_ROOM = 250.0

# Invoice table: (label key, end distance from the start edge, align) - mirrored for RTL.
_INVOICE_COLS = (("description", 0, "start"), ("qty", 262, "end"), ("unit_price", 335, "end"),
                 ("discount", 395, "end"), ("vat", 433, "end"), ("net", 515, "end"))
_DESC_WIDTH = 225.0


@dataclass(frozen=True)
class _Row:
    index: int
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return ROW * len(self.lines) + 3


def _plan(rows: list[_Row], first_top: float, next_top: float, bottom: float,
          summary: float) -> list[list[_Row]]:
    """Split rows into pages; the last page must also hold the summary block."""
    pages: list[list[_Row]] = [[]]
    y = first_top
    for row in rows:
        if y - row.height < bottom and pages[-1]:
            pages.append([])
            y = next_top
        pages[-1].append(row)
        y -= row.height
    if y - summary < bottom - FOOTER_ROOM + 30:
        # The totals need a new page; take a few lines along so they never stand alone.
        keep = len(pages[-1]) - 3 if len(pages[-1]) > 3 else len(pages[-1])
        pages.append(pages[-1][keep:])
        del pages[-2][keep:]
    return pages


def render_invoice(doc: InvoiceDoc, warnings: list[str] | None = None) -> bytes:
    fonts.register_fonts()
    buf = io.BytesIO()
    c = new_canvas(buf, A4, f"{doc.number}", doc.clinic.name)
    w = Writer(c, doc.language, A4, MARGIN, warnings, doc.clinic.calendar)
    qr = payment_qr(name=doc.clinic.name, iban=doc.clinic.iban, bic=doc.clinic.bic, due=doc.due,
                    rf=doc.rf, payment_page_url=doc.payment_page_url)
    rows = [_Row(i, tuple(w.wrap(line.description, _DESC_WIDTH, 8.5)[:3]))
            for i, line in enumerate(doc.lines)]
    facts = [(w.t("number"), doc.number), (w.t("issue_date"), w.day(doc.issue_date))]
    if doc.credit_note_for is None:
        facts.append((w.t("due_date"), w.day(doc.due_date)))
    else:  # a credit note names the invoice it credits and asks for no payment
        facts.append((w.t("credit_note_for"), doc.credit_note_for))
    title = w.t(doc.title_key)
    # Page 1's header first: its height (logo, address lines) decides where the rows start.
    first_y = w.clinic_header(doc.clinic, A4[1] - MARGIN, title, facts)
    first_y = _client_block(w, doc.client.name, doc.client.client_number,
                            doc.client.address_lines, first_y)
    pages = _plan(rows, first_y - 17, A4[1] - MARGIN - 71, FOOTER_ROOM + 14, SUMMARY_ROOM)
    carried = Money.zero(doc.currency)
    for p, page_rows in enumerate(pages, start=1):
        top = A4[1] - MARGIN
        if p == 1:
            y = first_y
        else:
            w.draw(0, top - 12, doc.clinic.name, 10, bold=True)
            w.draw(w.width, top - 12, f"{title} {w.t('number')} {doc.number}", 10,
                   bold=True, align="end")
            y = top - 40
        y = _table_header(w, y, _INVOICE_COLS)
        if p > 1:
            w.draw(0, y, w.t("brought_forward"), 8.5, bold=True)
            w.draw(515, y, w.money(carried), 8.5, bold=True, align="end")
            y -= ROW + 3
        for row in page_rows:
            line = doc.lines[row.index]
            for k, part in enumerate(row.lines):
                w.draw(0, y - k * ROW, part, 8.5)
            w.draw(262, y, w.number(line.quantity), 8.5, align="end")
            w.draw(335, y, w.money(line.unit_price), 8.5, align="end")
            w.draw(395, y, "" if line.discount.is_zero() else w.money(line.discount), 8.5,
                   align="end")
            w.draw(433, y, w.percent(line.vat_rate), 8.5, align="end")
            w.draw(515, y, w.money(line.net), 8.5, align="end")
            y -= row.height
            carried = carried + line.net
        w.hline(0, 515, y + ROW - 4)
        if p < len(pages):
            w.draw(0, y - 4, w.t("carried_forward"), 8.5, bold=True)
            w.draw(515, y - 4, w.money(carried), 8.5, bold=True, align="end")
        else:
            _invoice_summary(w, doc, qr, y - 8)
        w.footer(p, len(pages), f"{title} {doc.number}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _client_block(w: Writer, name: str, number: str, address: tuple[str, ...], y: float) -> float:
    w.draw(0, y, w.t("client"), 8)
    w.draw(0, y - 14, name, 11, bold=True, max_width=w.width * 0.6)
    w.draw(0, y - 27, f"{w.t('client_number')}: {number}", 9)
    yy = y - 39
    for line in address:
        w.draw(0, yy, line, 8.5, max_width=w.width * 0.6)
        yy -= 10.5
    return yy - 10


def _table_header(w: Writer, y: float, cols: tuple[tuple[str, float, str], ...]) -> float:
    w.band(0, w.width, y - 5, 16)
    for key, d, align in cols:
        w.draw(d, y, w.t(key), 8, bold=True, align=align)
    return y - 17


def _invoice_summary(w: Writer, doc: InvoiceDoc, qr: object, y: float) -> None:
    top = y
    # VAT breakdown, start side.
    w.draw(0, y, w.t("vat_rate"), 8, bold=True)
    w.draw(150, y, w.t("vat_base"), 8, bold=True, align="end")
    w.draw(230, y, w.t("vat_amount"), 8, bold=True, align="end")
    y -= 12
    for row in doc.vat_rows:
        w.draw(0, y, w.percent(row.rate), 8.5)
        w.draw(150, y, w.money(row.base), 8.5, align="end")
        w.draw(230, y, w.money(row.tax), 8.5, align="end")
        y -= 11
    # Totals, end side.
    ty = top
    figures = [("untaxed", doc.untaxed, False), ("vat", doc.tax, False), ("total", doc.total, True)]
    if doc.credit_note_for is None:
        figures.append(("paid", doc.paid, False))
    for key, amount, bold in figures:
        w.draw(415, ty, w.t(key), 9, bold=bold, align="end")
        w.draw(515, ty, w.money(amount), 9, bold=bold, align="end")
        ty -= 13
    if doc.credit_note_for is not None:  # nothing to pay: no amount due, no payment block
        return
    w.hline(300, 515, ty + 8)
    ty -= 8
    w.draw(415, ty, w.t("amount_due"), 12, bold=True, align="end")
    w.draw(515, ty, w.money(doc.due), 12, bold=True, align="end")
    w.draw(515, ty - 15, f"{w.t('due_date')}: {w.day(doc.due_date)}", 8.5, align="end")
    y = min(y, ty - 30) - 6
    w.payment_block(0, y, doc.rf, qr)  # type: ignore[arg-type]
    w.stamp(doc.stamp, w.x(370), y - 80)


def render_receipt(doc: ReceiptDoc, warnings: list[str] | None = None) -> bytes:
    fonts.register_fonts()
    buf = io.BytesIO()
    c = new_canvas(buf, A5, doc.number, doc.clinic.name)
    w = Writer(c, doc.language, A5, 30.0, warnings, doc.clinic.calendar)
    facts = [(w.t("number"), doc.number), (w.t("date"), w.day(doc.date))]
    y = w.clinic_header(doc.clinic, A5[1] - 30, w.t("refund_receipt" if doc.refund else "receipt"), facts)
    y = _client_block(w, doc.client.name, doc.client.client_number, doc.client.address_lines, y)
    w.draw(0, y, w.t("amount_paid_out" if doc.refund else "amount_received"), 9)
    w.draw(w.width, y - 4, w.money(doc.amount), 20, bold=True, align="end")
    y -= 24
    method = doc.method
    method_text = w.t(f"method_{method}") if f"method_{method}" in _METHODS else method
    w.draw(0, y, f"{w.t('method')}: {method_text}", 9)
    y -= 22
    if doc.allocations:
        cols = (("allocated_to", 0, "start"), ("amount", w.width, "end"))
        y = _table_header(w, y, cols)
        for alloc in doc.allocations:
            w.draw(0, y, alloc.invoice_number, 9)
            w.draw(w.width, y, w.money(alloc.amount), 9, align="end")
            y -= 13
        w.hline(0, w.width, y + 8)
        y -= 6
    for key, amount in (("credit_left" if doc.refund else "credit_kept", doc.credit),
                        ("remaining", doc.remaining)):
        if amount is not None:
            w.draw(0, y, w.t(key), 9, bold=True)
            w.draw(w.width, y, w.money(amount), 9, bold=True, align="end")
            y -= 14
    if doc.refund:  # the patient signs for cash taken at the desk
        w.hline(0, w.width * 0.5, y - 34)
        w.draw(0, y - 46, w.t("received_by"), 8)
    else:
        w.draw(0, y - 10, w.t("thank_you"), 9)
    w.footer(1, 1)
    c.showPage()
    c.save()
    return buf.getvalue()


_METHODS = frozenset({"method_cash", "method_card", "method_bank", "method_terminal", "method_link"})
_STATEMENT_COLS = (("date", 0, "start"), ("document", 80, "start"), ("debit", 345, "end"),
                   ("credit", 430, "end"), ("balance", 515, "end"))


def render_statement(doc: StatementDoc, warnings: list[str] | None = None) -> bytes:
    fonts.register_fonts()
    buf = io.BytesIO()
    c = new_canvas(buf, A4, f"{doc.client.client_number} {doc.date_to}", doc.clinic.name)
    w = Writer(c, doc.language, A4, MARGIN, warnings, doc.clinic.calendar)
    qr = payment_qr(name=doc.clinic.name, iban=doc.clinic.iban, bic=doc.clinic.bic,
                    due=doc.closing_balance, rf=doc.rf, payment_page_url=None)
    rows = [_Row(i, ("",)) for i in range(len(doc.rows))]
    period = f"{w.day(doc.date_from)} – {w.day(doc.date_to)}"
    facts = [(w.t("period"), period), (w.t("client_number"), doc.client.client_number)]
    first_y = w.clinic_header(doc.clinic, A4[1] - MARGIN, w.t("statement"), facts)
    first_y = _client_block(w, doc.client.name, doc.client.client_number,
                            doc.client.address_lines, first_y)
    pages = _plan(rows, first_y - 31, A4[1] - MARGIN - 71, FOOTER_ROOM + 14, 230)
    balance = doc.opening_balance
    for p, page_rows in enumerate(pages, start=1):
        top = A4[1] - MARGIN
        if p == 1:
            y = first_y
        else:
            w.draw(0, top - 12, doc.clinic.name, 10, bold=True)
            w.draw(w.width, top - 12, f"{w.t('statement')} {doc.client.client_number}", 10,
                   bold=True, align="end")
            y = top - 40
        y = _table_header(w, y, _STATEMENT_COLS)
        w.draw(80, y, w.t("opening_balance" if p == 1 else "brought_forward"), 8.5, bold=True)
        w.draw(515, y, w.money(balance), 8.5, bold=True, align="end")
        y -= ROW + 3
        for row in page_rows:
            entry = doc.rows[row.index]
            w.draw(0, y, w.day(entry.date), 8.5)
            w.draw(80, y, f"{w.t('kind_' + entry.kind)} {entry.reference}", 8.5, max_width=180)
            if entry.debit is not None:
                w.draw(345, y, w.money(entry.debit), 8.5, align="end")
            if entry.credit is not None:
                w.draw(430, y, w.money(entry.credit), 8.5, align="end")
            w.draw(515, y, w.money(entry.balance), 8.5, align="end")
            balance = entry.balance
            y -= row.height
        w.hline(0, 515, y + ROW - 4)
        if p < len(pages):
            w.draw(80, y - 4, w.t("carried_forward"), 8.5, bold=True)
            w.draw(515, y - 4, w.money(balance), 8.5, bold=True, align="end")
        else:
            y -= 4
            w.draw(80, y, w.t("closing_balance"), 10, bold=True)
            w.draw(515, y, w.money(doc.closing_balance), 10, bold=True, align="end")
            y -= 28
            w.draw(0, y, w.t("ageing"), 9, bold=True)
            y -= 16
            buckets = (("age_0_30", doc.ageing.d0_30), ("age_31_60", doc.ageing.d31_60),
                       ("age_61_90", doc.ageing.d61_90), ("age_90_plus", doc.ageing.d90_plus),
                       ("total", doc.ageing.total))
            step = w.width / len(buckets)
            w.band(0, w.width, y - 19, 30)
            for k, (key, amount) in enumerate(buckets):
                w.draw(step * (k + 1) - 6, y, w.t(key), 8, bold=key == "total", align="end")
                w.draw(step * (k + 1) - 6, y - 13, w.money(amount), 8.5, bold=True, align="end")
            y -= 40
            w.payment_block(0, y, doc.rf if not doc.closing_balance.is_zero() else None, qr, 96)
        w.footer(p, len(pages))
        c.showPage()
    c.save()
    return buf.getvalue()


SLIP_WIDTH = 80 * mm


def render_slip(doc: SlipDoc, warnings: list[str] | None = None) -> bytes:
    """An 80 mm thermal slip: clinic, client number in large digits, amount due, RF, QR."""
    fonts.register_fonts()
    margin = 4 * mm
    qr = payment_qr(name=doc.clinic.name, iban=doc.clinic.iban, bic=doc.clinic.bic,
                    due=doc.amount_due, rf=doc.rf, payment_page_url=doc.payment_page_url)
    height = 130 * mm if qr is not None else 88 * mm
    size = (SLIP_WIDTH, height)
    buf = io.BytesIO()
    c = new_canvas(buf, size, doc.client_number, doc.clinic.name)
    w = Writer(c, doc.language, size, margin, warnings, doc.clinic.calendar)
    mid = w.width / 2
    y = height - 10 * mm
    for line in w.wrap(doc.clinic.name, w.width, 11, bold=True)[:2]:
        w.draw(mid, y, line, 11, bold=True, align="center")
        y -= 14
    w.draw(mid, y - 2, w.t("slip"), 8.5, align="center")
    y -= 22
    w.draw(mid, y, w.t("client_number"), 8.5, align="center")
    w.draw(mid, y - 30, doc.client_number, 30, bold=True, align="center")
    y -= 46
    w.draw(mid, y, doc.masked_name, 10, align="center")
    y -= 20
    w.draw(mid, y, w.t("amount_due"), 8.5, align="center")
    w.draw(mid, y - 19, w.money(doc.amount_due), 17, bold=True, align="center")
    y -= 34
    if doc.rf:
        w.draw(mid, y, w.t("reference"), 8.5, align="center")
        w.draw(mid, y - 16, rf_format(doc.rf), 13, bold=True, align="center")
        y -= 26
    if qr is not None:
        side = 46 * mm
        draw_qr(c, (SLIP_WIDTH - side) / 2, y - side, side, qr.payload)
        y -= side + 4
    for line in w.wrap(w.t("pay_hint"), w.width, 7.5)[:3]:
        w.draw(mid, y, line, 7.5, align="center")
        y -= 9.5
    c.showPage()
    c.save()
    return buf.getvalue()
