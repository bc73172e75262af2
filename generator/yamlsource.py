"""Reading YAML safely, keeping where every key and value came from.

PyYAML's own constructors read YAML 1.1: `no` becomes False, `4.10` becomes the
float 4.1, a duplicate key silently wins, and an alias bomb expands without
limit. Editors read the same files as YAML 1.2. So we take PyYAML's (C) event
stream and build plain values ourselves, the YAML 1.2 core-schema way:

- plain `yes`/`no` stay the strings "yes"/"no"; only true/false are booleans;
- dates stay strings (the model parses them);
- a number keeps its source text, so a reference written as `4.10` can be
  reported as written rather than as 4.1;
- duplicate keys, anchors and aliases, tags, and nesting deeper than
  MAX_DEPTH are problems, reported with their positions.

Building is iterative, so no input can exhaust the stack, and every problem in
a file is collected, not just the first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Position

try:  # libyaml's parser is about ten times faster than the pure-Python one
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1_000_000
MAX_DEPTH = 32

# A path into a document: mapping keys and 0-based list indexes.
Path_ = tuple[str | int, ...]

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$")
_STR_TAG = "tag:yaml.org,2002:str"
# First letters of plain scalars that can only be strings: not a digit, sign, dot,
# `~`, or the n/t/f of null, true and false.
_WORD_START = frozenset("abcdeghijklmopqrsuvwxyzABCDEGHIJKLMOPQRSUVWXYZ_")


class Number(float):
    """A plain number from the source, remembering how it was written."""

    source: str

    def __new__(cls, value: float, source: str) -> "Number":
        obj = super().__new__(cls, value)
        obj.source = source
        return obj

    def __reduce__(self):  # records cross process boundaries when linted in parallel
        return (Number, (float(self), self.source))


class Integer(int):
    """A plain integer from the source, remembering how it was written."""

    source: str

    def __new__(cls, value: int, source: str) -> "Integer":
        obj = super().__new__(cls, value)
        obj.source = source
        return obj

    def __reduce__(self):
        return (Integer, (int(self), self.source))


@dataclass
class SourceMap:
    """Positions of keys and values, by path, for one document.

    Made lazily: most records are clean, and a position per key and value costs more
    memory than the record itself (about 100 KB for an audit), so parse_text keeps
    the text and the positions are found by parsing it again on the first question.
    """

    keys: dict[Path_, Position] = field(default_factory=dict)
    values: dict[Path_, Position] = field(default_factory=dict)
    text: str | None = None
    """The document's text while its positions have not been worked out."""

    def position(self, path: Path_, *, key: bool = False) -> Position:
        """The position of `path`, or of its nearest ancestor that has one."""
        if self.text is not None:
            self._fill()
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), Position(1, 1))

    def _fill(self) -> None:
        text, self.text = self.text, None
        builder = _Builder(positions=True)
        try:
            for event in yaml.parse(text, Loader=_Loader):
                builder.feed(event)
        except yaml.YAMLError:  # the positions found before the error are still right
            pass
        self.keys, self.values = builder.source_map.keys, builder.source_map.values


@dataclass
class ReadProblem:
    """A problem found while reading, before any model is involved."""

    line: int
    column: int
    message: str
    category: str = "syntax"
    path: Path_ = ()


@dataclass
class Document:
    """What a file held: plain values, where they came from, what went wrong."""

    data: Any
    source_map: SourceMap
    problems: list[ReadProblem]
    digest: str = ""
    """A hash of the file's bytes: what caches of this file's results are keyed by."""


def resolve_plain(text: str) -> Any:
    """Type a plain scalar the way YAML 1.2's core schema does."""
    if text[:1] in _WORD_START:  # most plain scalars are keys and words: no pattern can match
        return text
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return Integer(int(text), text)
    if _INT_OCT.match(text):
        return Integer(int(text[2:], 8), text)
    if _INT_HEX.match(text):
        return Integer(int(text[2:], 16), text)
    if _FLOAT.match(text) or _SPECIAL_FLOAT.match(text):
        return Number(float(text.replace(".inf", "inf").replace(".Inf", "inf").replace(".INF", "inf")
                            .replace(".nan", "nan").replace(".NaN", "nan").replace(".NAN", "nan")), text)
    return text


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _describe_key(key: Any) -> str:
    return key if isinstance(key, str) else repr(key)


