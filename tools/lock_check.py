#!/usr/bin/env python3
"""Check that requirements/*.lock still match pyproject.toml before dev.sh installs from them.

Every requirement of pyproject.toml (runtime, the test/build/postgresql extras) and of
requirements/build-system.in must be pinned in the lock at a version it allows, and the app lock must
pin the same versions as the dev lock. Otherwise this names each package that differs and says how to
regenerate, and exits 2, so nobody installs something other than what pyproject asks for without noticing.
Usage: tools/lock_check.py [app|dev]   (default: both)
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # a fresh venv has only pip, which carries its own copy
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]
    from pip._vendor.packaging.utils import canonicalize_name  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("app", "dev")
DEV_EXTRAS = ("test", "build", "postgresql")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def pins(lock: Path) -> dict[str, str]:
    """{canonical name: version} of a lock file written by `uv pip compile` / `pip-compile`."""
    return {canonicalize_name(m.group(1)): m.group(2) for m in _PIN.finditer(lock.read_text("utf-8"))}


def lock_path(kind: str, root: Path = ROOT) -> Path:
    return root / "requirements" / f"{kind}.lock"


def wanted(kind: str, root: Path = ROOT) -> list[Requirement]:
    """What pyproject.toml (and build-system.in) asks for, for the app or for development."""
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]
    lines = list(project["dependencies"])
    if kind == "dev":
        for extra in DEV_EXTRAS:
            lines += project.get("optional-dependencies", {}).get(extra, [])
    build_in = root / "requirements" / "build-system.in"
    lines += [ln.split("#", 1)[0].strip() for ln in build_in.read_text("utf-8").splitlines()]
    return [Requirement(ln) for ln in lines if ln]


def problems(kind: str, root: Path = ROOT) -> list[str]:
    """One line per package that differs between pyproject.toml and the `kind` lock; [] if they agree."""
    lock = lock_path(kind, root)
    if not lock.exists():
        return [f"requirements/{lock.name} is missing"]
    pinned = pins(lock)
    found = []
    for req in wanted(kind, root):
        name = canonicalize_name(req.name)
        version = pinned.get(name)
        if version is None:
            found.append(f"{req.name}: asked for in pyproject.toml ({req}), not in {lock.name}")
        elif req.specifier and not req.specifier.contains(version, prereleases=True):
            found.append(f"{req.name}: {lock.name} pins {version}, pyproject.toml asks for {req.specifier}")
    if kind == "app" and lock_path("dev", root).exists():
        dev = pins(lock_path("dev", root))
        for name, version in sorted(pinned.items()):
            if name in dev and dev[name] != version:
                found.append(f"{name}: app.lock pins {version}, dev.lock pins {dev[name]}")
    return found


def main(argv: list[str]) -> int:
    kinds = argv or list(KINDS)
    found = [p for kind in kinds for p in problems(kind)]
    if found:
        print("dev.sh: the lock files do not match pyproject.toml:", file=sys.stderr)
        for line in found:
            print(f"  - {line}", file=sys.stderr)
        print("Regenerate them with `./dev.sh lock` and commit requirements/*.lock with pyproject.toml.",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
