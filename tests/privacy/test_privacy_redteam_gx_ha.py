"""Rules read from redteam-gx to -ha (twenty-fifth session), after their first, blind run at
74a1b3b (the gp-gv splits in the corpus, both classifiers retrained): names 98.4%, places 98.2%,
dates of birth 198 of 206 (96.1%), postcodes 74 of 75, case numbers 147 of 147, 7 of 484 clean
passages flagged. Read in full the same session. All text invented.
"""
from __future__ import annotations

import pytest

from scanning import found


@pytest.mark.parametrize(("text", "value"), [
    # a spoken month by its figure; a day in words with no "of"
    ("mum gave her dob as 12th of the 8th 2019 but couldn't give an address", "12th of the 8th 2019"),
    ("SCRA notification: child, DOB thirtieth April 2008, referred on offence ground", "thirtieth April 2008"),
    # a birth word a table's cells away; a table's age cell; the youngest of a list by ages
    ("chron: 11/01/2024 | health | baby ellie-rose born at 36+2", "11/01/2024"),
    ("- Tiegan Wallace | 8 | 30/07/2015 | grandchild", "30/07/2015"),
    ("Tanvir 17 | Sadia 14 | Nabil 9 | Arafat 6 | Inaya 05/12/2022. all at one flat", "05/12/2022"),
    # a pasted field joined to its name; "born" after a comma and another date; ", the youngest"
    ("mosaic pasted: ChildID=1847720; ChildDOB=2016-02-29; Placement=PF", "2016-02-29"),
    ("the pre-birth assessment for baby Aurora (due 12 April 2024, born 3 April 2024) was late", "3 April 2024"),
    ("the opening paragraph: the eldest born 25 October 2011, the youngest 9 June 2019.", "9 June 2019"),
])
def test_births(text: str, value: str) -> None:
    assert any(value in v for k, v in found(text) if k == "date-of-birth")


@pytest.mark.parametrize(("text", "date"), [
    ("visits 3, review 05/12/2022 then a gap", "05/12/2022"),
    ("chron 3.3.23 hv - new birth visit baby seen", "3.3.23"),
    ("the first May 2024 visit was missed", "the first May 2024"),
])
def test_events_stay_events(text: str, date: str) -> None:
    assert ("exact-date", date) in found(text)


@pytest.mark.parametrize("text", ["the first May bank holiday", "her second March visit"])
def test_ordinal_month_without_year_is_no_date(text: str) -> None:
    assert found(text) == []


def test_address_given_as_an_outward_code() -> None:
    assert ("postcode", "ka8") in found("mr gibson's addr given as 'ka8' only. reporter ref")


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("What is working well: Summer has now lived with her great-aunt for two years", "personal-name", "Summer"),
    ("Child's voice: Sunny (that is what he likes to be called) said the best bit", "personal-name", "Sunny"),
    ("msg from yp: 'can i see frank tmrw instead'", "personal-name", "frank"),
    ("home visit. jack + will seen, will v quiet. mum says", "personal-name", "will"),
    ("hv entry: NBV grace, dob 29/08/22, wt 3.6kg.", "personal-name", "grace"),
    ("mum (faith o.) fine, dad not present", "personal-name", "faith"),
    ("pol: missing ref - destiny found on the high st 02:15", "personal-name", "destiny"),
    ("school - grace 61% attendance. referral logged", "personal-name", "grace"),
    ("nan june is the protective one", "personal-name", "june"),
    ("chron: ED attendance, Summer 14mths, scald to arm.", "personal-name", "Summer"),
    ("Chester Family Court - Wirral BC v Hennessy & anr - re the children", "personal-name", "Hennessy"),
    ("RCPC list, room 2, 10:00 - WILDE x3: the children", "personal-name", "WILDE"),
    ("ill be at the mcdonalds on borough road tomorrow", "named-place", "borough road"),
    ("chron: ED attendance Whipps, scald to arm", "named-place", "Whipps"),
])
def test_read_in_full(text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("hv: 12m review, at the 12 month mark wt 8.9kg", "personal-name"),
    ("likes Peppa + Bluey, reading Oi Frog", "personal-name"),
    ("Dad rose at dawn to walk the children to school", "personal-name"),
    ("She drew a rainbow, a rowan tree and a heart", "personal-name"),
    ("Dad is on the Sex Offenders Register and managed under MAPPA", "named-place"),
    ("In Dumfries and Galloway the kinship allowance is paid at the fostering rate", "personal-name"),
    ("escalated to the Newham housing options mgr.", "named-place"),
    ("disruption: CAWN x2 served. DNA x3.", "personal-name"),
    ("Summer born, the child started Reception young", "personal-name"),
    ("no gorja in my trailer'. chavvies not at school since oct.", "personal-name"),
    ("get on with road safety work", "named-place"),
    ("he is not in school today", "personal-name"),
])
def test_read_in_full_quiet(text: str, kind: str) -> None:
    assert [v for k, v in found(text) if k == kind] == []


def test_whipps_cross_stays_whole() -> None:
    assert ("named-place", "Whipps Cross") in found("the discharge summary from Whipps Cross was late")


def test_surname_brandy_is_a_surname() -> None:
    # "Hennessy" is an Irish surname far more often than a drink in these notes; drinking reads the drink
    assert ("personal-name", "Hennessy") in found("LA solicitor Ms Hennessy attended")
    assert [v for k, v in found("dad drinking Hennessy again") if k == "personal-name"] == []


def test_paternal_before_a_birth_is_no_name() -> None:
    # "(pat, dob ...)": paternal, not a Pat, though a birth follows the word
    assert ("personal-name", "pat") not in found("gran-gran = esme (pat, dob 14/07/1949). esme lives nearby")
