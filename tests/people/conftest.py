from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from usu_desktop.storage.db import Database

FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # real argon2id, cheap for tests


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url)
    yield database
    database.close()
