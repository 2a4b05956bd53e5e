// Package sample is the input of apicheck's TestLines.
package sample

// Max is an untyped constant.
const Max = 3

// Kind is a named basic type.
type Kind uint8

// T is a struct with an exported and an unexported field.
type T struct {
	Name string
	n    int
}

// I is an interface.
type I interface{ Get() int }

// Default is a variable.
var Default *T

// New returns a T.
func New(name string) (*T, error) { return &T{Name: name}, nil }

// Get returns n.
func (t T) Get() int { return t.n }

// Set sets n.
func (t *T) Set(n int) { t.n = n }

func (t *T) hidden() {}
