"""Text folding shared by look-ups, `--text` search and the quote check; and store text made safe to show."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TYPOGRAPHIC_PAIRS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'))
_TYPOGRAPHIC = str.maketrans(dict(_TYPOGRAPHIC_PAIRS))


class _FoldedCharacters(dict[int, str]):
    """Each character's folded form, worked out the first time it is met (a `str.translate` table).

    Folding a text character by character gives the same result as folding it whole: NFKD decomposes each
    character on its own and only reorders combining marks, which are all dropped; the typographic quotes and
    case folding map single characters too. A store's text uses a few hundred distinct characters, so this table
    stays small while it spares a generator step per character (folding was a fifth of a cold load)."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_TYPOGRAPHIC)
        self[code] = folded
        return folded


_FOLDED = _FoldedCharacters()
# The combining accents of Latin letters (U+0300-U+036F but U+034F, the one that combines with nothing): once NFKD
# has split `é` into `e` and its accent, dropping these leaves what _FOLDED gives a text that was accented Latin
# (the whole text decomposed at C speed instead of one look-up per character, three times faster on French). A
# decomposed text with no character but ASCII and these drops them by an ASCII encoding that ignores the rest (one
# scan for anything else costs a third of removing the accents with a substitution: rev41 cold41).
_BEYOND_ACCENTS = re.compile(
    "[^\x00-\x7f" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]"
)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: `Soudja` and `SOUDJA`, `Koursk` and `koursk`, `Corée` and `coree` meet."""
    if text.isascii():  # nothing to decompose, no typographic quote; ASCII case folding is lower()
        return " ".join(text.split()).lower()  # `split()` splits on what `\s` matches (str.isspace): runs, then strip
    return _folded(text, _latin(text))


def _folded(text: str, bare: bytes | None) -> str:
    """fold's result, given `bare`, the text's _latin form."""
    if bare is not None:
        return " ".join(bare.decode("ascii").split()).lower()
    # a character beyond accented Latin letters (or a typographic quote): one at a time
    return " ".join(text.translate(_FOLDED).split()).casefold()


def _latin(text: str) -> bytes | None:
    """A text of ASCII and accented Latin letters without its accents, as ASCII (case and spaces as they are); None
    when it holds any other character."""
    if text.isascii():
        return text.encode("ascii")
    try:
        latin_1 = text.encode("latin-1")
    except UnicodeEncodeError:  # beyond Latin-1 (`’`, `ŝ`, a decomposed accent): the whole text decomposed
        decomposed = unicodedata.normalize("NFKD", text)
        return None if _BEYOND_ACCENTS.search(decomposed) is not None else decomposed.encode("ascii", "ignore")
    bare = latin_1.translate(_LATIN_1_BARE)
    return bare if bare.isascii() else None


def _latin_1_bare(code: int) -> int:
    """What _latin's decomposition leaves of one Latin-1 character: a single ASCII byte (`é` e, `²` 2, a no-break
    space a space), or 0xff for a character it refuses (`æ`, `«`, `¼`, whose NFKD holds `⁄`)."""
    decomposed = unicodedata.normalize("NFKD", chr(code))
    bare = decomposed.encode("ascii", "ignore")
    return bare[0] if _BEYOND_ACCENTS.search(decomposed) is None and len(bare) == 1 else 0xFF


# _latin of a Latin-1 text one byte at a time, at C speed (a fifth of the whole text's NFKD and scan): NFKD decomposes
# each character on its own and only reorders the combining marks it then drops, and no Latin-1 character decomposes
# into more than one ASCII character (_latin_1_bare would refuse it), so the text's form is its characters' forms.
_LATIN_1_BARE = bytes(map(_latin_1_bare, range(256)))


def normalise_quote(text: str) -> str:
    """The only forgiveness the quote check allows: white space runs and typographic quotes."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        for (
            typographic,
            plain,
        ) in _TYPOGRAPHIC_PAIRS:  # a scan each at C speed, where translate looks up every character
            text = text.replace(typographic, plain)
    return " ".join(text.split())


def visible(text: str) -> str:
    """Store text shown where it may span lines (a quote, a table cell): control characters (escape sequences,
    bells, C1 codes), bidi controls (U+202E shows the rest of a line reversed) and every other invisible format
    character (zero-width spaces, soft hyphens, Unicode tag characters that can carry a whole hidden text) written as
    escapes instead of being obeyed, or hidden, by the terminal; newlines kept. On one line, use `shown`."""
    if text.isprintable():  # no Cc, Cf (format characters), Zl or Zp character: nothing to escape
        return text
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


