"""The lock files follow pyproject.toml, and dev.sh refuses them, naming the package, when they don't."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import lock_check  # noqa: E402


def copy_project(tmp_path: Path) -> Path:
    (tmp_path / "requirements").mkdir()
    for name in ("pyproject.toml", "requirements/app.lock", "requirements/dev.lock",
                 "requirements/build-system.in"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_committed_locks_match_pyproject() -> None:
    assert lock_check.problems("app") == []
    assert lock_check.problems("dev") == []


def test_every_lock_line_is_pinned_with_hashes() -> None:
    for kind in lock_check.KINDS:
        text = lock_check.lock_path(kind).read_text("utf-8")
        pinned = lock_check.pins(lock_check.lock_path(kind))
        assert len(pinned) > 20
        requirements = [ln for ln in text.splitlines() if ln and not ln.startswith((" ", "#"))]
        assert len(requirements) == len(pinned)  # each one pinned, no package twice
        assert all(ln.split(" ", 1)[0].count("==") == 1 for ln in requirements)
        assert text.count("--hash=sha256:") >= len(pinned)


def test_app_lock_is_the_dev_locks_versions() -> None:
    app, dev = (lock_check.pins(lock_check.lock_path(k)) for k in ("app", "dev"))
    assert {name: dev[name] for name in app} == app
    assert {"pyside6", "sqlalchemy", "reportlab", "setuptools", "pip"} <= app.keys()
    assert {"pytest", "hypothesis", "pyinstaller", "psycopg"} <= dev.keys() - app.keys()


@pytest.mark.parametrize(("edit", "expected"), [
    (('"SQLAlchemy>=2.0.30"', '"SQLAlchemy>=2.2"'), "SQLAlchemy: app.lock pins 2."),
    (('"waitress>=3.0",', '"waitress>=3.0",\n    "brand-new-lib>=1.0",'),
     "brand-new-lib: asked for in pyproject.toml (brand-new-lib>=1.0), not in app.lock"),
    (('"PySide6>=6.7,!=6.12.0"', '"PySide6>=6.7,!=6.11.3"'), "PySide6: app.lock pins 6.11.3"),
])
def test_a_lock_that_does_not_match_names_the_package(tmp_path: Path, edit: tuple[str, str],
                                                      expected: str) -> None:
    root = copy_project(tmp_path)
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    assert edit[0] in text
    pyproject.write_text(text.replace(edit[0], edit[1]), "utf-8")
    found = lock_check.problems("app", root)
    assert any(line.startswith(expected) for line in found), found
    assert lock_check.problems("dev", root)  # the dev lock is stale too


def test_app_and_dev_locks_that_disagree_are_named(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    app = root / "requirements" / "app.lock"
    app.write_text(app.read_text("utf-8").replace("\nflask==3.", "\nflask==2."), "utf-8")
    assert any(line.startswith("flask: app.lock pins 2.") and "dev.lock pins 3." in line
               for line in lock_check.problems("app", root))


def test_the_command_says_how_to_regenerate(tmp_path: Path) -> None:
    root = copy_project(tmp_path)
    (root / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "lock_check.py", root / "tools")
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8").replace('"lxml>=5.2,<7"', '"lxml>=7"'), "utf-8")
    done = subprocess.run([sys.executable, str(root / "tools" / "lock_check.py")], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 2
    assert "lxml: app.lock pins 6." in done.stderr and "./dev.sh lock" in done.stderr
