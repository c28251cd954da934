#!/usr/bin/env python3
"""Take a PNG of a screen of the app, to look at it (no event loop, no user needed).

  tools/screenshot.py --db clinic.sqlite --page clients --lang fa --out /tmp/clients-fa.png
  tools/screenshot.py --db clinic.sqlite --settings --out /tmp/settings.png
  tools/screenshot.py --db clinic.sqlite --page clients --select 0 --out /tmp/card.png   (a row chosen)
  xvfb-run -a tools/screenshot.py ...        (a real X server; offscreen works too)

A new database gets demo data first (--no-demo to keep it empty).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or URL")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--page", default="clients", help="page key: clients, invoices, payments, ...")
    parser.add_argument("--settings", action="store_true", help="grab the settings dialog instead")
    parser.add_argument("--about", action="store_true", help="grab the About dialog instead")
    parser.add_argument("--size", default="1200x760", help="window size WxH")
    parser.add_argument("--no-demo", action="store_true", help="do not fill a new database with demo data")
    parser.add_argument("--select", type=int, help="choose this row of the list first (details load)")
    parser.add_argument("--out", required=True, help="PNG file to write")
    parser.add_argument("--role", default="administrator",
                        choices=("receptionist", "manager", "administrator"),
                        help="look at the screens as someone of this role (no sign-in dialog)")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings, QThreadPool

    from usu_desktop.app import Application, ConsoleDialogs, Options
    from usu_desktop.domain.permissions import Actor, Role
    from usu_desktop.tasks.runner import TaskRunner

    qsettings = QSettings(str(Path(args.out).with_suffix(".ini")), QSettings.Format.IniFormat)
    qsettings.clear()
    application = Application(Options(db=args.db, lang=args.lang, demo=not args.no_demo),
                              qsettings=qsettings, dialogs=ConsoleDialogs(),
                              runner=TaskRunner(QThreadPool.globalInstance()),
                              sign_in=lambda _ctx: Actor(f"screenshot ({args.role})", Role(args.role)))
    code = application.start()
    if code is not None:
        return code
    app, window = application.app, application.window
    assert window is not None and application.ctx is not None
    width, height = (int(n) for n in args.size.lower().split("x"))
    window.resize(width, height)
    page = window.show_page(args.page)
    for _ in range(5):
        app.processEvents()
    if args.select is not None:
        import time

        view = getattr(page, "view", None)
        deadline = time.monotonic() + 5
        while view is not None and view.model().rowCount() <= args.select and time.monotonic() < deadline:
            app.processEvents()
        if view is not None and hasattr(view, "select_row"):
            view.select_row(args.select)
        settle = time.monotonic() + 1.5  # the details load in the background
        while time.monotonic() < settle:
            app.processEvents()
    target = window
    if args.settings or args.about:
        if args.settings:
            from usu_desktop.ui.settings_dialog import SettingsDialog
            from usu_desktop.ui.settings_page import ui_language

            target = SettingsDialog(application.ctx.services.settings.load(), ui_language(application.ctx),
                                    application.ctx.dialogs, window)
        else:
            from usu_desktop.ui.about import AboutDialog

            target = AboutDialog(application.ctx.db_label, window)
        target.show()
        for _ in range(5):
            app.processEvents()
    ok = target.grab().save(args.out)
    print(f"{'wrote' if ok else 'FAILED to write'} {args.out} ({target.width()}x{target.height()})")
    target.close()
    window.close()
    application.shutdown()
    Path(args.out).with_suffix(".ini").unlink(missing_ok=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
