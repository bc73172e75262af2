"""The linter: rules by family, settings, and the runner.

Importing this package registers every rule; `REGISTRY` lists them by code.
"""

from . import (  # noqa: F401  (importing registers the rules)
    combinations, completeness, consistency, identity, loading, privacy, references, vocabulary, waivers)
from .rule import REGISTRY, Rule
from .runner import LintResult, lint_paths, run_rules
from .settings import LintSettings, load_settings

__all__ = ["REGISTRY", "Rule", "LintResult", "LintSettings", "lint_paths", "load_settings", "run_rules"]
