"""Errors the user can do something about, each with a plain message.

`ArchiveError` and its subclasses are the only exceptions the GUI and the
CLI show to people; anything else escaping db/ is a bug and propagates.
Every message names the file, says what is wrong and what to do.
"""

from __future__ import annotations

from pathlib import Path


class KartotekaError(Exception):
    """Base of every error meant for a person rather than a developer."""

    title = "Problem"

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        details: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        # longer evidence (every problem a check found): behind "Details…" and --verbose
        self.details = details

    def __str__(self) -> str:
        return self.message


class ArchiveError(KartotekaError):
    """The archive file cannot be used; the message says why."""

    title = "Cannot open archive"


class ArchiveMissingError(ArchiveError):
    title = "File not found"


class NotSQLiteError(ArchiveError):
    title = "Not an archive file"


class ArchiveDamagedError(ArchiveError):
    title = "Archive is damaged"


class NotAnArchiveError(ArchiveError):
    title = "Not a Kartoteka archive"


class ArchiveTooNewError(ArchiveError):
    title = "Archive is too new"


class ArchiveLockedError(ArchiveError):
    title = "Archive is in use"


class ArchiveUnreadableError(ArchiveError):
    """The file exists but cannot be read or copied (permissions, device, disk full)."""

    title = "Cannot read archive"


class ArchiveCheckTimeoutError(ArchiveError):
    """Checking the archive took longer than allowed."""

    title = "Archive check took too long"


class ArchiveEncryptedError(ArchiveError):
    """The file looks encrypted and no passphrase was given (or it was forgotten)."""

    title = "Archive is encrypted"


class WrongPassphraseError(ArchiveError):
    """The passphrase does not open this encrypted archive; nothing was changed."""

    title = "Wrong passphrase"


class ArchiveValueTooLargeError(ArchiveDamagedError):
    """A value in the archive is larger than Kartoteka is willing to load."""

    title = "Value too large"


class QueryTimeoutError(KartotekaError):
    title = "Query took too long"


class QueryInterruptedError(KartotekaError):
    """A newer request superseded this one; callers drop it silently."""

    title = "Cancelled"


class ImportValidationError(KartotekaError):
    """An import file was rejected as a whole; `problems` lists each one."""

    title = "Import rejected"

    def __init__(
        self, message: str, problems: list[str], *, path: str | Path | None = None
    ) -> None:
        super().__init__(message, path=path)
        self.problems = problems

    def __str__(self) -> str:
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  … and {more} more" if more > 0 else ""
        return f"{self.message}\n{shown}{tail}"


class OutputError(KartotekaError):
    """An output file cannot be written (exists, directory missing, disk full)."""

    title = "Cannot write file"
