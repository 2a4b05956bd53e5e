package network

import (
	"fmt"
	"strconv"
)

// BodyKind is the kind of a partnership body. The zero value is not a valid
// kind; IsValid reports false for it.
type BodyKind uint8

// The bodies of a LIP (Lecours 2018, "Impacts of Local Immigration
// Partnerships").
const (
	Council           BodyKind = iota + 1 // the partnership council
	SteeringCommittee                     // a steering or executive committee
	WorkingGroup                          // a working group or sector table on a theme
	ActionTeam                            // an action team under a working group
	Secretariat                           // the coordinating staff
)

var bodyKindNames = [...]string{"", "council", "steering-committee", "working-group", "action-team", "secretariat"}

// BodyKinds returns every valid kind in their structural order.
func BodyKinds() []BodyKind {
	return []BodyKind{Council, SteeringCommittee, WorkingGroup, ActionTeam, Secretariat}
}

// IsValid reports whether k is one of the defined kinds.
func (k BodyKind) IsValid() bool { return k >= Council && k <= Secretariat }

// String returns the kind as written in bodies.csv, e.g. "working-group", or
// "BodyKind(N)" for an invalid kind.
func (k BodyKind) String() string {
	if k.IsValid() {
		return bodyKindNames[k]
	}
	return "BodyKind(" + strconv.Itoa(int(k)) + ")"
}

// ParseBodyKind parses the kind column of bodies.csv.
func ParseBodyKind(s string) (BodyKind, error) {
	for k := Council; k <= Secretariat; k++ {
		if bodyKindNames[k] == s {
			return k, nil
		}
	}
	return 0, fmt.Errorf("network: %w %q", ErrUnknownKind, s)
}

// MarshalText implements encoding.TextMarshaler.
func (k BodyKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("network: %w %d", ErrUnknownKind, k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *BodyKind) UnmarshalText(b []byte) error {
	v, err := ParseBodyKind(string(b))
	*k = v
	return err
}

// Role is a partner's role in a body. The zero value is RoleMember, the
// default of memberships.csv.
type Role uint8

// The roles of memberships.csv.
const (
	RoleMember Role = iota
	RoleChair
	RoleCoChair
	RoleStaff
	RoleObserver
	numRoles
)

var roleNames = [...]string{"member", "chair", "co-chair", "staff", "observer"}

// IsValid reports whether r is one of the defined roles.
func (r Role) IsValid() bool { return r < numRoles }

// IsChair reports whether r is chair or co-chair.
func (r Role) IsChair() bool { return r == RoleChair || r == RoleCoChair }

// String returns the role as written in memberships.csv, e.g. "co-chair".
func (r Role) String() string {
	if r.IsValid() {
		return roleNames[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// ParseRole parses the role column of memberships.csv; "" is RoleMember.
func ParseRole(s string) (Role, error) {
	if s == "" {
		return RoleMember, nil
	}
	for r := range numRoles {
		if roleNames[r] == s {
			return r, nil
		}
	}
	return 0, fmt.Errorf("network: %w %q", ErrUnknownRole, s)
}

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("network: %w %d", ErrUnknownRole, r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := ParseRole(string(b))
	*r = v
	return err
}

// Date is an ISO year ("2019") or date ("2019-04-01") as written in the since
// and until columns. The zero value means no date. Dates are comparable
// values.
type Date struct {
	year       int16
	month, day uint8 // 0 for a year-only date
}

// ParseDate parses "YYYY" or "YYYY-MM-DD" (years 1000-9999); "" is the zero
// Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("network: %w %q: want YYYY or YYYY-MM-DD", ErrBadDate, s)
	}
	num := func(t string) (int, bool) {
		n := 0
		for _, c := range []byte(t) {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok := num(s[:min(4, len(s))])
	if !ok || len(s) < 4 || y < 1000 {
		return bad()
	}
	if len(s) == 4 {
		return Date{year: int16(y)}, nil
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return bad()
	}
	m, ok1 := num(s[5:7])
	d, ok2 := num(s[8:10])
	if !ok1 || !ok2 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return bad()
	}
	return Date{year: int16(y), month: uint8(m), day: uint8(d)}, nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// MustParseDate is ParseDate that panics on error, for constants in code.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.year == 0 }

// Year returns the year of d (0 for the zero Date).
func (d Date) Year() int { return int(d.year) }

// Month returns the month of d, 1-12, or 0 for a year-only or zero Date.
func (d Date) Month() int { return int(d.month) }

// String returns d as it was written: "2019", "2019-04-01", or "" for zero.
func (d Date) String() string {
	switch {
	case d.year == 0:
		return ""
	case d.month == 0:
		return fmt.Sprintf("%04d", d.year)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
}

// first and last return d as yyyymmdd at the start or end of its period: a
// year-only date covers its whole year.
func (d Date) first() int {
	if d.month == 0 {
		return int(d.year)*10000 + 101
	}
	return int(d.year)*10000 + int(d.month)*100 + int(d.day)
}

func (d Date) last() int {
	if d.month == 0 {
		return int(d.year)*10000 + 1231
	}
	return d.first()
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	*d = v
	return err
}
