"""The YAML reader builds located values straight from the C parser's events: they must be what composing the file
with PyYAML and converting its nodes gives (the oracle below, the reader's former design), problems included. And
the schema's compiled predicate, which accepts a valid entry without walking it again, agrees with the Validator."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode

from koursk_cli.store.loader import load_schema
from koursk_cli.store.located import AmbiguousNumber, LocatedList, LocatedMap
from koursk_cli.store.validate import Validator, acceptor
from koursk_cli.store.workstore import default_store_root
from koursk_cli.store.yamldoc import _UNICODE_BREAK, _has_break, parse_events, parse_yaml
from koursk_cli.store.yamlregular import _IRREGULAR, irregular, read_regular
from koursk_cli.store.yamlscalars import RESOLVERS, plain_tag
from koursk_cli.textnorm import shown
from tests.conftest import REPO
from tests.test_generate import _generate
from tests.test_properties import FUZZ

SAMPLE = (default_store_root() / "data" / "events" / "front.yaml").read_text(encoding="utf-8")
CORE = "tag:yaml.org,2002:"


def _oracle(text: str) -> tuple[Any, list[tuple[int, int, str]]]:
    """Compose with yaml.CSafeLoader, then convert each node (for texts without anchors: an alias is refused). A
    line break of YAML's that editors do not count (U+0085, U+2028, U+2029) is refused first, where an editor puts
    it (rev31 L1)."""
    problems: list[tuple[int, int, str]] = []
    if breaks := [i for i, char in enumerate(text) if char in "\x85\u2028\u2029"]:
        before = text[: breaks[0]]
        return None, [(before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1, "as a line break")]

    def mark(node: Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def convert(node: Node) -> Any:
        if isinstance(node, MappingNode):
            result = LocatedMap(mark(node))
            if node.tag != CORE + "map":
                problems.append((*mark(node), f"YAML tag {node.tag} is not allowed"))
            for key, value in node.value:
                if key.tag == CORE + "merge":
                    problems.append((*mark(key), "merge keys"))
                elif not isinstance(key, ScalarNode) or key.tag != CORE + "str":
                    problems.append((*mark(key), "keys must be plain words"))
                elif key.value in result:
                    problems.append((*mark(key), f"duplicate key '{key.value}'"))
                else:
                    result.key_marks[key.value], result.value_marks[key.value] = mark(key), mark(value)
                    result[key.value] = convert(value)
            return result
        if not isinstance(node, ScalarNode):
            items = LocatedList(mark(node))
            if node.tag != CORE + "seq":
                problems.append((*mark(node), f"YAML tag {node.tag} is not allowed"))
            for child in node.value:
                items.item_marks.append(mark(child))
                items.append(convert(child))
            return items
        if node.tag in (CORE + "str", CORE + "timestamp"):
            return node.value
        kind = node.tag[len(CORE) :]
        if kind not in ("int", "float", "bool", "null"):
            problems.append((*mark(node), f"YAML tag {node.tag} is not allowed"))
            return None
        try:
            return getattr(SafeConstructor, f"construct_yaml_{kind}")(SafeConstructor(), node)
        except (ValueError, IndexError, yaml.YAMLError):
            problems.append((*mark(node), f"cannot read '{shown(node.value)}'"))  # messages cut long values
            return None

    try:
        node = yaml.CSafeLoader(text).get_single_node()
    except yaml.MarkedYAMLError as error:
        where = error.problem_mark or error.context_mark
        return None, [(where.line + 1, where.column + 1, "YAML syntax error")] if where else [(1, 1, "YAML")]
    except yaml.YAMLError as error:  # a character YAML refuses: where it stands
        before = text[: getattr(error, "position", 0)]
        return None, [(before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1, "YAML error")]
    return (None if node is None else convert(node)), problems


def _located(value: Any, light: bool = False) -> Any:
    """Values with the marks they hold, for comparing two readings; `light`: only the marks a reading without marks
    keeps (read_regular(marks=False): each map's and list's own, and an `id` value's)."""
    if isinstance(value, LocatedMap):
        key_marks = {} if light else value.key_marks
        value_marks = {k: m for k, m in value.value_marks.items() if k == "id" or not light}
        items = tuple((k, _located(v, light)) for k, v in value.items())
        return ("map", value.mark, tuple(key_marks.items()), tuple(value_marks.items()), items)
    if isinstance(value, LocatedList):
        return ("list", value.mark, () if light else tuple(value.item_marks), tuple(_located(v, light) for v in value))
    return (type(value).__mro__[-2 if isinstance(value, AmbiguousNumber) else 0], value)


def _same_as_oracle(text: str) -> None:
    value, problems = parse_yaml(text, "f.yaml")
    expected, expected_problems = _oracle(text)
    assert [(p.line, p.col) for p in problems] == [(line, col) for line, col, _ in expected_problems]
    for problem, (_, _, words) in zip(problems, expected_problems, strict=True):
        assert words.replace(CORE, "!!") in problem.message
    if not problems or not problems[0].message.startswith("YAML syntax error"):
        assert _located(value) == _located(expected)


SNIPPETS = st.sampled_from(
    [": ", "\n", "  ", "- ", "[", "]", "{", "}", ", ", "'", '"', "#", "!!str ", "!!int ", "!x ", "<<: ", "? ",
     "no", "1.500", "0100", "25:00", ".nan", "2024-10-01", "~", "|\n  a\n", "---\n", "\t", "x", "a: 1\n", "a: 2\n"]
)  # fmt: skip


@settings(max_examples=FUZZ, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.integers(0, len(SAMPLE) - 1), st.integers(0, 40), st.lists(SNIPPETS, max_size=4), st.text(max_size=6))
def test_values_marks_and_problems_are_those_of_the_composed_tree(
    at: int, cut: int, snippets: list[str], noise: str
) -> None:
    text = SAMPLE[:at] + "".join(snippets) + noise.replace("&", "") + SAMPLE[at + cut :].replace("&", "")
    _same_as_oracle(text)


def test_a_long_value_it_cannot_read_is_cut_in_its_message() -> None:
    """The fuzz test above once drew a 300-character `!!int` value: the message cuts it (textnorm.shown), as every
    message does; the oracle did not, so the test failed at random."""
    _same_as_oracle("a: !!int " + "x" * 300 + "\n")


def test_every_shipped_file_reads_as_the_composed_tree() -> None:
    for path in sorted((default_store_root() / "data").rglob("*.yaml")):
        _same_as_oracle(path.read_text(encoding="utf-8"))


def _problems(text: str) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in parse_yaml(text, "f.yaml")[1]]


