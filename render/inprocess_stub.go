//go:build nographviz

package render

import (
	"context"
	"io"
)

func inProcess(context.Context, io.Writer, []byte, Format) error { return ErrNoBuiltin }
