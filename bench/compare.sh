#!/usr/bin/env bash
# Side-by-side timing of lipgraph against python-igraph (bench/peer_suite.py)
# on a network from bench/gen_network.py, in one run on the same machine.
#
#   bench/compare.sh validate [N=100000] [RUNS=5]   lipgraph validate  vs igraph load+project + build
#   bench/compare.sh metrics  [N=10000]  [RUNS=3]   lipgraph metrics   vs igraph betweenness
#   bench/compare.sh metrics-sampled [N=100000] [RUNS=3]
#                                   lipgraph metrics --betweenness-samples 256 vs igraph total without betweenness
#   bench/compare.sh metrics-error [N=100000] [RUNS=3] [EPS=0.01]
#                                   lipgraph metrics --betweenness-error EPS (guaranteed error, confidence 0.95)
#                                   vs igraph total without betweenness (igraph has no bounded estimate);
#                                   also prints the pairs sampled (adaptive) against the fixed-size bound's
#   bench/compare.sh score    [N=100000] [RUNS=5]   lipgraph score (all partnerships); no peer has scoring
#   bench/compare.sh exact100k [N=100000] [RUNS=1]  lipgraph metrics with exact betweenness at national
#                                   scale, against the 60 s target (igraph's exact betweenness there
#                                   takes tens of minutes, so no peer is run); prints the ratio to 60 s
#
# Runs alternate (peer, lipgraph, peer, ...) so machine noise hits both; prints
# each run, then medians, the ratio lipgraph/peer and lipgraph's peak RSS.
# Needs Debian's python3-igraph (apt-get install -y python3-igraph python3-networkx).
set -euo pipefail
mode=${1:?usage: bench/compare.sh validate|metrics|metrics-sampled|metrics-error|score|exact100k [N] [RUNS] [EPS]}
here=$(cd "$(dirname "$0")/.." && pwd)
case $mode in
  validate) n=${2:-100000}; runs=${3:-5} ;;
  metrics) n=${2:-10000}; runs=${3:-3} ;;
  metrics-sampled) n=${2:-100000}; runs=${3:-3} ;;
  metrics-error) n=${2:-100000}; runs=${3:-3}; eps=${4:-0.01} ;;
  score) n=${2:-100000}; runs=${3:-5} ;;
  exact100k) n=${2:-100000}; runs=${3:-1}; label=target ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
benchdir=${LIPGRAPH_BENCH_DIR:-${TMPDIR:-/tmp}/lipgraph-bench}
data=$benchdir/net$n
[ -f "$data/partners.csv" ] || /usr/bin/python3 "$here/bench/gen_network.py" "$n" "$data" >/dev/null
# a binary and a timing file of this run's own, so that runs from several
# checkouts at once do not replace each other's
bin=$(mktemp "$benchdir/lipgraph.XXXXXX")
timing=$(mktemp)
trap 'rm -f "$bin" "$timing"' EXIT
(cd "$here" && go build -o "$bin" ./cmd/lipgraph)

peer_steps() { # prints the peer's step timings as "name seconds"
  /usr/bin/python3 "$here/bench/peer_suite.py" igraph "$data" "$@" | awk '$1=="igraph"{print $2, $3}'
}
ours() { # runs lipgraph, prints "seconds maxrss_kb"
  /usr/bin/time -f "%e %M" -o "$timing" "$bin" "$@" >/dev/null
  cat "$timing"
}
peer=(); us=(); rss=()
for r in $(seq "$runs"); do
  case $mode in
    validate)
      p=$(peer_steps --skip-betweenness | awk '$1=="load+project"||$1=="build"{s+=$2} END{printf "%.3f", s}')
      o=$(ours validate "$data") ;;
    metrics)
      p=$(peer_steps | awk '$1=="betweenness"{printf "%.3f", $2}')
      o=$(ours metrics "$data" --format json) ;;
    metrics-sampled)
      p=$(peer_steps --skip-betweenness | awk '$1=="total"{printf "%.3f", $2}')
      o=$(ours metrics "$data" --format json --betweenness-samples 256 --seed 1) ;;
    metrics-error)
      p=$(peer_steps --skip-betweenness | awk '$1=="total"{printf "%.3f", $2}')
      o=$(ours metrics "$data" --format json --betweenness-error "$eps" --seed 1 -o "$benchdir/metrics-error.json") ;;
    score)
      p=0
      o=$(ours score "$data" --format json) ;;
    exact100k)
      p=60 # the target, in seconds
      o=$(ours metrics "$data" --format json) ;;
  esac
  peer+=("$p"); us+=("${o% *}"); rss+=("${o#* }")
  echo "run $r: ${label:-peer} $p s, lipgraph ${o% *} s, peak RSS ${o#* } KiB"
done
/usr/bin/python3 - "$mode" "$n" "${peer[*]}" "${us[*]}" "${rss[*]}" <<'PY'
import statistics as s, sys
mode, n = sys.argv[1], sys.argv[2]
peer, us, rss = ([float(x) for x in a.split()] for a in sys.argv[3:6])
mp, mu = s.median(peer), s.median(us)
peer_name = "target" if mode == "exact100k" else "peer"
print(f"{mode} on gen_network.py {n}: median {peer_name} {mp:.3f} s, median lipgraph {mu:.3f} s, "
      + (f"ratio {mu/mp:.3f}, " if mp > 0 else "")
      + f"lipgraph peak RSS max {max(rss)/1024:.0f} MiB")
PY
if [ "$mode" = metrics-error ]; then
  /usr/bin/python3 - "$benchdir/metrics-error.json" "$n" "$eps" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
pairs, pilot, fixed = m["betweenness_pairs"], m["betweenness_pilot_pairs"], m["betweenness_pairs_fixed"]
print(f"metrics-error on gen_network.py {sys.argv[2]}, eps {sys.argv[3]}: bound achieved {m['betweenness_error']:.5f}, "
      f"pairs {pairs} + pilot {pilot} (cap {m['betweenness_pairs_cap']}) vs fixed-size {fixed}: "
      f"{(pairs + pilot) / fixed:.3f} of the fixed sample")
PY
fi
