"""usu-admin: scripted operations for administrators."""

from usu_desktop.storage.db import Database  # noqa: F401
