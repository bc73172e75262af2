"""Counts on pages, with small numbers suppressed (the DfE's way, see the reference).

Every count a page shows goes through here. A count from 1 to threshold - 1 is not
shown (primary suppression); in a table, further cells are hidden wherever a hidden
one could be worked back from the row and column totals on show (secondary
suppression). Zero is shown: it hides nobody. A threshold of 0 turns suppression off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True)
class Figure:
    """One count as a page shows it."""

    value: int | None
    """The count, or None when it is suppressed."""
    text: str

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Counter:
    """Shows counts under one threshold."""

    threshold: int = 5
    in_text: str = "fewer than 5"
    in_cell: str = "c"

    def small(self, n: int) -> bool:
        return 0 < n < self.threshold

    def count(self, n: int) -> Figure:
        """A count standing alone in running text: "fewer than 5"."""
        return Figure(None, self.in_text) if self.small(n) else Figure(n, str(n))

    def cell(self, n: int, hidden: bool) -> Figure:
        return Figure(None, self.in_cell) if hidden else Figure(n, str(n))


@dataclass
class Row:
    label: str
    cells: list[Figure]
    total: Figure
    key: str = ""
    """What the row is about (an area id, a theme id), for templates that link it."""


@dataclass
class Table:
    """A table of counts with row totals, and column totals when it has more than one row."""

    columns: list[str]
    rows: list[Row]
    totals: Row | None = None
    suppressed: bool = False
    """True when any cell is hidden (the page then explains the marker)."""
    column_keys: list[str] = field(default_factory=list)


def hide(grid: Sequence[Sequence[int]], counter: Counter, *, column_totals: bool) -> list[list[bool]]:
    """Which cells of `grid` to hide, with its totals included.

    Returns flags for a grid one column wider (row totals) and, if `column_totals`,
    one row taller (column totals and the grand total). Each row and each column,
    with its total, is a sum a reader could use: none may have exactly one hidden
    member, so a second is hidden, the smallest non-zero figure first, a total last.
    """
    full = [list(row) + [sum(row)] for row in grid]
    if column_totals and full:
        full.append([sum(col) for col in zip(*full)])
    flags = [[counter.small(v) for v in row] for row in full]
    if not full:
        return flags
    n_rows, n_cols = len(full), len(full[0])
    lines = [[(r, c) for c in range(n_cols)] for r in range(n_rows)]
    if column_totals:
        lines += [[(r, c) for r in range(n_rows)] for c in range(n_cols)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [rc for rc in line if flags[rc[0]][rc[1]]]
            if len(hidden) != 1:
                continue
            shown = [rc for rc in line if not flags[rc[0]][rc[1]]]
            if not shown:
                continue

            def cost(rc: tuple[int, int]) -> tuple:
                r, c = rc
                is_total = c == n_cols - 1 or (column_totals and r == n_rows - 1)
                v = full[r][c]
                return (is_total, v == 0, v, r, c)

            r, c = min(shown, key=cost)
            flags[r][c] = True
            changed = True
    return flags


def table(columns: list[str], rows: list[tuple[str, str, list[int]]], counter: Counter,
          column_keys: list[str] | None = None, totals_label: str = "Total") -> Table:
    """A suppressed table from (label, key, counts) rows."""
    grid = [counts for _, _, counts in rows]
    with_totals = len(rows) > 1
    flags = hide(grid, counter, column_totals=with_totals)
    out_rows = []
    for (label, key, counts), row_flags in zip(rows, flags):
        cells = [counter.cell(v, f) for v, f in zip(counts, row_flags)]
        out_rows.append(Row(label, cells, counter.cell(sum(counts), row_flags[-1]), key))
    totals = None
    if with_totals:
        sums = [sum(col) for col in zip(*grid)] if grid else []
        t_flags = flags[-1]
        totals = Row(totals_label, [counter.cell(v, f) for v, f in zip(sums, t_flags)],
                     counter.cell(sum(sums), t_flags[-1]))
    suppressed = any(any(r) for r in flags)
    return Table(columns, out_rows, totals, suppressed, column_keys or [])