ALIAS = "YAML aliases (*name) are not allowed in the store; write the value out"


def test_an_alias_is_reported_once_where_its_anchor_stands() -> None:
    assert _problems("a: &x [1]\nb: *x\nc: [*x]\n") == [(1, 4, ALIAS)]
    value, _ = parse_yaml("a: &x [1]\nb: *x\nc: [*x]\n", "f.yaml")
    assert value["b"] is None and value.value_marks["b"] == (1, 4) and value["c"].item_marks == [(1, 4)]


def test_an_undefined_alias_a_duplicate_anchor_and_a_second_document_are_syntax_errors() -> None:
    assert _problems("a: *nowhere\n") == [(1, 4, "YAML syntax error: found undefined alias")]
    assert _problems("a: &x 1\nb: &x 2\n") == [
        (2, 4, "YAML syntax error: found duplicate anchor; first occurrence second occurrence")
    ]
    assert _problems("a: 1\n---\nb: 2\n") == [
        (2, 1, "YAML syntax error: expected a single document in the stream but found another document")
    ]


def test_an_alias_as_a_key_is_refused_like_any_alias() -> None:
    """An alias is never read, as a key either (the composed tree's converter read its anchor's text there, so a file
    held an alias with no problem reported: eighth review, L2): one problem per anchor, where the anchor stands, and
    the key's value is left out."""
    value, problems = parse_yaml("a: &k x\n*k : 2\nb: &n 3\n*n : 4\n", "f.yaml")
    assert dict(value) == {"a": "x", "b": 3}
    assert [(p.line, p.col, p.message) for p in problems] == [(1, 4, ALIAS), (3, 4, ALIAS)]


def test_an_alias_to_an_anchor_the_reader_skipped_is_still_refused(tmp_path: Path) -> None:
    """A value under a refused key (a duplicate, a merge key) is read but not kept; an alias to an anchor inside it
    is refused like any other (the composed tree's converter, which never visited that value, let it through)."""
    problems = _problems("a: 1\na: &d 2\nb: *d\n&k c: 3\nd: *k\n")
    assert (2, 1, "duplicate key 'a' (first given at line 1)") in problems
    assert (2, 4, ALIAS) in problems and (4, 1, ALIAS) in problems
    assert _problems("a: 1\na: !!python/object x\n") == [(2, 1, "duplicate key 'a' (first given at line 1)")]


