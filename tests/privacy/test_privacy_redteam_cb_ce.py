"""Rules read from the blind splits redteam-cb (Essex and Thurrock), -cc (Hampshire and the
Isle of Wight; fostering), -cd (a northern seaside town; neglect) and -ce (Luton, Bedford and
Milton Keynes; exploitation and honour-based abuse), measured unread in the twelfth session
and read in the thirteenth. Identifiers: a month's or a season's name that is born, goes
missing or is a best friend; a name before a word of kin that follows names ("Rumi apa"); a
word-name after kin before where she lives; a lower-case pair that is seen together; a quoted
nickname after "nominal" or "messages from"; an ordinal day after "by", "til the" or "wknd of
the"; a day and month after "sup" or "strat"; a house and street before a town and a full
postcode; a town that is an English word after "from" before a small word. What is no
identifier: a carer as "cr", a pet's name, a modal "Will" opening a quote, the armed forces,
"comfort eating", the Forced Marriage Unit, the HENRY programme, Jordans trainers.
All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

FIRES = [
    ("personal-name", "The plan was overtaken by events. Summer was born three weeks early.", "Summer"),
    ("personal-name", 'Child B (7) said "Summer is my best friend in the whole world".', "Summer"),
    ("personal-name", '"My dad said I have to go. Rumi apa said just go and come back."', "Rumi"),
    ("personal-name", "family network: Imran bhai drives mum to appointments", "Imran"),
    ("personal-name", "child A said 'i want to live w/ auntie grace in preston'.", "grace"),
    ("personal-name", "minutes: ICPC. chair gill. family: mum, dad.", "gill"),
    ("personal-name", "h/v - jack and poppy seen together in bedroom.", "jack"),
    ("personal-name", 'dad seen with known nominal "Smiley" outside the shop.', "Smiley"),
    ("exact-date", "its hard with no money til the 28th.", "28th"),
    ("exact-date", "will escalate via DRP if no response by 21st.", "21st"),
    ("exact-date", "next sleepover at the hub wknd of the 14th.", "14th"),
    ("exact-date", "sup notes 11/9 - case discussed w/ TM.", "11/9"),
    ("exact-date", "strat 24.10 - decision: ICPC within 15 days.", "24.10"),
    ("street-address", "outcome letter sent to mum at 8 Grasslands, Jaywick, CO15 2QE.", "8 Grasslands"),
    ("named-place", "The chronology covers the family's move from Hackney in 2019.", "Hackney"),
    ("named-place", "she says her cousin from Slough has been messaging her on snap", "Slough"),
]

QUIET = [
    "cr says nights better, up x2. discussed weaning.",
    "pets: 2 cats, 1 staffie called Rocky, rabbit in the garden. pet risk assessment updated.",
    "He likes living there because they have a dog called Frank.",
    'When oversight resumes, the TM writes "Will review at next supervision", which is not a decision.',
    "One carer is a theatre nurse and the other a civilian engineer with the Royal Navy.",
    "Mum says he has been comfort eating since Dad left.",
    "cr: 'kids are happy as larry', nice update, no action.",
    "tel call from FMU 11:05. advice: don't alert family, consider FMPO.",
    "school nurse: referred to HENRY programme + family hub cookery.",
    "His Snapchat shows him with large amounts of cash and a new pair of Jordans.",
    "She said her father went back to Hargeisa last year.",
    "Police found synthetic cannabinoid packets in the drawer.",
    "Through the interpreter she said her uncle in Somalia sends money via dahabshiil.",
    "the kids came in and both seen at the table",
    "strat held at 10.30 - decision to proceed to ICPC",
    "core group mtg 10.10 - 11.10 in the school's meeting room",
    "moved from Reading Recovery to phonics this term",
    "The dog, named after a footballer, is a comfort to Child A.",
]


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []
