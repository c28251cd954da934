"""The two database backends the tests run on: SQLite files and a throw-away PostgreSQL cluster.

The cluster belongs to the test run: the first test that asks for PostgreSQL runs `initdb` into a
temporary folder and starts a server on 127.0.0.1 on a free port (fsync off; no Unix socket); it
is stopped when pytest unconfigures (after the last teardown, on failure and Ctrl-C too); a watchdog
process stops it if pytest itself dies. PostgreSQL refuses to run as root, so as root the cluster
belongs to the `postgres` system user (made by Debian's package) and its programs run through `runuser`.

Each test gets a fresh database: CREATE DATABASE from a template that already has the migrations
(milliseconds); they go with the cluster at the end. Without PostgreSQL programs the PostgreSQL half is
skipped with a message, except under CI (CI=true), where a cluster that cannot start fails.

Fixtures: `backend` ("sqlite" / "postgresql", the parameter, ids `sqlite` / `postgresql`),
`db_url` (a fresh migrated clinic database: a file path or a URL, for `Database.open`),
`exchange_url` (an empty database for the exchange's `Store`), `databases` (the factory, for
module-scoped fixtures), `pg_cluster`. A test that is SQLite-only by nature says why with
`@pytest.mark.sqlite_only("why")` and runs once. UI tests (tests/ui, tests/ui_reception,
tests/documents) open their own SQLite file and stay SQLite-only: they test widgets, not SQL.
"""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
TEMPLATE = "usu_template"
DRIVER = "postgresql+psycopg"


