#!/bin/sh
# Regenerates the sample reports in this folder. Run from the repository root:
#   sh examples/reports/make.sh
# The screenshots (*.png) come from the browser test:
#   LIPGRAPH_SCREENSHOTS=examples/reports go test ./report -run Browser
set -e
for s in midsize smallcentre neighbourhood; do
	go run ./cmd/lipgraph report testdata/$s --format html -o examples/reports/$s.html
done
