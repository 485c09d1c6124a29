"""Writing a file so that a reader never sees half of it: a temporary file, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from intercluster.errors import InvalidInput


def write_atomically(path: Path, data: bytes | str) -> Path:
    """Write `data` to `path` through a temporary file in the same folder, then rename.

    On any failure the temporary file is removed and `path` is left as it was.
    """
    path = Path(path)
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"out: {folder} is not a folder", field="out")
    if path.is_dir():
        raise InvalidInput(f"out: {path} is a folder, not a file", field="out")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            f"out: cannot create the folder {folder} ({exc.strerror})", field="out"
        ) from exc
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise InvalidInput(f"out: cannot write in {folder} ({exc.strerror})", field="out") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise InvalidInput(
                f"out: cannot write {path} ({exc.strerror or exc}); nothing was written",
                field="out",
            ) from exc
        raise
    return path
