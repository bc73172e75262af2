"""`python -m generator.synthetic OUT_DIR --n 1000 --seed 1`: write a synthetic knowledge base."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .kb import REPO, write_knowledge_base


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.synthetic",
                                     description="Write a synthetic knowledge base of n audit records.")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--n", type=int, default=100, help="how many records (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="the same n and seed give the same files")
    parser.add_argument("--source", type=Path, default=REPO,
                        help="the knowledge base whose framework and site settings are copied (default: this repository)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be zero or more")
    if not (args.source / "standards").is_dir():
        print(f"no standards/ folder in {args.source}", file=sys.stderr)
        return 2
    records = write_knowledge_base(args.out_dir, args.n, args.seed, source=args.source)
    print(f"Wrote {len(records)} record(s) to {args.out_dir / 'audits'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
