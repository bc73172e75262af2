"""Rules read from the blind splits redteam-dq (Bristol adoption and fostering) and redteam-dr
(Merseyside MASH and MARAC), seventeenth session, after both were measured unread:

- given names that only a large dictionary holds as words ("donna", "jean", "ruth") are names in
  lower case, as the wider lists' names are; "our" before a given name is the north's ("our shaz");
- a caller naming themselves ("it's Debs from ..."), a message's sign-off ("... jade x"), a
  nickname in quotes with its person ('w/ "Skinny J"'), a person told something ("tell summer her
  ..."), a name glossed in brackets ("sunny (p, real name ...)");
- a capitalised season or word-name before what befalls a person ("Summer had her first ...");
- a modal that names someone found ("Grace + Will ... will had"), a short pet name joined to a
  name ("Jean and Col");
- a day and month before a time ("14/11 08:50"), or due by ("re-score by 01/03"); an ordinal day
  booked for ("rebooked for the 21st") or before a closing quote;
- a hospital in lower case after booked, medical or paed ("medical alder hey"); a gazetteer's
  place after "visit"; a generic word inside a surgery's name ("princes park health centre");
  a street in lower case with its full word after a word of where ("on lodge lane");
- an authority's MARAC is no place ("the Sefton MARAC"), "the high st" is every town's,
  "Faith in Families" passes, and a phone contact saved as English words is no name.

And from the open splits' misses read with them (redteam-dd to redteam-dp): a name's "'s" with its
apostrophe dropped ("kyles back"), a hospital by its first word in a health note ("born at
lister", "medical at QA"), police intelligence's quoted nominals, "will" naming someone ("will is
17", "Will has had the same worker"), "Summer's my best mate", a name found capitalised then
written in lower case before a person's verb ("Bill ... bill cooking"), a place joined by
"between ... and" to one found; and quiet: Scots "nae", "bf", shouted police words ("IN COMPANY
OF"), a growth measure's centile ("wt on 9th"), a clinic's review in months ("review 6/12"),
a county shortened ("West Northants MASH"), "YouTuber", "PAC-UK" and "Adoption UK".

All text invented; every rule has text that fires and text that does not.
"""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "rang donna back re the contact rota", "donna"),
    ("personal-name", "letter from jean + kids, all well", "jean"),
    ("personal-name", "nan says our tash has been kicked out again", "tash"),
    ("personal-name", "vm: \"hi it's Jules from Oakfield nursery, ringing about the pick up\"", "Jules"),
    ("personal-name", "sms: \"at me nans, dont come round. kayleigh x\"", "kayleigh"),
    ("personal-name", "seen at the shops w/ \"Big T\" and two others", "Big T"),
    ("personal-name", "txt from bm: \"tell autumn her nan says hi\"", "autumn"),
    ("personal-name", "late call: tyler (p, real name tyrone) at the door", "tyler"),
    ("personal-name", "carer log: \"Summer had her hair cut today and loved it\"", "Summer"),
    ("personal-name", "took Hope + Will swimming. will had a tantrum after.", "will"),
    ("personal-name", "She wants to stay with Irene and Tel for good.", "Tel"),
    ("exact-date", "nursery log: 12/11 09:15 child arrived with a mark", "12/11"),
    ("exact-date", "actions: DASH re-score by 02/04, refer to IDVA", "02/04"),
    ("exact-date", "dentist cancelled, rebooked for the 14th. carer to take", "14th"),
    ("exact-date", "text from mum: \"she's 9 on the 22nd\"", "22nd"),
    ("named-place", "strat: cp medical alder hey 11am, sw to attend", "alder hey"),
    ("named-place", "unannounced visit tower hill, no one home", "tower hill"),
    ("named-place", "gp princes park health centre aware", "princes park health centre"),
    ("named-place", "she won't walk down lodge lane any more", "lodge lane"),
    ("personal-name", "txt: \"tylers back, hes in a state\"", "tylers"),
    ("named-place", "hv: baby born 02/03 at lister, 3.4kg", "lister"),
    ("named-place", "agreed s47, CP medical at QA 14:00", "QA"),
    ("personal-name", "linked nominals: 'moth', 'tinks' and an older male", "moth"),
    ("personal-name", "linked nominals: 'moth', 'tinks' and an older male", "tinks"),
    ("personal-name", "she said she was at a mate's - will is 16, known to YOS", "will"),
    ("personal-name", "What is working well: Will has had the same IRO for two years.", "Will"),
    ("personal-name", "Child's voice: \"Summer's my best mate, she gets me\"", "Summer"),
    ("personal-name", "SGs Irene & Bill. bill cooking tea when I arrived", "bill"),
    ("named-place", "the family's moves between Priddy and Cheddar", "Cheddar"),
]

# found, but not this word: a word after a name found is not always the name again
NOT_FOUND = [
    ("Hope attended. There is hope going forward.", "hope"),
    ("Worries: Mum's will was written when she was diagnosed.", "will"),
]

QUIET = [
    "The flat was miles from school, so attendance dropped.",
    "Child's voice: \"it's miles from me mates\"",
    "put the telly on and had a victoria sponge",
    "her will was read last year",
    "it will be ok, the plan will be reviewed",
    "scored 3/10 by 4/10 on the scaling question",
    "for the 2nd time this month",
    "down memory lane, and back on the main road",
    "stuck in the bus lane",
    "last seen on the high st 20:00 with older lad",
    "The Sefton MARAC minutes show good attendance.",
    "A Faith in Families event is planned to widen the pool of adopters.",
    "sender saved in mums phone as \"dont answer\"",
    "worked with \"Signs of Safety\" throughout",
    "Smith and Sons fitted the stair gate.",
    "rated 7/10 16:00 on the scaling question",
    "QA team reviewed the audit before it was moderated by QA.",
    "Will is a strong theme in her voice: the will to stay in school.",
    "we did the tudors and then opened a bank account at lloyds",
    "Child's voice: \"I'm nae bothered aboot the wee yins\"",
    "boy cried when bf left. bf said see you at maccies",
    "police entry: 'YP LOCATED 0215 HRS IN COMPANY OF 2 ADULT MALES.'",
    "core group: 2) baby wt on 9th, stable. 3) dad started the course",
    "audiology appt - mild hearing loss. grommets discussed. review 6/12.",
    "The link with West Northants MASH was made.",
    "He wants to be \"a YouTuber who does FIFA\".",
    "sw to share PAC-UK and Adoption UK school packs",
]


@pytest.mark.parametrize(("kind", "text", "span"), FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert (kind, span) in found(text)


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_not_found(text: str, word: str) -> None:
    assert all(span != word for _, span in found(text))


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
