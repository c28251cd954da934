"""The main window on a real SQLite file: pages, shortcuts, status bar, geometry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from usu_desktop.services.settings import ClinicSettings
from usu_desktop.ui import theme
from usu_desktop.ui.main_window import MainWindow
from usu_desktop.ui.pages import CORE_KEYS, PageRegistry, PageSpec, load_screens, registry
from usu_desktop.ui.placeholder import ComingSoonPage
from usu_desktop.ui.settings_page import SettingsPage


def test_opens_with_core_pages_and_status(window, ctx):
    assert set(CORE_KEYS) <= set(window.page_keys())
    assert window.nav.count() == len(window.page_keys())
    assert ctx.db_label in window.db_label.text()
    assert window.clinic_label.text() == "Clinic name not set"
    assert window.sync_label.text() == "Not synchronised yet"
    ctx.events.last_sync_changed.emit("Last sync: 10:42")
    assert window.sync_label.text() == "Last sync: 10:42"


def test_ctrl_number_switches_pages(window, qtbot):
    for number, key in enumerate(window.page_keys(), start=1):  # side-menu order
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number % 10), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.pages[key]
    assert isinstance(window.pages["settings"], SettingsPage)


def test_unbuilt_page_says_coming_soon(qtbot, ctx):
    reg = PageRegistry()
    reg._specs["reports"] = PageSpec("reports", "Reports", "reports", None, 99)  # failed to load
    w = MainWindow(ctx, pages=reg)
    qtbot.addWidget(w)
    page = w.show_page("reports")
    assert isinstance(page, ComingSoonPage)
    assert "coming soon" in page.message.text()


class SearchPage(QWidget):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.search = QLineEdit()
        QVBoxLayout(self).addWidget(self.search)

    def focus_search(self):
        self.focus_requests = getattr(self, "focus_requests", 0) + 1
        self.search.setFocus()


def test_registered_factory_gets_context_and_ctrl_f_focuses_search(qtbot, ctx):
    reg = PageRegistry()
    reg.register("clients", QT_TRANSLATE_NOOP("Pages", "Clients"), "clients", SearchPage)
    reg.register("pricelist", QT_TRANSLATE_NOOP("Pages", "Price list"), "pricelist", SearchPage, order=25)
    w = MainWindow(ctx, pages=reg)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.windowHandle().requestActivate()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    assert w.page_keys().index("pricelist") == 2
    page = w.show_page("clients")
    assert isinstance(page, SearchPage) and page.ctx is ctx
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert getattr(page, "focus_requests", 0) == 1


def test_geometry_and_page_are_restored(qtbot, ctx):
    # Own registry: other screens' minimum sizes must not decide this test's numbers.
    first = MainWindow(ctx, pages=PageRegistry())
    qtbot.addWidget(first)
    first.show()
    first.show_page("payments")
    wanted = first.minimumSizeHint() + QSize(31, 17)  # not the default size
    first.resize(wanted)
    saved = first.size()
    assert saved == wanted
    first.close()
    second = MainWindow(ctx, pages=PageRegistry())
    qtbot.addWidget(second)
    second.show()
    assert second.size() == saved
    assert second.current_key() == "payments"


def test_default_size_on_first_start(window):
    assert (window.width(), window.height()) == (1200, 760)


def test_clinic_change_updates_status_bar(window, ctx):
    saved = ctx.services.settings.save(ClinicSettings(name="Clinic Aurora", currency="EUR"))
    ctx.events.clinic_changed.emit(saved)
    assert window.clinic_label.text() == "Clinic Aurora"
    page = window.show_page("settings")
    assert page.labels["name"].text() == "Clinic Aurora"


def test_about_dialog_opens_on_f1(window, qtbot, monkeypatch):
    from usu_desktop.ui import about

    shown = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown == ["About USU Desktop"]


def test_navigation_is_wide_enough_for_long_titles(qtbot, ctx, qapp):
    from usu_desktop.ui import i18n

    i18n.install(qapp, "ru")  # "Синхронизация с банком" is the longest title
    try:
        w = MainWindow(ctx, pages=PageRegistry())
        qtbot.addWidget(w)
        w.show()
        metrics = w.nav.fontMetrics()
        for row in range(w.nav.count()):
            text = w.nav.item(row).text()
            assert w.nav.width() >= metrics.horizontalAdvance(text) + 20 + 40, text
        assert w.nav.item(3).text() == "Синхронизация с банком"
    finally:
        i18n.install(qapp, "en")


def test_every_screen_is_in_the_navigation_with_its_own_icon():
    loaded = load_screens()
    assert {"clients", "invoices", "payments", "pricelist", "debtors", "links", "banksync",
            "statements"} <= set(loaded)
    for spec in registry.specs():
        assert spec.factory is not None, spec.key
        assert not theme.icon(spec.icon).isNull(), spec.icon


def test_badge_shows_and_clears_on_a_navigation_entry(window, ctx):
    row = window.page_keys().index("payments")
    title = window.nav.item(row).text()
    ctx.events.nav_badge.emit("payments", 3)
    assert window.nav.item(row).text() == f"{title} (3)" and window.nav.item(row).font().bold()
    ctx.events.nav_badge.emit("payments", 0)
    assert window.nav.item(row).text() == title and not window.nav.item(row).font().bold()
    ctx.events.nav_badge.emit("no-such-page", 2)  # ignored, never raises


def test_disabled_controls_look_disabled(qapp):
    """The palette sets its colours for every group; the disabled group must differ again."""
    theme.apply(qapp)
    palette = qapp.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        active = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert active.name() == theme.TEXT and disabled.name() == theme.DISABLED_TEXT, role
