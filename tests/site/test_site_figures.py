"""Small-number suppression: primary and secondary, as the DfE does it."""

from __future__ import annotations

import random

from generator.site.figures import Counter, hide, table

COUNTER = Counter(5, "fewer than 5", "c")


def test_counts_below_the_threshold_are_suppressed() -> None:
    assert COUNTER.count(4).text == "fewer than 5" and COUNTER.count(4).suppressed
    assert COUNTER.count(5).text == "5"
    assert COUNTER.count(0).text == "0"


def test_threshold_zero_turns_suppression_off() -> None:
    off = Counter(0, "fewer than 0", "c")
    assert off.count(1).text == "1"
    t = table(["a", "b"], [("row", "r", [1, 9])], off)
    assert [c.text for c in t.rows[0].cells] == ["1", "9"] and not t.suppressed


def test_one_hidden_cell_in_a_row_gets_a_partner() -> None:
    t = table(["O", "G", "R", "I"], [("Neglect", "neglect", [3, 10, 7, 0])], COUNTER)
    texts = [c.text for c in t.rows[0].cells]
    assert texts == ["c", "10", "c", "0"], texts
    assert t.rows[0].total.text == "20"


def test_row_total_below_threshold_is_hidden_too() -> None:
    t = table(["O", "G"], [("x", "x", [1, 2])], COUNTER)
    assert [c.text for c in t.rows[0].cells] == ["c", "c"] and t.rows[0].total.text == "c"


def test_secondary_suppression_holds_for_rows_and_columns() -> None:
    t = table(["O", "G", "R"], [("a", "a", [6, 10, 7]), ("b", "b", [2, 8, 9])], COUNTER)
    grid = [[c.text for c in row.cells] + [row.total.text] for row in t.rows]
    grid.append([c.text for c in t.totals.cells] + [t.totals.total.text])
    assert grid[1][0] == "c"
    _assert_no_lone_hidden(grid)


def _assert_no_lone_hidden(grid: list[list[str]], columns: bool = True) -> None:
    """No sum a reader sees (a row with its total; a column with its total) hides exactly one figure."""
    for row in grid:
        assert row.count("c") != 1, grid
    for col in zip(*grid) if columns else ():
        assert list(col).count("c") != 1, grid


def test_no_row_or_column_ever_has_exactly_one_hidden_cell() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        grid = [[rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 14]) for _ in range(cols)] for _ in range(rows)]
        flags = hide(grid, COUNTER, column_totals=rows > 1)
        full = [list(r) + [sum(r)] for r in grid]
        if rows > 1:
            full.append([sum(c) for c in zip(*full)])
        for r, row in enumerate(full):
            for c, value in enumerate(row):
                if 0 < value < 5:
                    assert flags[r][c], (grid, flags)
        _assert_no_lone_hidden([["c" if f else "" for f in row] for row in flags], columns=rows > 1)
