"""Synthetic knowledge bases for benchmarks and tests.

`generate_records(n, seed)` draws n realistic, lint-clean audit records, deterministic
from the seed; `write_knowledge_base(target, n, seed)` writes them beside a copy of the
repository's framework and site settings. From the command line:

    python -m generator.synthetic OUT_DIR --n 1000 --seed 1

Records come in groups that share what an audit page shows about the case (so the
rare-combination privacy rule stays quiet); their prose is drawn from sentence banks
in `data/`, written with roles only, never names, exact dates or places.
"""

from .kb import generate_records, write_knowledge_base

__all__ = ["generate_records", "write_knowledge_base"]
