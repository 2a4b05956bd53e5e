package measures

import (
	"bufio"
	"bytes"
	"io"
	"runtime"

	"github.com/lipgraph/lipgraph/internal/jsonout"
)

// rowsPerChunk is the number of rows WriteJSON encodes as one piece: about
// 1 MB of JSON.
const rowsPerChunk = 1024

// perPartnerEmpty is the line of an empty per_partner list in the
// document, which writeChunked fills.
var perPartnerEmpty = []byte("\n  \"per_partner\": []")

// writeChunked writes t as WriteJSON does, byte for byte, with the rows
// encoded in pieces of chunk rows on all cores and written in order: the
// whole-network values are encoded with an empty list of rows, and the
// pieces, each a list of rows at the nesting depth of per_partner, are
// spliced into that list. Two buffers per core are reused for the pieces.
func (t *Table) writeChunked(w io.Writer, chunk int) error {
	if len(t.PerPartner) == 0 {
		return jsonout.Write(w, t)
	}
	head := *t
	head.PerPartner = []Row{}
	var doc bytes.Buffer
	if err := jsonout.Write(&doc, &head); err != nil {
		return err
	}
	at := bytes.Index(doc.Bytes(), perPartnerEmpty)
	if at < 0 {
		return jsonout.Write(w, t)
	}
	at += len(perPartnerEmpty) - 1 // at the closing ]
	type piece struct {
		buf *bytes.Buffer
		err error
	}
	rows := t.PerPartner
	n := (len(rows) + chunk - 1) / chunk
	pieces := make([]chan piece, n)
	for c := range pieces {
		pieces[c] = make(chan piece, 1)
	}
	free := make(chan *bytes.Buffer, 2*runtime.GOMAXPROCS(0))
	for range cap(free) {
		free <- new(bytes.Buffer)
	}
	go func() {
		for c := range n {
			buf := <-free
			go func() {
				buf.Reset()
				err := jsonout.Encode(jsonout.NewNestedEncoder(buf, "  "), rows[c*chunk:min((c+1)*chunk, len(rows))])
				pieces[c] <- piece{buf, err}
			}()
		}
	}()
	// Every piece is received, even after an error, so that no goroutine
	// is left blocked.
	out := bufio.NewWriterSize(w, 1<<16)
	out.Write(doc.Bytes()[:at])
	var err error
	for c := range n {
		p := <-pieces[c]
		if err == nil {
			err = p.err
		}
		if err == nil {
			// A piece is "[\n    {...},\n    {...}\n  ]\n": its rows go
			// between the document's brackets, joined to the next
			// piece's by a comma.
			if c > 0 {
				out.WriteByte(',')
			}
			b := p.buf.Bytes()
			out.Write(b[1 : len(b)-len("\n  ]\n")])
		}
		free <- p.buf
	}
	if err != nil {
		return err
	}
	out.WriteString("\n  ")
	out.Write(doc.Bytes()[at:])
	return out.Flush()
}
