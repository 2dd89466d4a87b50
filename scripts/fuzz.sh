#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into build-fuzzclang/
# and runs each for a while over a copy of its seed corpus, one fuzzer at a time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET (60)] [TARGET...]   targets: snapshot apijson apierror keywords csv
# Crashes, timeouts and out-of-memory inputs are copied to tests/fuzz/regressions/<target>/
# (rename them after what they show; tst_fuzzregressions replays them). The in-repo corpus
# is never changed: what a run finds stays in build-fuzzclang/fuzz-work/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[ $# -gt 0 ] && shift
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2; }
all=(snapshot apijson apierror keywords csv)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

# Longest input per target: big enough for a real page or sheet, small enough to stay fast.
declare -A max_len=([snapshot]=16384 [apijson]=8192 [apierror]=4096 [keywords]=4096 [csv]=8192)
for t in "${targets[@]}"; do
  [ -n "${max_len[$t]:-}" ] || { echo "unknown target '$t' (known: ${all[*]})" >&2; exit 2; }
done

# clang and its libFuzzer/sanitizer runtime are needed only here, so scripts/install-deps.sh
# (and with it every test run) leaves them out; install them when missing.
need=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi
build=${BUILD_DIR:-build-fuzzclang}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTEWARD_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

summary=()
status=0
for t in "${targets[@]}"; do
  work="$build/fuzz-work/$t"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/"$t"/* "$work/corpus/"
  dict=()
  [ -f "tests/fuzz/dict/$t.dict" ] && dict=(-dict="tests/fuzz/dict/$t.dict")
  echo "== fuzz_$t for ${seconds}s (log: $work/log)"
  rc=0
  start=$SECONDS
  # UBSan aborts with a stack; ASan's leak check stays on (Qt's caches are reachable, not leaks).
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
      "${dict[@]}" "$work/corpus" >"$work/log" 2>&1 || rc=$?
  found=0
  for f in "$work"/artifacts/crash-* "$work"/artifacts/timeout-* "$work"/artifacts/oom-*; do
    [ -e "$f" ] || continue
    mkdir -p "tests/fuzz/regressions/$t"
    cp "$f" "tests/fuzz/regressions/$t/"
    echo "   kept tests/fuzz/regressions/$t/$(basename "$f")"
    found=$((found + 1))
  done
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
  took=$((SECONDS - start))
  cov=$(grep -E '^#[0-9]+' "$work/log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
  [ $found -gt 0 ] || [ $rc -ne 0 ] && status=1
  [ $rc -ne 0 ] && [ $found -eq 0 ] && tail -30 "$work/log" >&2
  summary+=("$(printf '%-9s runs %-10s exec/s %-7s seconds %-5s %-20s new findings %d%s' \
    "$t" "${runs:-?}" "${rate:-?}" "$took" "${cov:-cov: ?}" "$found" "$([ $rc -ne 0 ] && echo " (exit $rc)")")")
done
echo
printf '%s\n' "${summary[@]}"
exit $status
