"""Where the checkout is, for tests that need it at import time (conftest names collide across folders)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
