"""The anonymisation gate end to end: identifiers planted in a copy of a sample are
reported in every output format without being echoed, and hold the record back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.lint import lint_paths, load_settings
from generator.publication import decide

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "audits" / "2026" / "DDA-2026-004.yml"

# kind -> a sentence carrying an invented identifier, and the identifying text itself
PLANTS = {
    "personal-name": ("Kayleigh told the social worker she felt safer at home.", "Kayleigh"),
    "date-of-birth": ("The child (DOB 03/04/2019) was seen alone.", "03/04/2019"),
    "case-number": ("The sibling's file, ICS 4412873, was not linked.", "4412873"),
    "nhs-number": ("Health records for NHS number 943 476 5919 were requested.", "943 476 5919"),
    "ni-number": ("Mum's NI number JK 12 34 56 C was used for the benefit check.", "JK 12 34 56 C"),
    "postcode": ("The family moved to LS6 2QT over the summer.", "LS6 2QT"),
    "street-address": ("Home visits at 14 Larkhill Road were unannounced.", "14 Larkhill Road"),
    "phone-number": ("Dad can be reached on 07700 900123 after six.", "07700 900123"),
    "email": ("The IRO wrote to dad.family@example.org about the review.", "dad.family@example.org"),
    "named-place": ("Attendance at Brookfield Primary School improved in the spring.", "Brookfield Primary School"),
}
FIELDS = [("summary",), ("areas", "risk", "analysis"), ("views", "iro"), ("learning", 0, "text"),
          ("actions", 0, "action"), ("child_views", "comments"), ("overall", "to_grade_higher")]


def _plant(data: dict, path: tuple, sentence: str) -> None:
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = f"{target.get(path[-1]) or ''} {sentence}".strip()


def _kb(tmp_path: Path, edits: dict[str, tuple[tuple, str]]) -> Path:
    shutil.copytree(ROOT / "standards", tmp_path / "standards")
    shutil.copytree(ROOT / "site_config", tmp_path / "site_config")
    folder = tmp_path / "audits" / "2026"
    folder.mkdir(parents=True)
    base = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    for rid, (path, sentence) in edits.items():
        data = dict(base, id=rid)
        data = yaml.safe_load(yaml.safe_dump(data))  # a deep copy
        _plant(data, path, sentence)
        (folder / f"{rid}.yml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                                           encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_identifier_in_any_field_is_reported_and_held_back(kind: str, tmp_path: Path, framework) -> None:
    sentence, secret = PLANTS[kind]
    edits = {f"DDA-2026-{i + 1:03d}": (field, sentence) for i, field in enumerate(FIELDS)}
    kb = _kb(tmp_path, edits)
    result = lint_paths([kb / "audits"], kb, framework, load_settings(kb / "site_config" / "lint.yml"))
    for i, field in enumerate(FIELDS):
        display = f"audits/2026/DDA-2026-{i + 1:03d}.yml"
        found = [p for p in result.problems if p.file == display and p.category == "privacy"
                 and p.severity == "error" and p.field == ".".join(map(str, field))]
        assert found, f"{kind} in {field} was not reported"
        assert all(p.start is not None and p.end is not None for p in found)
        assert all(secret not in p.message for p in found)
    publication = decide(result)
    assert publication.published == []
    assert {h.display for h in publication.held_back} == {f"audits/2026/DDA-2026-{i + 1:03d}.yml"
                                                          for i in range(len(FIELDS))}


def test_no_output_format_echoes_what_it_found(tmp_path: Path) -> None:
    edits = {f"DDA-2026-{i + 1:03d}": (("summary",), sentence) for i, (sentence, _) in enumerate(PLANTS.values())}
    kb = _kb(tmp_path, edits)
    secrets = [secret for _, secret in PLANTS.values()]
    outputs = []
    for fmt in ("text", "json", "github"):
        out = subprocess.run([sys.executable, "-m", "generator", "--root", str(kb), "lint", "--format", fmt],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 1
        outputs.append(out.stdout + out.stderr)
    build = subprocess.run([sys.executable, "-m", "generator", "--root", str(kb), "build", "--strict"],
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 1
    outputs.append(build.stdout + build.stderr)
    for output in outputs:
        assert "privacy" in output or "P1" in output
        for secret in secrets:
            assert secret not in output


def test_a_name_shown_in_one_field_is_reported_in_every_field(tmp_path: Path, framework) -> None:
    # "Grace" is a name by its cue in the summary; the analysis writes it with none
    kb = _kb(tmp_path, {"DDA-2026-001": (("summary",), "Grace told the social worker she felt safer.")})
    path = kb / "audits" / "2026" / "DDA-2026-001.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    _plant(data, ("areas", "risk", "analysis"), "Home visit: Grace asleep, Mum up.")
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    result = lint_paths([kb / "audits"], kb, framework, load_settings(kb / "site_config" / "lint.yml"))
    fields = {p.field for p in result.problems if p.category == "privacy" and p.severity == "error"}
    assert {"summary", "areas.risk.analysis"} <= fields
