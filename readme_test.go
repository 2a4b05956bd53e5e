package lipgraph_test

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeSnippetsAreExamples checks that the README's Go snippets are
// exact copies of the compiled Example functions they claim to be, so the
// README cannot drift from code that go test runs.
func TestReadmeSnippetsAreExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"network/example_test.go", "collab/example_test.go"} {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		body := exampleBody(string(src), "func Example() {")
		if body == "" {
			t.Fatalf("%s: no func Example()", file)
		}
		if !strings.Contains(string(readme), "```go\n"+body+"```") {
			t.Errorf("README.md has no exact copy of Example in %s:\n%s", file, body)
		}
	}
}

// exampleBody returns the lines between the function's opening line and
// its closing brace, with one level of indentation removed.
func exampleBody(src, open string) string {
	i := strings.Index(src, open+"\n")
	if i < 0 {
		return ""
	}
	rest := src[i+len(open)+1:]
	j := strings.Index(rest, "\n}\n")
	if j < 0 {
		return ""
	}
	var b strings.Builder
	for _, line := range strings.Split(rest[:j], "\n") {
		b.WriteString(strings.TrimPrefix(line, "\t") + "\n")
	}
	return b.String()
}
