"""A plain (non-editable) install of the wheel is complete: fonts, migrations, compiled translations
and the exchange's files come with it, and `usu-admin` / `usu-exchange` work from it.

The wheel is built (without build isolation: with this venv's locked setuptools and PySide6's
lrelease) from a copy of the sources an sdist holds, and installed into a fresh venv outside the
checkout. Its dependencies come from this test venv through a .pth file, so nothing is downloaded to
install it; every command runs with cwd in that temporary folder and a clean environment, so the
checkout cannot be what is imported.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import sysconfig
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from pypdf import PdfReader

from usu_desktop.domain.client_numbers import client_number_create

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[1]
# what the sdist carries (MANIFEST.in): the wheel must build from these alone
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "usu_desktop", "translations",
           "packaging")
TIMEOUT = 300  # seconds, for any one command; the build itself gets longer


@dataclass
class Installed:
    venv: Path
    work: Path
    env: dict[str, str]

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def run(self, program: str, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / program), *args], cwd=self.work, env=self.env,
                              capture_output=True, text=True, timeout=timeout, check=False)

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return self.run("python", "-c", code)


def _copy_sources(target: Path) -> None:
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=junk)
        else:
            shutil.copy2(source, target / name)


def _run(args: list[str], cwd: Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def _check(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"{done.args} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    src, dist, venv, work = tmp / "src", tmp / "dist", tmp / "venv", tmp / "work"
    work.mkdir()
    src.mkdir()
    _copy_sources(src)
    # with the locked setuptools and PySide6 (lrelease) of this venv, as ./dev.sh installs them
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
             str(src)]
    _check(_run(build, tmp, timeout=900))
    wheels = list(dist.glob("usu_desktop-*.whl"))
    assert len(wheels) == 1, wheels
    _check(_run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp))
    python = str(venv / "bin" / "python")
    _check(_run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q",
                 str(wheels[0])], tmp))
    site = _check(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp)).strip()
    # this venv's packages after the new venv's own: the dependencies, never this checkout (its
    # editable-install hook is a .pth in that folder, and .pth files there are not processed)
    ours = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site) / "usu-test-dependencies.pth").write_text("".join(f"{p}\n" for p in ours), "utf-8")
    home = tmp / "home"
    env = {"PATH": f"{venv / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "USU_DESKTOP_CACHE_DIR": str(home / "usu-cache")}
    return Installed(venv, work, env)


def test_the_package_is_imported_from_the_new_venv(installed: Installed) -> None:
    where = Path(_check(installed.python("import usu_desktop; print(usu_desktop.__file__)")).strip())
    assert where.is_relative_to(installed.venv), where
    assert not where.is_relative_to(ROOT)


def test_an_issued_invoice_prints_to_pdf_with_the_packaged_fonts(installed: Installed) -> None:
    db = installed.work / "books.sqlite3"
    assert "database ready" in _check(installed.run("usu-admin", "--db", str(db), "init"))
    _check(installed.run("usu-admin", "--db", str(db), "demo", "--clients", "3", "--invoices", "4"))
    with sqlite3.connect(db) as conn:
        (number,) = conn.execute("SELECT number FROM invoices WHERE number IS NOT NULL").fetchone()
    out = installed.work / "invoice.pdf"
    _check(installed.run("usu-admin", "--db", str(db), "invoice-pdf", number, "--out", str(out)))
    text = PdfReader(out).pages[0].extract_text()
    assert number in text
    assert "books are consistent" in _check(installed.run("usu-admin", "--db", str(db), "check"))


def test_a_compiled_translation_loads_from_the_package(installed: Installed) -> None:
    shown = _check(installed.python(
        "from PySide6.QtCore import QCoreApplication\n"
        "from usu_desktop.ui import i18n\n"
        "app = QCoreApplication([])\n"
        "i18n.install(app, 'ru')\n"
        "print(i18n.loaded_catalog())\n"
        "print(QCoreApplication.translate('Pages', 'Clients'))\n")).splitlines()
    catalog = Path(shown[0])
    assert catalog.name == "usu_desktop_ru.qm"
    assert catalog.parent.name == "translations" and catalog.is_relative_to(installed.venv), catalog
    assert shown[1] == "Клиенты"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def exchange(installed: Installed) -> Iterator[tuple[str, str]]:
    """`usu-exchange serve` from the new venv on a free loopback port; (url, desk token)."""
    db = installed.work / "exchange.sqlite3"
    token = _check(installed.run("usu-exchange", "token", "add", "desk", "--db", str(db))).strip()
    port = _free_port()
    server = subprocess.Popen([str(installed.bin / "usu-exchange"), "serve", "--db", str(db),
                               "--port", str(port)], cwd=installed.work, env=installed.env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.communicate()[0]
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "usu-exchange did not start listening"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", token
    finally:
        server.terminate()
        try:
            server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()


def test_the_exchange_answers_a_terminal_check(exchange: tuple[str, str]) -> None:
    url, token = exchange
    account = client_number_create(10001)
    charges = {"snapshot_id": "wheel-1", "currency": "RUB", "generated_at": datetime.now(UTC).isoformat(),
               "charges": [{"account": account, "amount_minor": 150000, "masked_name": "Ivanov I."}]}
    put = requests.put(f"{url}/api/v1/charges", json=charges, headers={"Authorization": f"Bearer {token}"},
                       timeout=30)
    assert put.status_code == 200, put.text
    answer = requests.get(f"{url}/osmp", params={"command": "check", "txn_id": "1", "account": account},
                          timeout=30)
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("text/xml")
    root = ET.fromstring(answer.content)
    assert root.findtext("result") == "0", answer.text
    fields = root.find("fields")
    assert fields is not None, answer.text
    assert {f.get("name"): f.text for f in fields}["debt"] == "1500.00"
