package cgraph

import (
	_ "unsafe"

	"github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt"
	"github.com/lipgraph/lipgraph/internal/third_party/gographviz/internal/wasm"
)

//go:linkname toDict github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toDict
func toDict(*wasm.Dict) *cdt.Dict

//go:linkname toDictWasm github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toDictWasm
func toDictWasm(*cdt.Dict) *wasm.Dict

//go:linkname toDictLink github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toLink
func toDictLink(*wasm.DictLink) *cdt.Link

//go:linkname toDictLinkWasm github.com/lipgraph/lipgraph/internal/third_party/gographviz/cdt.toLinkWasm
func toDictLinkWasm(*cdt.Link) *wasm.DictLink

func toGraphWasm(v *Graph) *wasm.Graph {
	if v == nil {
		return nil
	}
	return v.wasm
}
