#!/usr/bin/env bash
# Every issue-20 benchmark in one run, one after the other, as RESULTS.txt records them (« Every issue-20 target in one
# run »): A) bench_scale at 1M (a cold load, then every command), B) bench_onefile at 1M (one events file changed, 15
# rounds), C) 100k against the pickle build 47ec3419 (« today » in issue 20) with bench_scale --before, D) bench.py
# (start-up on the shipped store, 10k and 100k). About 20 minutes on 2 cores; run it on a quiet machine.
#
#   benchmarks/fullrun.sh NEW OLD S1M S100K
#
# NEW, OLD: venvs with koursk installed non-editable; S1M: a store from `python benchmarks/generate.py 1000000 S1M`;
# S100K: a 100k store from OLD's own generator, run in OLD's own tree (it copies that tree's data/):
#   mkdir OLDSRC && git archive 47ec3419 | tar -x -C OLDSRC && python -m venv OLD && OLD/bin/pip install OLDSRC
#   python OLDSRC/benchmarks/generate.py 100000 S100K
# Caches go to fresh folders under ${TMPDIR:-/tmp}, removed at the end.
set -eu
[ $# -eq 4 ] || { echo "usage: $0 NEW OLD S1M S100K (see the comment at the top)" >&2; exit 2; }
new=$1/bin/koursk; old=$2/bin/koursk; s1m=$3; s100k=$4
here=$(cd "$(dirname "$0")" && pwd)
py=$1/bin/python
work=$(mktemp -d "${TMPDIR:-/tmp}/koursk-fullrun-XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "== fullrun: $new against $old, start $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "\$ python benchmarks/bench_scale.py --koursk $new --store $s1m --cold --runs 5 --slow-runs 1"
"$py" "$here/bench_scale.py" --koursk "$new" --store "$s1m" --cold --runs 5 --slow-runs 1 --cache "$work/c1m"
rm -rf "$work/c1m"
echo "== B at $(date -u +%H:%M:%S)"
echo "\$ python benchmarks/bench_onefile.py --koursk $new --store $s1m --rounds 15"
"$py" "$here/bench_onefile.py" --koursk "$new" --store "$s1m" --rounds 15
echo "== C at $(date -u +%H:%M:%S)"
echo "\$ XDG_CACHE_HOME=OLDCACHE /usr/bin/time $old --data $s100k events --since 2025-01 --json   # its cold load"
XDG_CACHE_HOME="$work/old" /usr/bin/time -f "old cold load (pickle cache): %e s wall %U+%S s CPU %M KB" \
  "$old" --data "$s100k" events --since 2025-01 --json > /dev/null
only=()  # every command the pickle build has (not `claims`, `topics`)
for label in "events --since 2025-01 --json" "narrow: one actor, one week --json" "--text sommet --limit 50 --json" \
  "show ev-000123 --json" "completion of show ev-0001<TAB>" "timeline --since 2025-01 --json" \
  "events (piped, every event)" "events --json (every event)" "timeline --json (every event)" \
  "export csv -o FILE (every event)" "sources --json" "sources --claim troops --json" "show cl-000123 --json" \
  "export sqlite -o FILE"; do
  only+=(--only "$label")
done
echo "\$ python benchmarks/bench_scale.py --koursk $new --before $old --store $s100k --cold --runs 5 --slow-runs 3 --only ..."
"$py" "$here/bench_scale.py" --koursk "$new" --before "$old" --before-cache "$work/old" --store "$s100k" --cold \
  --runs 5 --slow-runs 3 --cache "$work/c100k" "${only[@]}"
echo "== D at $(date -u +%H:%M:%S)"
echo "\$ python benchmarks/bench.py --sizes 10000,100000 --runs 11"
"$py" "$here/bench.py" --sizes 10000,100000 --runs 11
echo "== end $(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg)"
