"""Errors a user must fix before a check can run: they name the file and the line."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """A usage, config or positioning error; the CLI prints it and exits with status 2."""

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class ConfigError(UserError):
    """Something wrong in onmessage.toml or [tool.onmessage]."""


class PositioningError(UserError):
    """Something wrong in the positioning file."""
