"""Record text made safe: raw HTML shown as text, inline references linked."""

from __future__ import annotations

import markdown
import pytest

from generator.site.inline import attr_value, one_line, plain, prose

EXTENSIONS = ["attr_list", "tables", "toc", "admonition"]


def html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def link(statement: str) -> str | None:
    return None if statement in ("4.12", "10.1") else f"../standards/{statement.split('.')[0]}.md#{statement}"


@pytest.mark.parametrize("dangerous, shown", [
    ('<script>alert("x")</script>', "&lt;script&gt;alert(\"x\")&lt;/script&gt;"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("<a href='javascript:alert(1)'>x</a>", "&lt;a href='javascript:alert(1)'&gt;x&lt;/a&gt;"),
    ("&lt;script&gt;", "&amp;lt;script&amp;gt;"),
])
def test_raw_html_is_shown_as_text(dangerous: str, shown: str) -> None:
    out = html(prose(f"Before {dangerous} after", link))
    assert shown in out
    assert "<script" not in out and "<img" not in out and "<a href='javascript" not in out


@pytest.mark.parametrize("text", [
    "[click](javascript:alert(1))",
    "![pixel](https://example.invalid/p.png)",
    "<https://example.invalid/>",
    "[ref]: https://example.invalid/\n\n[ref]",
])
def test_records_cannot_make_links_or_images(text: str) -> None:
    out = html(prose(text, link))
    assert "<a " not in out and "<img" not in out


def test_records_cannot_add_attributes_or_headings() -> None:
    out = html(prose('A paragraph\n{: onclick="alert(1)" }\n\n# Not a heading\n\nText\n===\n\nMore\n-', link))
    assert "onclick=" not in out.replace('{: onclick="alert(1)" }', "")
    assert "<h1" not in out and "<h2" not in out


def test_markdown_emphasis_and_lists_still_work() -> None:
    out = html(prose("Some *emphasis*.\n\n- one\n- two", link))
    assert "<em>emphasis</em>" in out and "<li>one</li>" in out


@pytest.mark.parametrize("text, statements", [
    ("as PS 4.7 says", ["4.7"]),
    ("(PS 3.2b)", ["3.2b"]),
    ("practice standard 4.7", ["4.7"]),
    ("Practice Standard 4.7", ["4.7"]),
    ("standard 4.7.", ["4.7"]),
    ("(PS 4.1, 4.8)", ["4.1", "4.8"]),
    ("PS 2.3 and 2.5", ["2.3", "2.5"]),
    ("a standard of care for 4 weeks", []),
])
def test_inline_references_become_links(text: str, statements: list[str]) -> None:
    out = prose(text, link)
    for sid in statements:
        assert f"]({link(sid)})" in out
    assert out.count("](") == len(statements)


def test_unknown_statement_stays_text() -> None:
    out = prose("see PS 4.12 and PS 4.7", link)
    assert "4.12](" not in out and "4.12" in out
    assert "[4.7](../standards/4.md#4.7)" in out


def test_plain_text_has_no_markup() -> None:
    out = html(plain("1. *Not* a [list](x) <b>or</b> _emphasis_ | pipe"))
    assert "<ol>" not in out and "<em>" not in out and "<a" not in out and "<b>" not in out
    assert "1. *Not* a [list](x) &lt;b&gt;or&lt;/b&gt; _emphasis_ | pipe" in out


def test_one_line_for_table_cells() -> None:
    cell = one_line(prose("first | line\n\nsecond line", link))
    assert "\n" not in cell
    table = html(f"| a | b |\n| --- | --- |\n| {cell} | x |")
    assert table.count("<td>") == 2


def test_attribute_values_are_checked() -> None:
    assert attr_value("neglect drift-and-delay") == "neglect drift-and-delay"
    with pytest.raises(ValueError):
        attr_value('x" onclick="y')