# Unicode's format characters (category Cf: bidi controls, U+200B, U+2060, U+FEFF, U+00AD, the tag characters
# U+E0000-E007F …), invisible on a terminal (rev26 L3: a title could carry text nobody sees), as of the Unicode of
# Python 3.11; tests/test_rev26_limits.py checks that every Cf character is among them.
FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
_BIDI_AND_SEPARATORS = FORMAT_CHARACTERS + "\u2028\u2029"
# What no curated text holds, so `check` refuses it in any store text and the CSV export escapes it (rev37u U13,
# rev37h L1): every control character (C0, DEL, C1: an escape sequence, a bell, a carriage return, which a terminal
# obeys; the tab too, which `visible` shows as `\x09` and the quote check reads as any space) and the line and
# paragraph separators, which no reader sees. Only the line feed stays: a block scalar ends with one, a quote or
# a note may span the article's paragraphs, and every output flattens, quotes or escapes it.
NOT_TEXT = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROLS = re.compile(f"[{NOT_TEXT.pattern[1:-1]}{FORMAT_CHARACTERS}]")  # NOT_TEXT and the format characters
# Messages also escape lone surrogates: the bytes of an argument or file name that are not UTF-8 (PEP 383), which a
# stream can only write raw or refuse.
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}\ud800-\udfff]")
SHOWN_LIMIT = 200
# What a format's own text may hold raw on a terminal: tabs, newlines and CRLF line ends. Every other control
# character (a lone carriage return rewrites the line), C1 code (\x9b starts an escape sequence), bidi control and
# line separator is store text a terminal would obey. A pattern string, compiled on first use (re caches it): the
# runs that never write to a terminal do not pay to compile it.
_TERMINAL_UNSAFE = f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}]|\r(?!\n)"


_SPACING_NOT_TEXT = re.compile(
    "[\t\x0b-\x0d\x1c-\x1f\x85\u2028\u2029]"
)  # what NOT_TEXT holds that str.split reads as a space


def spaced(text: str) -> str:
    """`text` with each white space NOT_TEXT holds (a tab, a form feed, U+2028…) written as a space: a quote drafted
    from an article that printed a tab, which `check` refuses in store text, yet reads as any space (normalise_quote),
    so the quote still matches its article."""
    return text if text.isprintable() else _SPACING_NOT_TEXT.sub(" ", text)


def escape_not_text(text: str) -> str:
    """`text` with what NOT_TEXT matches written as `\\x07`, `\\u2028`: for a file written from a store `check` did
    not pass (a draft, a cache someone edited), which a terminal or a spreadsheet would show or obey."""
    return text if text.isprintable() else NOT_TEXT.sub(_escape, text)


# The control characters' names: Unicode gives them none, only aliases, which these are (unicodedata.lookup finds
# each), but for U+0007's, ISO 6429's BELL (Unicode's BELL is U+1F514, so its alias is ALERT).
# fmt: off
_C0_NAMES = [
    "NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY", "ACKNOWLEDGE", "BELL",
    "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT",
    "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE", "END OF TRANSMISSION BLOCK", "CANCEL",
    "END OF MEDIUM", "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR", "GROUP SEPARATOR", "RECORD SEPARATOR", "UNIT SEPARATOR",
]
_C1_NAMES = [
    "PADDING CHARACTER", "HIGH OCTET PRESET", "BREAK PERMITTED HERE", "NO BREAK HERE", "INDEX", "NEXT LINE",
    "START OF SELECTED AREA", "END OF SELECTED AREA", "CHARACTER TABULATION SET",
    "CHARACTER TABULATION WITH JUSTIFICATION", "LINE TABULATION SET", "PARTIAL LINE FORWARD", "PARTIAL LINE BACKWARD",
    "REVERSE LINE FEED", "SINGLE SHIFT TWO", "SINGLE SHIFT THREE", "DEVICE CONTROL STRING", "PRIVATE USE ONE",
    "PRIVATE USE TWO", "SET TRANSMIT STATE", "CANCEL CHARACTER", "MESSAGE WAITING", "START OF GUARDED AREA",
    "END OF GUARDED AREA", "START OF STRING", "SINGLE GRAPHIC CHARACTER INTRODUCER", "SINGLE CHARACTER INTRODUCER",
    "CONTROL SEQUENCE INTRODUCER", "STRING TERMINATOR", "OPERATING SYSTEM COMMAND", "PRIVACY MESSAGE",
    "APPLICATION PROGRAM COMMAND",
]
# fmt: on
_CONTROL_NAMES = {**dict(enumerate(_C0_NAMES)), 0x7F: "DELETE", **dict(enumerate(_C1_NAMES, 0x80))}