def _find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    # Debian keeps the server programs out of PATH, one folder per major version
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    candidates.sort(key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ClusterUnavailable(Exception):
    pass


# the watchdog: waits for pytest to go away, then stops the server (if it still runs) and removes it
_WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, root, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
while True:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    time.sleep(1)
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(root, ignore_errors=True)
"""


class PgCluster:
    """initdb + pg_ctl start in a temporary folder; `stop()` stops the server and removes it."""

    def __init__(self) -> None:
        initdb, pg_ctl = _find_bin("initdb"), _find_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise ClusterUnavailable(
                "no PostgreSQL server programs (initdb, pg_ctl) found in PATH or /usr/lib/postgresql/*/bin; "
                "install Debian's `postgresql` package (./dev.sh test does, as root)")
        self.pg_ctl = pg_ctl
        self.prefix: list[str] = []
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise ClusterUnavailable("running as root and there is no `postgres` user to own "
                                         "the cluster") from None
            runuser = shutil.which("runuser")
            if not runuser:
                raise ClusterUnavailable("running as root and `runuser` is missing")
            self.prefix = [runuser, "-u", "postgres", "--"]
        self.root = Path(tempfile.mkdtemp(prefix="usu-test-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        if owner is not None:
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.port = _free_port()
        self.running = False
        self._watchdog: subprocess.Popen[bytes] | None = None
        try:
            self._run([initdb, "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                       "--locale=C.UTF-8", "--no-sync"])
            options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=400 -c shared_buffers=64MB")
            self._run([pg_ctl, "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60",
                       "start"])
            self.running = True
            atexit.register(self.stop)
            self._watchdog = subprocess.Popen(
                [sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.root), *self._stop_command()],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True)
        except BaseException:
            self.stop()
            raise

    def _run(self, cmd: list[str]) -> None:
        done = subprocess.run([*self.prefix, *cmd], capture_output=True, text=True, cwd=self.root)
        if done.returncode:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ClusterUnavailable(f"{Path(cmd[0]).name} failed ({done.returncode}): "
                                     f"{done.stderr.strip() or done.stdout.strip()}\n{log}")

    def _stop_command(self) -> list[str]:
        return [*self.prefix, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"]

    def url(self, database: str = "postgres") -> str:
        return f"{DRIVER}://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        if self.running:
            self.running = False
            subprocess.run(self._stop_command(), capture_output=True, cwd=self.root)
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()
            self._watchdog = None
        shutil.rmtree(self.root, ignore_errors=True)

    # --- databases ------------------------------------------------------------------------------
    def admin(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            for sql in statements:
                conn.execute(sql)  # type: ignore[arg-type]


class Databases:
    """Fresh databases on either backend; PostgreSQL ones live until the cluster goes."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request
        self._cluster: PgCluster | None = None
        self._template = False
        self._names = itertools.count(1)

    def cluster(self) -> PgCluster:
        if self._cluster is None:
            self._cluster = self._request.getfixturevalue("pg_cluster")
        return self._cluster

    def _new_pg(self, template: str) -> str:
        # Not dropped after the test: a Qt timer a UI test leaves behind may still read its database
        # later (as a SQLite file stays in tmp_path); the whole cluster goes at the session's end.
        cluster = self.cluster()
        name = f"t{next(self._names)}"
        cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return cluster.url(name)

    def clinic(self, backend: str, folder: Path, name: str = "clinic.sqlite") -> str:
        """A migrated clinic database: a file path on SQLite, a URL on PostgreSQL."""
        if backend == "sqlite":
            return str(folder / name)
        if not self._template:
            from usu_desktop.storage.db import Database

            cluster = self.cluster()
            cluster.admin(f"CREATE DATABASE {TEMPLATE}")
            Database.open(cluster.url(TEMPLATE)).close()  # the migrations, once
            self._template = True
        return self._new_pg(TEMPLATE)

    def exchange(self, backend: str, folder: Path, name: str = "exchange.sqlite3") -> str:
        """An empty database for the exchange (its Store creates the tables)."""
        if backend == "sqlite":
            return f"sqlite:///{folder / name}"
        return self._new_pg("template0")


@pytest.fixture(scope="session")
def pg_cluster() -> PgCluster:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        if IN_CI:
            pytest.fail(f"CI: the PostgreSQL half must run, but psycopg is missing: {exc}", pytrace=False)
        pytest.skip(f"PostgreSQL half skipped: psycopg is not installed ({exc})")
    try:
        cluster = PgCluster()
    except ClusterUnavailable as exc:
        if IN_CI:
            pytest.fail(f"CI: the PostgreSQL half must run, but the test cluster did not start: {exc}",
                        pytrace=False)
        pytest.skip(f"PostgreSQL half skipped: {exc}")
    _started.append(cluster)
    return cluster


_started: list[PgCluster] = []


def stop_clusters() -> None:
    """From pytest_unconfigure: after the last test's teardown, when no Qt timer a test left behind
    can still reach for the server (as it would if a session fixture stopped it); a Ctrl-C gets
    here too, atexit and the watchdog cover the rest."""
    while _started:
        _started.pop().stop()


@pytest.fixture(scope="session")
def databases(request: pytest.FixtureRequest) -> Databases:
    return Databases(request)


@pytest.fixture(scope="session")
def backend(request: pytest.FixtureRequest) -> str:
    """The backend under test: "sqlite" or "postgresql" (parametrised in pytest_generate_tests)."""
    name: str = getattr(request, "param", "sqlite")
    if name == "postgresql":
        request.getfixturevalue("pg_cluster")  # skip (or fail in CI) here if there is none
    return name


@pytest.fixture
def db_url(backend: str, databases: Databases, tmp_path: Path) -> str:
    """A fresh, migrated clinic database for this test (path or URL for `Database.open`)."""
    return databases.clinic(backend, tmp_path)


@pytest.fixture
def exchange_url(backend: str, databases: Databases, tmp_path: Path) -> str:
    """A fresh, empty database URL for the exchange's Store."""
    return databases.exchange(backend, tmp_path)


def generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    only = metafunc.definition.get_closest_marker("sqlite_only")
    if only is not None and not (only.args and str(only.args[0]).strip()):
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only needs a reason")
    params = ["sqlite"] if only is not None else list(BACKENDS)
    metafunc.parametrize("backend", params, indirect=True, ids=params, scope="session")


def backend_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    if callspec is not None and "backend" in callspec.params:
        return str(callspec.params["backend"])
    if "pg_cluster" in getattr(item, "fixturenames", ()):
        return "postgresql"  # a PostgreSQL-only test
    return None


def summary_line(stats: dict[str, list[object]]) -> str:
    """"backends: sqlite 612 passed, 3 skipped; postgresql 340 passed" from the terminal's stats."""
    counts: dict[str, dict[str, int]] = {name: {} for name in BACKENDS}
    for outcome, reports in stats.items():
        if not outcome or outcome == "warnings":
            continue
        for rep in reports:
            name = getattr(rep, "usu_backend", None)
            if name in counts:
                counts[name][outcome] = counts[name].get(outcome, 0) + 1
    parts = []
    for name in BACKENDS:
        got = sorted(counts[name].items(), key=lambda kv: -kv[1])
        parts.append(f"{name} " + (", ".join(f"{n} {o}" for o, n in got) or "none"))
    return "backends: " + "; ".join(parts)


def db_arg(db: object) -> str:
    """What a command line's --db takes for this database: the file, or the URL (no password here)."""
    path = getattr(db, "path", None)
    return str(path) if path is not None else str(db.url)  # type: ignore[attr-defined]
