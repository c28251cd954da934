"""The page registry: screens plug into the main window without the window knowing them.

A screen package registers a factory in its `__init__`:

    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from usu_desktop.ui.pages import register_page

    register_page("clients", QT_TRANSLATE_NOOP("Pages", "Clients"), "clients", ClientsPage)

The factory is called with the AppContext and returns a QWidget; pages are built on
first show. A page may define `focus_search()` (Ctrl+F) and `page_shown()`. The five
core keys always appear in the navigation; a core key with no factory shows an
honest "coming soon" page. Titles are marked with context "Pages" for translation.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

PageFactory = Callable[[Any], "QWidget"]


@dataclass
class PageSpec:
    key: str
    title: str  # untranslated, context "Pages"
    icon: str  # icon name in resources/icons (without .svg)
    factory: PageFactory | None
    order: int

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


CORE_PAGES: tuple[tuple[str, str, str, int], ...] = (
    ("clients", QT_TRANSLATE_NOOP("Pages", "Clients"), "clients", 10),
    ("invoices", QT_TRANSLATE_NOOP("Pages", "Invoices"), "invoices", 20),
    ("payments", QT_TRANSLATE_NOOP("Pages", "Payments"), "payments", 30),
    ("banksync", QT_TRANSLATE_NOOP("Pages", "Bank sync"), "banksync", 40),
    ("settings", QT_TRANSLATE_NOOP("Pages", "Settings"), "settings", 60),
)
CORE_KEYS = tuple(key for key, *_ in CORE_PAGES)

# Screen packages under usu_desktop.ui that may register pages when imported.
SCREEN_PACKAGES = ("clients", "invoices", "payments", "pricelist", "debtors", "links", "banksync",
                   "statements", "documents", "people")


class PageRegistry:
    def __init__(self) -> None:
        self._specs: dict[str, PageSpec] = {}
        for key, title, icon, order in CORE_PAGES:
            self._specs[key] = PageSpec(key, title, icon, None, order)

    def register(self, key: str, title: str, icon: str, factory: PageFactory,
                 order: int | None = None) -> PageSpec:
        old = self._specs.get(key)
        if order is None:
            order = old.order if old is not None else 100 + len(self._specs)
        spec = PageSpec(key, title, icon, factory, order)
        self._specs[key] = spec
        return spec

    def specs(self) -> list[PageSpec]:
        return sorted(self._specs.values(), key=lambda s: (s.order, s.key))

    def get(self, key: str) -> PageSpec:
        return self._specs[key]

    def __contains__(self, key: str) -> bool:
        return key in self._specs


registry = PageRegistry()


def register_page(key: str, title_noop: str, icon: str, factory: PageFactory,
                  order: int | None = None) -> PageSpec:
    """Register (or replace) the page `key`; see the module docstring."""
    return registry.register(key, title_noop, icon, factory, order)


def load_screens(packages: tuple[str, ...] = SCREEN_PACKAGES) -> list[str]:
    """Import the screen packages that exist so they register; returns those loaded."""
    loaded = []
    for name in packages:
        module = f"usu_desktop.ui.{name}"
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        loaded.append(name)
    return loaded
