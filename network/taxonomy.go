package network

import (
	"fmt"
	"slices"
	"strings"
)

// GovLevel is the level of government a sector belongs to. Its zero value,
// NotGovernment, is the level of every non-government sector.
type GovLevel uint8

// The levels of government of a multi-level governance partnership
// (Burr 2011, "Local Immigration Partnerships: Building Welcoming and
// Inclusive Communities through Multi-Level Governance").
const (
	NotGovernment GovLevel = iota
	Municipal              // municipal or regional government
	Provincial
	Federal
)

// String returns "municipal", "provincial", "federal" or "" for NotGovernment.
func (l GovLevel) String() string {
	switch l {
	case Municipal:
		return "municipal"
	case Provincial:
		return "provincial"
	case Federal:
		return "federal"
	}
	return ""
}

// The sector categories of the built-in taxonomy.
// "Mainstream organizations" in the best-practice criteria are the
// CategoryMainstream sectors.
const (
	CategorySettlement   = "settlement"
	CategoryGovernment   = "government"
	CategoryMainstream   = "mainstream"
	CategoryEconomic     = "economic"
	CategoryKnowledge    = "knowledge"
	CategoryCivilSociety = "civil-society"
	CategoryMedia        = "media"
)

// SectorInfo describes one sector of a taxonomy.
type SectorInfo struct {
	Key      string   // the value of the sector column, e.g. "health"
	Category string   // e.g. "mainstream"
	Level    GovLevel // the level of government, NotGovernment for the rest
	Label    string   // a human-readable name; Key when empty
}

// Taxonomy is a set of sectors grouped in categories. The zero value is not
// usable; build one with NewTaxonomy or use DefaultTaxonomy. A Taxonomy is
// immutable and safe for concurrent use.
type Taxonomy struct {
	sectors    []SectorInfo // sorted by Key
	categories []string     // in first-appearance order of the definition
}

// NewTaxonomy returns a taxonomy of the given sectors. Keys must be non-empty
// and unique, categories non-empty. Categories keep the order in which they
// first appear in sectors; Sectors returns the sectors sorted by key.
func NewTaxonomy(sectors []SectorInfo) (*Taxonomy, error) {
	t := &Taxonomy{sectors: slices.Clone(sectors)}
	seen := map[string]bool{}
	for _, s := range sectors {
		switch {
		case strings.TrimSpace(s.Key) == "":
			return nil, fmt.Errorf("network: taxonomy: empty sector key")
		case s.Category == "":
			return nil, fmt.Errorf("network: taxonomy: sector %q has no category", s.Key)
		case seen[s.Key]:
			return nil, fmt.Errorf("network: taxonomy: duplicate sector %q", s.Key)
		}
		seen[s.Key] = true
		if !slices.Contains(t.categories, s.Category) {
			t.categories = append(t.categories, s.Category)
		}
	}
	slices.SortFunc(t.sectors, func(a, b SectorInfo) int { return strings.Compare(a.Key, b.Key) })
	return t, nil
}

var defaultTaxonomy = func() *Taxonomy {
	s := func(key, cat, label string) SectorInfo { return SectorInfo{Key: key, Category: cat, Label: label} }
	t, err := NewTaxonomy([]SectorInfo{
		s("settlement", CategorySettlement, "settlement agency"),
		s("language-training", CategorySettlement, "language training"),
		{Key: "municipal", Category: CategoryGovernment, Level: Municipal, Label: "municipal or regional government"},
		{Key: "provincial", Category: CategoryGovernment, Level: Provincial, Label: "provincial government"},
		{Key: "federal", Category: CategoryGovernment, Level: Federal, Label: "federal government"},
		s("education", CategoryMainstream, "education (schools, colleges)"),
		s("health", CategoryMainstream, "health"),
		s("library", CategoryMainstream, "library"),
		s("police", CategoryMainstream, "police"),
		s("housing", CategoryMainstream, "housing"),
		s("legal", CategoryMainstream, "legal services"),
		s("social-services", CategoryMainstream, "social services"),
		s("employment", CategoryEconomic, "employers and employment bodies"),
		s("research", CategoryKnowledge, "research or academic"),
		s("umbrella", CategoryKnowledge, "umbrella organization"),
		s("ethnocultural", CategoryCivilSociety, "ethnocultural organization"),
		s("faith", CategoryCivilSociety, "faith organization"),
		s("community", CategoryCivilSociety, "community organization"),
		s("newcomer", CategoryCivilSociety, "newcomers (immigrant residents)"),
		s("media", CategoryMedia, "media"),
	})
	if err != nil {
		panic(err) // unreachable: the built-in table is valid
	}
	return t
}()

// DefaultTaxonomy returns the built-in sector taxonomy:
// 20 sectors in the categories settlement, government, mainstream, economic,
// knowledge, civil-society and media.
func DefaultTaxonomy() *Taxonomy { return defaultTaxonomy }

// Lookup returns the sector with the given key.
func (t *Taxonomy) Lookup(key string) (SectorInfo, bool) {
	i, ok := slices.BinarySearchFunc(t.sectors, key, func(s SectorInfo, k string) int { return strings.Compare(s.Key, k) })
	if !ok {
		return SectorInfo{}, false
	}
	return t.sectors[i], true
}

// Sectors returns every sector, sorted by key.
func (t *Taxonomy) Sectors() []SectorInfo { return slices.Clone(t.sectors) }

// Keys returns every sector key, sorted.
func (t *Taxonomy) Keys() []string {
	keys := make([]string, len(t.sectors))
	for i, s := range t.sectors {
		keys[i] = s.Key
	}
	return keys
}

// Categories returns the categories in the order the taxonomy defines them.
func (t *Taxonomy) Categories() []string { return slices.Clone(t.categories) }

// SectorsIn returns the keys of the sectors of a category, sorted.
func (t *Taxonomy) SectorsIn(category string) []string {
	var keys []string
	for _, s := range t.sectors {
		if s.Category == category {
			keys = append(keys, s.Key)
		}
	}
	return keys
}

// Category returns the category of a sector key, or "" if the key is unknown.
func (t *Taxonomy) Category(key string) string {
	s, _ := t.Lookup(key)
	return s.Category
}
