"""Driving the reception dialogs the way a person would (type, click)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from usu_desktop.services.check import check_books


def fill_client(
    first: str, last: str, phone: str = "", email: str = "", birth: tuple[int, int, int] | None = None
):
    def script(dialog: Any) -> None:
        from PySide6.QtCore import QDate

        dialog.first.setText(first)
        dialog.last.setText(last)
        dialog.phone.setText(phone)
        dialog.email.setText(email)
        if birth is not None:
            dialog.has_birth.setChecked(True)
            dialog.birth.setDate(QDate(*birth))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    return script


def pay(amount: str, method: str = "cash", invoice_id: int | None = None):
    def script(dialog: Any) -> None:
        if invoice_id is not None:
            dialog.invoice_box.setCurrentIndex(dialog.invoice_box.findData(invoice_id))
        dialog.amount.setText(amount)
        dialog.method.setCurrentIndex(dialog.method.findData(method))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return script


def edit_line(
    editor: Any,
    row: int,
    description: str | None = None,
    quantity: str | None = None,
    price: str | None = None,
    discount: str | None = None,
    vat: str | None = None,
) -> None:
    from usu_desktop.ui.invoices.editor import DESCRIPTION, DISCOUNT, PRICE, QUANTITY, VAT

    for column, value in (
        (DESCRIPTION, description),
        (QUANTITY, quantity),
        (PRICE, price),
        (DISCOUNT, discount),
        (VAT, vat),
    ):
        if value is not None:
            editor.set_cell(row, column, value)


def books_ok(db: Any) -> None:
    violations = check_books(db)
    assert violations == [], [v.describe() for v in violations]


def ctrl(
    qtbot: Any, widget: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier
):
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def plain(text: str) -> str:
    """Text without the FSI/PDI isolation marks around interpolated values."""
    return text.replace("\u2068", "").replace("\u2069", "")
