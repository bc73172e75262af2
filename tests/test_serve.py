"""`auditkb serve` for real: a server process, an edit, and the page showing it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, ""


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture()
def served(tmp_path: Path):
    for name in ("standards", "site_config", "content", "audits"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    port = _free_port()
    log = open(tmp_path / "serve.log", "w+", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(tmp_path), "serve", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
    base = f"http://127.0.0.1:{port}/"
    try:
        if not _wait_for(lambda: _get(base)[0] == 200, 120):
            log.seek(0)
            pytest.fail(f"auditkb serve did not start:\n{log.read()}")
        yield tmp_path, base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _record(kb: Path, rid: str) -> Path:
    return next(kb.joinpath("audits").rglob(f"{rid}.yml"))


def test_an_edit_shows_and_a_broken_record_is_held_back_without_stopping_the_server(served) -> None:
    kb, base, log = served
    rid = "DDA-2025-001"
    page = f"{base}audits/{rid}/"
    status, html = _get(page)
    assert status == 200 and "Zebra crossing" not in html
    path = _record(kb, rid)
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("title: ", "title: Zebra crossing ", 1), encoding="utf-8")
    assert _wait_for(lambda: "Zebra crossing" in _get(page)[1], 20), "the edit did not show"

    path.write_text(good + "broken: [\n", encoding="utf-8")  # invalid YAML: held back, page removed
    assert _wait_for(lambda: _get(page)[0] == 404, 20), "a record that cannot be read kept its page"
    assert _get(base)[0] == 200
    assert rid not in _get(f"{base}audits/")[1]

    path.write_text(good, encoding="utf-8")
    assert _wait_for(lambda: _get(page)[0] == 200, 20), "the fixed record did not come back"
    # the search index is built behind the builds, without holding up the reload
    assert _wait_for(lambda: _get(f"{base}pagefind/pagefind.js")[0] == 200, 60), "no search index"
    log.seek(0)
    text = log.read()
    assert "Search index updated" in text
    assert "Traceback" not in text
    assert "S001" in text  # the syntax error was reported once, with its rule
