"""Rules that the loader applies: what YAML and the record model reject.

They are listed here so that `auditkb rules` and `auditkb explain` document
them; the findings themselves come from `generator.records.load_record`.
"""

from __future__ import annotations

from typing import Iterator

from .rule import Hit, RecordContext, rule


@rule("S001", "invalid-yaml", category="syntax")
def invalid_yaml(ctx: RecordContext) -> Iterator[Hit]:
    """The file cannot be read as one YAML mapping.

    ## What it does
    Reports YAML syntax errors, duplicate keys, anchors and aliases, tags, files that
    are empty, binary, not UTF-8, too large, or not a mapping of keys.

    ## Why it matters
    A duplicate key silently loses one of its two values; an alias can hide a value
    or blow up into millions of them. A record that cannot be read is never published.

    ## Example
    ```yaml
    summary: Two siblings open to CIN for a year.
    summary: Neglect concerns escalated to child protection.
    ```

    ## Instead
    ```yaml
    summary: >
      Two siblings open to CIN for a year. Neglect concerns escalated to child protection.
    ```
    """
    return iter(())


@rule("S002", "invalid-value", category="schema")
def invalid_value(ctx: RecordContext) -> Iterator[Hit]:
    """A key or value does not fit the record format.

    ## What it does
    Reports unknown keys (with a suggestion), keys that must never be in a record
    (`name`, `dob`, `ics_no`...), values of the wrong type, scores off the 0-10 scale,
    dates not written YYYY-MM-DD, `Yes` for `yes`, and standard references written as
    numbers (YAML reads `4.10` as 4.1).

    ## Why it matters
    A misspelt key is an answer QA thinks is there and is not. A standard reference
    written as a number silently changes: `4.10` becomes `4.1`.

    ## Example
    ```yaml
    dob: 2015-04-03
    areas:
      risk:
        analysys: Risk was identified quickly.
        standards: [4.10]
    ```

    ## Instead
    ```yaml
    case: {age_band: 5-9}
    areas:
      risk:
        analysis: Risk was identified quickly.
        standards: ["4.10"]
    ```
    """
    return iter(())