CLAIMS_SAMPLE = next((default_store_root() / "data" / "claims").glob("*.yaml")).read_text(encoding="utf-8")
SCHEMA = load_schema()
KINDS = {"events": (SAMPLE, "event"), "claims": (CLAIMS_SAMPLE, "claim")}


@settings(max_examples=FUZZ, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.sampled_from(sorted(KINDS)),
    st.floats(0, 1),
    st.integers(0, 30),
    st.lists(SNIPPETS, max_size=3),
    st.text(max_size=4),
)
def test_an_entry_is_accepted_at_once_exactly_when_the_validator_reports_nothing(
    kind: str, where: float, cut: int, snippets: list[str], noise: str
) -> None:
    """validate_file lets the schema's compiled predicate accept an entry without walking it with marks: it must
    accept exactly the entries the Validator finds nothing wrong with."""
    text, item = KINDS[kind]
    at = int(where * (len(text) - 1))
    value, problems = parse_yaml(text[:at] + "".join(snippets) + noise + text[at + cut :], "f.yaml")
    entries = value.get(kind) if isinstance(value, dict) else None
    if problems or not isinstance(entries, list):
        return
    accepts = acceptor(SCHEMA, item)
    for entry in entries:
        checker = Validator(SCHEMA, "f.yaml")
        checker.check(entry, {"$ref": f"#/$defs/{item}"}, "", (1, 1))
        assert accepts(entry) == (not checker.problems), checker.problems


# --- the regular reader: the lines koursk writes, read without libyaml --------------------------------------------

USUAL_PLAIN = ["ev-1", "src-00001", "2024-10-01", "2024-10-08/2024-10-13", "2025-01~", "2024-11-08?", "Entité 5",
               "a b", "12", "l'armée", "a:b", "http://x.y/z", "x#y", "a,b", "a[b]", 'a"b', "no", "null", "~", "1.500",
               "-5", "0100", "yes", "On", "Null", "25:00", "1_000", "+3", ".nan", "0x1f", "1e3", "é", "a  b"]  # fmt: skip
ODD_PLAIN = ["2001-12-14t21:59:43.10-05:00", "12 000", "a{b}", "-x", "- x", "?x", ":x", "&a", "*a", "!x", "!!str x",
             "%x", "@x", "`x", "|", ">", "'", '"', "a #c", "a:", "a: b", "[a]", "{a: b}", "\u00a0x", "x\u00a0",
             "\u2028", "0b101", ".inf"]  # fmt: skip
USUAL_KEYS = ["id", "date", "title", "en", "fr", "a_b", "x-y", "quote", "n1"]
ODD_KEYS = ["null", "yes", "1", "on", "é", "<<", "a b", "~"]


T = TypeVar("T")


class _Writer:
    """A text in (and now and then just out of) the layout koursk writes, drawn with `odds` of an odd choice at each
    step: block mappings and sequences, items whose mapping starts on their `- ` line, flow lists and mappings of
    scalars, comments, blank lines, spacing."""

    def __init__(self, rng: random.Random, odds: float) -> None:
        self.rng, self.odds = rng, odds
        self.lines: list[str] = []

    def pick(self, usual: list[T], odd: list[T]) -> T:
        return self.rng.choice(odd if self.rng.random() < self.odds else usual)

    def scalar(self) -> str:
        kind = self.rng.randrange(3)
        if kind == 0:
            return str(self.pick(USUAL_PLAIN, ODD_PLAIN))
        text = "".join(
            self.pick(list("ab é#:,'[]{}-"), ["\\", '"', "\u2028", "\u00a0", "\t"])
            for _ in range(self.rng.randrange(6))
        )
        return f'"{text}"' if kind == 1 else f"'{text}'"

    def tail(self) -> str:
        return str(self.pick(["", "", "  # c", " "], ["#c", " \t", "\t", " #"]))

    def block(self, indent: int, depth: int, prefix: str = "") -> None:
        rng, lines, used = self.rng, self.lines, set()
        for index in range(rng.randint(1, 3)):
            lead = prefix if index == 0 and prefix else " " * indent
            key = str(self.pick(USUAL_KEYS, ODD_KEYS))
            if key in used and rng.random() > self.odds:
                key += f"_{index}"
            used.add(key)
            if rng.random() < 0.1:
                lines.append(rng.choice(["", "# note", "   # note", "  "]))
            kind = rng.randrange(7 if depth < 3 else 4)
            if kind <= 1:
                lines.append(f"{lead}{key}: {self.scalar()}{self.tail()}")
            elif kind == 2:
                items = [self.scalar() for _ in range(rng.randrange(4))]
                lines.append(f"{lead}{key}: [{str(self.pick([', '], [',', ' , ', ',  '])).join(items)}]{self.tail()}")
            elif kind == 3:
                pairs = [f"{self.pick(USUAL_KEYS, ODD_KEYS)}: {self.scalar()}" for _ in range(rng.randrange(4))]
                lines.append(f"{lead}{key}: {{{', '.join(pairs)}}}{self.tail()}")
            elif kind == 4:
                lines.append(f"{lead}{key}:{self.tail()}")
                self.block(indent + self.pick([2, 4], [1, 0]), depth + 1)
            else:
                lines.append(f"{lead}{key}:{self.tail()}")
                inner = indent + self.pick([2, 4], [0])
                for _ in range(rng.randint(1, 3)):
                    if kind == 5:
                        self.block(inner + 2, depth + 1, " " * inner + self.pick(["- "], ["-  ", "-"]))
                    else:
                        lines.append(f"{' ' * inner}- {self.scalar()}{self.tail()}")


