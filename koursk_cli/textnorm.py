"""Text folding shared by look-ups, `--text` search and the quote check; and store text made safe to show."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")  # Unicode's Cc category, but for the newline
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def fold(text: str) -> str:
    """Case- and accent-insensitive key: `Soudja` and `SOUDJA`, `Koursk` and `koursk`, `Corée` and `coree` meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_TYPOGRAPHIC)).strip().casefold()


def normalise_quote(text: str) -> str:
    """The only forgiveness the quote check allows: white space runs and typographic quotes."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)).strip()


def visible(text: str) -> str:
    """Make control characters (escape sequences, bells, C1 codes) visible instead of letting a terminal obey them."""
    if text.isprintable():
        return text
    return _CONTROLS.sub(lambda control: f"\\x{ord(control.group()):02x}", text)
