"""Shared pieces of the long lists: a lazy id-window table model, money/date delegates,
remembered column state, and the small helpers every reception screen uses."""

from usu_desktop.ui.tables.delegates import DateDelegate, MoneyDelegate, install_delegates
from usu_desktop.ui.tables.header_state import HeaderState
from usu_desktop.ui.tables.model import RAW_ROLE, Column, FilteredModel, LazyTableModel, ListSource

__all__ = [
    "RAW_ROLE",
    "Column",
    "DateDelegate",
    "FilteredModel",
    "HeaderState",
    "LazyTableModel",
    "ListSource",
    "MoneyDelegate",
    "install_delegates",
]
