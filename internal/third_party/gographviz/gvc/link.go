package gvc

import (
	_ "unsafe"

	"github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt"
	"github.com/lipgraph/lipgraph/internal/third_party/gographviz/cgraph"
	"github.com/lipgraph/lipgraph/internal/third_party/gographviz/internal/wasm"
)

//go:linkname toGraph github.com/lipgraph/lipgraph/internal/third_party/gographviz/cgraph.toGraph
func toGraph(*wasm.Graph) *cgraph.Graph

//go:linkname toGraphWasm github.com/lipgraph/lipgraph/internal/third_party/gographviz/cgraph.toGraphWasm
func toGraphWasm(*cgraph.Graph) *wasm.Graph

//go:linkname toNode github.com/lipgraph/lipgraph/internal/third_party/gographviz/cgraph.toNode
func toNode(*wasm.Node) *cgraph.Node

//go:linkname toEdge github.com/lipgraph/lipgraph/internal/third_party/gographviz/cgraph.toEdge
func toEdge(*wasm.Edge) *cgraph.Edge

//go:linkname toDictLink github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toLink
func toDictLink(*wasm.DictLink) *cdt.Link

//go:linkname toDictLinkWasm github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toLinkWasm
func toDictLinkWasm(*cdt.Link) *wasm.DictLink
