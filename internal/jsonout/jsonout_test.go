package jsonout

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

// TestLayout checks the documents against encoding/json's indented layout,
// which they share except for the escaping of <, > and &.
func TestLayout(t *testing.T) {
	type rec struct {
		Name  string            `json:"name"`
		List  []int             `json:"list"`
		Empty []string          `json:"empty"`
		Map   map[string]int    `json:"map"`
		None  map[string]string `json:"none"`
		X     float64           `json:"x"`
	}
	v := rec{Name: "Jobs & <Skills> \u2028", List: []int{1, 2}, Empty: nil, Map: map[string]int{"b": 2, "a": 1}, X: 1e-7}
	var got bytes.Buffer
	if err := Write(&got, v); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("Write:\n%s\nencoding/json:\n%s", got.String(), want.String())
	}
	var bad bytes.Buffer
	if err := Write(&bad, "a\xffb"); err != nil || bad.String() != "\"a\ufffdb\"\n" {
		t.Errorf("invalid UTF-8: %q, %v", bad.String(), err)
	}
	var doc bytes.Buffer
	stream := NewEncoder(&doc)
	err := stream.WriteToken(jsontext.BeginObject)
	for _, kv := range []struct {
		k string
		v any
	}{{"a", []int{1}}, {"b", "<&>"}} {
		err = errors.Join(err, stream.WriteToken(jsontext.String(kv.k)), Encode(stream, kv.v))
	}
	err = errors.Join(err, stream.WriteToken(jsontext.EndObject))
	if want := "{\n  \"a\": [\n    1\n  ],\n  \"b\": \"<&>\"\n}\n"; err != nil || doc.String() != want {
		t.Errorf("streamed document %q, %v; want %q", doc.String(), err, want)
	}
}
