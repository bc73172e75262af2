"""Rules added after the blind redteam-s and redteam-u splits (a North East seaside town, an
East Midlands coalfield county, a Kent/Sussex-style county, a Merseyside-style borough and
fenland villages, written mostly in hurried lower case): towns in lower case wherever they
stand, lower-case names of local places before a head word written in full or cut short
("sandgate prim", "puffin ward", "cherry tree hse"), saints' names, prisons after "HMP",
references of a system's letters, a year and a serial ("MASH-24-01883"), youth-court numbers
with a short serial, police logs of three groups, dates of birth recorded twice or given as a
birthday ("turns 21 on"), and word-names shown to be people by a bracket ("Grace (age 11)"), a
word of kin ("uncle bill 'shouts'") or a name they are joined to ("Ruby + Noah"). Each
fires where it should and stays quiet where it should not. All text is invented."""
from __future__ import annotations

import pytest

from generator.privacy import PrivacyScanner
from scanning import found  # tests/privacy/scanning.py

FIRES = [
    # towns in lower case, with or without a word of place before them
    ("named-place", "ali lives w/ dad at 44 derby rd, bootle L20 8LQ.", "bootle"),
    ("named-place", "tenancy: Flat 3, 7 Marine Pde, folkestone CT20 1PX.", "folkestone"),
    ("named-place", "MARAC 20/04/23, skegness. refuge space found.", "skegness"),
    ("named-place", "Eden – 'i like my new room at nan's in croxteth'", "croxteth"),
    # lower-case names before a place's head word, in full or cut short
    ("named-place", "dsl sandgate prim (mrs patel) emailed.", "sandgate prim"),
    ("named-place", "IHA booked lordswood cdc 21/3/24 10am.", "lordswood cdc"),
    ("named-place", "GP ref kingsgrove surg (dr mehta) 1/8/23.", "kingsgrove surg"),
    ("named-place", "ABE at the suite, CP medical puffin ward 4pm", "puffin ward"),
    ("named-place", "placed cherry tree house (res). review due.", "cherry tree house"),
    ("named-place", "suspended pending LADO, cherry tree hse. SW aware.", "cherry tree hse"),
    ("named-place", "photos from pinewood church added to the life story book", "pinewood church"),
    ("named-place", "mtg kelsworth youth hub 15/3 with the YJS worker", "kelsworth youth hub"),
    ("named-place", "school (holy spirit rc) to do ELSA sessions", "holy spirit rc"),
    ("named-place", "found 0400 on gullrock bay by police", "gullrock bay"),
    ("named-place", "PEP: DT mr okafor, st aidans. target: reading age.", "st aidans"),
    ("named-place", "letter sent to dad c/o hmp elmley. solicitor copied in", "hmp elmley"),
    # references a case system, a court or the police wrote
    ("case-number", "MASH MASH-24-01883: ref from A&E re the baby", "MASH-24-01883"),
    ("case-number", "LADO LADO/2024/0077: allegation v staff member", "LADO/2024/0077"),
    ("case-number", "police PPN 24/00718 re the argument at home", "PPN 24/00718"),
    ("case-number", "arrested for bike theft. RUI. youth ct LV23Y0417", "LV23Y0417"),
    ("case-number", "breach of NMO. pol informed, log 0151-080224-0337", "0151-080224-0337"),
    # dates of birth recorded twice, or a date a birth follows in a chronology's row
    ("date-of-birth", "dob 14th june 2011 per passport; 14/06/2010 per HO. age dispute", "14/06/2010"),
    ("date-of-birth", "DOB 12/08/2016 (birth cert). CIN plan says 21/08/2016 - amend", "21/08/2016"),
    ("date-of-birth", "chronology | 15/05/2019 | baby born at the general hospital", "15/05/2019"),
    ("date-of-birth", "The care leaver turns 21 on 14/11/2003; his PA has written.", "14/11/2003"),
    # word-names shown to be people by a bracket, a word of kin or a name they are joined to
    ("personal-name", "Child's voice is strong. Grace (age 11) wrote a letter.", "Grace"),
    ("personal-name", "named people: Grace (maternal aunt) for after school", "Grace"),
    ("personal-name", "case note: Bill (William Raines) refusing school", "Bill"),
    ("personal-name", "tc auntie grace (01632 960518) – can have the boys", "grace"),
    ("personal-name", "will said uncle bill 'shouts at mum'.", "bill"),
    ("personal-name", "Ruby + Noah: MARAC in June, IDVA allocated.", "Ruby"),
    ("personal-name", "mia & bobby: core grp at the family hub", "bobby"),
]

QUIET = [
    "The boy was supported to care for his kesh and wear his kara.",
    "Summary: family of five living on a hill farm in the north of the county.",
    "The party at the grandparents' house was where the incident happened.",
    "SDQ 22 (high). Says she 'hates' school.",
    "The audit found reflective supervision and good frontline practice.",
    "Mum attends the family hub and a local youth hub on Fridays.",
    "The hearing was listed at the crown court in the spring.",
    "GCSE 2023/2024 results were better than predicted.",
    "the children's ward and the day nursery were both contacted",
    "seen at home; the health visitor weighed the baby at the clinic",
    "Sunday school and the church hall were safe places for him",
    "Mum & Dad attended the core group; SW & TM agreed the plan.",
    "The summer (aged 2 months) was hard for the family.",
    "uncle will collect her from school on Fridays",
]


# the span is reported, but not as this kind (the date of an event, not a birth; a phone)
NOT_OF_KIND = [
    ("case-number", "Dad can be reached on 0151-496-0488 after work.", "0151-496-0488"),
    ("date-of-birth", "dob 01/02/2015 on file. ICPC 03/04/2024 held, CP plan agreed.", "03/04/2024"),
    ("date-of-birth", "DOB 12/08/2016. Seen again on 21/09/2016 at the clinic.", "21/09/2016"),
]


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


def test_a_birth_date_recorded_twice_is_found_alone_and_in_a_batch() -> None:
    """The second date depends on the first: scan_many must read it the same way as scan."""
    scanner = PrivacyScanner()
    texts = ["DOB 12/08/2016 (birth cert). CIN plan says 21/08/2016.", "Seen on 21/08/2016 at home."]
    assert scanner.scan_many(texts) == [scanner.scan(t) for t in texts]
    assert [f.kind for f in scanner.scan(texts[1])] == ["exact-date"]
