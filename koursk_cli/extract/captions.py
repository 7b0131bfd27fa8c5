"""Pictures' captions (pure): a picture of something else, a caption that ends on its day and its credit, a caption
mark, a credit alone on its line. Their dates are the picture's, never the story's."""

from __future__ import annotations

import re

from .frwords import fold_word
from .lexicon import printed_phrases, words
from .pagelines import phrase_alternation

_UNRELATED_PICTURE = re.compile(printed_phrases("unrelated_pictures") + r"(?!\w)", re.IGNORECASE)


# A picture's credit ending its caption: « (KIM WON JIN / AFP) », « AHN YOUNG-JOON / AP », « via REUTERS - SBU »,
# « Photo Sergei Supinsky / AFP », « Crédit : Reuters », agencies in capitals (« KCNA VIA REUTERS »).
_CREDIT = (
    r"(?:\([^()\n]{2,60}/[^()\n]{2,40}\)|(?:photo|cr[ée]dit)s?\b[^\n]{0,60}|via\s+\S[^\n]{0,40}"
    r"|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40})\s*/\s*\S[^\n]{0,30}|(?-i:[A-ZÀ-Ý]{2,}(?:[ '’.-]+[A-ZÀ-Ý]{2,}){0,4}))"
)
# … after the day the picture was taken, ending its description, perhaps with its place: « Le président …, à Séoul,
# le 7 novembre 2024. », « Le président, le 10 janvier 2025 à Kiev. »
_DATED_CAPTION = re.compile(
    rf",\s+(?:le\s+)?\d{{1,2}}(?:er)?\s+[^\W\d_]+\.?\s+\d{{4}}"
    rf"(?:\s+[àa]\s+(?-i:[A-ZÀ-Ý][\w'’-]*)(?:[ -](?-i:[A-ZÀ-Ý][\w'’-]*))?)?\s*\.?\s*(?:[–—-]\s*)?{_CREDIT}\s*$",
    re.IGNORECASE,
)


_CAPTION_MARK = re.compile(rf"^(?:{phrase_alternation(words('caption_marks'))})")
_CREDIT_LINE = re.compile(
    rf"^(?:{phrase_alternation(words('credit_lines'))})\s*:?\s*(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s*[/,-]?\s*[A-ZÀ-Ý][\w'’.-]*){{0,4}})$",
    re.IGNORECASE,
)


# A picture's description: one line of at most this many characters, one sentence at most (a paragraph of the story
# goes on after its first full stop)
_CAPTION_LENGTH = 200
TWO_SENTENCES = re.compile(r"[.!?…]\s+\S")


def _reads_as_caption(body: str) -> bool:
    """Whether a line may be a picture's caption: short, one sentence at most, not a credit itself."""
    return (
        len(body) <= _CAPTION_LENGTH
        and TWO_SENTENCES.search(body.rstrip('»”" .)')) is None
        and _CREDIT_LINE.match(body) is None
    )


def _credited_captions(lines: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The captions of the credits alone on their line (« PHOTO AFP »): the line right above, if it reads as a caption
    (the usual layout, caption then credit), else the line right below, if it does. A blank line parts them: the line
    after a blank line under a credit is the story's."""
    spans: list[tuple[int, int]] = []
    for i, (_, _, body) in enumerate(lines):
        if _CREDIT_LINE.match(body) is None:
            continue
        above = lines[i - 1] if i > 0 else None
        below = lines[i + 1] if i + 1 < len(lines) else None
        if above is not None and above[2] and _reads_as_caption(above[2]):
            spans.append(above[:2])
        elif below is not None and below[2] and _reads_as_caption(below[2]):
            spans.append(below[:2])
    return spans


def unrelated_captions(text: str) -> list[tuple[int, int]]:
    """The lines that caption a picture of something else (lexicon.toml `unrelated_pictures`: « Photo
    d'illustration », « Image d'archives »), that date their picture by their last words, before its credit
    (« Le président sud-coréen à Séoul, le 7 novembre 2024. AHN YOUNG-JOON / AP »), that a caption mark opens
    (« [Photo] ») or that a credit alone on its line names (« PHOTO AFP », see `_credited_captions`): their dates are
    the picture's, never the story's. A caption that dates something else (« une vidéo diffusée le 12 janvier 2025
    par Kiev, montrant … Photo X / AFP ») keeps its date."""
    lines = [(m.start(), m.end(), m.group().strip()) for m in re.finditer(r"^.*$", text, re.MULTILINE)]
    spans = {
        (start, end)
        for start, end, body in lines
        if body
        and (
            _UNRELATED_PICTURE.search(body)
            or _DATED_CAPTION.search(body)
            or _CAPTION_MARK.match(fold_word(body).lower())
        )
    }
    return sorted(spans.union(_credited_captions(lines)))
