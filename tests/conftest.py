"""Shared fixtures: the checkout, its course, and freshly built course folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from autograder.course import load_course

from course_paths import ROOT


def pytest_collection_modifyitems(config, items):
    """Lesson notebooks collected by nbval carry the ``notebooks`` marker, so ``-m "not notebooks"`` skips them."""
    for item in items:
        if item.nodeid.endswith(".ipynb") or ".ipynb::" in item.nodeid:
            item.add_marker(pytest.mark.notebooks)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def course():
    return load_course(ROOT)
