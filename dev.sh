#!/usr/bin/env bash
# One door for engineers:  ./dev.sh run | test | build [--self-test] | shell
#   run    install into .venv (first time) and launch the app on its default SQLite file (demo data on first run)
#   test   install test tools and run the whole suite: lint, layer contracts, types, translations, pytest
#   build  PyInstaller one-folder app in dist/usu-desktop; --self-test starts the built binary offscreen
set -euo pipefail
cd "$(dirname "$0")"
VENV=${USU_VENV:-.venv}
PY=${PYTHON:-python3}

# Debian packages Qt needs to start (offscreen or on X11), plus the tools the tests and checks use.
DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xkb1 libnss3 libasound2 fonts-dejavu-core fonts-noto-core
      xvfb xauth poppler-utils"

system_packages() {
  if command -v dpkg-query >/dev/null 2>&1; then
    local missing=()
    for p in $DEBS; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "dev.sh: installing Debian packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
      else
        echo "dev.sh: please install these packages first (as root): ${missing[*]}" >&2
      fi
    fi
  fi
}

venv() {
  local extras=$1
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  local stamp="$VENV/.installed-${extras:-app}"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    if [ -n "$extras" ]; then "$VENV/bin/python" -m pip install -q -e ".[$extras]"
    else "$VENV/bin/python" -m pip install -q -e .; fi
    touch "$stamp"
  fi
  "$VENV/bin/python" tools/build_translations.py --quiet
}

case "${1:-run}" in
  run)
    shift || true
    system_packages
    venv ""
    exec "$VENV/bin/usu-desktop" "$@"
    ;;
  test)
    shift || true
    system_packages
    venv test
    export QT_QPA_PLATFORM=offscreen
    echo "== ruff";               "$VENV/bin/ruff" check usu_desktop tests benchmarks tools
    echo "== layer contracts";    "$VENV/bin/lint-imports"
    echo "== mypy (strict domain)"; "$VENV/bin/mypy" usu_desktop/domain
    echo "== translations";       "$VENV/bin/python" tools/check_translations.py
    echo "== pytest";             exec "$VENV/bin/python" -m pytest "$@"
    ;;
  build)
    shift || true
    system_packages
    venv "test,build"
    rm -rf build/pyinstaller dist/usu-desktop
    "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist build.spec
    if [ "${1:-}" = "--self-test" ]; then
      # usu-desktop --self-test, usu-admin init/demo/invoice-pdf/check, usu-exchange --self-test
      "$VENV/bin/python" packaging/self_test.py dist/usu-desktop
    fi
    ;;
  *)
    echo "usage: ./dev.sh run | test [pytest args] | build [--self-test]" >&2; exit 2 ;;
esac
