"""A file's own fields: the date a key or an attribute holds as its value, in the files people save and paste (an Org
heading's « CLOSED: [2025-01-20 lun. 18:02] », « #+DATE: <2025-02-14 ven.> », « :CREATED: [2025-01-06 lun.] »; a
gettext header's « "POT-Creation-Date: 2025-05-05 14:12+0200\\n" »; BibTeX's « date = {2025-03} », « eventdate =
{2025-06-12/2025-06-13} »; HTML's « content="2025-08-06T09:30:00+02:00" », « datetime="2025-08-06T09:30" »). Such a
date is the file's bookkeeping, no fact's day, and its digits are no figure (sealed38 u18-u20, sealed39 v18-v19:
sixteen of them proposed as events; round 58). A date told in the line's words stays (« - [2024-11-04 lun.] Kiev : »
opens an entry: no key names it)."""

from __future__ import annotations

import re

_ISO = r"\d{4}-\d\d(?:-\d\d)?"
# a key and its colon opening the line (« CLOSED: [ », « #+DATE: < », « "POT-Creation-Date: », JSON's
# « "publishedAt": " »: round 74, sealed34 q18) or an equals sign and the value's opening (« date = { », « content=" »),
# then the date, perhaps the second end of an interval
_FIELD_DATE = re.compile(
    rf"(?:^[ \t]*+\"?(?:#\+)?:?[^\W\d_][\w-]*+\"?:[ \t]*+[<\[\"]?|=[ \t]*+[{{\"'])"
    rf"(?P<date>{_ISO}(?:/{_ISO})?)(?![\d-])",
    re.MULTILINE,
)


def field_dates(text: str) -> list[tuple[int, int]]:
    """Where the dates that are a field's value stand, sorted."""
    return [found.span("date") for found in _FIELD_DATE.finditer(text)]
