"""Identity rules: one record per id, named after it, with actions owned by roles."""

from __future__ import annotations

import re
from importlib import resources
from typing import Iterator

from .rule import CollectionContext, Hit, RecordContext, rule


@rule("I101", "duplicate-id", category="schema", scope="collection")
def duplicate_id(ctx: CollectionContext) -> Iterator[Hit]:
    """Two files hold the same audit id.

    ## What it does
    Reports every file whose `id` another file under `audits/` also uses.

    ## Why it matters
    The id is the audit's page address (`/audits/DDA-2026-014/`); two records with
    one id would overwrite each other's page.

    ## Example
    `audits/2026/DDA-2026-014.yml` and `audits/2026/DDA-2026-014-copy.yml` both say
    `id: DDA-2026-014`.

    ## Instead
    Give the second record the next free id (`auditkb new` picks one).
    """
    seen: dict[str, list] = {}
    for loaded in ctx.records:
        seen.setdefault(loaded.record.id, []).append(loaded)
    for rid, files in seen.items():
        if len(files) > 1:
            for loaded in files:
                others = ", ".join(o.display for o in files if o is not loaded)
                yield ctx.hit(loaded, ("id",), f"id {rid} is also used by {others}")


@rule("I102", "file-name-mismatch", category="schema")
def file_name_mismatch(ctx: RecordContext) -> Iterator[Hit]:
    """The file is not named after the record's id, or sits in another year's folder.

    ## What it does
    `audits/2026/DDA-2026-014.yml` must hold `id: DDA-2026-014`; a record in a year
    folder must carry that year in its id.

    ## Why it matters
    QA find records by file name; a mismatch is how two audits get confused.

    ## Example
    `audits/2026/DDA-2026-015.yml` holding `id: DDA-2026-014`.

    ## Instead
    Rename the file or correct the id so they match.
    """
    path = ctx.loaded.path
    rid = ctx.record.id
    if path.stem != rid:
        yield ctx.hit(("id",), f"id {rid} does not match the file name {path.name}; name it {rid}{path.suffix}")
    year = path.parent.name
    if re.fullmatch(r"\d{4}", year) and not rid.startswith(f"DDA-{year}-"):
        yield ctx.hit(("id",), f"id {rid} is in the folder for {year}")


_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s", re.IGNORECASE)


def _role_words() -> set[str]:
    text = resources.files("generator.lint").joinpath("data/role-words.txt").read_text(encoding="utf-8")
    return {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")}


_ROLE_WORDS = _role_words()


def looks_like_a_person(owner: str, extra_roles: list[str]) -> bool:
    """True when `by` reads as a person rather than a role."""
    text = owner.strip()
    if not text:
        return False
    if _TITLE.match(text):
        return True
    words = [w for w in re.split(r"[\s/&,+()-]+", text.lower()) if w]
    roles = _ROLE_WORDS | {w.lower() for r in extra_roles for w in r.split()}
    unknown = [w for w in words if w not in roles and not w.isdigit()]
    if not unknown:
        return False
    # "Sarah" or "J Smith": capitalised words that are not roles, with no role word at all
    capitalised = [w for w in re.split(r"[\s/&,+()-]+", text) if w[:1].isupper() and w.lower() in unknown]
    return bool(capitalised) and len(unknown) == len(words)


@rule("I103", "action-owner-is-a-name", category="privacy", extra_roles=[])
def action_owner_is_a_name(ctx: RecordContext) -> Iterator[Hit]:
    """An action's owner looks like a person's name rather than a role.

    ## What it does
    Reports `actions[].by` that starts with a title (Mr, Ms, Dr...) or is made only of
    capitalised words that are not role words (Social Worker, Team Manager, IRO,
    Health Visitor, School DSL...). Add local role words with the `extra_roles`
    option.

    ## Why it matters
    Records name roles, never people; a worker's name on a published page
    identifies the worker and, through them, the family.

    ## Example
    ```yaml
    actions:
      - {action: Update the plan., by: Priya, timescale: 2 weeks}
    ```

    ## Instead
    ```yaml
    actions:
      - {action: Update the plan., by: Social Worker, timescale: 2 weeks}
    ```
    """
    for i, action in enumerate(ctx.record.actions):
        if action.by and looks_like_a_person(action.by, ctx.options["extra_roles"]):
            yield ctx.hit(("actions", i, "by"), f"the owner of action {i + 1} looks like a person's name; "
                          "write a role (Social Worker, Team Manager)", start=0, end=len(action.by))
