"""The app must start from `pip install .` alone: every third-party module the package imports is
provided by a runtime dependency (directly or through one), never only by the test extras.

(`./dev.sh run` once failed on a fresh machine because pypdf was only a test dependency.)
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "usu_desktop"


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _runtime_closure() -> set[str]:
    """The runtime dependencies and everything they require (without their optional extras)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    todo = [_name(r) for r in project["dependencies"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def _imported_top_levels() -> set[str]:
    names: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"usu_desktop", "__future__"}


def test_every_imported_module_comes_with_the_runtime_dependencies() -> None:
    providers = metadata.packages_distributions()
    runtime = _runtime_closure()
    missing = {}
    for module in sorted(_imported_top_levels()):
        dists = {d.lower().replace("_", "-") for d in providers.get(module, [])}
        if not dists & runtime:
            missing[module] = sorted(dists) or ["(not installed)"]
    assert {"pypdf", "reportlab", "PySide6"} <= _imported_top_levels(), "the scan is broken"
    assert missing == {}, f"imported by usu_desktop but not a runtime dependency: {missing}"
