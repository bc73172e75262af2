"""Fixtures for the site tests: the real framework and site settings (helpers are in sitekit.py)."""

from __future__ import annotations

import pytest

from generator.framework import Framework, load_framework
from generator.project import Project
from generator.site import SiteSettings, load_site_settings

from sitekit import ROOT


@pytest.fixture(scope="session")
def framework() -> Framework:
    return load_framework(ROOT / "standards")


@pytest.fixture(scope="session")
def settings() -> SiteSettings:
    return load_site_settings(Project(ROOT))
