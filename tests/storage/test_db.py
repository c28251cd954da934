"""Opening real SQLite files: schema, pragmas, migrations, and every kind of bad file."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from usu_desktop.storage.db import Database, default_path, known_revisions
from usu_desktop.storage.errors import StorageError
from usu_desktop.storage.models import Setting, load_all_models, modelled

HEAD = known_revisions()[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_db(path: Path) -> Path:
    db = Database.open(path)
    with db.session() as s:
        s.add(Setting(key="clinic.name", value="Ναυπλίου Κλινική"))
    db.close()
    return path


def test_open_creates_schema_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "sub" / "books.sqlite")
    with db.reading() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() > 0
    assert db.revision() == HEAD
    db.close()


def test_migration_creates_exactly_the_models(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.sqlite")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": modelled})
        diff = compare_metadata(context, load_all_models())
    assert diff == []
    db.close()


def test_url_form_and_reopen_keep_data(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "u.sqlite")
    db = Database.open(f"sqlite:///{path}")
    with db.reading() as s:
        assert s.get(Setting, "clinic.name").value == "Ναυπλίου Κλινική"
    db.close()


def test_default_path_is_in_user_data_folder() -> None:
    assert default_path().name == "usu.sqlite"
    assert "usu-desktop" in str(default_path())


def test_session_rolls_back_on_error(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "r.sqlite")
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Setting(key="a", value="1"))
        s.flush()
        raise RuntimeError("boom")
    with db.reading() as s:
        assert s.get(Setting, "a") is None
    db.close()


def test_locked_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "l.sqlite")
    before = _digest(path)
    with closing(sqlite3.connect(str(path), isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError) as err:
            Database.open(path, busy_timeout=0.2)
        holder.execute("ROLLBACK")
    assert err.value.code == "db_locked"
    assert err.value.path == str(path)
    assert _digest(path) == before


def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "ro.sqlite")
    before = _digest(path)
    path.chmod(0o444)
    try:
        with pytest.raises(StorageError) as err:
            Database.open(path)
    finally:
        path.chmod(0o644)
    assert err.value.code == "db_read_only"
    assert _digest(path) == before


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "new.sqlite")
    with closing(sqlite3.connect(str(path))) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
    before = _digest(path)
    with pytest.raises(StorageError) as err:
        Database.open(path)
    assert err.value.code == "db_too_new"
    assert err.value.params["revision"] == "9999_from_the_future"
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_file_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    with pytest.raises(StorageError) as err:
        Database.open(path)
    assert err.value.code == "db_corrupt"
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(str(path))) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        con.commit()
    with pytest.raises(StorageError) as err:
        Database.open(path)
    assert err.value.code == "db_not_usu"


def test_pending_migration_makes_a_backup_first(tmp_path: Path) -> None:
    path = _make_db(tmp_path / "old.sqlite")
    db = Database.open(path)
    from alembic import command

    from usu_desktop.storage.db import alembic_config
    with db.session() as s:
        cfg = alembic_config()
        cfg.attributes["connection"] = s.connection()
        command.downgrade(cfg, "base")
    db.close()
    assert Database.open(path, migrate=False).revision() is None
    db = Database.open(path)
    assert db.revision() == HEAD
    backups = list(tmp_path.glob("old.sqlite.*.bak"))
    assert len(backups) == 1
    with closing(sqlite3.connect(str(backups[0]))) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"alembic_version"}
    db.close()


def test_open_without_path_uses_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    db = Database.open()
    assert db.path == tmp_path / "xdg" / "usu-desktop" / "usu.sqlite" and db.path.exists()
    db.close()


def test_known_revisions_read_from_the_files_equal_alembics() -> None:
    from alembic.script import ScriptDirectory

    from usu_desktop.storage.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == ({r.revision for r in script.walk_revisions()}, script.get_current_head())


def test_two_heads_are_refused(tmp_path: Path) -> None:
    from usu_desktop.storage.db import revisions_in

    (tmp_path / "a.py").write_text("revision = 'a'\ndown_revision = None\n")
    (tmp_path / "b.py").write_text("revision: str = 'b'\ndown_revision: str | None = 'a'\n")
    assert revisions_in(tmp_path) == ({"a", "b"}, "b")
    (tmp_path / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    revisions_in.cache_clear()
    with pytest.raises(RuntimeError, match="2 heads"):
        revisions_in(tmp_path)


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "books.sqlite"
    Database.open(path).close()
    probe = ("import sys; from usu_desktop.storage.db import Database; d = Database.open(sys.argv[1]); "
             "d.close(); print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    fresh = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "new.sqlite")], capture_output=True,
                           text=True, check=True)
    assert "alembic" in fresh.stdout  # a migration that is due still runs through alembic
