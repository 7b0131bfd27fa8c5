"""The work a call does, counted rather than timed (a timed assertion flakes under load and proves little; speed is
measured in benchmarks/): a compiled pattern standing in for a module's own, telling how many characters each call
was handed and how far each match it gave back reads."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any


class CountedPattern:
    """`pattern`, its calls counted: `handed` holds the characters each call may read (from `pos` to `endpos`, or the
    whole string), `matched` the length of each match it returned. Put it in place of a module's pattern with
    monkeypatch.setattr: the module's functions look their patterns up at each call."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.handed: list[int] = []
        self.matched: list[int] = []

    def _hand(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
        self.handed.append(max(0, min(endpos, len(string)) - pos))

    def _found(self, found: re.Match[str] | None) -> re.Match[str] | None:
        if found is not None:
            self.matched.append(found.end() - found.start())
        return found

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._hand(string, pos, endpos)
        return self._found(self.pattern.search(string, pos, endpos))

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._hand(string, pos, endpos)
        return self._found(self.pattern.match(string, pos, endpos))

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self._hand(string, pos, endpos)
        return self._found(self.pattern.fullmatch(string, pos, endpos))

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self._hand(string, pos, endpos)
        for found in self.pattern.finditer(string, pos, endpos):
            self._found(found)
            yield found

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._hand(string, pos, endpos)
        return self.pattern.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        self._hand(string)
        return self.pattern.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groupindex: the pattern's own
        return getattr(self.pattern, name)
