"""Rules added after reading the blind redteam-ad split (an outer London borough, a
Leicester/Coventry-style city, North Wales and the borders), measured once blind at the end of
the seventh session: an outward code in any case right after an address or a place, a CRIS
crime number, a name in brackets after a clipped role and before a comma ("tm (jas, 07700
...)"), lower-case initials in brackets after "yp", a hospital by its initials after a word of
birth or care; and what is none: regions and nations, a RAG rating in brackets, a health
board, an allowance, black mold, a subject teacher ("dt said"), a word of a faith, a verb in a
child's quoted words, a topic "being" done, a nationality in brackets. Each fires where it
should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("postcode", "home visit 16:30 - 58 cannon hill rd cv4. kids eating chips", "cv4"),
    ("case-number", "dash to be done. CRIS 3019876/24.", "3019876/24"),
    ("personal-name", "yos wkr (kaz, 07700 900 431) rang re the plan", "kaz"),
    ("personal-name", "yp (js) seen w/ known nominal in the park", "js"),
    ("named-place", "19.07.2019 - born at UHCW. 2 days later discharged", "UHCW"),
    ("named-place", "cp medical arranged lri childrens ed 4pm.", "lri"),
    ("named-place", "yp (AB) taken to a&e at qeh x6 in 3 mths", "qeh"),
    ("personal-name", "mum says grace is 'doing my head in' - she wants", "grace"),
    ("personal-name", "fgc 3/5 - attended: nain, taid, anti mair, mum", "mair"),
    ("personal-name", "contact w/ siblings - kacper + zuza at carers", "zuza"),
    ("personal-name", "dt off sick. sion upset as he'd made a poster", "sion"),
    ("named-place", "dad takes kids to sunday school at masjid al-noor nr the park", "masjid al-noor"),
]

QUIET = [
    "concerns related to county lines activity between the West Midlands and North Wales.",
    "Grade: Requires Improvement (Amber). Practice standards met: 1, 2 and 4.",
    "worked closely with the cardiac nurse from the Betsi Cadwaladr health board",
    "Her Setting Up Home allowance of £2,000 has been agreed.",
    "heating off, mum says meter run out. black mold in bathroom",
    "welsh medium pep - dt said yp is 'bendigedig' in class",
    "mum says the sangat 'are our family here'",
    "yp said dad used to 'jack him up against the wall' when drunk",
    "yp upset re sky being cut off at carers",
    "dad (somali-dutch, came via the netherlands) agreed to the plan",
    "last seen in town w/ older lads; taken to nan's; was born at home",
    "mum says will is hard to manage; she said summer is the worst time",
    "DA - DASH 17/24 HIGH. perp is mum's ex.",
    "goes to the gurdwara every week; the mandir is important to nan; madrassa classes at the mosque",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
