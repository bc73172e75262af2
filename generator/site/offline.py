"""The offline copy: `auditkb build --offline` also writes a zip of the site that works
opened from file:// on a laptop with no network, search included.

The normal site keeps its directory URLs (/standards/4/), which a browser cannot
follow from the file system, so the copy is a second build of the same build/ tree
(see mkdocs_driver.build_offline_html): pages as files (standards/4.html), and the
search index also as a script. The site's own search is Pagefind's, whose browser
side fetches its index and cannot from file://, so the copy searches with Material's
search plugin instead (a one-file index, fine for a copy carried on a laptop) and
carries no pagefind/ folder; its header shows Material's search box. That search runs
in a Web Worker, which Chromium and Firefox refuse to start from file://; the
iframe-worker shim runs it in a hidden frame instead. Material's offline plugin would
load that shim from a CDN, so the copy carries a vendored one (vendor/iframe-worker/)
and nothing in it names another host.

    zip_path = write_offline_zip(project, site_dir)   # site_dir.parent / "site-offline.zip"

The zip holds one folder, named after the zip, so that unzipping never scatters
files; it opens at <folder>/index.html. Its bytes depend only on the site.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from ..problems import BuildError
from ..project import Project

VENDOR = Path(__file__).parent / "vendor"
SHIM = VENDOR / "iframe-worker" / "shim.js"
# Where the shim goes in the copy; the path names iframe-worker, which tells
# Material's offline plugin that a shim is already there.
SHIM_PATH = "assets/javascripts/iframe-worker/shim.js"
# The date every zip entry carries, so that the same site gives the same zip.
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def offline_zip_path(site_dir: Path) -> Path:
    """Where the zip of site_dir goes: beside it, site/ -> site-offline.zip."""
    site_dir = Path(site_dir).resolve()
    return site_dir.with_name(f"{site_dir.name}-offline.zip")


def write_offline_zip(project: Project, site_dir: Path) -> Path:
    """Build the offline copy of the generated tree in build/ and zip it beside site_dir."""
    from .mkdocs_driver import build_offline_html

    target = offline_zip_path(site_dir)
    folder = target.stem
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".offline-", dir=target.parent) as tmp:
        copy = Path(tmp) / folder
        build_offline_html(project, copy, polyfills=[SHIM_PATH])
        shim = copy / SHIM_PATH
        shim.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SHIM, shim)
        shutil.copyfile(SHIM.with_name("LICENSE"), shim.with_name("LICENSE"))
        _drop_server_only(copy)
        partial = Path(tmp) / "offline.zip"
        _zip(copy, partial, folder)
        os.replace(partial, target)
    return target


def _drop_server_only(copy: Path) -> None:
    """Files that mean something only on a web server: the sitemaps (which would list
    no host, as the site has no site_url) and the 404 page."""
    for name in ("sitemap.xml", "sitemap.xml.gz", "404.html"):
        (copy / name).unlink(missing_ok=True)


def _zip(copy: Path, target: Path, folder: str) -> None:
    files = sorted(p for p in copy.rglob("*") if p.is_file())
    if not (copy / "index.html").is_file():
        raise BuildError(f"the offline copy in {copy} has no index.html")
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(copy).as_posix()}", ZIP_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, path.read_bytes())
