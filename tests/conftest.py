"""Shared fixtures: the repository's own knowledge base and its framework."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.framework import Framework, load_framework
from generator.project import Project

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def framework() -> Framework:
    return load_framework(ROOT / "standards")
