"""Where a knowledge base's parts live, relative to its root (see the architecture)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    """The folders of one knowledge base."""

    root: Path

    @property
    def audits(self) -> Path:
        return self.root / "audits"

    @property
    def standards(self) -> Path:
        return self.root / "standards"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def site_config(self) -> Path:
        return self.root / "site_config"

    @property
    def templates(self) -> Path:
        return self.site_config / "templates"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @classmethod
    def find(cls, start: Path | None = None) -> "Project":
        """The nearest folder at or above `start` that holds standards/ (else `start`)."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "standards").is_dir() and (folder / "audits").is_dir():
                return cls(folder)
        return cls(here)
