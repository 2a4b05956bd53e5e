//go:build !nographviz

package render

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
)

// wasm serialises the use of go-graphviz, whose WebAssembly instance is
// shared by the whole process and not safe for concurrent use.
var wasm struct {
	sync.Mutex
	gv *graphviz.Graphviz
}

func inProcess(ctx context.Context, w io.Writer, src []byte, f Format) (err error) {
	wasm.Lock()
	defer wasm.Unlock()
	defer func() {
		// go-graphviz panics in its host functions on some failures;
		// nothing must take the caller down
		if r := recover(); r != nil {
			err = fmt.Errorf("render: Graphviz failed: %v", r)
		}
	}()
	if wasm.gv == nil {
		gv, err := graphviz.New(ctx)
		if err != nil {
			return fmt.Errorf("render: starting Graphviz: %w", err)
		}
		wasm.gv = gv
	}
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		return fmt.Errorf("render: Graphviz cannot read the DOT text: %w", err)
	}
	defer g.Close()
	layout := g.GetStr("layout")
	if layout == "" {
		layout = "dot"
	}
	wasm.gv.SetLayout(graphviz.Layout(layout))
	var b bytes.Buffer
	if err := wasm.gv.Render(ctx, g, graphviz.Format(f), &b); err != nil {
		return fmt.Errorf("render: Graphviz %s layout: %w", layout, err)
	}
	_, err = w.Write(b.Bytes())
	return err
}
