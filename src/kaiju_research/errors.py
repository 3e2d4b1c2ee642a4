"""The package's exceptions: every one names the file (when there is one) and what is wrong."""

from __future__ import annotations

from pathlib import Path


class KaijuError(Exception):
    """Base class for errors this package raises on purpose."""


class InputError(KaijuError):
    """A bulletin file that cannot be used: unreadable, empty, not a bulletin, ..."""

    def __init__(self, path: Path | str | None, reason: str) -> None:
        self.path = None if path is None else str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)

    def __reduce__(self) -> tuple[type, tuple[str | None, str]]:
        # Errors travel back from worker processes: pickle the two fields, not the message.
        return (self.__class__, (self.path, self.reason))


class ReadError(InputError):
    """The bytes of a file could not be turned into text."""


class ParseError(InputError):
    """The text was read but has no bulletin structure (header, items) to parse."""


class RenderError(KaijuError):
    """A report notebook failed; names the issue and the failing cell."""