class _Builder:
    """Builds values from parser events with an explicit stack (no recursion)."""

    def __init__(self, positions: bool = True) -> None:
        self.positions = positions
        """Record the position of every key and value (else only problems have positions)."""
        self.source_map = SourceMap()
        self.problems: list[ReadProblem] = []
        self.root: Any = None
        self.documents = 0
        # Each frame: [container, path, pending_key, key_mark, first_seen_keys]
        self.stack: list[list[Any]] = []
        self.skip_depth = 0  # > 0 while discarding a subtree (too deep, or used as a key)
        self.skipping_key = False

    def problem(self, mark: Any, message: str, path: Path_ = ()) -> None:
        p = _pos(mark)
        self.problems.append(ReadProblem(p.line, p.column, message, "syntax", path))

    def _child_path(self) -> Path_ | None:
        """Path of the value about to be added, or None if it is a mapping key."""
        if not self.stack:
            return ()
        frame = self.stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            return path + (len(container),)
        if frame[2] is _NO_KEY:
            return None
        return path + (frame[2],)

    def _add(self, value: Any, mark: Any) -> None:
        if not self.stack:
            self.root = value
            if self.positions:
                self.source_map.values[()] = _pos(mark)
            return
        frame = self.stack[-1]
        container = frame[0]
        if isinstance(container, list):
            if self.positions:
                self.source_map.values[frame[1] + (len(container),)] = _pos(mark)
            container.append(value)
            return
        if frame[2] is _NO_KEY:  # this value is a key
            if not isinstance(value, str):
                if isinstance(value, (int, float)) and hasattr(value, "source"):
                    value = value.source
                elif value is None or isinstance(value, (bool, list, dict)):
                    self.problem(mark, "a key must be plain text")
                    value = _BAD_KEY
                else:
                    value = str(value)
            seen = frame[4]
            if value is not _BAD_KEY and value in seen:
                first = seen[value]
                self.problem(mark, f"duplicate key `{value}` (first written at line {first.line + 1})",
                             frame[1] + (value,))
                value = _DUPLICATE
            elif value is not _BAD_KEY:
                seen[value] = mark
                if self.positions:
                    self.source_map.keys[frame[1] + (value,)] = _pos(mark)
            frame[2] = value
            return
        key = frame[2]
        frame[2] = _NO_KEY
        if key is _BAD_KEY or key is _DUPLICATE:
            return
        if self.positions:
            self.source_map.values[frame[1] + (key,)] = _pos(mark)
        container[key] = value

    def feed(self, event: Any) -> None:
        if type(event) is _ScalarEvent and not self.skip_depth and self.documents <= 1:
            # the common event, first: what the general path below does for a scalar
            if event.anchor is not None:
                self.problem(event.start_mark, "anchors (`&name`) are not allowed in records")
            tag = event.tag
            implicit = event.implicit[0]
            if tag not in (None, "!", _STR_TAG) and not implicit:
                self.problem(event.start_mark, f"tags such as `{tag}` are not allowed in records")
            value = resolve_plain(event.value) if implicit and not event.style and tag != _STR_TAG else event.value
            self._add(value, event.start_mark)
            return
        kind = type(event).__name__
        if self.skip_depth:
            if kind in ("MappingStartEvent", "SequenceStartEvent"):
                self.skip_depth += 1
            elif kind in ("MappingEndEvent", "SequenceEndEvent"):
                self.skip_depth -= 1
                if not self.skip_depth:
                    if self.skipping_key:
                        self.stack[-1][2] = _BAD_KEY
                        self.skipping_key = False
                    else:
                        self._add(None, event.start_mark)
            return
        if kind == "DocumentStartEvent":
            self.documents += 1
            if self.documents == 2:
                self.problem(event.start_mark, "a record file holds one document; remove the second `---`")
            return
        if self.documents > 1:
            return
        if kind == "AliasEvent":
            self.problem(event.start_mark, "aliases (`*name`) are not allowed in records; write the value out")
            self._add(None, event.start_mark)
            return
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problem(event.start_mark, "anchors (`&name`) are not allowed in records")
        tag = getattr(event, "tag", None)
        if kind == "ScalarEvent":
            plain = event.implicit[0] and not event.style
            if tag not in (None, "!", _STR_TAG) and not event.implicit[0]:
                self.problem(event.start_mark, f"tags such as `{tag}` are not allowed in records")
            value = resolve_plain(event.value) if plain and tag != _STR_TAG else event.value
            self._add(value, event.start_mark)
            return
        if kind in ("MappingStartEvent", "SequenceStartEvent"):
            if tag is not None and not getattr(event, "implicit", True):
                self.problem(event.start_mark, f"tags such as `{tag}` are not allowed in records")
            if len(self.stack) >= MAX_DEPTH:
                self.problem(event.start_mark, f"nesting deeper than {MAX_DEPTH} levels")
                self.skip_depth = 1
                return
            path = self._child_path()
            if path is None:  # a mapping or list used as a key
                self.problem(event.start_mark, "a key must be plain text")
                self.skipping_key = True
                self.skip_depth = 1
                return
            container: Any = {} if kind == "MappingStartEvent" else []
            self.stack.append([container, path, _NO_KEY, event.start_mark, {}])
            return
        if kind in ("MappingEndEvent", "SequenceEndEvent"):
            frame = self.stack.pop()
            self._add(frame[0], frame[3])
            return
        # StreamStart/End, DocumentEnd: nothing to build.


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return self.name


