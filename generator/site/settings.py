"""The site's own settings, read from `site_config/site.yml` (the file documents each one)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..problems import ConfigError
from ..project import Project
from ..yamlsource import read_file


class ContentPage(BaseModel):
    """A hand-written page from content/ and the title it has in the navigation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str = Field(pattern=r"^[a-z0-9][a-z0-9/_-]*\.md$")
    """Its path under content/, e.g. `about.md`."""
    title: str
    """Its title in the navigation."""


class NavLabels(BaseModel):
    """What the navigation calls the generated pages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: str = "Home"
    standards: str = "Practice standards"
    themes: str = "Themes"
    learning: str = "Shared learning"
    good_practice: str = "Good practice"
    audits: str = "All audits"
    rules: str = "Lint rules (for QA)"


class SiteSettings(BaseModel):
    """Settings for the generated pages; every one has a default."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    small_number_threshold: int = Field(default=5, ge=0)
    """A count below this is not shown (0 turns suppression off)."""
    suppressed_count: str = "fewer than {threshold}"
    """How a suppressed count reads in running text."""
    suppressed_cell: str = "c"
    """What a suppressed table cell shows (DfE's `c`); a note under the table explains it."""
    latest_learning_count: int = Field(default=5, ge=0)
    """How many learning items the home page shows, newest first."""
    statement_examples: int = Field(default=3, ge=1)
    """Under each statement on a standard's page: how many of the newest good-practice items,
    learning items and audit citations (of each) are shown; all of them are on the
    statement's own page (/standards/4/4.7/)."""
    latest_examples: int = Field(default=5, ge=1)
    """How many of the newest audits and items a theme's page, and the shared learning and
    good practice pages, show before linking to the full list."""
    page_size: int = Field(default=50, ge=5)
    """How many entries each page of a full list holds (/learning/standard-4/page/2/)."""
    area_names: dict[str, str] = {}
    """Short names for audit areas in backlinks (`risk: Risk`); the area id, capitalised, otherwise."""
    nav: NavLabels = NavLabels()
    content_pages: list[ContentPage] | None = None
    """Hand-written pages in navigation order; all of content/ (but index.md) by file name if absent."""

    def suppressed_text(self) -> str:
        return self.suppressed_count.format(threshold=self.small_number_threshold)


def load_site_settings(project: Project) -> SiteSettings:
    """Read site_config/site.yml (absent: all defaults); ConfigError when it cannot be used."""
    path = project.site_config / "site.yml"
    if not path.exists():
        return SiteSettings()
    doc = read_file(path)
    if doc.problems:
        raise ConfigError("\n".join(f"{path}:{p.line}:{p.column}: {p.message}" for p in doc.problems))
    try:
        return SiteSettings.model_validate(doc.data or {})
    except ValidationError as err:
        lines = []
        for e in err.errors(include_url=False):
            loc = tuple(e["loc"])
            pos = doc.source_map.position(loc)
            lines.append(f"{path}:{pos.line}:{pos.column}: {'.'.join(map(str, loc))}: {e['msg']}")
        raise ConfigError(f"{path} cannot be used:\n" + "\n".join(lines)) from None
