"""Wheel build hook: compile translations/*.ts into the wheel's usu_desktop/translations/*.qm.

Everything else about the package is declared in pyproject.toml. The .qm files are build
output and never committed. lrelease is PySide6-Essentials' (packaging/build_backend.py adds
it to the requirements of a wheel build; with --no-build-isolation the building Python must
have PySide6 installed). No lrelease, no .ts, or a catalog that fails to compile stops the
build with an error: a wheel without its translations is not a complete wheel.
An editable install compiles nothing (the checkout compiles its catalogs at start-up).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "translations"
# PySide6's own `pyside6-lrelease` entry point, run by the building Python (so in an isolated
# build it is the build environment's PySide6, never whatever happens to be on PATH)
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_translations(out_dir: Path) -> list[Path]:
    sources = sorted(SOURCES.glob("*.ts"))
    if not sources:
        raise SetupError(f"no translation sources in {SOURCES} (is the source tree complete?)")
    probe = subprocess.run([sys.executable, "-c", "import PySide6.scripts.pyside_tool"],
                           capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        raise SetupError(
            "building a usu-desktop wheel compiles translations/*.ts with Qt's lrelease, which comes "
            "with PySide6-Essentials, but this Python cannot import it. Build with build isolation "
            "(the default of `pip wheel .` / `python -m build`, which installs it), or install PySide6 "
            f"into {sys.executable} before building with --no-build-isolation "
            f"({(probe.stderr.strip().splitlines() or ['no output'])[-1]})")
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        qm.unlink(missing_ok=True)
        done = subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise SetupError(f"lrelease could not compile {ts.name}:\n{done.stdout}{done.stderr}")
        built.append(qm)
    return built


class BuildPyWithTranslations(build_py):
    """build_py, then the compiled catalogs next to the built package."""

    def run(self) -> None:
        super().run()
        self.qm_files = [] if self.editable_mode else compile_translations(
            Path(self.build_lib) / "usu_desktop" / "translations")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *map(str, getattr(self, "qm_files", []))]


setup(cmdclass={"build_py": BuildPyWithTranslations})
