"""Shared test set-up: Qt offscreen, a fixed locale, hypothesis profiles."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype")
os.environ.setdefault("USU_DESKTOP_NO_KEYRING", "1")

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


import gc  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    # As in the app (tasks/gc.py): no automatic collection, which could run on a worker
    # thread and free a GUI-thread QObject there; each test's garbage is collected after it.
    gc.disable()


_frozen_for: list[object] = [None]  # the test module whose start last froze what lived


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # What lives when a test module starts (Qt, SQLAlchemy, hypothesis, every imported module, the
    # session's fixtures) lives on: collect once and freeze it, as the app freezes its start-up
    # objects, so the collection after each test walks only what this module made. The previous
    # module's fixtures are torn down by now, so their garbage is collected, not frozen.
    module = getattr(item, "module", None)
    if module is not _frozen_for[0]:
        _frozen_for[0] = module
        gc.collect()
        gc.freeze()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


# --- the two backends (tests/backends.py): SQLite files and a throw-away PostgreSQL cluster ---------
from tests.backends import (  # noqa: E402, F401
    backend,
    backend_of,
    databases,
    db_url,
    exchange_url,
    generate_tests,
    pg_cluster,
    stop_clusters,
    summary_line,
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    generate_tests(metafunc)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    report.usu_backend = backend_of(item)
    return report


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    line = summary_line(terminalreporter.stats)
    if "none; postgresql none" not in line:
        terminalreporter.write_line(line)


def pytest_unconfigure(config: pytest.Config) -> None:
    stop_clusters()
