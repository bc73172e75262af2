"""The scanner's API: Finding, KINDS, config files and the never-echo rule."""
from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from generator.privacy import KINDS, Finding, PrivacyConfigError, PrivacyScanner

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Kayla (DOB 03/04/2015) told SW Priya on 14 March 2025 that jayden lives at 14 Acacia Avenue, M1 1AE."


def test_kinds_table() -> None:
    assert KINDS["personal-name"] == ("personal-name-in-text", "a personal name", "error")
    assert KINDS["exact-date"][2] == "warning"
    assert all(sev in ("error", "warning") for _, _, sev in KINDS.values())
    assert set(KINDS) == {
        "personal-name", "date-of-birth", "exact-date", "case-number", "nhs-number", "ni-number",
        "postcode", "street-address", "phone-number", "email", "named-place", "local-term",
    }


def test_findings_are_sorted_frozen_and_carry_no_text() -> None:
    findings = PrivacyScanner().scan(TEXT)
    assert findings == sorted(findings, key=lambda f: f.start)
    assert {f.kind for f in findings} >= {"personal-name", "date-of-birth", "exact-date", "street-address", "postcode"}
    fields = {f.name for f in dataclasses.fields(Finding)}
    assert fields == {"kind", "start", "end", "severity"}
    for f in findings:
        assert f.severity == KINDS[f.kind][2]
        assert 0 <= f.start < f.end <= len(TEXT)
        with pytest.raises(dataclasses.FrozenInstanceError):
            f.kind = "email"  # type: ignore[misc]
        for shown in (repr(f), str(f)):
            assert TEXT[f.start:f.end] not in shown
    assert not hasattr(findings[0], "__dict__")


def test_empty_and_clean_text() -> None:
    scanner = PrivacyScanner()
    assert scanner.scan("") == []
    assert scanner.scan("The SW visited in March and the IRO agreed the plan.") == []


def _config(tmp_path: Path, allow: str | None = None, deny: str | None = None) -> Path:
    d = tmp_path / "site_config" / "privacy"
    d.mkdir(parents=True)
    if allow is not None:
        (d / "allow.yml").write_text(allow, encoding="utf-8")
    if deny is not None:
        (d / "deny.yml").write_text(deny, encoding="utf-8")
    return tmp_path / "site_config"


def test_missing_config_is_builtin_defaults(tmp_path: Path) -> None:
    scanner = PrivacyScanner.from_config(tmp_path / "nowhere")
    assert [f.kind for f in scanner.scan("Kayla said so.")] == ["personal-name"]


def test_deny_plain_term_and_kind(tmp_path: Path) -> None:
    cfg = _config(tmp_path, deny="terms:\n  - Zephyrine Fold\n  - {term: Quill Lodge, kind: named-place}\n")
    scanner = PrivacyScanner.from_config(cfg)
    text = "He spends time at zephyrine fold and at QUILL  LODGE."
    assert [(f.kind, text[f.start:f.end]) for f in scanner.scan(text)] == [
        ("local-term", "zephyrine fold"), ("named-place", "QUILL  LODGE")]


def test_places_list_is_named_places(tmp_path: Path) -> None:
    """site_config/privacy/places.txt: one place a line, as pasted from a register."""
    cfg = _config(tmp_path, deny="terms:\n  - Zephyrine Fold\n")
    (cfg / "privacy" / "places.txt").write_text(
        "# schools of the borough (invented)\nBrackenwood Primary School\n\nthe  Orchard   Nursery  # comment\n"
        "Zephyrine Fold\n", encoding="utf-8")
    scanner = PrivacyScanner.from_config(cfg)
    text = "She moved from brackenwood primary school to The Orchard Nursery near Zephyrine Fold."
    assert [(f.kind, text[f.start:f.end]) for f in scanner.scan(text)] == [
        ("named-place", "brackenwood primary school"), ("named-place", "The Orchard Nursery"),
        ("local-term", "Zephyrine Fold")]   # deny.yml's own entry keeps its kind
    (cfg / "privacy" / "places.txt").write_bytes(b"Caf\xe9 Rouge\n")
    with pytest.raises(PrivacyConfigError, match="places.txt"):
        PrivacyScanner.from_config(cfg)


def test_deny_hashed_name(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"zebedee quartermaine").hexdigest()
    cfg = _config(tmp_path, deny=f"name_hashes:\n  - {digest}\n")
    text = "The worker, Zebedee   Quartermaine, visited."
    found = PrivacyScanner.from_config(cfg).scan(text)
    assert [(f.kind, text[f.start:f.end]) for f in found] == [("local-term", "Zebedee   Quartermaine")]
    assert "quartermaine" not in (cfg / "privacy" / "deny.yml").read_text().lower()


def test_allow_term_passes(tmp_path: Path) -> None:
    text = "The Hope House Project and the Phoenix Team worked with the family."
    assert PrivacyScanner().scan(text) != []
    cfg = _config(tmp_path, allow="terms:\n  - Hope House Project\n  - Phoenix Team\n")
    assert PrivacyScanner.from_config(cfg).scan(text) == []
    # an allowed phrase does not allow its words elsewhere
    assert PrivacyScanner.from_config(cfg).scan("Hope told the SW.") != []


def test_shipped_site_config_loads() -> None:
    scanner = PrivacyScanner.from_config(ROOT / "site_config")
    found = scanner.scan("Older boys on the Larkspur Fields Estate. The Hope House Project helped.")
    assert [f.kind for f in found] == ["local-term"]


@pytest.mark.parametrize(
    "file,content,needle",
    [
        ("deny.yml", "terms: [unclosed\n", "not valid YAML at line"),
        ("deny.yml", "- just\n- a list\n", "expected a mapping"),
        ("deny.yml", "terms: Larkspur\n", "'terms' must be a list"),
        ("deny.yml", "terms:\n  - 42\n", "terms[0] must be a non-empty string"),
        ("deny.yml", "terms:\n  - {term: X Lane, kind: street}\n", "kind 'street' is not one of"),
        ("deny.yml", "name_hashes:\n  - not-a-hash\n", "sha256 hex digest"),
        ("deny.yml", "names:\n  - Jo\n", "unknown key(s) names"),
        ("deny.yml", "name_hash_max_words: 0\n", "name_hash_max_words"),
        ("allow.yml", "terms:\n  - ''\n", "terms[0] must be a non-empty string"),
        ("allow.yml", "terms:\n  - a: [b\n", "not valid YAML"),
    ],
)
def test_bad_config_raises_privacy_config_error(tmp_path: Path, file: str, content: str, needle: str) -> None:
    cfg = _config(tmp_path, **{file.split(".")[0]: content})
    with pytest.raises(PrivacyConfigError) as info:
        PrivacyScanner.from_config(cfg)
    message = str(info.value)
    assert needle in message and file in message
    assert info.value.__cause__ is None
    assert info.value.__context__ is None or info.value.__suppress_context__
