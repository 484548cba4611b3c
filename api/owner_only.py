"""Files and folders only the service's own account may read: signing keys, the field key and
the SQLite database. Each is created with its narrow mode from the start, so there is no moment
when another account on the machine could open it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create the folder ``path`` (and any missing parents) unless it exists; a folder made
    here is 0700. An existing folder keeps the mode its operator gave it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        return path
    path.chmod(DIR_MODE)  # the umask only narrows mkdir's mode; say it exactly
    return path


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file that is 0600 from the moment it exists (FileExistsError
    when ``path`` is already there)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as file:
        os.fchmod(fd, FILE_MODE)  # as for the folder: the umask could only have narrowed it
        file.write(data)
        file.flush()
        os.fsync(fd)


def create_private_file(path: Path) -> None:
    """Create an empty 0600 file at ``path`` unless something is there already. Nothing
    happens when its folder is missing: whoever opens the file reports that."""
    with contextlib.suppress(FileExistsError, FileNotFoundError):
        write_private_file(path, b"")
