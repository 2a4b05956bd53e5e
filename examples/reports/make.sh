#!/bin/sh
# Regenerates the sample reports in this folder. Run from the repository root:
#   sh examples/reports/make.sh
# The full-page screenshots (*.png) come from the browser test (Chromium):
#   LIPGRAPH_SCREENSHOTS=examples/reports go test ./report -run Browser
# and were reduced to 128 colours before being committed (a third of the size):
#   /usr/bin/python3 -c 'from PIL import Image; import sys
#   for p in sys.argv[1:]: Image.open(p).convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(p, optimize=True)' examples/reports/*.png
set -e
for s in midsize smallcentre neighbourhood; do
	go run ./cmd/lipgraph report testdata/$s --format html -o examples/reports/$s.html
done
