"""Progress bars on standard error, so standard output stays clean for summaries and pipes."""

from __future__ import annotations

import sys
from typing import Iterable, TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T], *, desc: str, total: int | None = None) -> Iterable[T]:
    """Wrap ``items`` in a progress bar on stderr (shown only when it takes more than a moment)."""
    return tqdm(items, desc=desc, total=total, file=sys.stderr, unit="nb", mininterval=0.5, delay=1.0,
                dynamic_ncols=True)
