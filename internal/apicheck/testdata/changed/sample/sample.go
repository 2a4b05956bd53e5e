// Package sample is testdata/sample changed, the input of apicheck's
// TestChanges: Set removed and New given a parameter (incompatible), a
// field T.Size and a function Extra added (compatible).
package sample

// Max is an untyped constant.
const Max = 3

// Kind is a named basic type.
type Kind uint8

// T is a struct with an exported and an unexported field.
type T struct {
	Name string
	Size int
	n    int
}

// I is an interface.
type I interface{ Get() int }

// Default is a variable.
var Default *T

// New returns a T.
func New(name string, n int) (*T, error) { return &T{Name: name, n: n}, nil }

// Get returns n.
func (t T) Get() int { return t.n }

// Extra is new.
func Extra() {}
