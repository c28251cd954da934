"""Errors as data: a stable code plus parameters; the UI turns codes into translated text."""

from __future__ import annotations

from typing import Any


class DomainError(ValueError):
    """A refused operation. `code` is stable (tests and translations key on it)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}: {detail}" if detail else code)
