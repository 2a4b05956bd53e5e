// Package palette holds the colours of the sector categories, shared by
// the diagrams of package draw and the GEXF files of package export.
package palette

import "github.com/lipgraph/lipgraph/network"

// colours holds the fill colours of the sector categories, in the order of
// Taxonomy.Categories: ColorBrewer's qualitative "Set3" (Harrower & Brewer
// 2003), light enough for black labels. A taxonomy with more than twelve
// categories reuses them in turn.
var colours = [...]string{
	"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
	"#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
}

// Unknown fills a partner whose sector has no category.
const Unknown = "#ffffff"

// Category returns the fill colour of a sector category of t, as "#rrggbb":
// the palette entry at the category's position in t.Categories(), or
// Unknown for a category t does not define (including "") or a nil t.
func Category(t *network.Taxonomy, category string) string {
	if t == nil {
		return Unknown
	}
	for i, c := range t.Categories() {
		if c == category {
			return colours[i%len(colours)]
		}
	}
	return Unknown
}
