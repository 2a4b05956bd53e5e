package draw

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/sampletest"
	"github.com/lipgraph/lipgraph/network"
)

func changeGoldenCases() []goldenCase {
	return []goldenCase{
		{"change-riverton", func(t testing.TB) []byte {
			var b bytes.Buffer
			if err := Change(&b, sampletest.Wave(t, "2022"), sampletest.Wave(t, "2024"), ChangeOptions{Title: "Riverton LIP, 2022 to 2024"}); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}},
		{"change-hostile", func(t testing.TB) []byte {
			n := hostileNetwork(t)
			half := n.Subset(func(p network.Partner) bool { return p.ID < n.Partners()[n.NumPartners()/2].ID })
			var b bytes.Buffer
			if err := Change(&b, n, half, ChangeOptions{Title: hostileNames[0]}); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}},
	}
}

// TestChangeCounts checks the marks of the Riverton change diagram against
// testdata/waves/check_waves.py: ties kept, new and lost, and the partners
// who entered (5) and exited (3).
func TestChangeCounts(t *testing.T) {
	b, err := os.ReadFile("../testdata/waves/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Compare struct {
			Ties     [3]int `json:"ties_kept_new_lost"`
			Partners struct {
				Entered, Exited []string
			} `json:"partners"`
		} `json:"compare"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Change(&out, sampletest.Wave(t, "2022"), sampletest.Wave(t, "2024"), ChangeOptions{}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	count := func(sub string) int { return strings.Count(s, sub) }
	want := ref.Compare.Ties
	got := [3]int{count(`color="` + keptTieColour + `"`), count(`penwidth="2.5"`), count(`style="dashed"`)}
	if got != want {
		t.Errorf("ties kept, new, lost = %v, want %v", got, want)
	}
	if n := count(`penwidth="3"`); n != len(ref.Compare.Partners.Entered) {
		t.Errorf("%d partners marked entered, want %d", n, len(ref.Compare.Partners.Entered))
	}
	if n := count(`style="filled,dashed"`); n != len(ref.Compare.Partners.Exited) {
		t.Errorf("%d partners marked exited, want %d", n, len(ref.Compare.Partners.Exited))
	}
	if !strings.Contains(s, "new tie (11)") || !strings.Contains(s, "partner who left (3)") {
		t.Error("legend lacks the counts")
	}
}

// TestChangeNil: nil waves give a valid diagram with only the legend.
func TestChangeNil(t *testing.T) {
	var b bytes.Buffer
	if err := Change(&b, nil, nil, ChangeOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Legend") {
		t.Error("no legend")
	}
}
