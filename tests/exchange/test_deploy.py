"""Deployment pieces: the token-free /health route, `serve --workers` refusing SQLite, the WSGI entry
for shared hosting (deploy/passenger_wsgi.py), and the container and systemd files' commands."""

from __future__ import annotations

import importlib.util
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import requests
from werkzeug.test import Client

from tests.exchange.conftest import IVANOV, Exchange, charges_body
from usu_desktop.exchange import wsgi
from usu_desktop.exchange.__main__ import _parser, build_config
from usu_desktop.exchange.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def test_health_needs_no_token_and_says_nothing_about_the_clinic(loaded: Exchange) -> None:
    resp = requests.get(loaded.url + "/health", timeout=5)
    assert resp.status_code == 200 and resp.json() == {"status": "ok"}
    assert requests.get(loaded.url + "/api/v1/health", timeout=5).status_code == 401  # the desk's: token


@pytest.mark.sqlite_only("breaks the store by removing its SQLite file's tables")
def test_health_is_503_when_the_store_does_not_answer(exchange: Exchange) -> None:
    with exchange.store.writing() as conn:
        conn.exec_driver_sql("DROP TABLE snapshot")
    resp = requests.get(exchange.url + "/health", timeout=5)
    assert resp.status_code == 503 and resp.json() == {"status": "unavailable"}


def usu_exchange(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "usu_desktop.exchange", *args], capture_output=True,
                          text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)


def test_several_workers_on_sqlite_are_refused_with_a_clear_message(tmp_path: Path) -> None:
    done = usu_exchange("serve", "--workers", "4", "--port", "0", "--db", str(tmp_path / "x.sqlite3"))
    assert done.returncode == 2
    assert "--workers 4 needs PostgreSQL" in done.stderr and "use one worker and --threads" in done.stderr
    assert not (tmp_path / "x.sqlite3").exists()  # refused before anything was opened
    done = usu_exchange("serve", "--workers", "2", "--sandbox")
    assert done.returncode == 2


def test_environment_variables_give_the_serve_defaults_and_options_win(tmp_path: Path) -> None:
    env = {"USU_EXCHANGE_DB": str(tmp_path / "e.sqlite3"), "USU_EXCHANGE_WORKERS": "3",
           "USU_EXCHANGE_OSMP_ALLOW": "203.0.113.0/24, 198.51.100.16/28",
           "USU_EXCHANGE_TRUSTED_PROXY": "10.0.0.2", "USU_EXCHANGE_MAX_SUM": "500.00"}
    parser = _parser(env)
    args = parser.parse_args(["serve"])
    config = build_config(args, parser, env)
    assert args.workers == 3 and args.trusted_proxy == "10.0.0.2"
    assert config.db_url == "sqlite:///" + str(tmp_path / "e.sqlite3")
    assert config.osmp_allow == ("203.0.113.0/24", "198.51.100.16/28")
    assert config.osmp_max_minor == 50_000
    args = parser.parse_args(["serve", "--workers", "1", "--osmp-allow", "192.0.2.0/24"])
    assert args.workers == 1 and build_config(args, parser, env).osmp_allow == ("192.0.2.0/24",)
    with pytest.raises(SystemExit):
        _parser({"USU_EXCHANGE_WORKERS": "many"})


def _load_passenger_entry() -> Any:
    spec = importlib.util.spec_from_file_location("passenger_wsgi", DEPLOY / "passenger_wsgi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_passenger_entry_imports_and_answers_requests(tmp_path: Path, exchange_url: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(exchange_url)
    token = store.add_token("desk")
    monkeypatch.setenv("USU_EXCHANGE_DB", exchange_url)
    monkeypatch.setenv("USU_EXCHANGE_OSMP_ALLOW", "203.0.113.0/24")
    monkeypatch.setattr(wsgi, "_app", None)
    module = _load_passenger_entry()
    assert wsgi._app is None  # importing opens nothing
    client = Client(module.application)
    resp = client.get("/health")
    assert resp.status_code == 200 and resp.get_json() == {"status": "ok"}
    auth = {"Authorization": f"Bearer {token}"}
    assert client.put("/api/v1/charges", json=charges_body(), headers=auth).status_code == 200
    terminal = {"REMOTE_ADDR": "203.0.113.9"}
    answer = client.get("/osmp", query_string={"command": "check", "txn_id": "1", "account": IVANOV},
                        environ_base=terminal)
    assert answer.status_code == 200 and b"<result>0</result>" in answer.data
    stranger = client.get("/osmp", query_string={"command": "check", "txn_id": "1", "account": IVANOV},
                          environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert stranger.status_code == 403
    big = client.post("/osmp", data=b"x" * (17 * 1024), environ_base=terminal,
                      content_type="application/x-www-form-urlencoded")
    assert big.status_code == 413  # the routes' body limits hold under any WSGI server
    assert store.debt(IVANOV) is not None
    store.close()
    wsgi._app.extensions["usu_exchange_store"].close()


def test_the_container_and_the_service_unit_run_commands_that_exist() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert "\nUSER usu" in dockerfile and "HEALTHCHECK" in dockerfile and "/health" in dockerfile
    cmd = next(line for line in dockerfile.splitlines() if line.startswith("CMD "))
    argv = __import__("json").loads(cmd[4:])
    assert argv[0] == "usu-exchange"
    _parser({}).parse_args(argv[1:])
    unit = (DEPLOY / "usu-exchange.service").read_text()
    exec_start = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(exec_start.removeprefix("ExecStart="))
    assert argv[0].endswith("usu-exchange")
    _parser({}).parse_args(argv[1:])
    for hardening in ("NoNewPrivileges=yes", "ProtectSystem=strict", "User=usu-exchange", "PrivateTmp=yes"):
        assert hardening in unit


def test_the_container_installs_every_package_the_exchange_imports() -> None:
    import ast
    from importlib.metadata import packages_distributions

    spec = importlib.util.spec_from_file_location("exchange_requirements",
                                                  DEPLOY / "exchange_requirements.py")
    assert spec is not None and spec.loader is not None
    reqs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reqs)
    listed = set(reqs.EXCHANGE)
    dists = packages_distributions()
    needed: set[str] = set()
    for folder in ("exchange", "domain"):
        for path in (ROOT / "usu_desktop" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and not node.level:
                    names = [node.module or ""]
                else:
                    continue
                for name in names:
                    top = name.split(".")[0]
                    if top in sys.stdlib_module_names or top in ("usu_desktop", "__future__", ""):
                        continue
                    needed.update(d.lower() for d in dists.get(top, [top]))
    assert needed and needed <= listed, needed - listed
    assert reqs.main(ROOT) == 0
