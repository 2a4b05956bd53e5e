package network_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/lipgraph/lipgraph/network"
)

func readSeed(f *testing.F, dir, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "testdata", dir, name))
	if err != nil {
		return nil
	}
	return b
}

// FuzzLoadCSV feeds arbitrary files to the CSV loader: it must never panic,
// must return either a network or an error (never both, never neither), and
// a network it accepts must round-trip through WriteDir and LoadDir.
func FuzzLoadCSV(f *testing.F) {
	for _, dir := range []string{"smallcentre", "broken/many", "broken/syntax", "broken/bad-date", "waves/2024", "broken/bad-rating", "broken/duplicate-rating"} {
		f.Add(readSeed(f, dir, "partners.csv"), readSeed(f, dir, "bodies.csv"), readSeed(f, dir, "memberships.csv"), readSeed(f, dir, "ties.csv"), readSeed(f, dir, "ratings.csv"))
	}
	f.Add([]byte("id,sector\n"), []byte{}, []byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, partners, bodies, memberships, ties, ratings []byte) {
		fsys := fstest.MapFS{
			"d/partners.csv":    {Data: partners},
			"d/bodies.csv":      {Data: bodies},
			"d/memberships.csv": {Data: memberships},
			"d/ties.csv":        {Data: ties},
			"d/ratings.csv":     {Data: ratings},
		}
		n, err := network.ReadFS(fsys, "d", &network.Config{MaxPairs: 1 << 20})
		if (n == nil) == (err == nil) {
			t.Fatalf("ReadFS = %v, %v: want exactly one of network and error", n, err)
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error text")
			}
			return
		}
		n.PartnerGraph(network.Combined)
		n.PartnerGraph(network.Survey)
		dir := t.TempDir()
		if err := network.WriteDir(dir, n); err != nil {
			t.Fatal(err)
		}
		back, err := network.LoadDir(dir, nil)
		if err != nil {
			t.Fatalf("written network does not load: %v", err)
		}
		equal(t, n, back)
	})
}

// FuzzLoadJSON is FuzzLoadCSV for the JSON document.
func FuzzLoadJSON(f *testing.F) {
	n, err := network.ReadFS(os.DirFS(".."), "testdata/smallcentre", nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := network.WriteJSON(&buf, n); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"partners":[{"id":"a","sector":"health","attributes":{"x":1}}],"ties":[{"source":"a","target":"a","weight":"2"}]}`))
	f.Add([]byte(`{"partners":[{"id":["a"]}]}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		n, err := network.ReadJSON(bytes.NewReader(doc), "doc.json", &network.Config{MaxPairs: 1 << 20})
		if (n == nil) == (err == nil) {
			t.Fatalf("ReadJSON = %v, %v: want exactly one of network and error", n, err)
		}
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := network.WriteJSON(&out, n); err != nil {
			t.Fatal(err)
		}
		back, err := network.ReadJSON(&out, "out.json", nil)
		if err != nil {
			t.Fatalf("written document does not load: %v\n%s", err, out.String())
		}
		equal(t, n, back)
	})
}
