package network

import (
	"encoding/csv"
	"io"
	"maps"
	"slices"
	"strconv"

	"github.com/lipgraph/lipgraph/internal/atomicfile"
)

// WriteDir writes the network as a partnership folder that LoadDir reads
// back into an equal network: partners.csv (id, name, sector, partnership,
// then the free attributes in sorted order), bodies.csv, memberships.csv,
// ties.csv, profile.csv when there are profiles and ratings.csv when there
// are ratings. dir is created if needed. The dataset's files are replaced as
// a set: all are written to temporary files first, and only when every one
// is complete are they renamed into place; a profile.csv or ratings.csv left
// in dir by another dataset is then removed when n has none, so that the
// folder means exactly n. On failure the files in dir are left as they
// were. A nil n is written as an empty dataset.
func WriteDir(dir string, n *Network) error {
	if n == nil {
		n = &Network{}
	}
	var files []atomicfile.File
	for tab := range numTables {
		header, rows := n.table(tab)
		if (tab == tabProfiles || tab == tabRatings) && len(rows) == 0 {
			continue
		}
		files = append(files, atomicfile.File{Name: fileNames[tab], Write: func(w io.Writer) error {
			return writeCSV(w, header, rows)
		}})
	}
	return atomicfile.WriteSet(dir, files, fileNames[:])
}

// FileNames returns the names of the files of a partnership folder, in the
// order partners.csv, bodies.csv, memberships.csv, ties.csv, profile.csv,
// ratings.csv.
func FileNames() []string { return slices.Clone(fileNames[:]) }

// writeCSV writes a header and rows as RFC 4180 CSV and reports any write
// error.
func writeCSV(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// attrKeys returns the sorted union of the partners' attribute names.
func (n *Network) attrKeys() []string {
	set := map[string]bool{}
	for _, p := range n.partners {
		for k := range p.Attrs {
			set[k] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// table returns the header and rows of one table as written to CSV.
func (n *Network) table(tab int) (header []string, rows [][]string) {
	switch tab {
	case tabPartners:
		keys := n.attrKeys()
		header = []string{"id", "name", "sector", "partnership"}
		header = append(header, keys...)
		for _, p := range n.partners {
			row := []string{p.ID, p.Name, p.Sector, p.Partnership}
			for _, k := range keys {
				row = append(row, p.Attrs[k])
			}
			rows = append(rows, row)
		}
	case tabBodies:
		header = []string{"id", "name", "kind", "theme", "parent", "partnership"} // bodies.csv
		for _, b := range n.bodies {
			rows = append(rows, []string{b.ID, b.Name, b.Kind.String(), b.Theme, b.Parent, b.Partnership})
		}
	case tabMemberships:
		header = membershipCols
		for _, m := range n.memberships {
			rows = append(rows, []string{m.Partner, m.Body, m.Role.String(), m.Since.String(), m.Until.String()})
		}
	case tabTies:
		header = tieCols
		for _, t := range n.ties {
			rows = append(rows, []string{t.Source, t.Target, t.Kind, strconv.FormatFloat(t.Weight, 'g', -1, 64)})
		}
	case tabProfiles:
		header = profileCols
		dated := slices.ContainsFunc(n.profiles, func(p Profile) bool { return p.Year != 0 })
		if dated {
			header = append(slices.Clone(profileCols), "year") // only then, so undated files keep their columns
		}
		year := func(y int) string {
			if y == 0 {
				return ""
			}
			return strconv.Itoa(y)
		}
		for _, p := range n.profiles {
			row := []string{p.Partnership, p.Lead, p.StrategicPlan.String(), p.TermsOfReference.String(),
				p.NeedsAssessment.String(), p.PresentedToCouncil.String(), p.EndorsedByCouncil.String(), year(p.ActionPlanYear),
				p.Implementation, p.NewcomerConsultation.String()}
			if dated {
				row = append(row, year(p.Year))
			}
			rows = append(rows, row)
		}
	case tabRatings:
		header = ratingCols
		num := func(v, none int) string {
			if v == none {
				return ""
			}
			return strconv.Itoa(v)
		}
		for _, r := range n.ratings {
			row := []string{r.Rater, r.Target, num(r.Collaboration, NotAnswered)}
			for _, v := range r.Items() {
				row = append(row, num(v, 0))
			}
			rows = append(rows, row)
		}
	}
	return header, rows
}
