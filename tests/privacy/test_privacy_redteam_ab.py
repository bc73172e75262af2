"""Rules added after reading the blind redteam-ab split (a Merseyside-style city, an East
Midlands ex-coalfield, a Devon/Cornwall-style county), measured once blind in the seventh
session: a lower-case name wherever its passage writes it again, names on either side of "="
in a pasted summary, a name before kin in brackets, after "baby", "sis" or "dad", after a role
before an action ("hv gill to visit"), an action point's unknown subject, "be called", a list
of children with their ages, "known only as", "miss" in lower case before a surname, a name
and "now fourteen"; an outward code after a lower-case address, the town between an address
and its postcode, a birthday on a festival or "is 10 on" a date, hospital initials after "ward
3" or before a closing quote, a couple joined by "+", a given name before a surname found, a
rank after a full stop, a ward or locality on a lower-case line, "on ocean ward", an ESCR
number; and what is none: conditions, scores and awards named after a
person, dialect, a note's shorthand after "mum" or "dad", "baby foster placement",
"nana = mat gm". Each fires where it should and stays quiet where it should not. All text is
invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "note from duty: grace rang back. grace = maternal gran", "grace"),
    ("personal-name", "for CP conf summary: child A = hope, child B = river. both at", "river"),
    ("personal-name", "dad = mark jnr", "mark"),
    ("personal-name", "gav (mum's ex) = gavin hesketh", "gav"),
    ("personal-name", "mum says storm (older sib) does the sch run", "storm"),
    ("personal-name", "plan: YOT worker jas informed", "jas"),
    ("personal-name", "ACTION: kath to complete GCP2 by fri", "kath"),
    ("personal-name", "baby holly in moses basket by the fire", "holly"),
    ("personal-name", "sis jade looking after kids", "jade"),
    ("personal-name", "dad frank and grandad frank snr both living there", "frank"),
    ("personal-name", "YP now prefers to be called storm (was sophie).", "storm"),
    ("personal-name", "sibs: ruby 12, sonny 9, princess 6 (all same dad)", "princess"),
    ("personal-name", "from Mum's new partner, known only as 'Tel', was not explored", "Tel"),
    ("personal-name", "class tchr miss o'brien. TA", "o'brien"),
    ("personal-name", "Frank, now fourteen, has been open to the service", "Frank"),
    ("postcode", "hv dad's flat 9b lime court, kirkby L32 - smell of cannabis", "L32"),
    ("postcode", "last addr 30 ravenscroft av L21", "L21"),
    ("named-place", "police attended 4 rosebay ct, rock ferry CH42. 2 chn", "rock ferry"),
    ("named-place", "prev addr 3 chapel row newlyn TR18 5HX. nbr says", "newlyn"),
    ("date-of-birth", "yp says b'day is christmas eve but the file has", "christmas eve"),
    ("date-of-birth", "jayden is 10 on 9th april", "9th april"),
    ("named-place", "ward 3 KMH - mum refusing to let baby be discharged", "KMH"),
    ("named-place", "mum dead mardy since she come home from the QMC'. baby on reflux meds.", "QMC"),
    ("named-place", "hosp: treliske. ward: wheal rose (paeds). cons: dr menon", "wheal rose"),
    ("named-place", "case closed 30/04 - passed to EH (locality: south sefton)", "south sefton"),
    ("named-place", "dad waiting in parents rm on ocean ward", "ocean"),
    ("personal-name", "shaz + tel split up (again). tel now at his mams", "shaz"),
    ("personal-name", "dad's new partner - dawn atkinson? she has own CP history", "dawn"),
    ("personal-name", "she disclosed it to her mum. DC lamb leading", "lamb"),
    ("personal-name", "08:02 - hope came in w/ no coat, hungry", "hope"),
    ("personal-name", "x - amber absent again, no call from home", "amber"),
    ("case-number", "reg. no. on ESCR 40-118-223. hosp unit no.", "40-118-223"),
]

QUIET = [
    "Grandad said it was 'looking black over Bill's mother's' and brought the washing in.",
    "'I'll do it dreckly,' the young person said when asked about his room.",
    "The child has a diagnosis of Asperger's and finds changes in routine hard.",
    "A diagnosis of Tourette's and ADHD was made last year.",
    "Maternal Grandfather has Huntington's disease, and the family have been told.",
    "She is working towards her Duke of Edinburgh Bronze Award through school.",
    "The Apgar scores at birth were 8 and 9.",
    "core group - dad dna. mum didnt attend either. dad txted sw after.",
    "moved from the special care baby unit to a parent and baby foster placement.",
    "child said 'nana makes pancakes'. nana = mat gm, lives on the same estate.",
    "scored level 3, stage 2 and step 4; week 3, day 5",
    "DASH = 16, rag = amber, score = high",
    "stepped down to L2 after the review",
    "seen at 2pm; scored 4 on 3/10",
    "he may miss school and will miss lunch",
    "moved on to maternity ward; ward: side room; area: neglect; placement: stable",
    "the children's bedroom after the decorating grant came through",
    "mum + dad were seen; pen & paper were provided",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_both_of_a_couple_and_the_second_mention_are_names() -> None:
    assert found("shaz + tel split up (again). tel now at his mams") == [
        ("personal-name", "shaz"), ("personal-name", "tel"), ("personal-name", "tel")]


def test_a_shorthand_word_after_a_couple_is_no_name() -> None:
    assert found("shaz + kids went to nan's") == [("personal-name", "shaz")]


def test_a_lower_case_name_is_found_wherever_its_passage_writes_it() -> None:
    assert found("sister naila rang. later naila said she would come") == [
        ("personal-name", "naila"), ("personal-name", "naila")]


def test_a_word_name_found_once_stays_a_word_after_a_determiner() -> None:
    assert found("hope said she was sad; there is hope of a return") == [("personal-name", "hope")]
