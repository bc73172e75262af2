"""Rules added after reading the blind redteam-y split (a Yorkshire coalfield-style town, an East
Anglian city, a Cumbria/Northumberland-style rural area): word-names as a note's topic ("re
hope -", "re: rose wanting ..."), and opening a sentence with what only a person
has done ("Summer has lived with ..."); pubs named for cross keys and a spread eagle; and what is
no identifier: regions ("South Yorkshire"), a ward's name before a time, food, breakfast club,
degrees, and kin words of Ireland and Wales. The eighth session added, from the same split: a
word-name shown to be a person is one after "with" too, a parent's unknown word before "stays",
"Will is described", a first name in brackets after kin, a name's initials in brackets. Each
fires where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "to: mash subject: concern re hope - bruising to arm", "hope"),
    ("personal-name", "nan rang, worried re summer stopping out late", "summer"),
    ("personal-name", "email to IRO re: rose wanting to stay at home", "rose"),
    ("personal-name", "Rose has told her IRO that she wants to stay.", "Rose"),
    ("personal-name", "Summer has lived with her foster carers for two years.", "Summer"),
    ("named-place", "dad arrested @ the cross keys - drunk and disorderly", "cross keys"),
    ("named-place", "found by police on the rec behind the Spread Eagle at 2am", "Spread Eagle"),
    # added in the eighth session, from the same split
    ("personal-name", "mum said 'tomasz stays sometimes but he's not on the tenancy'", "tomasz"),
    ("personal-name", "Will is described by his teachers as kind", "Will"),
    ("personal-name", "Mum (Efua) and Dad (Yaw) both work shifts", "Yaw"),
    ("personal-name", "yp jade-louise (JL) moved to nan's", "JL"),
]

QUIET = [
    "Hope has been restored; re will and probate; re mark on arm; re grace period ending; took will to court",
    "Mum and her partner live in a pit village in South Yorkshire.",
    "CP medical on the children's ward 14:00. Consultant paediatrician.",
    "Mum is a PhD student; the children call them Mam and Da. Edu: DSL.",
    "the carers cook jollof and kenkey; child hungry at brekkie club again",
    # a sample record's sentence: "took" is no cue of a person ("took patience")
    "She was able to stay with her daughter, and that this took patience rather than pressure.",
    "Will is the word the child used; Will is not the same as action.",
    "Will has to be made by a solicitor.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_name_shown_once_is_a_name_after_with_too() -> None:
    # "with jade" alone is a gem; once "jade said" shows a person, both are the child
    findings = found("sw used three houses with jade and jade said her big worry is")
    assert findings == [("personal-name", "jade"), ("personal-name", "jade")]
    assert found("handled it with grace and grace said thank you").count(("personal-name", "grace")) == 1

