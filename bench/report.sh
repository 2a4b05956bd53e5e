#!/usr/bin/env bash
# Sizes and whole-process timings of the report and the built-in Graphviz.
#
#   bench/report.sh size                 size of the lipgraph binary (plain, and stripped with -s -w)
#   bench/report.sh startup [RUNS=20]    median times of "lipgraph help" and "lipgraph validate" on
#                                        the mid-size sample (commands that render nothing: the
#                                        built-in Graphviz starts only when something is rendered)
#   bench/report.sh html [RUNS=5]        median time of "lipgraph report --format html" on the
#                                        mid-size sample, rendering included
#   bench/report.sh ranking [N=100000] [RUNS=3]
#                                        median time of the HTML ranking report of the
#                                        bench/gen_network.py N network (2,000 partnerships at 100000)
set -euo pipefail
mode=${1:?usage: bench/report.sh size|startup|html|ranking}
here=$(cd "$(dirname "$0")/.." && pwd)
benchdir=${LIPGRAPH_BENCH_DIR:-${TMPDIR:-/tmp}/lipgraph-bench}
mkdir -p "$benchdir"
bin=$benchdir/lipgraph
(cd "$here" && go build -o "$bin" ./cmd/lipgraph)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # runs the command RUNS times, prints the median wall time and the median CPU time (user+system) in seconds
  local runs=$1; shift
  "$@" >/dev/null # warm-up: file cache, the built-in Graphviz's compilation cache
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$benchdir/time" "$@" >/dev/null
    cat "$benchdir/time"
  done > "$benchdir/times"
  echo "$(cut -d' ' -f1 "$benchdir/times" | median) s wall, $(awk '{printf "%.2f\n", $2+$3}' "$benchdir/times" | median) s CPU"
}

case $mode in
  size)
    (cd "$here" && go build -ldflags="-s -w" -o "$benchdir/lipgraph-stripped" ./cmd/lipgraph)
    echo "lipgraph binary: $(stat -c %s "$bin") bytes; stripped (-ldflags=\"-s -w\"): $(stat -c %s "$benchdir/lipgraph-stripped") bytes"
    ;;
  startup)
    echo "lipgraph help: median $(timed "${2:-20}" "$bin" help)"
    echo "lipgraph validate (mid-size sample): median $(timed "${2:-20}" "$bin" validate "$here/testdata/midsize")"
    ;;
  html)
    echo "lipgraph report --format html (mid-size sample): median $(timed "${2:-5}" "$bin" report --format html -o "$benchdir/report.html")"
    ;;
  ranking)
    n=${2:-100000}
    data=$benchdir/net$n
    [ -f "$data/partners.csv" ] || /usr/bin/python3 "$here/bench/gen_network.py" "$n" "$data" >/dev/null
    echo "lipgraph report --format html ($n partners): median $(timed "${3:-3}" "$bin" report "$data" --format html -o "$benchdir/ranking.html")"
    echo "for comparison, lipgraph score ($n partners): median $(timed "${3:-3}" "$bin" score "$data" --format json)"
    ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
