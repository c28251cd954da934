#!/usr/bin/env bash
# One door for engineers:  ./dev.sh run | test [--latest] | build [--self-test] | lock [--upgrade]
#   run     install the app from requirements/app.lock into .venv and launch it on its default SQLite file
#           (demo data offered on first run)
#   test    install everything from requirements/dev.lock and run the whole suite: lint, layer contracts,
#           types, translations, pytest; `test --latest` does the same in .venv-latest on the newest releases
#           pyproject.toml allows (no lock), to learn about breakage before a user does
#   build   PyInstaller one-folder app in dist/usu-desktop; --self-test starts the built programs
#   lock    regenerate requirements/*.lock from pyproject.toml (exact versions and hashes, every platform);
#           --upgrade moves every pin to the newest allowed release
set -euo pipefail
cd "$(dirname "$0")"
VENV=${USU_VENV:-.venv}
PY=${PYTHON:-python3}
UV_VERSION=0.13.8  # the lock tool (uv pip compile); only `./dev.sh lock` installs it

# Debian packages Qt needs to start (offscreen or on X11), plus the tools the tests and checks use.
DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xkb1 libnss3 libasound2 fonts-dejavu-core fonts-noto-core
      xvfb xauth poppler-utils"
# PostgreSQL's server programs: the test run starts its own throw-away cluster with them (tests/backends.py);
# `test` installs them too, without them the suite's PostgreSQL half is skipped (in CI it fails instead)
TEST_DEBS="postgresql"

system_packages() {
  local wanted="$DEBS ${1:-}"
  if command -v dpkg-query >/dev/null 2>&1; then
    local missing=()
    for p in $wanted; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "dev.sh: installing Debian packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
      else
        echo "dev.sh: please install these packages first (as root): ${missing[*]}" >&2
        case " ${missing[*]} " in *" postgresql "*)
          echo "dev.sh: without postgresql the tests' PostgreSQL half is skipped" >&2 ;;
        esac
      fi
    fi
  fi
}

# venv app|dev: the venv holds what the lock pins (every file hash-checked), then our package, editable.
# A stamp named after the lock's checksum says it is done; the dev lock includes all of the app lock.
stamp() { echo "$VENV/.installed-$1-$(cat "requirements/$1.lock" pyproject.toml | cksum | cut -d' ' -f1)"; }
venv() {
  local kind=$1
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" tools/lock_check.py "$kind"
  if [ ! -f "$(stamp "$kind")" ] && ! { [ "$kind" = app ] && [ -f "$(stamp dev)" ]; }; then
    echo "dev.sh: installing requirements/$kind.lock into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "requirements/$kind.lock"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
    rm -f "$VENV"/.installed-*
    touch "$(stamp "$kind")"
  fi
  "$VENV/bin/python" tools/build_translations.py --quiet
}

# The newest releases pyproject.toml allows, no lock: for `test --latest` only.
venv_latest() {
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip setuptools wheel
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade --upgrade-strategy eager \
    -e ".[test,build,postgresql]"
  "$VENV/bin/python" tools/build_translations.py --quiet
  echo "dev.sh: newest releases that differ from requirements/dev.lock:"
  "$VENV/bin/python" - <<'PY'
import importlib.metadata as md, sys
sys.path.insert(0, "tools")
from lock_check import lock_path, pins
from packaging.utils import canonicalize_name
locked = pins(lock_path("dev"))
for dist in sorted(md.distributions(), key=lambda d: canonicalize_name(d.metadata["Name"])):
    name = canonicalize_name(dist.metadata["Name"])
    if name in locked and locked[name] != dist.version:
        print(f"  {name} {locked[name]} -> {dist.version}")
PY
}

case "${1:-run}" in
  run)
    shift || true
    system_packages
    venv app
    exec "$VENV/bin/usu-desktop" "$@"
    ;;
  test)
    shift || true
    system_packages "$TEST_DEBS"
    if [ "${1:-}" = "--latest" ]; then
      shift
      VENV=${USU_VENV_LATEST:-.venv-latest}
      venv_latest
    else
      venv dev
    fi
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff";               "$VENV/bin/ruff" check usu_desktop tests benchmarks tools
    echo "== layer contracts";    "$VENV/bin/lint-imports"
    echo "== mypy (strict: domain, services; checked: storage, tasks, bank, printing, exchange)"
    "$VENV/bin/mypy" usu_desktop/domain usu_desktop/services usu_desktop/storage usu_desktop/tasks \
      usu_desktop/bank usu_desktop/printing usu_desktop/exchange
    echo "== translations";       "$VENV/bin/python" tools/check_translations.py
    echo "== pytest";             exec "$VENV/bin/python" -m pytest "$@"
    ;;
  build)
    shift || true
    system_packages
    venv dev
    rm -rf build/pyinstaller dist/usu-desktop
    "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist build.spec
    if [ "${1:-}" = "--self-test" ]; then
      # usu-desktop --self-test, usu-admin init/demo/invoice-pdf/check, usu-exchange --self-test
      "$VENV/bin/python" packaging/self_test.py dist/usu-desktop
    fi
    ;;
  lock)
    shift || true
    [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m uv --version 2>/dev/null | grep -q "$UV_VERSION" \
      || "$VENV/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
    # every platform and Python >= 3.11 in one file; the app lock takes the dev lock's versions
    common=(--universal --python-version 3.11 --generate-hashes -q)
    "$VENV/bin/python" -m uv pip compile pyproject.toml requirements/build-system.in \
      --extra test --extra build --extra postgresql -o requirements/dev.lock "${common[@]}" "$@"
    "$VENV/bin/python" -m uv pip compile pyproject.toml requirements/build-system.in \
      -c requirements/dev.lock -o requirements/app.lock "${common[@]}"
    "$VENV/bin/python" tools/lock_check.py
    echo "dev.sh: requirements/app.lock and dev.lock written; commit them with pyproject.toml"
    ;;
  *)
    echo "usage: ./dev.sh run | test [--latest] [pytest args] | build [--self-test] | lock [--upgrade]" >&2
    exit 2 ;;
esac