@st.composite
def _regular_documents(draw: st.DrawFn) -> str:
    writer = _Writer(random.Random(draw(st.integers(0, 2**32))), draw(st.sampled_from([0.0, 0.02, 0.1])))
    writer.block(0, 0)
    text = "\n".join(writer.lines) + draw(st.sampled_from(["\n", "", "\n\n"]))
    if draw(st.integers(0, 3)) == 3:  # a snippet of anything, anywhere
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(SNIPPETS | st.text(max_size=3)) + text[at:]
    return text


@settings(max_examples=max(300, FUZZ * 4), suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(_regular_documents())
def test_a_text_the_regular_reader_takes_reads_the_same_through_libyaml(text: str) -> None:
    """Whatever the regular reader takes, libyaml's reading (held to the composed tree above) gives the same values
    and marks, and finds no problem: every problem is found and worded by libyaml's reading alone."""
    regular = read_regular(text)
    if regular is None:
        return
    value, problems = parse_events(text, "f.yaml")
    assert problems == []
    assert _located(regular) == _located(value)
    assert _located(read_regular(text, marks=False)) == _located(value, light=True)


def test_the_regular_reader_takes_the_files_koursk_writes(tmp_path: Path) -> None:
    """The generator's files and the shipped ones written without escapes are regular (else nothing is faster),
    and each reads as libyaml reads it."""

    _generate(tmp_path / "store", 300, 3)
    written = sorted((tmp_path / "store" / "data").rglob("*.yaml"))
    shipped = sorted((default_store_root() / "data").rglob("*.yaml"))
    for path in [*written, *shipped]:
        text = path.read_text(encoding="utf-8")
        regular = read_regular(text)
        if path in written or "\\" not in text:
            assert regular is not None, path
        if regular is not None:
            value, problems = parse_events(text, "f.yaml")
            assert problems == [] and _located(regular) == _located(value), path


def test_an_irregular_text_is_left_to_libyaml() -> None:
    for text in ["a: b\n  c\n", "a:\n- b\n", "a: \"x\\ty\"\n", "a: &x 1\n", "a: !!str 1\n", "a:\tb\n", "a: b\r\n",
                 "a: 1\na: 2\n", "yes: 1\n", "a: |\n  x\n", "---\na: 1\n", "\ufeffa: 1\n", "a: [b, ]\n", "a: x\u2028"]:  # fmt: skip
        assert read_regular(text) is None, text
    assert read_regular("a: [b, 'c']  # n\nd:\n  - {e: f}\n") == {"a": ["b", "c"], "d": [{"e": "f"}]}
    deep = "".join(f"{' ' * level}a:\n" for level in range(150)) + " " * 150 + "a: 1\n"
    assert read_regular(deep) is None and "nesting is too deep" in parse_yaml(deep, "f.yaml")[1][0].message


def test_a_character_is_left_to_libyaml_exactly_when_it_is_not_read_as_itself_on_one_line() -> None:
    """Every code point, one at a time after a regular line: left to libyaml exactly when YAML 1.1 does not call it
    printable (libyaml refuses it) or reads it otherwise than as itself within a line (tab, carriage return, NEL,
    line and paragraph separators, the byte-order mark). The class is spelled as the characters it takes, so it is
    held here to that definition, written as the ranges it leaves."""
    printable = [(0x0A, 0x0A), (0x20, 0x7E), (0xA0, 0x2027), (0x202A, 0xD7FF), (0xE000, 0xFEFE), (0xFF00, 0xFFFD)]
    printable.append((0x10000, 0x10FFFF))
    left = [code for code in range(0x110000) if not any(low <= code <= high for low, high in printable)]
    every = "".join(map(chr, range(0x110000)))
    assert [ord(found) for found in _IRREGULAR.findall(every)] == left
    assert read_regular("a: b\u0085\n") is None and read_regular("a: b\U0001f600\n") == {"a": "b\U0001f600"}


@given(st.lists(st.sampled_from(["a", "é", "«\xa0", " ", "\n", "\u2019", "\U0001f600"]) | st.characters(), max_size=30))
def test_the_latin1_test_of_irregular_characters_is_the_class_s_search(pieces: list[str]) -> None:
    """yamlregular.irregular tests Latin-1 text as bytes, any other text with the class: the same answer as the
    class's search on every text, here mixes of Latin-1 text, wider characters and any character; every single
    code point (after a Latin-1 one, and after a wider one) is held to it below, and so is yamldoc's test of the
    line breaks YAML reads and editors do not."""
    text = "".join(pieces)
    assert irregular(text) == (_IRREGULAR.search(text) is not None)
    assert _has_break(text) == (_UNICODE_BREAK.search(text) is not None)


def test_every_code_point_is_irregular_exactly_when_the_class_takes_it() -> None:
    for code in range(0x110000):
        character = chr(code)
        expected = _IRREGULAR.match(character) is not None
        assert irregular(f"é{character}") == irregular(f"\u2019{character}") == expected, hex(code)
        assert _has_break(f"é{character}") == (_UNICODE_BREAK.match(character) is not None), hex(code)


def test_the_resolver_table_is_pyyaml_s_own() -> None:
    """yamlscalars keeps a copy of PyYAML's implicit resolvers so that a regular file is read without importing
    PyYAML: the copy must be its table exactly (each first character's tags, expressions and flags, in order), so a
    PyYAML that resolves otherwise fails here, by name."""
    theirs = yaml.resolver.Resolver.yaml_implicit_resolvers
    assert {
        first: [(tag, found.pattern, found.flags) for tag, found in resolvers] for first, resolvers in theirs.items()
    } == {
        first: [(tag, found.pattern, found.flags) for tag, found in resolvers] for first, resolvers in RESOLVERS.items()
    }
    assert not yaml.resolver.Resolver.yaml_path_resolvers


PLAIN_WORDS = ("yes", "No", "TRUE", "off", "On", "null", "NULL", "inf", ".nan", "2024-11-03", "2024-1-3", "12:30:00")
PLAIN_PIECES = st.sampled_from([*"0179_-+.:eExbTt \tZ~<=!", *PLAIN_WORDS, "ev-"])


@given(st.lists(PLAIN_PIECES | st.characters(), max_size=8).map("".join))
def test_a_plain_scalar_resolves_as_pyyaml_resolves_it(text: str) -> None:
    """The copied table, tried as PyYAML's resolver tries it, gives the tag CSafeLoader's resolver gives, on any text."""
    resolver = getattr(yaml, "CSafeLoader", yaml.SafeLoader)("")
    assert plain_tag(text) == resolver.resolve(ScalarNode, text, (True, False))


def test_a_regular_file_is_read_without_pyyaml(tmp_path: Path) -> None:
    """Reading a regular file of strings and dates (an events file) imports neither PyYAML nor store/yamlevents.py;
    a number built, or a file that is not regular, imports them (a fresh interpreter each)."""
    program = (
        "import sys; from koursk_cli.store.yamldoc import parse_yaml; parse_yaml(sys.stdin.read(), 'f.yaml');"
        " print(sorted(m for m in sys.modules if m == 'yaml' or m.endswith('yamlevents')))"
    )

    def imported(text: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", program], input=text, capture_output=True, text=True, check=True, cwd=REPO
        ).stdout.strip()

    assert imported(SAMPLE) == "[]"
    assert imported("events:\n  - id: a\n    count: 12\n") == "['yaml']"
    assert imported("events: &a\n  - id: a\n") == "['koursk_cli.store.yamlevents', 'yaml']"
