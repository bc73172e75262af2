"""Rules read from the blind splits redteam-dd to -dg (measured unread in the fifteenth session),
redteam-dh to -dk and redteam-dl to -do (measured unread in the sixteenth), all read in the
sixteenth. Identifiers: a phone number read out as words ("oh seven seven oh
..."), a police log's hyphenated number a few words after "log no", which of several dates of
birth is right ("The correct one appears to be ..."), names after a word of naming ("her first
name, Biddy,"), "call her", an age ("14yo Amber"), a name in an apposition of kin ("Grace,
Child A's older sister,"), "is a friend", a message's sender ("Sunny txt:"), a word-name
before a bracket of kin with more than one word ("bill (mgm partner)"), service ranks ("LCpl
Vakacegu"), a direct payment's PA ("PA Summer"), a town opening a sentence ("Bracknell is
boring"), a ward by its name ("ward Paddington"), barracks, parkways and crossways, "sq" for
a square, a college named after a county ("south cheshire college"), pubs named by a pair
("the Coach and Horses") and a school named right after its kind ("her school White Spire,
Bletchley"). From the second batch: outward codes alone in more forms ("partner lives in sg2.",
"moved BS23 → TA24", "loc mostly BA20", "living in S63", an address field's last column), a
street called "the hollow", a friend named ("my best friend is Amber"), a greeting in a message
("hi sunny its me"), a name before a school year ("jack - y10 -"), a worker's name in brackets
after the role ("KW (brogan)"), an Irish surname in lower case ("sister o'brien") and a name
given in lower case ("gave name as grace"). What is no identifier: years before "drive" or
"court" ("2004 drink drive"), a reading band ("Level 4 (Orange)"), special guardians' "SG",
a pet named in commas, a city abroad that is also a name ("grandparents in Sofia"), "seen,
drew a picture", the Philomena Protocol's form. From the third batch: an incident's number
before its date ("IR ref 0048310 12/08/2023"), "inc" as a police cue ("inc 54/23/0871", "STORM
inc 0891"), a Home Office reference with no cue ("H1047729"), nine digits in threes after a
word of a number (a Scottish Candidate Number), an outward code in a sentence about an
address, a record's date of birth after "child's as" in the sentence after "dates of birth",
a record's "Town:" field, a town that is a word before "town centre" ("Rugby town centre"), a
police note's person in brackets ("male (mark)"), "mother of princess", a quoted name "as the
family call him", a name before a bracket of kinship care ("bill (kinship carer)") and a
nursery named at a note's start ("nursery Little Acorns Fulwood - "). Quiet: "when its dawn"
(but "hiya its dawn" is Dawn), languages of Nepal ("gurung-speaking"), "rose-scented", cities
abroad that are also names after "in" ("family in Manila"), "Hb 98". The quiet cases are their
near misses. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("phone-number", "vm from aunt: can u ring her on oh seven seven oh oh nine oh oh four one two", "oh seven seven"),
    ("phone-number", "left a message: zero one one three, four nine six, double oh five two.", "zero one one three"),
    ("case-number", "dad rang 101 and gave them the log no from last week 0412-0387", "0412-0387"),
    ("case-number", "crime ref. 4411-23991 given to mum", "4411-23991"),
    ("date-of-birth", "The file holds two dates of birth. The correct one appears to be 03/07/1991.", "03/07/1991"),
    ("date-of-birth", "Her DOB was queried at panel. The right date is 11/01/2009.", "11/01/2009"),
    ("personal-name", "The letter gives the baby's name, Amen, in full.", "Amen"),
    ("personal-name", "Staff use her first name, Biddy, in every entry.", "Biddy"),
    ("personal-name", "his real first name is Ollie and it appears twice", "Ollie"),
    ("personal-name", "the lads call him Tinks at school", "Tinks"),
    ("personal-name", "police: house party, 15yo Amber intoxicated", "Amber"),
    ("personal-name", "faith 14 missing since tea time, mum rang 101", "faith"),
    ("personal-name", "Grace, Child B's older sister (16), does the school run.", "Grace"),
    ("personal-name", "Hope, the supported lodgings provider, keeps a diary.", "Hope"),
    ("personal-name", 'She said "see Summer" on her device. Summer is a friend from her old class.', "Summer"),
    ("personal-name", 'Sunny txt: "got the job!!"', "Sunny"),
    ("personal-name", "bill (mgm partner) drinks but not around the kids", "bill"),
    ("personal-name", "mum says frank (her dad) helps with the lambs", "frank"),
    ("personal-name", "grace (mat gt aunt) came to the meeting", "grace"),
    ("personal-name", "Grace (SL provider) happy to extend", "Grace"),
    ("personal-name", "army welfare confirm LCpl Tuilagi deployed until spring", "Tuilagi"),
    ("personal-name", "DP review: PA Summer doing 12 hrs a week", "Summer"),
    ("named-place", 'He said: "Bracknell is boring, all my mates are elsewhere."', "Bracknell"),
    ("named-place", "mum at the hospital with baby (ward Paddington), sats dropping", "Paddington"),
    ("named-place", "the family moved off Catterick Barracks in the summer", "Catterick Barracks"),
    ("street-address", "seen outside the shop on Phoenix Parkway", "Phoenix Parkway"),
    ("street-address", "joint visit to 16 saxon crossway at 10am", "16 saxon crossway"),
    ("street-address", "yp seen at golden sq with older lads", "golden sq"),
    ("named-place", "wants to do the course at south cheshire college", "south cheshire college"),
    ("named-place", "admitted to west suffolk hosp overnight", "west suffolk hosp"),
    ("named-place", "he wants dad to stop going to the Coach and Horses", "Coach and Horses"),
    ("named-place", "seen outside the fox & hounds at 11pm", "fox & hounds"),
    ("named-place", "MASH: the child's school White Spire, Bletchley, rang", "White Spire"),
    ("postcode", "new baby, no concerns. partner lives in sg2.", "sg2"),
    ("postcode", "YP moved BS23 → TA24 (res hm).", "TA24"),
    ("postcode", "all returned by police. loc mostly BA20.", "BA20"),
    ("postcode", "the family have been living in S63, which", "S63"),
    ("postcode", "620318 / dob 11.02.09 / addr: 22 st johns rd? to confirm / WR2", "WR2"),
    ("street-address", "fam addr per council tax: 44 the hollow, bromsgrove", "44 the hollow"),
    ("personal-name", "I live here now. My best friend is Amber.", "Amber"),
    ("personal-name", "said she was meeting 'a friend called storm'.", "storm"),
    ("personal-name", "txt to yp: hi sunny its me from the team", "sunny"),
    ("personal-name", "jack - y10 - excluded for vaping", "jack"),
    ("personal-name", "TCF mtg. KW (brogan) rptd YP vaping more", "brogan"),
    ("personal-name", "nurse in charge: sister o'brien, via switchboard", "o'brien"),
    ("personal-name", "ED: pt gave name as grace. mum called.", "grace"),
    ("case-number", "IR ref 0051274 14/09/2023 20:10 - YP A and YP B argued", "0051274"),
    ("case-number", "carers rang, police attended inc 61/24/0552. calmer now", "61/24/0552"),
    ("case-number", "STORM inc 0774 - disturbance reported", "0774"),
    ("case-number", "The Home Office reference belongs in the restricted field. At present K2049371 appears in two "
     "notes.", "K2049371"),
    ("case-number", "pasted: Pupil: Child A | SCN 173 118 604 | Stage S2", "173 118 604"),
    ("postcode", 'The address is recorded only as "KY6, with Nan", and no one has visited.', "KY6"),
    ("date-of-birth", "The file has two dates of birth. The panel summary gives the older child's as 04/03/2013 "
     "while the review records 3 April 2013.", "04/03/2013"),
    ("date-of-birth", "The file has two dates of birth. The panel summary gives the older child's as 04/03/2013 "
     "while the review records 3 April 2013.", "3 April 2013"),
    ("named-place", "LCS fields: Primary address: withheld | Town: Bedworth | Postcode: withheld", "Bedworth"),
    ("named-place", "YP arrested shoplifting, Rugby town centre, released", "Rugby"),
    ("personal-name", "disturbance reported. male (mark) removed, female (shannon) stayed", "mark"),
    ("personal-name", "vm: hello its maria mother of princess, cannot come today", "princess"),
    ("personal-name", 'One name is not enough. "Sunny", as the family call him, is on the register.', "Sunny"),
    ("personal-name", "msg left for bill (kinship carer) re allowance", "bill"),
    ("named-place", "nursery Little Acorns Fulwood - child came in hungry", "Little Acorns Fulwood"),
    ("personal-name", "txt from mum: 'hiya its dawn, at the hospital with her'", "dawn"),
]

QUIET = [
    "we said oh well, one or two of them will do",
    "counted zero one two three four five six seven eight nine ten eleven with Child A",
    "the log covers 2019-2020 and the review 0900-1700 daily",
    "Name: Child A. Date of birth and address were checked.",
    "name, DOB and address were checked at the front door",
    "can you call her back on Monday",
    "a 15 year old male was seen with Child A",
    "Mum txt: running late",
    "Hope, the family's main aim, is to stay together.",
    "the will (her dad) left was read at the meeting",
    "spoke to the ward Sister; the ward Manager agreed",
    "Chester was not named in the report.",
    "the room is 12 sq m and the garden nine sq ft",
    "she is at college in the south and the local college is good",
    "drew a picture of the sun and moon",
    "her school Christmas play went well; his school PE kit was found.",
    "PA support agreed for 10 hrs; salary 30k pa",
    "living in S47 accommodation; stepped down from L2 to L3",
    "police pnc check: mgf - 1998 ABH, 2004 drink drive. nil since.",
    "SGO granted 2021, family court. Carers: mgm",
    "already reading at Level 4 (Orange). says he misses dad.",
    "text from SG (mgm): he caught his first fish",
    "the best thing is the dog, Bailey, and the worst is the wifi",
    "the older child will stay with grandparents in Sofia over the summer",
    "child (7) seen, drew pic of contact house",
    "staff to update the Philomena form.",
    "Dear young person, thank you for talking to me.",
    'sms from respite carer - "hi will he be staying over?"',
    "3 hrs a night max. asked re melatonin",
    "meet at 9 o'clock; the carer (respite) said",
    "he goes to sleep \"when its dawn\". discussed routines",
    "gran speaks gurung only - try to book a gurung-speaking interp",
    "rose-scented air freshener everywhere",
    "money sent to family in Manila each month",
    "iron started, Hb 98. GTT normal.",
    "yp interviewed as suspect (PWITS); suspect (ex-partner) left",
    "the score was 120 340 560 points; it costs £120 340 000",
    "we need to address the B12 deficiency",
    "he plays Rugby town league on Sundays",
    "the plan (AB1234567) was signed; the form code M4471903 is printed on it",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


def test_a_date_after_a_sentence_on_births_is_an_event_unless_called_the_right_one() -> None:
    assert found("DOB checked. The visit on 02/09/2023 went well.") == [("exact-date", "02/09/2023")]
    assert found("The DOB was checked. The correct one is 02/09/2019.") == [("date-of-birth", "02/09/2019")]
