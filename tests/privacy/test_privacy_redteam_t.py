"""Rules added after reading the blind redteam-t split and the rest of redteam-u (a Cornwall/
Devon-style coast, Cumbria-style uplands, a Black Country borough; hurried lower case): lower-case
words that no list knows, wherever they stand (``lowerunknown.py``), a surname after "mr"/"mrs"
even when it is an English word, double first names in lower case, word-names in brackets after
kin or in a bracketed list with other names, a town between an address and its postcode in lower
case, counties that name hospitals, settings named in brackets after what they are, pubs, and a
date with its year in the field after a name in a pasted row (a date of birth). Each fires where
it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import PrivacyScanner
from scanning import found  # tests/privacy/scanning.py

# lower-case words no list knows, with no cue at all: reported, as a name or a place (the kind
# is the word's shape's guess: many surnames are places too)
REPORTED = [
    ("ics 3318807 - curnow, alfie-james. addr 19 penwith", "curnow"),
    ("plo mtg 3/7/23 - hetherington. letter before proceedings", "hetherington"),
    ("handover to joss trenerry w/c 22/1", "trenerry"),
    ("home visit, brackenrigg. kids seen alone in rooms.", "brackenrigg"),
    ("chron 31/12/22 - mum to a&e treliske, facial inj.", "treliske"),
    ("CLA rev - connor seen at skiddaw. missing x2", "skiddaw"),
]

FIRES = [
    ("personal-name", "pre-birth - lowenna t, 17, CLA. EDD early dec.", "lowenna t"),
    ("named-place", "school: moorswater cp", "moorswater"),
    ("named-place", "the flat is at greenfields, near the shops", "greenfields"),
    # a surname after a title, even an English word; an initial between them
    ("personal-name", "attendees SW, DSL mr hocking (penhallow). outcome - ICPC", "hocking"),
    ("personal-name", "solicitor: mrs k lowther. letter before proceedings issued", "lowther"),
    # double first names, word-names in brackets after kin, and in a list of names
    ("personal-name", "visit 9/2 - farm. jack-henry playing nr quad bike", "jack-henry"),
    ("personal-name", "tm ok to close - summer-rae, attendance good", "summer-rae"),
    ("personal-name", "visits overdue. lily-rose to be seen by fri.", "lily-rose"),
    ("personal-name", "nb - grandad (frank) dob 3/4/1955 - kinship assessment", "frank"),
    ("personal-name", "CP plan - x3 (ruby, alfie, mason). cat: neglect.", "ruby"),
    # places: a town before a postcode, a county's hospital, settings in brackets, pubs
    ("named-place", "moved to 9 pennance rd, lanner tr16 5tf. tenancy start", "lanner"),
    ("named-place", "baby dob 21/11/23 - born cumberland inf, d/c home", "cumberland inf"),
    ("named-place", "a&e, no referral. seagull corner nursery not informed", "seagull corner nursery"),
    ("named-place", "re-ref from school (gelt bridge) re twins late", "gelt bridge"),
    ("named-place", "bruising arms, seen @ priory fields by the GP 19/4", "priory fields"),
    ("named-place", "mum & partner seen @ the rising sun, 10pm. kids home alone", "rising sun"),
    ("named-place", "dad arrested outside fisherman's rest. child w/ nan.", "fisherman's rest"),
    # a date with its year after a name in a pasted row is a birth
    ("date-of-birth", "mosaic ID 5590213 / Kai Turner / 19-07-2013 / CP – emotional", "19-07-2013"),
]

QUIET = [
    # jargon, clippings and bent words that no dictionary has
    "Weight is on the 9th centile; the perinatal team and paeds are involved.",
    "accom found via the foodbank worker; casenote updated, chrono to follow.",
    "the boy was shoutin and draggin his feet all mornin",
    "The grade was overgraded at first; the unredacted report is on file.",
    "Child A was dysregulated at the skatepark after the callout.",
    # typos of English words, and the words of medicine and practice (sample records' text)
    "The SW recieved the referal and the safegaurding plan was updated.",
    "taken to hospital in February with a torn frenulum and bruising to the cheek",
    "labels such as streetwise adultify exploited young people; cellulitis; parentification",
    # titles before words that are no surname, and milliseconds
    "mr and mrs d attended the review",
    "the scan takes 2 ms per record",
    # hyphens, brackets and lists that hold no names
    "may-june review; will-power; rose-gold; follow-up; half-term; mid-may",
    "(mum, dad, nan) attended the core group",
    "school (mainstream), gp (dr), school (year six), placement (foster care), club (boxing)",
    # heads and pubs in ordinary prose
    "the welsh hospital and the playing fields",
    "banged in the head; in the child's head; at mum's head; to have a rest",
    "sent to the team, then CP review 3 weeks later",
    "visit this month; seen / spoken to / plan agreed",
]

# the span is reported, but not as this kind (an event's date in a row without a name)
NOT_OF_KIND = [
    ("date-of-birth", "sw visit / 19-07-2023 / seen alone / Kai Turner", "19-07-2023"),
]


@pytest.mark.parametrize("text, span", REPORTED)
def test_reported(text: str, span: str) -> None:
    assert any(s == span for _, s in found(text)), found(text)


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", NOT_OF_KIND)
def test_not_of_kind(kind: str, text: str, span: str) -> None:
    kinds = {k for k, s in found(text) if s == span}
    assert kinds and kind not in kinds, found(text)


def test_an_unknown_word_glued_to_a_path_an_address_or_a_file_is_left_alone() -> None:
    assert found("see drive/brackenrigg/notes and brackenrigg.docx") == []
    assert [s for _, s in found("home visit, brackenrigg.")] == ["brackenrigg"]


def test_lower_unknown_words_read_the_same_alone_and_in_a_batch() -> None:
    scanner = PrivacyScanner()
    texts = ["ics 3318807 - curnow, see notes", "home visit, brackenrigg.", "the boy was shoutin"]
    assert scanner.scan_many(texts) == [scanner.scan(t) for t in texts]
