"""What the scanner reports: a kind of identifier and where it is, never what it is."""
from __future__ import annotations

from dataclasses import dataclass

# kind -> (rule name, what was found, default severity). The lint rules are named after
# the bad pattern; the description completes "the text contains ...".
KINDS: dict[str, tuple[str, str, str]] = {
    "personal-name": ("personal-name-in-text", "a personal name", "error"),
    "date-of-birth": ("date-of-birth-in-text", "a date of birth", "error"),
    "exact-date": (
        "exact-date-in-text",
        "an exact calendar date of an event (a month or quarter is enough)",
        "warning",
    ),
    "case-number": (
        "case-number-in-text",
        "a case-management, family-court or police reference (ICS, LCS, Mosaic, Eclipse, a crime or log number)"
        " or a bare 6-8 digit number",
        "error",
    ),
    "nhs-number": ("nhs-number-in-text", "an NHS number", "error"),
    "ni-number": ("ni-number-in-text", "a National Insurance number", "error"),
    "postcode": ("postcode-in-text", "a UK postcode", "error"),
    "street-address": ("street-address-in-text", "a street address", "error"),
    "phone-number": ("phone-number-in-text", "a phone number", "error"),
    "email": ("email-in-text", "an email address", "error"),
    "named-place": (
        "named-place-in-text",
        "a named school, nursery, college, surgery, ward, children's home, estate or other local place",
        "error",
    ),
    "local-term": ("local-term-in-text", "a term on the site's privacy deny list", "error"),
}

SEVERITIES = ("error", "warning")


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier found in a text: its kind and its span ``text[start:end]``.

    It never carries the matched text: the product rule is that no output echoes what was
    matched. ``rule`` and ``description`` come from :data:`KINDS`.
    """

    kind: str
    start: int
    end: int
    severity: str

    @property
    def rule(self) -> str:
        return KINDS[self.kind][0]

    @property
    def description(self) -> str:
        return KINDS[self.kind][1]
