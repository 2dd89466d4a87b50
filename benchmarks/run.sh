#!/usr/bin/env bash
# Runs every benchmark against a --members N community (default 1,000,000) and prints each
# figure with its target, then the machine it ran on. The raw JSON lines go to
# $WORK/results.jsonl as well.
#
#   benchmarks/run.sh [--members N] [--only NAME...]
#
# BUILD_DIR (default build) is the build tree; STEWARD_BENCH_DIR (default
# /tmp/steward-bench) keeps the seeded platform database and the synced cache between runs,
# so only the first run pays for seeding (~20 s at 1M). Needs ~6 GB free there at 1M.
# A full run at 1M takes about 10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
WORK=${STEWARD_BENCH_DIR:-/tmp/steward-bench}
members=1000000
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --members) members=$2; shift 2 ;;
    --only) shift; while [ $# -gt 0 ] && [[ $1 != --* ]]; do only+=("$1"); shift; done ;;
    *) echo "usage: benchmarks/run.sh [--members N] [--only sync|startup|members|moderation|tiers|kpi|report ...]" >&2; exit 2 ;;
  esac
done
wanted() { [ ${#only[@]} -eq 0 ] || [[ " ${only[*]} " == *" $1 "* ]]; }

command -v sqlite3 >/dev/null || { echo "benchmarks/run.sh: sqlite3 is needed (scripts/install-deps.sh installs it)" >&2; exit 1; }
[ -f "$BUILD_DIR/build.ninja" ] || scripts/build.sh
cmake --build "$BUILD_DIR" --target steward steward-platform bench_sync bench_startup bench_members \
  bench_moderation bench_tiers bench_kpi bench_report >/dev/null

mkdir -p "$WORK"
results=$WORK/results.jsonl
: >"$results"
bench=$BUILD_DIR/benchmarks
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

run() { # NAME COMMAND...: the command's JSON lines go to the results; its chatter to stderr
  local name=$1; shift
  wanted "$name" || return 0
  echo "== $name: $*" >&2
  local start=$SECONDS
  if ! "$@" | tee -a "$results" >&2; then
    echo "{\"benchmark\":\"$name\",\"failed\":true}" >>"$results"
  fi
  echo "   ($((SECONDS - start)) s)" >&2
}

# First sync (leaves the synced 1M cache in $WORK/cache for the others) and incremental.
run sync "$bench/bench_sync" --members "$members" --work "$WORK" --runs 5
cache=$WORK/cache
if [ ! -f "$cache/cache.sqlite" ] && [ -z "$(ls "$cache"/*.sqlite 2>/dev/null)" ]; then
  echo "benchmarks/run.sh: no synced cache in $cache; run without --only first" >&2
  exit 1
fi
cachefile=$(ls "$cache"/*.sqlite | head -1)
run startup "$bench/bench_startup" --data-dir "$cache" --runs 5
# Pane benchmarks, each on its own copy so none changes what the next one sees.
copy=$WORK/pane-cache
prepare_copy() { rm -rf "$copy"; mkdir -p "$copy"; cp "$cache"/* "$copy"/; }
wanted members && prepare_copy
run members "$bench/bench_members" "$copy" --members "$members"
wanted tiers && prepare_copy
run tiers "$bench/bench_tiers" "$copy/$(basename "$cachefile")" --members "$members"
mkdir -p "$WORK/moderation-cache"
run moderation "$bench/bench_moderation" --items 100000 --data-dir "$WORK/moderation-cache"
run kpi "$bench/bench_kpi"
run report "$bench/bench_report" "$cache" --quarter 2026Q3 --runs 5
rm -rf "$copy"

python3 - "$results" <<'PY'
import json, sys
rows = []
def add(figure, value, unit, target, ok):
    rows.append((figure, f"{value:,.1f} {unit}" if isinstance(value, float) else f"{value:,} {unit}", target,
                 "met" if ok else "MISSED"))
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line.startswith("{"):
        continue
    j = json.loads(line)
    b = j.get("benchmark") or j.get("bench")
    if j.get("failed"):
        rows.append((b, "failed", "", "FAILED")); continue
    if b == "first_sync":
        add(f"First sync, {j['members']:,} members, {j['rows']:,} rows", j["seconds"], "s",
            f"< 2x sqlite3 .import ({j['floor_all_rows_seconds']:.1f} s; {j['ratio_to_floor']:.2f}x)",
            j["ratio_to_floor"] <= 2)
        add("  sqlite3 .import of the member rows alone", j["floor_member_rows_seconds"], "s", "(floor)", True)
        add("  peak memory of the sync", j["peak_rss_mib"], "MiB", "< 300 MiB", j["peak_rss_mib"] < 300)
    elif b == "incremental_pull":
        add(f"Incremental sync, {j['changes_made']:,} server changes pulled (median)", j["median_ms"], "ms", "< 200 ms", j["median_ms"] < 200)
    elif b == "incremental_push":
        add(f"Incremental sync, {j['changes_pushed']:,} local changes pushed (median)", j["median_ms"], "ms", "< 200 ms", j["median_ms"] < 200)
    elif b == "cold_start":
        add(f"Cold start to usable window, opening on {j['pane']} (median)", j["ready_median_ms"], "ms", "< 1 s", j["ready_median_ms"] < 1000)
        if j.get("page_cache_dropped_median_ms") is not None:
            add(f"  same, page cache dropped first", float(j["page_cache_dropped_median_ms"]), "ms", "< 1 s", j["page_cache_dropped_median_ms"] < 1000)
    elif b == "peak_memory":
        add(f"Peak memory, console opened on each pane (worst: {j['worst_pane']})", j["peak_mib"], "MiB", "< 300 MiB", j["peak_mib"] < 300)
    elif b == "peak_memory_session":
        add("Peak memory, one session visiting every pane", j["peak_mib"], "MiB", "< 300 MiB", j["peak_mib"] < 300)
    elif b == "members":
        add(f"Member search keystroke to first screen, {j['members']:,} (median)", j["search_keystroke_median_ms"], "ms", "< 30 ms", j["search_keystroke_median_ms"] < 30)
        add("  sort change to first screen (median)", j["sort_change_median_ms"], "ms", "(no target)", True)
        add("  peak memory of the member list", j["peak_rss_mb"], "MiB", "< 300 MiB", j["peak_rss_mb"] < 300)
    elif b == "moderation":
        add(f"Moderation filter, {j['items']:,} items (median)", j["filter_ms_median"], "ms", "< 30 ms", j["filter_ms_median"] < 30)
        add("  decision key to next item (median)", j["decision_to_next_ms_median"], "ms", "< 16 ms", j["decision_to_next_ms_median"] < 16)
        add("  decision key to next item (p95)", j["decision_to_next_ms_p95"], "ms", "< 16 ms", j["decision_to_next_ms_p95"] < 16)
    elif b == "tiers":
        add(f"Tier what-if recount, {j['members']:,} members (median)", j["whatif_ms_median"], "ms", "< 1 s", j["whatif_ms_median"] < 1000)
        add("  RFM segment pass", j["segments_ms"], "ms", "(no target)", True)
    elif b == "kpi":
        add(f"KPI period switch and redraw, {j['days']:,} days (max)", j["switch_and_redraw_ms_max"], "ms", "< 100 ms", j["switch_and_redraw_ms_max"] < 100)
        add("  median", j["switch_and_redraw_ms_median"], "ms", "< 100 ms", j["switch_and_redraw_ms_median"] < 100)
    elif b == "report":
        add(f"Quarterly report PDF, {j['pages']} pages, {j['members']:,} members (median)", j["export_ms"], "ms", "< 1.5 s", j["export_ms"] < 1500)
w = max(len(r[0]) for r in rows) if rows else 10
print()
print(f"{'Figure':<{w}}  {'Result':>14}  {'Target':<40} Status")
for figure, value, target, status in rows:
    print(f"{figure:<{w}}  {value:>14}  {target:<40} {status}")
PY

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(free -g | awk '/Mem:/ {print $2}') GiB RAM, load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -sr), \
Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
