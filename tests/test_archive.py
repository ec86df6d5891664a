"""LMS zips are checked entry by entry: one unsafe entry rejects the archive and nothing is written."""

import stat
import zipfile

import pytest

from autograder.archive import ArchiveLimits, safe_extract
from autograder.errors import AiNoordError


def make_zip(path, entries):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data, mode in entries:
            info = zipfile.ZipInfo(name)
            if mode:
                info.external_attr = mode << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


@pytest.mark.parametrize("name,data,mode,reason", [
    ("../escape.ipynb", "{}", 0, "climbs out"),
    ("a/../../escape.ipynb", "{}", 0, "climbs out"),
    ("/etc/passwd", "x", 0, "absolute path"),
    ("C:/Windows/x.ipynb", "x", 0, "absolute path"),
    ("link.ipynb", "/etc/passwd", stat.S_IFLNK | 0o777, "link or special file"),
    ("bomb.ipynb", "0" * 5_000_000, 0, "compression ratio"),
])
def test_unsafe_entries_are_rejected(tmp_path, name, data, mode, reason):
    """Is each kind of unsafe entry refused with a message naming it, and is nothing unpacked?"""
    archive = make_zip(tmp_path / "download.zip", [("ok/first.ipynb", "{}", 0), (name, data, mode)])
    target = tmp_path / "out"
    with pytest.raises(AiNoordError, match=reason) as error:
        safe_extract(archive, target)
    assert name in str(error.value) and "nothing was unpacked" in str(error.value)
    assert not target.exists() or not any(target.rglob("*"))
    assert not (tmp_path / "escape.ipynb").exists()


def test_too_many_and_too_large(tmp_path):
    archive = make_zip(tmp_path / "many.zip", [(f"f{i}.ipynb", "{}", 0) for i in range(20)])
    with pytest.raises(AiNoordError, match="20 entries"):
        safe_extract(archive, tmp_path / "out", ArchiveLimits(max_files=10))
    archive = make_zip(tmp_path / "big.zip", [("big.ipynb", "x" * 5000, 0)])
    with pytest.raises(AiNoordError, match="unpacks to"):
        safe_extract(archive, tmp_path / "out", ArchiveLimits(max_total_bytes=1000, max_ratio=10_000))


def test_not_a_zip(tmp_path):
    (tmp_path / "fake.zip").write_text("not a zip")
    with pytest.raises(AiNoordError, match="not a readable zip"):
        safe_extract(tmp_path / "fake.zip", tmp_path / "out")


def test_safe_archive_is_unpacked(tmp_path):
    archive = make_zip(tmp_path / "ok.zip", [("a b/c.ipynb", "{}", 0), ("d.ipynb", "{}", 0)])
    written = safe_extract(archive, tmp_path / "out")
    assert sorted(p.name for p in written) == ["c.ipynb", "d.ipynb"]
