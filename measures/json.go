package measures

import (
	"io"
	"math"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/lipgraph/lipgraph/internal/jsonout"
)

// Float is a measure's value. NaN (undefined, or not computed) and ±Inf
// are null in JSON; null reads back as NaN.
type Float float64

// IsNaN reports whether x is NaN: undefined, or not computed.
func (x Float) IsNaN() bool { return math.IsNaN(float64(x)) }

// String formats x in the shortest form that reads back exactly, "" for
// NaN and ±Inf.
func (x Float) String() string {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// MarshalJSONTo implements json.MarshalerTo of JSON v2.
func (x Float) MarshalJSONTo(enc *jsontext.Encoder) error {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return enc.WriteToken(jsontext.Null)
	}
	return enc.WriteToken(jsontext.Float(f))
}

// MarshalJSON implements encoding/json.Marshaler.
func (x Float) MarshalJSON() ([]byte, error) { return json.Marshal(x) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom of JSON v2: a number
// or null (NaN).
func (x *Float) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*x = Float(math.NaN())
		return nil
	}
	var f float64
	if err := json.UnmarshalDecode(dec, &f); err != nil {
		return err
	}
	*x = Float(f)
	return nil
}

// UnmarshalJSON implements encoding/json.Unmarshaler.
func (x *Float) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, x) }

// WriteJSON writes t to w as the JSON object of the metrics contract,
// indented by two spaces, with a final newline. Large tables are encoded
// on all cores, in pieces written in order: the bytes are the same.
func (t *Table) WriteJSON(w io.Writer) error {
	if len(t.PerPartner) <= rowsPerChunk {
		return jsonout.Write(w, t)
	}
	return t.writeChunked(w, rowsPerChunk)
}
