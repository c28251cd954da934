"""The main window: navigation on the side, one page at a time, a status bar.

Pages come from the registry (ui/pages.py) and are built on first show, so start-up
stays quick and a missing screen never blocks the others. Geometry and the last
page are remembered in QSettings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from usu_desktop.domain.permissions import Actor, Permission, denial_code
from usu_desktop.ui import theme
from usu_desktop.ui.about import AboutDialog
from usu_desktop.ui.context import AppContext
from usu_desktop.ui.errors import code_text
from usu_desktop.ui.i18n import isolate
from usu_desktop.ui.pages import CORE_KEYS, PageRegistry, PageSpec, registry
from usu_desktop.ui.people.roles import role_text
from usu_desktop.ui.people.sign_in import ChangePasswordDialog, run_dialog, sign_in
from usu_desktop.ui.placeholder import ComingSoonPage
from usu_desktop.ui.settings_page import SettingsPage, edit_settings
from usu_desktop.ui.shortcuts import ShortcutsDialog, action_text, key_text

DEFAULT_SIZE = QSize(1200, 760)
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
PAGE_KEY = "main_window/page"


def page_shortcut(number: int) -> QKeySequence | None:
    """Ctrl+1 … Ctrl+9 for the first nine pages of the side menu, Ctrl+0 for the tenth."""
    if 1 <= number <= 9:
        return QKeySequence(f"Ctrl+{number}")
    return QKeySequence("Ctrl+0") if number == 10 else None


class MainWindow(QMainWindow):
    page_changed = Signal(str)

    def __init__(self, ctx: AppContext, pages: PageRegistry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("USU Desktop"))
        self.setWindowIcon(theme.icon("usu-desktop"))
        self._registry = pages or registry
        if "settings" in self._registry and self._registry.get("settings").factory is None:
            self._registry.register("settings", self._registry.get("settings").title, "settings",
                                    SettingsPage)
        self.specs: list[PageSpec] = self._registry.specs()
        self.pages: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self.specs:
            item = QListWidgetItem(theme.icon(spec.icon), spec.display_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(self._nav_width())
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())  # replaced on first show

        side = QWidget()
        side.setObjectName("side")
        side.setStyleSheet("QWidget#side { background: #eef1f4; }")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        app_title = QLabel(self.tr("USU Desktop"))
        app_title.setObjectName("appTitle")
        side_layout.addWidget(app_title)
        side_layout.addWidget(self.nav, 1)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel()
        self.clinic_label = QLabel()
        self.sync_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInUser")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.clinic_label)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().setSizeGripEnabled(True)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.events.clinic_changed.connect(self.show_clinic)
        ctx.events.last_sync_changed.connect(self.set_last_sync_text)
        ctx.events.status_message.connect(self.show_status_message)  # a method: gone with the window
        ctx.events.nav_badge.connect(self.set_badge)

        self.set_database_label(ctx.db_label)
        self.set_last_sync_text("")
        self.show_user()
        self.show_clinic(ctx.services.settings.load())
        self.resize(DEFAULT_SIZE)
        self.restore_state()

    def _nav_width(self) -> int:
        """Wide enough for the longest page title in this language (within reason)."""
        self.nav.ensurePolished()  # the style sheet sets the list's font size
        metrics = self.nav.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
                      default=0)
        # icon + gaps + item padding + list padding, with room for a bold-ish rendering
        return max(200, min(300, longest + 20 + 12 + 20 + 12 + 24))

    # --- menus and shortcuts -----------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(theme.icon("settings"), self.tr("&Settings…"), self)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcut(preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,"))
        self.settings_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.switch_user_action = QAction(self.tr("S&witch user…"), self)
        self.switch_user_action.setObjectName("switchUser")
        self.switch_user_action.triggered.connect(self.switch_user)
        file_menu.addAction(self.switch_user_action)
        self.change_password_action = QAction(self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.change_password_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.focus_search)
        edit_menu.addAction(self.find_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.specs, start=1):
            action = QAction(theme.icon(spec.icon), spec.display_title(), self)
            keys = page_shortcut(number)
            if keys is not None:
                action.setShortcut(keys)
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)
            self.page_actions[spec.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_action = QAction(self.tr("&About USU Desktop"), self)
        self.about_action.setShortcut(QKeySequence("F1"))
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.quit_action = quit_action
        for action in (self.settings_action, self.find_action, self.about_action, quit_action,
                       self.shortcuts_action, *self.page_actions.values()):
            self.addAction(action)  # shortcuts work even with the menu bar hidden

    # --- pages -------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].key if row >= 0 else ""

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self.pages.get(key)

    def show_page(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._show_row(row)
        return self.pages[key]

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, building it if needed (without showing it)."""
        if key not in self.pages:
            row = self.page_keys().index(key)
            spec = self.specs[row]
            if spec.factory is None:
                widget: QWidget = ComingSoonPage(spec.display_title(), spec.icon)
            else:
                widget = spec.factory(self.ctx)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = widget
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        shown = getattr(widget, "page_shown", None)
        if callable(shown):
            shown()
        self.page_changed.emit(key)

    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` beside a navigation entry (e.g. newly paid links); 0 clears it."""
        if key not in self.page_keys():
            return
        row = self.page_keys().index(key)
        item = self.nav.item(row)
        title = self.specs[row].display_title()
        if count > 0:
            number = self.ctx.locale.toString(count)
            item.setText(self.tr("{title} ({count})").format(title=title, count=number))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        else:
            item.setText(title)
            font = item.font()
            font.setBold(False)
            item.setFont(font)

    def focus_search(self) -> None:
        """Ctrl+F: pages with a search field expose `focus_search()`."""
        page = self.current_page()
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    # --- status bar --------------------------------------------------------------------
    def set_database_label(self, text: str) -> None:
        self.db_label.setText(self.tr("Database: {name}").format(name=isolate(text)) if text else "")
        self.db_label.setToolTip(text)

    def show_clinic(self, clinic: Any) -> None:
        name = clinic.name or self.tr("Clinic name not set")
        self.clinic_label.setText(name)

    def set_last_sync_text(self, text: str) -> None:
        self.sync_label.setText(text or self.tr("Not synchronised yet"))

    # --- people ------------------------------------------------------------------------
    def show_user(self) -> None:
        actor = self.ctx.services.actor
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=isolate(actor.name), role=role_text(actor.role)))
        # Settings stays open to everyone (this PC's language); saving the clinic's is refused
        self.settings_action.setToolTip("" if self.ctx.services.actor.can(Permission.SETTINGS)
                                        else code_text(denial_code(Permission.SETTINGS)))

    def set_user(self, actor: Actor) -> None:
        """Work as `actor` from now on: the services act as them and every page is built again,
        so each shows what this role may do."""
        self.ctx.services = self.ctx.services.as_user(actor)
        key = self.current_key()
        for row, spec in enumerate(self.specs):
            old = self.pages.pop(spec.key, None)
            if old is not None:
                blank = QWidget()
                self.stack.insertWidget(row, blank)
                self.stack.removeWidget(old)
                old.deleteLater()
        self.show_user()
        if key:
            self._show_row(self.page_keys().index(key))

    def switch_user(self) -> Actor | None:
        """Sign out and let someone (else) sign in; closing the dialog keeps the current user."""
        actor = sign_in(self.ctx, self)
        if actor is not None:
            self.set_user(actor)
        return actor

    def change_password(self) -> bool:
        return run_dialog(self.ctx, ChangePasswordDialog(self.ctx, self))

    # --- dialogs -----------------------------------------------------------------------
    def edit_settings(self) -> bool:
        return edit_settings(self, self.ctx)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for the window's own actions: the pages in side-menu order first."""
        rows = [(self.tr("Go to {page}").format(page=action_text(action)), key_text(action.shortcut()))
                for action in self.page_actions.values() if not action.shortcut().isEmpty()]
        rows += [(action_text(action), key_text(action.shortcut()))
                 for action in (self.find_action, self.settings_action, self.shortcuts_action,
                                self.about_action, self.quit_action) if not action.shortcut().isEmpty()]
        return rows

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts: a window that may stay open beside the desk."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.shortcut_rows(), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()
        return self.shortcuts_dialog

    def show_about(self) -> None:
        dialog = AboutDialog(self.ctx.db_label, self)
        dialog.exec()
        dialog.deleteLater()

    # --- state -------------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = self.ctx.qsettings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(QByteArray(state))
        key = str(settings.value(PAGE_KEY, CORE_KEYS[0]))
        self.show_page(key if key in self.page_keys() else self.page_keys()[0])

    def save_state(self) -> None:
        settings = self.ctx.qsettings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(PAGE_KEY, self.current_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
