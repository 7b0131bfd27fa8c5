"""How `koursk extract` scales with the size of one sentence: a pasted page with no sentence punctuation is one
sentence, so its cost must grow with its length, not with the square of its dates (code review 3, M5); and with the
size of a page of many short lines, whose boxes of briefs are looked for line by line (round 98).

Usage: python benchmarks/bench_extract.py [--sizes 500,1000,2000] [--runs 3] [--timeout 120]

For each shape (many dates, many dates and weekdays, many figures, a page) and each size N, an article repeats the
shape's phrase N times after an AFP dateline (on one line, but for the page); `koursk extract` runs on it as a whole
process (the installed console script, under a timeout so a runaway never hangs the machine) and the in-process date
reader (`find_dates`) on the same line (`-` for the page, which extract reads line by line, never at once). The table
gives medians in seconds and, for each doubling of N, the ratio of the times: about 2 is linear, about 4 quadratic. A
run that hits the timeout prints `>TIMEOUT` and stops that shape.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from koursk_cli.commands.extract import MAX_ARTICLE_BYTES
from koursk_cli.dates import parse_edtf
from koursk_cli.extract.frdates import find_dates

_SCRIPT = Path(sys.executable).with_name("koursk")
KOURSK = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "koursk_cli"]
PUBLISHED = "2024-11-06"
DATELINE = "KIEV, 6 novembre 2024 (AFP) - "
SHAPES = {
    "dates": "Les frappes du 12 mars et de samedi et dimanche, ",
    "weekdays": "samedi et dimanche, ",
    "figures": "Selon Kiev, 200 soldats ont été tués, ",
    # a page of many lines: a paragraph, a short heading, labelled briefs and a bulleted line (round 98's foot boxes)
    "page": (
        "Le renseignement a affirmé le 3 mars que quelque 300 soldats avaient été tués.\n\nAgenda\n"
        "Montclavel : la piscine fermée jusqu'au 12 avril pour travaux\nValbrune : 40 visiteurs au marché samedi\n"
        "• Tram B : travaux rue Jaune.\nLire aussi\n\n"
    ),
}


def _extract_seconds(path: Path, timeout: float) -> float | None:
    start = time.perf_counter()
    try:
        subprocess.run(
            [*KOURSK, "extract", str(path), "--published", PUBLISHED],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def _dates_seconds(text: str) -> float:
    start = time.perf_counter()
    find_dates(text, parse_edtf(PUBLISHED))
    return time.perf_counter() - start


def _ratio(times: list[float | None]) -> str:
    """How much longer the last size took than the one before (sizes double: ×2 is linear, ×4 quadratic)."""
    last, before = (times[-1], times[-2]) if len(times) > 1 else (None, None)
    return f"×{last / before:.1f}" if last is not None and before else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="500,1000,2000", help="repeats of each shape's phrase, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (the median is printed)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a whole-process run is stopped")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes (repeatable)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"{'shape':<9} {'N':>6} {'bytes':>8} {'extract s':>10} {'ratio':>6} {'find_dates s':>13} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for shape in args.shape or sorted(SHAPES):
            whole: list[float | None] = []
            dates: list[float | None] = []
            for size in sizes:
                line = DATELINE + SHAPES[shape] * size + "ont fait dix morts."
                if len(line.encode()) + 1 > MAX_ARTICLE_BYTES:  # extract refuses it (exit 2): nothing to time
                    print(f"{shape:<9} {size:>6} over extract's limit of {MAX_ARTICLE_BYTES:,} bytes", flush=True)
                    break
                path = Path(folder) / f"{shape}-{size}.txt"
                path.write_text(line + "\n", encoding="utf-8")
                runs = [_extract_seconds(path, args.timeout) for _ in range(args.runs)]
                whole.append(None if None in runs else statistics.median(r for r in runs if r is not None))
                one_line = "\n" not in line  # extract reads a page's dates line by line, never the page at once
                dates.append(statistics.median(_dates_seconds(line) for _ in range(args.runs)) if one_line else None)
                shown = ">TIMEOUT" if whole[-1] is None else f"{whole[-1]:.2f}"
                in_process = "-" if dates[-1] is None else f"{dates[-1]:.3f}"
                print(
                    f"{shape:<9} {size:>6} {len(line.encode()):>8} {shown:>10} {_ratio(whole):>6}"
                    f" {in_process:>13} {_ratio(dates):>6}",
                    flush=True,
                )
                if whole[-1] is None:
                    break


if __name__ == "__main__":
    main()
