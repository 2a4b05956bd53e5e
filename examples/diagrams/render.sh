#!/bin/sh
# Regenerates the sample diagrams in this folder with the lipgraph CLI and
# its built-in Graphviz. Run from the repository root:
#   sh examples/diagrams/render.sh
set -e
out=examples/diagrams
lg="go run ./cmd/lipgraph"
for s in midsize smallcentre neighbourhood; do
	$lg render testdata/$s --view structure -o $out/structure-$s.svg
	$lg render testdata/$s --view structure --highlight-gaps --title "$s: gaps" -o $out/structure-gaps-$s.svg
	$lg render testdata/$s --view partners --size-by betweenness --brokers --key-players 3 --highlight-gaps -o $out/partners-$s.svg
done
$lg render testdata/midsize --view partners --size-by eigenvector --cluster community -o $out/partners-communities-midsize.svg
# PNG through the system Graphviz: the built-in one draws PNG without cluster borders
$lg render testdata/midsize --view structure --graphviz system -o $out/structure-midsize.png
$lg render testdata/waves/2022 testdata/waves/2024 --view change --title "Riverton LIP, 2022 to 2024" -o $out/change-riverton.svg
