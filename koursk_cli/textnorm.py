"""Text folding shared by look-ups, `--text` search and the quote check; and store text made safe to show."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # Unicode's Cc category, but for the newline
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


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


def fold(text: str) -> str:
    """Case- and accent-insensitive key: `Soudja` and `SOUDJA`, `Koursk` and `koursk`, `Corée` and `coree` meet."""
    if text.isascii():  # nothing to decompose, no typographic quote; ASCII case folding is lower()
        return _SPACES.sub(" ", text).strip().lower()
    return _SPACES.sub(" ", text.translate(_FOLDED)).strip().casefold()


def normalise_quote(text: str) -> str:
    """The only forgiveness the quote check allows: white space runs and typographic quotes."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)).strip()


def visible(text: str) -> str:
    """Make control characters (escape sequences, bells, C1 codes) visible instead of letting a terminal obey them."""
    if text.isprintable():
        return text
    return _CONTROLS.sub(lambda control: f"\\x{ord(control.group()):02x}", text)


_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
SHOWN_LIMIT = 200


def shown(text: str, limit: int | None = SHOWN_LIMIT) -> str:
    """User or store text inside a message, on one line: every control character (newline, escape sequences, bidi
    overrides that reorder a line on screen) written as an escape, and a long value cut with a count of the rest.

    The one helper every error, warning and problem line goes through, so a hostile file name, key or argument can
    neither drive the terminal nor fake extra `path:line:col:` lines."""
    cut = text if limit is None or len(text) <= limit else text[:limit]
    escaped = _UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", cut
    )
    return escaped if limit is None or cut is text else f"{escaped}…({len(text) - limit:,} more characters)"


# A figure written with thousands separators: `12 000`, `12.000`, `12,000` (after folding, narrow and non-breaking
# spaces are plain spaces). Groups of exactly three digits are joined, so `1.5` and `2024, 12` stay apart.
_GROUPED_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?:[ .,]\d{3})+(?!\d)")
_WORD = re.compile(r"[^\W_]+")  # letters and digits: underscores and punctuation separate words


def _normalised(text: str) -> str:
    return _GROUPED_NUMBER.sub(lambda number: re.sub(r"[ .,]", "", number.group()), fold(text))


def search_words(text: str) -> list[str]:
    """The words `--text` compares: folded (case, accents, typographic quotes), figures joined (12 000 -> 12000).

    Both a query and an event's text go through this one function, which is the whole definition of a match: every
    word of the query must be one of the event's words (`troup*` matches any word starting with `troup`)."""
    return _WORD.findall(_normalised(text))


def query_words(text: str) -> list[tuple[str, bool]]:
    """A `--text` query as (word, is_prefix) pairs: a word written with a trailing `*` matches words it begins."""
    normalised = _normalised(text)
    return [(m.group(), normalised.startswith("*", m.end())) for m in _WORD.finditer(normalised)]


def matches_words(wanted: list[tuple[str, bool]], words: str) -> bool:
    """Whether an event's search words (space-separated, from search_words) hold every wanted word."""
    present = set(words.split())
    return all(word in present if not prefix else any(w.startswith(word) for w in present) for word, prefix in wanted)
