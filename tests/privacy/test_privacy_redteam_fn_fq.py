"""Rules read from the structured misses of redteam-fn to -fq (twenty-third session), after their
first, blind run at the session's third commit: case numbers 142 of 144, postcodes 58 of 60,
dates of birth 178 of 182 (97.8%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a missing person's police log, known by the day after it; Scots "fae" before a district
    ("mispers 0339 2/6 — Ellie (14) traced to the beach w/ 2 older males fae IV2.", "case-number", "mispers 0339"),
    ("mispers 0339 2/6 — traced to the beach w/ 2 older males fae IV2.", "postcode", "IV2"),
    # a reporter's reference with its letters
    ("Actions: Request the Reporter's statement of grounds (SCRA 22/0173/HG); confirm the plan.", "case-number",
     "SCRA 22/0173/HG"),
    # the second of two districts of different areas
    ("It shows that the missing episodes cluster in SL1 and OX4, and twice in SN2.", "postcode", "OX4"),
    # a list whose last item is a baby, and a parents' list of single letters
    ("'Kayden Gauld – 04/09/2015; Ellie-Jo Gauld – 12/01/2018; baby Ryan – 27/10/2022.'", "date-of-birth", "27/10/2022"),
    ("dobs for C1: m 7.5.90, f 22.1.85, jasleen 1.9.16, amarjot 13.4.19", "date-of-birth", "22.1.85"),
    # an identity card's date in a question about someone's age, and the same birth a year off
    ("There is an unresolved question about Dawid's age: his Polish identity card gives 4 April 2007, but the school "
     "admission form completed by Mum gives 4 April 2008.", "date-of-birth", "4 April 2007"),
    ("There is an unresolved question about Dawid's age: his Polish identity card gives 4 April 2007, but the school "
     "admission form completed by Mum gives 4 April 2008.", "date-of-birth", "4 April 2008"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("a storm in a teacup, 12 of 20 agreed", "case-number"),
    ("the SCRA guidance 2022/23 was applied", "case-number"),
    ("vitamin levels: low in B12 and D3", "postcode"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [k for k, _ in found(text) if k == kind] == []


# --- then read in full: names, places and clean text

@pytest.mark.parametrize(("text", "value"), [
    ("What is working well: Sunny clearly trusts his foster carer.", "Sunny"),
    ("The voice of the child is strong. Summer wrote her own section of the plan.", "Summer"),
    ("EOC worker notes: took summer to nandos at The Oracle.", "summer"),
    ("call w CAMHS duty - faith on waiting list for T4, no beds in region.", "faith"),
    ("Easter Sunday - EDT - Jasmine 16 rang from the bus station, no money", "Jasmine"),
    ("12.10.23 seen will + faith @ school. will v quiet, wouldnt say why.", "will"),
    ('Jermaine whatsapp to sw: "yo miss im good, at tyreses dont send feds" 01:12', "tyreses"),
])
def test_names(text: str, value: str) -> None:
    assert ("personal-name", value) in found(text)


def test_a_word_name_again_is_that_person_only_after_it_named_one() -> None:
    assert ("personal-name", "grace") in found("home visit. seen Grace + Alfie. grace v quiet, alfie climbing on me.")
    assert ("personal-name", "grace") not in found("home visit. all well. grace v quiet in the house today")


@pytest.mark.parametrize(("text", "value"), [
    ("NHS no. fm English GP letter — fam moved up fae Hull in Aug.", "Hull"),
    ("s136, conveyed to JR ED. URN 43/2205/24", "JR"),
    ("she works 'three on, three off' as a nurse at ARI.", "ARI"),
    ("d/w sgt Mackay (Wick police office) — bail conds set", "Wick police office"),
    ("TVP graded high. found 22:40 Reading station w 19yo male", "Reading station"),
])
def test_places(text: str, value: str) -> None:
    assert ("named-place", value) in found(text)


@pytest.mark.parametrize("text", [
    "action list - SW: chase GP for health report; book CLA review",
    'the young person told the auditor, "I ain\'t no overner, I\'m a caulkhead, born here"',
    "'Ma da's aye awa on the rigs an' ma mam's aye greetin,' Child A said.",
    "The worker used the Brook Traffic Light Tool and rated it Amber.",
    "Dad on nights at a fish plant and Mum on earlies at a care home",
    "The carers registered him with a dentist, and Childsmile advice is now followed at home.",
    "flat clean, fridge stocked. alexa playing music. mum proud.",
    "the family is Sikh and attends the gurdwara weekly.",
    "drug + alcohol service: dad attending keywork fortnightly.",
    "the Slough Children First adolescent hub and the missing co-ordinator now share data",
    'Child\'s voice: "Dawn\'s the worst time, that\'s when the thoughts come."',
    'says "some guy" gave it her. police advised. guy described as twenties',
    "ARI symptoms, GP says rest and fluids",
    "setting up bank account at lloyds",
])
def test_quiet_fn_fq(text: str) -> None:
    assert [f for f in found(text) if f[0] in ("personal-name", "named-place")] == []