_ScalarEvent = yaml.ScalarEvent
_NO_KEY = _Marker("NO_KEY")
_BAD_KEY = _Marker("BAD_KEY")
_DUPLICATE = _Marker("DUPLICATE")


def decode(raw: bytes) -> tuple[str | None, ReadProblem | None]:
    """Bytes to text, or a problem that says where the bad byte is."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, ReadProblem(1, 1, "the file is saved as UTF-16; save it as UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        column = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
        return None, ReadProblem(line, column, "the file holds binary data (a NUL byte); is this a YAML record?")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        column = err.start - (raw.rfind(b"\n", 0, err.start) + 1) + 1
        return None, ReadProblem(
            line, column,
            "the file is not valid UTF-8 (it may have been saved as Windows-1252); save it as UTF-8")


def parse_text(text: str) -> Document:
    """Parse YAML text into plain values, positions (worked out when first asked) and problems."""
    builder = _Builder(positions=False)
    builder.source_map.text = text
    loader = _Loader(text)
    try:
        # yaml.parse's loop without its generator: the parser's events straight to the builder
        check, get, feed = loader.check_event, loader.get_event, builder.feed
        while check():
            feed(get())
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = err.problem or "invalid YAML"
        if err.context:
            reason = f"{reason} ({err.context})"
        builder.problems.append(ReadProblem(line, column, f"YAML syntax: {reason}"))
        return Document(None, builder.source_map, builder.problems)
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        index = getattr(err, "position", 0) or 0
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        builder.problems.append(ReadProblem(
            line, column, "the file holds a character that YAML does not allow (a control character)"))
        return Document(None, builder.source_map, builder.problems)
    finally:
        loader.dispose()
    return Document(builder.root, builder.source_map, builder.problems)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one YAML file with every guard: size, encoding, syntax, traps."""
    try:
        size = path.stat().st_size
    except OSError as err:
        return Document(None, SourceMap(), [ReadProblem(1, 1, f"cannot read the file: {err.strerror}")])
    if size > max_bytes:
        return Document(None, SourceMap(), [ReadProblem(
            1, 1, f"the file is {size // 1000:,} KB; a record is at most {max_bytes // 1000:,} KB")])
    try:
        raw = path.read_bytes()
    except OSError as err:
        return Document(None, SourceMap(), [ReadProblem(1, 1, f"cannot read the file: {err.strerror}")])
    digest = content_digest(raw)
    text, problem = decode(raw)
    if problem:
        return Document(None, SourceMap(), [problem], digest)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return Document(None, SourceMap(), [ReadProblem(1, 1, "the file is empty")], digest)
    doc = parse_text(text)
    doc.digest = digest
    return doc


def content_digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()
