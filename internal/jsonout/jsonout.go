// Package jsonout writes the JSON documents of lipgraph (the metrics
// table, scorecards, validation reports) with one set of options of
// github.com/go-json-experiment/json: indented by two spaces with "key":
// value, map keys sorted, nil slices and maps as null (as encoding/json),
// <, > and & written as they are (U+2028 and U+2029 escaped), and invalid
// UTF-8 replaced by U+FFFD.
package jsonout

import (
	"io"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The options of every document: syntactic, of the encoder, and semantic,
// of each value marshalled.
var (
	textOptions = json.JoinOptions(
		jsontext.WithIndent("  "),
		jsontext.AllowInvalidUTF8(true),
		jsontext.EscapeForJS(true),
	)
	valueOptions = json.JoinOptions(
		json.FormatNilSliceAsNull(true),
		json.FormatNilMapAsNull(true),
		json.Deterministic(true),
	)
)

// Write writes v to w as an indented JSON document with a final newline.
func Write(w io.Writer, v any) error { return Encode(NewEncoder(w), v) }

// NewEncoder returns an encoder that writes a document to w token by token
// or value by value (see Encode) with the options of Write, flushing as it
// goes and ending the document with a newline.
func NewEncoder(w io.Writer) *jsontext.Encoder { return jsontext.NewEncoder(w, textOptions) }

// Encode writes v to enc as the next value.
func Encode(enc *jsontext.Encoder, v any) error { return json.MarshalEncode(enc, v, valueOptions) }

// NewNestedEncoder is NewEncoder for a value nested in a document at the
// depth that prefix indents ("  " per level): every line but the first
// starts with prefix. Parts of one document can so be encoded concurrently
// and joined.
func NewNestedEncoder(w io.Writer, prefix string) *jsontext.Encoder {
	return jsontext.NewEncoder(w, textOptions, jsontext.WithIndentPrefix(prefix))
}