def character_name(char: str) -> str:
    """`U+0007 BELL`, `U+2028 LINE SEPARATOR`: how a message names a character nobody sees."""
    code = ord(char)
    return f"U+{code:04X} {_CONTROL_NAMES.get(code) or unicodedata.name(char, 'without a name')}"


def for_terminal(text: str) -> str:
    """A whole output (CSV, JSON, HTML…) made safe to show on a terminal: every character a terminal could obey
    written as a `\\u` escape, which keeps JSON valid JSON. Only for a terminal: files and pipes get the bytes."""
    if text.isprintable():
        return text
    return re.sub(_TERMINAL_UNSAFE, _json_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    """A character as JSON writes it: beyond U+FFFF (a tag character), as its UTF-16 surrogate pair."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


# Every line break Python's str.splitlines knows (a page pasted from a browser or a word processor may hold U+2028,
# U+0085, a form feed or a lone carriage return), each made a line feed of the same length so spans stay the article's.
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def one_kind_of_line_break(text: str, *, same_offsets: bool = True) -> str:
    """`text` with every line break a line feed: extract's rules split lines and paragraphs at line feeds only, and
    `read` shows an article saved with CRLF or CR line ends as lines, never as `\\x0d` (rev16 L13). With
    `same_offsets` (extract's quotes keep their places) « \\r\\n » is a space then one; `read` shows the lines, so
    there it is one line feed, never a space at the end of every line (rev18 L2)."""
    crlf = " \n" if same_offsets else "\n"
    return _LINE_BREAKS.sub(lambda m: crlf if m.group() == "\r\n" else "\n", text)


def article_text(text: str) -> str:
    """An article as extract's rules read it: one kind of line break, and composed (NFC). The rules' words hold « é »
    as one character; an article saved decomposed (« e » and U+0301, as some editors and macOS file names write it)
    gave no date and no topic (rev24 F18). Quotes are slices of this text: `check` composes the seed and the quote
    alike (`normalise_quote`), so it finds them in the seed as saved."""
    text = one_kind_of_line_break(text)
    return text if text.isascii() else unicodedata.normalize("NFC", text)


# A line break a pasted source file writes as an escape inside its double-quoted strings (a Graphviz label's
# « "NIS\\n19 déc. 2024\\n1 500 forces" », a JSON or gettext string), never outside one (LaTeX's « \\newline »,
# « 12\\thinspace000 », a Windows path) nor a tab's « \\t » (a table's cells read as one sentence: review96)
_QUOTED_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_ESCAPE = re.compile(r"\\.")  # an escape and the character it escapes, read left to right: « \\\\n » is no « \\n »


def read_escapes(text: str) -> str:
    """`text` with each escaped line break (« \\n », « \\r ») inside a double-quoted string (`_QUOTED_STRING`) read
    as the two spaces of its length: « "NIS\\n1 500 forces" » was read as 500, « \\nau moins 100 » as exactly 100
    (sealed187 m20, round 147). The same length, so a span of this text is the same span of the page, whose own
    characters extract's quotes keep (quotes.as_printed)."""
    if "\\" not in text:
        return text
    return _QUOTED_STRING.sub(lambda string: _ESCAPE.sub(_a_break_read, string.group()), text)


def _a_break_read(escape: re.Match[str]) -> str:
    return "  " if escape.group() in ("\\n", "\\r") else escape.group()


_MARKDOWN_ACTIVE = r"([\\`*_~&\[\]<>|])"  # what Markdown (and GitHub's) reads as markup, a link, HTML or a cell's end
_LINE_BREAK = r"\r\n|\r|\n"


def markdown_text(text: str) -> str:
    """Store text inside Markdown (an exported table's cell, a citation): markup characters escaped with a backslash
    (no link, image, raw HTML or emphasis of its own, no cell break), line breaks as `<br>` (a quote cannot leave
    its block quote), control characters visible, surrounding space trimmed."""
    escaped = re.sub(_MARKDOWN_ACTIVE, r"\\\1", visible(text.strip()))
    return re.sub(_LINE_BREAK, "<br>", escaped)


def shown(text: str, limit: int | None = SHOWN_LIMIT) -> str:
    """User or store text inside a message, on one line: every control character (newline, escape sequences, bidi
    overrides that reorder a line on screen) written as an escape, and a long value cut with a count of the rest.

    The one helper every error, warning and problem line goes through, so a hostile file name, key or argument can
    neither drive the terminal nor fake extra `path:line:col:` lines."""
    cut = text if limit is None or len(text) <= limit else text[:limit]
    escaped = _UNSAFE.sub(_escape, cut)
    if limit is None or cut is text:
        return escaped
    from .words import counted  # here: words reads humanize, which reads dates, which reads this module

    return f"{escaped}…({counted(len(text) - limit, 'more character')})"


# A figure written with thousands separators: `12 000`, `12.000`, `12,000` (after folding, narrow and non-breaking
# spaces are plain spaces). Groups of exactly three digits are joined, so `1.5` and `2024, 12` stay apart.
_GROUPED_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?:[ .,]\d{3})+(?!\d)")
_WORD = re.compile(r"[^\W_]+")  # letters and digits: underscores and punctuation separate words
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"  # what `\d` finds in an ASCII text: ten searches at C speed cost a tenth of its scan
_ASCII_DIGIT_BYTES = _ASCII_DIGITS.encode("ascii")
_ASCII_GAPS = bytes(
    code if code < 128 and chr(code).isalnum() else 0x20 for code in range(256)
)  # _WORD's complement, as spaces


def is_utf8(name: str) -> bool:
    """False for a file name the system gave as bytes that are not UTF-8 (it holds surrogates, PEP 383): the cache,
    the answers and their JSON cannot carry it."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable_name(name: str) -> bool:
    """Whether a file name the store holds (a data file's, a seed's) can be shown, cached and put in JSON as it is:
    printable (no control, bidi or separator character) and UTF-8. Any other is a problem of the store: rename it."""
    return name.isprintable() and is_utf8(name)


def figure_separators(text: str) -> list[int]:
    """The offsets of the thousands separators inside figures (`12 000`, `12.000`, `12,000`): what `--text` joins
    (12 000 -> 12000), for a search that must keep each character's place in the text (`read --around`)."""
    return [m.start() + i for m in _GROUPED_NUMBER.finditer(text) for i, c in enumerate(m.group()) if c in " .,"]


def _has_digit(text: str) -> bool:
    if text.isascii():
        return any(digit in text for digit in _ASCII_DIGITS)
    return _DIGIT.search(text) is not None


def _normalised(text: str) -> str:
    return _figures_joined(fold(text))


def _figures_joined(folded: str) -> str:
    if not _has_digit(folded):  # no figure to join (a scan for a digit costs a sixth of the substitution)
        return folded
    return _GROUPED_NUMBER.sub(lambda number: re.sub(r"[ .,]", "", number.group()), folded)


def search_words(text: str) -> list[str]:
    """The words `--text` compares: folded (case, accents, typographic quotes), figures joined (12 000 -> 12000).

    Both a query and an event's text go through this one function, which is the whole definition of a match: every
    word of the query must be one of the event's words (`troup*` matches any word starting with `troup`)."""
    return _words(text, _latin(text))


def titles_and_words(en: str, fr: str, quotes: Iterable[str]) -> tuple[str, str, list[str]]:
    """fold(en), fold(fr) and the search words of both titles and the quotes joined by newlines (an event's: the
    cache keeps all three), their accents taken off once: NFKD splits no character across a newline, so a title
    holding none is its line of the whole text's _latin form."""
    text = "\n".join([en, fr, *quotes])
    bare = _latin(text)
    if bare is None or "\n" in en or "\n" in fr:
        return fold(en), fold(fr), _words(text, bare)
    bare_en, bare_fr = bare.split(b"\n", 2)[:2]
    return _folded(en, bare_en), _folded(fr, bare_fr), _words(text, bare)


def _words(text: str, bare: bytes | None) -> list[str]:
    """search_words' result, given `bare`, the text's _latin form."""
    if bare is not None and not any(digit in bare for digit in _ASCII_DIGIT_BYTES):  # no figure: cut at C speed
        return bare.lower().translate(_ASCII_GAPS).decode("ascii").split()  # (white space runs are gaps anyway)
    normalised = _figures_joined(_folded(text, bare))
    if normalised.isascii():  # the words are the runs of ASCII letters and digits: cut at every other byte, in C
        return normalised.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split()
    return _WORD.findall(normalised)


MAX_QUERY_WORDS = 32
"""The most words a `--text` query may hold (a search box's worth)."""


QueryWord = tuple[str, bool]
"""A word of a `--text` query, and whether it is a prefix (`troup*` matches any word it begins); or a phrase, its
words joined by single spaces (`"coree du nord"`), which matches them in a row and is never a prefix."""
Alternatives = tuple[QueryWord, ...]
"""One term of a query: an event's words match it when they hold any of these (`(kursk koursk)`, or one word)."""
_GROUP = re.compile(r"\(([^()]*)\)")  # a parenthesised group of words
_PHRASE = re.compile(r'"([^"]*)"')  # words in a row
_TERM = re.compile(f"{_GROUP.pattern}|{_PHRASE.pattern}|[^\\W_]+")  # such a group, a phrase, or one word
_CHOICE = re.compile(f"{_PHRASE.pattern}|[^\\W_]+")  # a choice inside a group: a phrase or one word


def _phrase(text: str) -> QueryWord | None:
    """A phrase's words as one query word (a single word is that word), or None when it holds none."""
    words = _WORD.findall(text)
    return (" ".join(words), False) if words else None


def query_words(text: str) -> list[Alternatives]:
    """A `--text` query as its terms, every one of which must match: a word (`troup*` matches words it begins), a
    phrase in double quotes (`"coree du nord"`: its words in a row), or words and phrases in parentheses, any one of
    which will do (`(kursk koursk)`). query_text writes them back."""
    normalised = _normalised(text)
    terms: list[Alternatives] = []
    for term in _TERM.finditer(normalised):
        inside, quoted = term.group(1), term.group(2)
        if inside is not None:
            words = tuple(
                (m.group(), inside.startswith("*", m.end())) if m.group(1) is None else _phrase(m.group(1))
                for m in _CHOICE.finditer(inside)
            )
            chosen = tuple(word for word in words if word is not None)
            terms += [chosen] if chosen else []
        elif quoted is not None:
            terms += [(found,)] if (found := _phrase(quoted)) else []
        else:
            terms.append(((term.group(), normalised.startswith("*", term.end())),))
    return terms


def query_problem(text: str) -> str | None:
    """Why a `--text` query cannot mean what it seems to, or None (rev23 R1, R2): parentheses that do not pair one
    level deep (a forgotten `)` read an OR as an AND), or a written word inside them that is several words
    (`(l'otan rutte)` read as `l`, `otan` or `rutte`, nearly every event)."""
    depth = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth not in (0, 1):
            return "parentheses pair one level deep: (a b) is a or b"
    if depth:
        return "a '(' has no ')': (a b) is a or b"
    if _normalised(text).count('"') % 2:
        return "a '\"' has no closing '\"': \"a b\" is the words a b in a row"
    for group in _GROUP.finditer(text):
        for written in _PHRASE.sub(" ", group.group(1)).split():
            if len(_WORD.findall(_normalised(written))) > 1:
                return f"'{written}' is several words inside ( ): each choice there is one word, or words in \"quotes\""
    return None


def query_text(terms: list[Alternatives]) -> str:
    """The query text that query_words reads as `terms`."""

    def written(words: Alternatives) -> str:
        text = " ".join(f'"{word}"' if " " in word else word + ("*" if prefix else "") for word, prefix in words)
        return text if len(words) == 1 else f"({text})"

    return " ".join(map(written, terms))


def matches_words(wanted: list[Alternatives], words: str) -> bool:
    """Whether an event's search words (space-separated, from search_words) hold a word of every term wanted."""
    present = set(words.split())
    padded = f" {words} "
    for term in wanted:
        for word, prefix in term:
            if (
                f" {word} " in padded
                if " " in word
                else word in present
                if not prefix
                else any(w.startswith(word) for w in present)
            ):
                break
        else:
            return False
    return True
