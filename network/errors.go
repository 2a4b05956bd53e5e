package network

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The kinds of problem found when loading or validating a dataset. Every
// *Problem wraps exactly one of them, so callers can test with errors.Is.
var (
	ErrUnreadable        = errors.New("unreadable file")
	ErrTooLarge          = errors.New("input too large")
	ErrSyntax            = errors.New("malformed input")
	ErrMissingColumn     = errors.New("missing required column")
	ErrMissingValue      = errors.New("missing required value")
	ErrDuplicateID       = errors.New("duplicate id")
	ErrUnknownSector     = errors.New("unknown sector")
	ErrUnknownKind       = errors.New("unknown body kind")
	ErrUnknownRole       = errors.New("unknown role")
	ErrUnknownPartner    = errors.New("unknown partner")
	ErrUnknownBody       = errors.New("unknown body")
	ErrBadParent         = errors.New("invalid parent")
	ErrBadWeight         = errors.New("invalid weight")
	ErrBadDate           = errors.New("invalid date")
	ErrBadValue          = errors.New("invalid value")
	ErrDuplicateRelation = errors.New("duplicate membership")
	ErrSelfRating        = errors.New("self-rating")
	ErrDuplicateRating   = errors.New("duplicate rating")
	ErrDuplicateKey      = errors.New("duplicate key")
)

// The kinds of warning: input that is valid but probably not what was
// meant. Warnings are *Problem values wrapping one of these; they do not
// stop loading unless Config.Strict is set. See Network.Warnings.
var (
	ErrUnexpectedFile  = errors.New("unexpected file")
	ErrUnknownKey      = errors.New("unknown key")
	ErrSeparator       = errors.New("not comma-separated")
	ErrUnknownTheme    = errors.New("unrecognised theme")
	ErrEndedMembership = errors.New("ended membership counted")
)

// Problem is one thing wrong with the input, located as precisely as the
// source allows: File and Line (1-based) for files, Column the 1-based
// column (the field of a CSV row, the character of a JSON line; 0 when not
// applicable), Field the column or JSON key. For Data built in code, File names the slice ("partners") and Line
// is the 1-based position in it.
type Problem struct {
	File     string
	Line     int
	Column   int
	Field    string
	Value    string // the offending value as written
	Expected string // what was expected instead, in words
	Err      error  // one of the Err* sentinels
}

const maxShownValue = 60

// Error formats the problem as
//
//	FILE:LINE:COLUMN: FIELD "VALUE": KIND; want EXPECTED
//
// with parts left out where unknown. Values longer than 60 bytes are cut
// and quoted with Go syntax, so control characters show.
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteString(":" + strconv.Itoa(p.Line))
		if p.Column > 0 {
			b.WriteString(":" + strconv.Itoa(p.Column))
		}
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(" ")
		v := p.Value
		if len(v) > maxShownValue {
			v = strings.ToValidUTF8(v[:maxShownValue], "") + "…"
		}
		b.WriteString(strconv.Quote(v))
		b.WriteString(": ")
	}
	if p.Err != nil {
		b.WriteString(p.Err.Error())
	}
	if p.Expected != "" {
		b.WriteString("; want " + p.Expected)
	}
	return b.String()
}

// Unwrap returns the sentinel kind of the problem.
func (p *Problem) Unwrap() error { return p.Err }

// Error is returned by New and the loaders when the input has problems. It
// holds all of them (up to a limit, see Config.MaxProblems), in the order of
// the files and lines. errors.Is(err, ErrUnknownSector) and
// errors.As(err, &problem) look through it.
type Error struct {
	Problems  []*Problem
	Truncated bool // more problems were found than Problems holds
}

// Error lists the problems, one a line, after a count.
func (e *Error) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	more := ""
	if e.Truncated {
		more = " (more not shown)"
	}
	if n == 1 {
		fmt.Fprintf(&b, "network: 1 problem%s:", more)
	} else {
		fmt.Fprintf(&b, "network: %d problems%s:", n, more)
	}
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns the problems, for errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i, p := range e.Problems {
		errs[i] = p
	}
	return errs
}

// problems collects Problems up to a limit, and warnings.
type problems struct {
	list      []*Problem
	max       int
	truncated bool
	warnings  []*Problem
}

// warn records a warning; at most max are kept.
func (ps *problems) warn(p *Problem) {
	if ps.max <= 0 || len(ps.warnings) < ps.max {
		ps.warnings = append(ps.warnings, p)
	}
}

func (ps *problems) add(p *Problem) {
	if ps.max > 0 && len(ps.list) >= ps.max {
		ps.truncated = true
		return
	}
	ps.list = append(ps.list, p)
}

func (ps *problems) err() error {
	if len(ps.list) == 0 {
		return nil
	}
	return &Error{Problems: ps.list, Truncated: ps.truncated}
}
