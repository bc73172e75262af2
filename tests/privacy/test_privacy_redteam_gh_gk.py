"""Rules read from redteam-gh to -gk (twenty-fourth session), after their first, blind run at
8950a2a: names 97.6%, places 97.3%, postcodes 59 of 66 (89.4%), dates of birth 201 of 207 (97.1%),
case numbers 153 of 154, 12 of 480 clean passages flagged (gi 8.3%). All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "kind", "value"), [
    # outward codes after a place and a doubt or a dash, where someone is staying, going back to;
    # a postcode whose inward code the writer did not know
    ('neighbour said family have "done a flit" to hartlepool, poss ts24? kids not in school', "postcode", "ts24"),
    ("refuge (addr withheld) -> 41 gainford rd, stockton -> now sofa surfing TS17", "postcode", "TS17"),
    ("DASH 21. v moved to redcar - ts10.", "postcode", "ts10"),
    ("moving on to appleby for the fair then back to dl14.", "postcode", "dl14"),
    ("with 'the brothers'. no address given. ME15 9?", "postcode", "ME15 9"),
    ("Aaliyah (tracheostomy) going home to b69. CCN team to do 2 nights/wk.", "postcode", "b69"),
    ("action: re-send UPN + LA no. LA 807 4488 to virtual school", "case-number", "LA 807 4488"),
    # births: a lower-case surname before a bracketed date years past; a household by roles;
    # an inline numbered list with a birth's word in one item; a claimed age
    ("police notif: VP/23/118842 - subject jacob hind (12.04.2009) - DA at 27 grey st", "date-of-birth", "12.04.2009"),
    ("household:\nmum - Claire Fenton - 11/10/1990\nchild 1 - Ellis - 02/05/2012\nchild 2 - Poppy - 23/09/2015",
     "date-of-birth", "02/05/2012"),
    ("siblings: 1. Kacper N. 14/02/2011 2. Zuzia d.o.b. 9.9.14 3. Antoni 30/01/2019 - all same address",
     "date-of-birth", "30/01/2019"),
    ("Mustafa says he is 15; the documents he brought from Italy give 14/03/2006 and an assessment",
     "date-of-birth", "14/03/2006"),
])
def test_structured(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("seen kai today (12.04.2024) at home, all well", "date-of-birth"),
    ("scored 12 9? times in the quiz", "postcode"),
    ("took vitamin b12 daily", "postcode"),
])
def test_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("MARAC info share: Sunny (M, 22) - perp. prev lived in the town", "personal-name", "Sunny"),
    ("visit 08/03/24 - storm 15 in bed at 2pm, no school.", "personal-name", "storm"),
    ("supervision note: disc will's presentation - withdrawn, not eating", "personal-name", "will"),
    ("16/02 - hope returned from foster placement to mums", "personal-name", "hope"),
    ("missing ep #7 - hope reported missing by carer 22:30", "personal-name", "hope"),
    ("chronol. entry 01/09/2023 - faith starts yr7 at the high school", "personal-name", "faith"),
    ("Child's voice: Bill (he prefers this to his given name) says", "personal-name", "Bill"),
    ("'hi its the interpreter, the boy zabi called me directly'", "personal-name", "zabi"),
    ("sibling list: tyler 22/10/08, kacey 15/05/11, baby nova tbc (dob not on file)", "personal-name", "nova"),
    ("health - rha by lac nurse holly @ the yp's placement.", "personal-name", "holly"),
    ("yp's friend 'shaggy' (real name unknown) keeps coming to school gate.", "personal-name", "shaggy"),
    ("completed by the LAC nurse, Joy Mensah, on 18 May 2023. Joy recorded that his weight", "personal-name", "Joy"),
    ("Rose was removed under police protection on Christmas Eve.", "personal-name", "Rose"),
    ("present: Chair (A. Munro), SW (Heather), HV", "personal-name", "A. Munro"),
    ("sup notes (6/4): Dawn raised worry re workload, 22 cases.", "personal-name", "Dawn"),
    ("can someone cover Eilidh's visit to the Smiths in Whitburn at 2", "personal-name", "Smiths"),
    ("school call: dsl at rye hills - jacob came in same clothes 4 days", "named-place", "rye hills"),
    ("staying at a hotel in crosby with mum", "named-place", "crosby"),
    ("yp told fc 'my friend from the hotel in ashford send me money'", "named-place", "ashford"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("It covers ESOL (he is working at Entry Level 3), his wish to train", "named-place"),
    ("It referred to the Merton principles, the young person's presentation", "named-place"),
    ("said he was at the mosque then the shisha place.", "personal-name"),
    ("dob discrepancy - liberi v health record v HO. 3 diff dates", "personal-name"),
    ("HO CID note pasted: 'Subject claims to be 17. Nat: VNM. No docs.", "personal-name"),
    ("txt from yp 19:02 'sir can i stay at my frend house sat night'", "named-place"),
    ("The receiving team in West Lothian only learned of this from the school.", "personal-name"),
    ("a visit to the days centre", "personal-name"),
    ("the site visit considered the dogs, the vans, the generator", "personal-name"),
    ("the child's faith (she is a practising Jehovah's Witness) is respected", "personal-name"),
    ("There is no mention of the unexplained mark reported by the school", "personal-name"),
    ("hope returned as the plan settled", "personal-name"),
    ("the worker (Happy) said", "personal-name"),
    ("spoke to the wigan send team", "named-place"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_spoke_to_a_surname_is_a_person() -> None:
    assert ("personal-name", "barlow") in found("spoke to barlow today")
