"""The browser tests' setup: the sample site built once, served on 127.0.0.1, and
Debian's Chromium driven by Playwright.

Playwright's own browser download cannot work here, so the tests drive the system
Chromium (/usr/bin/chromium, or $AUDITKB_CHROMIUM). `make test` installs it when it
can; when it is missing, every browser test fails saying how to install it. They are
never skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sitecheck import StaticServer

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

# Without these, Chromium on a closed network keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

INSTALL_HELP = """\
The browser tests need Chromium, and found none at {path}.
Install Debian's package, as root:
    apt-get update && apt-get install -y chromium
(`make test` does this itself when it runs as root where apt-get is available), or
point AUDITKB_CHROMIUM at a Chromium or Chrome binary. Playwright's own browser
download (`playwright install`) is not used."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: runs in Chromium against the built site")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("AUDITKB_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        pytest.fail(INSTALL_HELP.format(path=path), pytrace=False)
    return path


# What `auditkb build` reads: copied, so that the tests' build leaves build/ and site/ alone.
KNOWLEDGE_BASE = ("audits", "standards", "content", "site_config", "mkdocs.yml")


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample knowledge base, built once per session with `auditkb build --offline`
    from a copy in a temporary folder: {'site': the site, 'zip': the offline zip}."""
    out = tmp_path_factory.mktemp("built")
    kb = out / "kb"
    for name in KNOWLEDGE_BASE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, kb / name)
        elif source.is_file():
            kb.mkdir(exist_ok=True)
            shutil.copyfile(source, kb / name)
    site = out / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(kb), "build", "--offline", "--site-dir", str(site)],
        cwd=kb, capture_output=True, text=True, timeout=600, check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))})
    if proc.returncode != 0:
        pytest.fail(f"auditkb build --offline failed ({proc.returncode}):\n{proc.stderr[-4000:]}", pytrace=False)
    zips = sorted(out.glob("*.zip"))
    if not (site / "index.html").is_file() or len(zips) != 1:
        pytest.fail(f"auditkb build --offline left {sorted(p.name for p in out.iterdir())} in {out}: "
                    "expected site/ and one zip", pytrace=False)
    return {"site": site, "zip": zips[0]}


@pytest.fixture(scope="session")
def site_dir(built: dict[str, Path]) -> Path:
    return built["site"]


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[StaticServer]:
    with StaticServer(site_dir) as srv:
        yield srv


@pytest.fixture(scope="session")
def offline_dir(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip, unzipped: the folder that holds index.html."""
    out = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(built["zip"]) as zf:
        zf.extractall(out)
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    return folder


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Recorder:
    """A fresh browser context that records every request its pages make, and stops
    any that would leave the machine (recorded first, so a check still sees them)."""

    def __init__(self, browser, viewport: dict, allowed_prefixes: tuple[str, ...]) -> None:
        self.requests: list[str] = []
        self.context = browser.new_context(viewport=viewport, service_workers="block")
        self.context.set_default_timeout(15_000)
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.route("**/*", self._route)
        self._allowed = allowed_prefixes

    def _route(self, route) -> None:
        if route.request.url.startswith(self._allowed):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def new_page(self):
        return self.context.new_page()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_context(browser) -> Iterator:
    """open_context(viewport=DESKTOP, allowed=(origin,)) -> a Recorder; closed after the test."""
    made: list[Recorder] = []

    def make(viewport: dict | None = None, allowed: tuple[str, ...] = ("http://127.0.0.1:",)) -> Recorder:
        rec = Recorder(browser, viewport or DESKTOP, allowed + ("data:", "blob:", "about:"))
        made.append(rec)
        return rec

    yield make
    for rec in made:
        rec.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
