#!/usr/bin/env bash
# The coverage-guided campaign of docs/reliability.md: SharpFuzz instruments JourneyKit.dll, AFL++ (Debian's afl++)
# drives each target for a while. Usage:
#   fuzz/run.sh [seconds-per-target] [target …]        targets: map events answers (default: all three, 1800 s each)
# Each target runs in its own afl-fuzz at nice 19, all at once; findings land in fuzz/out/<target>/default/crashes
# and hangs. Replay one with the uninstrumented build:
#   dotnet run --project fuzz/JourneyKit.Fuzz -c Release -- <target> docs/examples/online-retail.json <file>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-1800}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(map events answers)

command -v afl-fuzz >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
[ -x .tools/sharpfuzz/sharpfuzz ] || dotnet tool install --tool-path .tools/sharpfuzz SharpFuzz.CommandLine --version 2.3.0

out=fuzz/out; bin="$out/bin"
rm -rf "$bin"; mkdir -p "$out"
dotnet publish fuzz/JourneyKit.Fuzz -c Release -o "$bin" -nologo -v q
.tools/sharpfuzz/sharpfuzz "$bin/JourneyKit.dll"

# Small seeds: AFL++ mutates faster the shorter they are.
seeds="$out/seeds"; rm -rf "$seeds"; mkdir -p "$seeds/map" "$seeds/events" "$seeds/answers"
cp src/JourneyKit.Cli/Templates/minimal.json "$seeds/map/minimal.json"
cp docs/examples/online-retail.json "$seeds/map/online-retail.json"
head -n 25 docs/examples/online-retail-events.csv > "$seeds/events/events.csv"
head -n 25 docs/examples/online-retail-answers.csv > "$seeds/answers/answers.csv"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
pids=()
for target in "${targets[@]}"; do
  rm -rf "$out/$target"
  nice -n 19 afl-fuzz -i "$seeds/$target" -o "$out/$target" -t 10000 -m none -V "$seconds" \
    -- dotnet "$bin/JourneyKit.Fuzz.dll" "$target" docs/examples/online-retail.json > "$out/$target.log" 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || true; done

for target in "${targets[@]}"; do
  stats="$out/$target/default/fuzzer_stats"
  echo "== $target"
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|edges_found|total_edges|saved_crashes|saved_hangs)' "$stats" || tail -n 20 "$out/$target.log"
done
