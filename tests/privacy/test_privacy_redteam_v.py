"""Rules added after reading the blind redteam-v split (a Norfolk/Suffolk-style coast, a
Bristol-style city, a Teesside-style borough; hurried lower case, names that are English words):
lower-case word-names shown to be people by what follows or precedes them (``wordnames.py``),
names after a role's colon, in a role's brackets or after a police rank, quoted nicknames in
lower case, hospitals known by initials ending in H, centres and mews, a generic word cut short
before a head ("fam hub"), pubs by one name, wards named in a field, lower-case lanes, an
email in quotes, an early-help reference, a season's name with an age, and McDonald's as a shop
rather than a surname. Each fires where it should and stays quiet where it should not. All
text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import PrivacyScanner
from scanning import found  # tests/privacy/scanning.py

FIRES = [
    # word-names in lower case, shown by what follows or by a verb of seeing before
    ("personal-name", "cg 5/9 - grace attended 1st part.", "grace"),
    ("personal-name", "hv visit - will seen in cot, cheerful.", "will"),
    ("personal-name", "new beds from the project. hope chose pink duvet.", "hope"),
    ("personal-name", "kids settled, grace asleep, hope doing hwk", "hope"),
    ("personal-name", "contact stopped after 10 mins. willow upset.", "willow"),
    ("personal-name", "missing from home - river last seen 1930 nr the park", "river"),
    ("personal-name", "Learning: rose's disclosure to the dinner lady was not passed on", "rose"),
    ("personal-name", "kids anxious. will + bill (twins) played lego", "bill"),
    ("personal-name", "sch visit - seen river in 1:1 room. said she was ok", "river"),
    ("personal-name", "Lived experience of the child: grace spends most evenings at nan's", "grace"),
    ("personal-name", "in the front room. Summer (aged 3) has a nappy rash", "Summer"),
    # names after a role's colon or in its brackets, and after a police rank
    ("personal-name", "EH agreed at review. eh wkr: dawn", "dawn"),
    ("personal-name", "supervisor: deb. contact to resume", "deb"),
    ("personal-name", "youth club most evenings. worker (jez) says yp ok", "jez"),
    ("personal-name", "mtg via interpreter (maria) - she is happy at sch", "maria"),
    ("personal-name", "pc alder - dv notif, mum vs partner", "alder"),
    ("personal-name", "ABE 18/7 - ds wright, intermediary present", "wright"),
    # nicknames in quotes
    ("personal-name", "call from police - yp 'deano' arrested w/ 2 others", "deano"),
    ("personal-name", "kids sleeping on sofa. dad's gf 'kelz' present", "kelz"),
    ("personal-name", "yp named 'uncle tel' as the perpetrator", "uncle tel"),
    ("personal-name", "yp disclosed that 'big mick' owes money to some lads", "big mick"),
    ("personal-name", "kai told his teacher that 'gaz' had hit him with a belt", "gaz"),
    # places
    ("named-place", "Case summary: Child E was born at the NNUH at 33 weeks", "NNUH"),
    ("named-place", "pead dr amin (jch) to review", "jch"),
    ("named-place", "mum attending clinic @ jcuh. booking bloods done", "jcuh"),
    ("named-place", "next mtg 9/5 @ caister fam hub", "caister fam hub"),
    ("named-place", "fgc booked @ the dene community centre. coord: tbc", "dene community centre"),
    ("named-place", "lives in semi-indep at abbey mews", "abbey mews"),
    ("named-place", "mum rang out of hrs from the feathers car park", "feathers"),
    ("named-place", "NHS: 5432319489   Ward: Stork, Southmead", "Stork"),
    ("street-address", "gp (dr lau @ marsh ln) to review meds", "marsh ln"),
    ("named-place", "Kieran seen at McDonald's, Four Lane Ends. chatty.", "McDonald"),
    # structured: an email in quotes, an early-help reference
    ("email", "To: 'sinead.w@example.net'\nCc: duty", "sinead.w@example.net"),
    ("case-number", "Mosaic: 3308172 / EH: 88-2217 / Police: 36/22931/23", "EH: 88-2217"),
    # added in the eighth session, from the same split
    ("personal-name", "supervised contact, dad + pgm attended. storm v excited, ran to dad.", "storm"),
    ("personal-name", "Lived experience: will is a quiet lad who loves fishing", "will"),
    ("personal-name", "ph w/ the dsl - dawn came in crying, said mum kicked her", "dawn"),
    ("personal-name", "college (safeguarding lead gav) re yp sofa surfing", "gav"),
    ("personal-name", "cp conf - plan: neglect. jb (chair), iro n/a.", "jb"),
    ("personal-name", "visit - dad says 'storm and sky are at their nan's in town'", "sky"),
    ("street-address", "visit to gran's, 8 the spinney, dereham - kids settled", "8 the spinney"),
    ("personal-name", "The note is identical, down to 'zainab was watching TV in her pyjamas'.", "zainab"),
    ("personal-name", "The danger statement names Dad ('Ash') and the specific harm", "Ash"),
]

QUIET = [
    # word-names as words
    "hope remains; will attend; the summer went well; faith plays a big part; will be seen",
    "there is hope seen in mum; we have seen hope in her; summer (2023) was hard",
    "the sky was grey, storm came in; the mark seen on his arm",
    "In June (7), July (4) and Summer (2023) the visits were on time.",
    # roles and ranks before words that are no names
    "on his pc now; the sw: visit done; sw (duty) rang; supervisor: agreed; chair: iro",
    "worker (ews); tm: nfa; pc attended; ds informed; the pc and tablet",
    "Voice of the Child: strong; Lived Experience: adequate",
    # quotes that are the child's words
    "yp says school is 'sound' and mum 'mardy'; she was 'proper scared'; 'innit' he said",
    "the child (10) describes home as \"shouty\"; behaviour described as \"dysregulated\"",
    # initials and units that are no hospitals
    "referred to MASH; DASH at 14; SEMH needs; in (SEMH) provision; five weeks in NICU",
    "we went to bath; (with) (each); the family centre and the community centre",
    # a chain, not a surname
    "mum brought McDonald's, hugged kids. child B cried",
    "EH for 12 weeks from 2024; EH 2024 review",
    "at 8 the kids were in bed; hope is a big theme for the child.",
    "the storm came in at dawn; the rain and snow are bad, he says",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_surname_with_a_first_name_before_mcdonalds_is_still_a_name() -> None:
    assert ("personal-name", "Ryan McDonald") in found("Ryan McDonald's mum rang the duty line")
    assert ("personal-name", "McDonald") in found("Mr McDonald's car was outside")


def test_word_names_and_nicknames_read_the_same_alone_and_in_a_batch() -> None:
    scanner = PrivacyScanner()
    texts = ["hv visit - will seen in cot", "yp 'deano' arrested", "supervisor: deb", "born at the NNUH"]
    assert scanner.scan_many(texts) == [scanner.scan(t) for t in texts]


def test_a_name_before_two_heads_is_read_whole_alone_and_in_a_batch() -> None:
    """Heads are read in a set's order, which differs between one text and a batch; the
    longest span must win either way."""
    scanner = PrivacyScanner()
    text = "contact w/ mum tues & thurs at the beacon park cc"
    others = ["seen at the park", "cc: duty team", "at sandgate prim", "the house was cold"]
    assert ("named-place", "beacon park cc") in found(text)
    for batch in ([text] + others, others + [text]):
        assert scanner.scan_many(batch) == [scanner.scan(t) for t in batch]
