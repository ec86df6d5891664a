"""Unpack an LMS bulk-download zip safely.

Every entry is checked before anything is written: no absolute paths, no ``..``, no links or device
files, no entry or total size beyond sensible limits, no absurd compression ratio (zip bombs), not too
many files. One unsafe entry rejects the whole archive, with a message that names it.
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import AiNoordError


@dataclass(frozen=True)
class ArchiveLimits:
    max_files: int = 5000
    max_entry_bytes: int = 50 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0


def unsafe_reason(info: zipfile.ZipInfo, limits: ArchiveLimits) -> str | None:
    """Why one archive entry must not be unpacked, or None when it is fine."""
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in path.parts:
        return "a path that climbs out of the target folder"
    mode = info.external_attr >> 16
    if mode and (stat.S_ISLNK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode)):
        return "a link or special file"
    if info.file_size > limits.max_entry_bytes:
        return f"a file of {info.file_size} bytes (limit {limits.max_entry_bytes})"
    if info.compress_size and info.file_size / info.compress_size > limits.max_ratio:
        return f"a compression ratio of {info.file_size / info.compress_size:.0f}:1 (a zip bomb?)"
    return None


def safe_extract(archive: Path, target: Path, limits: ArchiveLimits = ArchiveLimits()) -> list[Path]:
    """Unpack ``archive`` into ``target`` after checking every entry; return the files written."""
    try:
        zipped = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as error:
        raise AiNoordError(f"{archive} is not a readable zip file ({error}); download it again from the LMS") from None
    with zipped:
        infos = zipped.infolist()
        if len(infos) > limits.max_files:
            raise AiNoordError(f"{archive} holds {len(infos)} entries (limit {limits.max_files}); nothing was unpacked")
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise AiNoordError(f"{archive} unpacks to {total} bytes (limit {limits.max_total_bytes}); nothing was unpacked")
        for info in infos:
            reason = unsafe_reason(info, limits)
            if reason:
                raise AiNoordError(f"{archive}: entry {info.filename!r} is {reason}; nothing was unpacked")
        written = []
        root = target.resolve()
        for info in infos:
            if info.is_dir():
                continue
            destination = (root / info.filename.replace("\\", "/")).resolve()
            if root not in destination.parents:
                raise AiNoordError(f"{archive}: entry {info.filename!r} would land outside {target}")
            destination.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as source, destination.open("wb") as sink:
                remaining = limits.max_entry_bytes + 1
                while chunk := source.read(1 << 16):
                    remaining -= len(chunk)
                    if remaining < 0:  # the header lied about the size
                        raise AiNoordError(f"{archive}: entry {info.filename!r} is larger than it claims")
                    sink.write(chunk)
            written.append(destination)
        return written
