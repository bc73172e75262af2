"""What is no identifier, read from the clean passages of the ninth session's blind splits
(`redteam-am`: Devon, Cornwall, Kent, Medway and Cumbria; `redteam-an`: London, Hull and
Norfolk; `redteam-ao`: Wales, Northern Ireland, Tyneside and Stoke): medicines, feeds and
dressings by their brand or clipped names and by their drugs' stems, Welsh, Irish and Scots
words, foods, back-lane dialect, slang, brands in lower case, holiday islands abroad, "lovely
to see", an ABE interview, counts of targets met, the rehoming centre, and an authority-wide
service named after its town ("the Medway Front Door", "the Leeds MASH"), with the names and
places next to each still reported. All text is invented."""
from __future__ import annotations

import pytest

from scanning import found  # tests/privacy/scanning.py

QUIET = [
    "The care plan covers the PEG feed regime and the use of buccal midazolam for seizures.",
    "The alcohol team prescribed thiamine and chlordiazepoxide for a home detox.",
    "paeds appt | child seen re constipation, movicol incr to 2 sachets | SW informed",
    "SN: enuresis plan yr3. alarm ordered, desmopressin discussed.",
    "temp 39.2, given calpol + nurofen, sent home w/ abx. PEG site red, fluclox 250mg qds 7 days.",
    "baby up by 4.2kg, 25th centile, feeding well on aptamil. UDS dad +ve benzos.",
    "self-harm five times since Easter, once needed steristrips at A&E.",
    'txt from nain: "diolch for today cariad, he was made up". child says he misses home "like hiraeth, miss".',
    'Child\'s voice: "Grandad takes us to the footy and she makes stottie cake."',
    "the foster carer cooks jollof and waakye at weekends using recipes Mum shared.",
    'Child\'s voice: "Me and me mates go up the tenfoot to smoke cos nobody can see."',
    "text: 'i aint tryna be a snitch'. posts pics w/ cash + designer gear (gucci belt).",
    "pol: yp found in stolen kia at 03:00, passenger. nfa.",
    "fc asked about holiday to tenerife in the summer hols, needs consent.",
    "The ecomap includes relatives in Portugal, Madeira and the UK.",
    "The interpreter spoke a Levantine dialect, which Mum said made her feel understood.",
    "mum brought mince pies from greggs. lovely to see, the penny has dropped.",
    "strategy: pol, hv, sch, sw, tm. agreed s47 joint. abe to be considered.",
    "PEP targets met 2/3. Sessions attended: 5/6.",
    "dog rehomed when placed. sw to ask rehoming centre re a visit.",
    "Standard 2: the contact was received by the Medway Front Door at 16:45.",
    "The Leeds MASH and the Wigan SEND team agreed the threshold.",
    "Mum's mood was screened using the Whooley questions; budget on the Money Helper app.",
]

FIRES = [
    ("personal-name", "hv note: tiana asked for daddy and nia. dad not in contact", "nia"),
    ("personal-name", "frank to bring kids to contact on sat", "frank"),
    ("named-place", "The case was transferred from the Dewsbury team in April.", "Dewsbury"),
    ("named-place", "most often found around the arcade on Southsea front or at the pier", "Southsea"),
    ("personal-name", "Abe told his teacher he was hungry", "Abe"),
    ("exact-date", "Mum attended on 5/6 with the SW.", "5/6"),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("kind, text, span", FIRES)
def test_fires(kind: str, text: str, span: str) -> None:
    assert any(k == kind and span in s for k, s in found(text)), found(text)
