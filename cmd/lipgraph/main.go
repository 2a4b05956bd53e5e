// Command lipgraph analyses Local Immigration Partnerships as networks.
//
// Usage:
//
//	lipgraph COMMAND [PATH] [flags]
//
// Run "lipgraph help" for the commands and "lipgraph help COMMAND" (or
// "lipgraph COMMAND -h") for one command's flags. PATH is a partnership
// folder of CSV files or a .json document; commands that take one run on the
// built-in mid-size sample when it is left out. Flags may come before or
// after PATH.
//
// Exit status: 0 on success, 1 when the input has problems (each printed on
// stderr with its file, line and column), 2 on a usage error.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/internal/jsonout"
	"github.com/lipgraph/lipgraph/internal/termsafe"
	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

// command is one subcommand. Each lives in its own file and registers
// itself in init.
type command struct {
	name    string
	args    string // e.g. "[PATH]"
	summary string
	// flags declares the command's flags on fs, bound to the fields of a
	// fresh struct of the command's options, and returns the function that
	// runs the command with them once fs is parsed. Its --format, -o and
	// flags naming inputs are declared with formatFlag, outputFlag and
	// inputFlag, which also bind them to b.
	flags func(fs *flag.FlagSet, b *boundary) runFunc
}

// runFunc runs a command on its positional arguments.
type runFunc func(e *env, args []string) error

var commands []*command

func register(c *command) {
	commands = append(commands, c)
	slices.SortFunc(commands, func(a, b *command) int { return strings.Compare(a.name, b.name) })
}

// env is what a command runs with: its output streams and progress.
// stdout takes data (JSON, CSV, DOT, GraphML) as written; text is the same
// stream for text meant to be read on a terminal, with control characters
// escaped (internal/termsafe); stderr escapes them too. When a command's
// --format is text or markdown, stdout is text.
type env struct {
	stdout, text, stderr io.Writer
	progress             *progress
	// strict is --strict: warnings about the input are errors.
	strict bool
	// asOf is the --as-of date of a command that has one (nil otherwise):
	// without one, memberships that have ended get a warning.
	asOf *network.Date
	// warnings are those of the loaded input, for JSON outputs.
	warnings []*network.Problem
}

// strictFlag declares --strict, which every command has.
func strictFlag(fs *flag.FlagSet, strict *bool) {
	fs.BoolVar(strict, "strict", false, "treat warnings about suspicious input (unexpected files or keys, unrecognised themes, ended memberships, another separator) as errors: exit 1")
}

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

// exitError carries an exit status for an error already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	// lipgraph is a batch process whose heap is mostly live data: collecting
	// at 200% growth instead of Go's default 100% spends less time in the
	// collector for a bounded cost in memory (BenchmarkScoreProcess100k
	// runs lipgraph score on 100,000 partners). GOGC, when set, wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	removeTempsOnInterrupt()
	// LIPGRAPH_CPUPROFILE=FILE writes a CPU profile of the run, for
	// `go tool pprof`.
	if f := os.Getenv("LIPGRAPH_CPUPROFILE"); f != "" {
		if out, err := os.Create(f); err == nil {
			if pprof.StartCPUProfile(out) == nil {
				code := run(os.Args[1:], os.Stdout, os.Stderr, isTerminal(os.Stderr))
				pprof.StopCPUProfile()
				out.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, isTerminal(os.Stderr)))
}

// run is main without the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, terminal bool) int {
	safeErr, text := termsafe.NewWriter(stderr), termsafe.NewWriter(stdout)
	defer safeErr.Flush()
	defer text.Flush()
	stderr = safeErr
	e := &env{stdout: stdout, text: text, stderr: stderr, progress: newProgress(stderr, terminal)}
	defer e.progress.done()
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "-help" || name == "--help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				commandUsage(stdout, c)
				return 0
			}
		}
		usage(stdout)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(stderr, "lipgraph: unknown command %q; run 'lipgraph help' for the list of commands\n", name)
		return 2
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var b boundary
	runCmd := c.flags(fs, &b)
	strictFlag(fs, &e.strict)
	pos, err := parseInterleaved(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		commandUsage(stdout, c)
		return 0
	}
	if err != nil {
		usageError(stderr, c, err)
		return 2
	}
	if b.isTextFormat() {
		e.stdout = e.text
	}
	err = b.checkOutput(pos)
	if err == nil {
		err = runCmd(e, pos)
	}
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, errUsage):
		usageError(stderr, c, err)
		return 2
	}
	var nerr *network.Error
	if errors.As(err, &nerr) {
		fmt.Fprintln(stderr, nerr.Error())
		return 1
	}
	fmt.Fprintf(stderr, "lipgraph %s: %v\n", c.name, err)
	return 1
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// parseInterleaved parses flags that may come before or after positional
// arguments ("validate DIR --format json"); "--" ends flag parsing.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > 0 && len(rest) < len(args) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, "lipgraph analyses Local Immigration Partnerships as networks.\n\nUsage:\n\n\tlipgraph COMMAND [PATH] [flags]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\thelp      show this help, or a command's: lipgraph help COMMAND\n\n"+
		"PATH is a partnership folder of CSV files or a .json document.\n"+
		"Flags may come before or after PATH. Exit status: 0 ok, 1 input problems, 2 usage.\n")
}

// usageError prints a usage error as one line and a pointer to the
// command's help, not the whole flag list.
func usageError(w io.Writer, c *command, err error) {
	msg := strings.TrimPrefix(err.Error(), errUsage.Error()+": ")
	fmt.Fprintf(w, "lipgraph %s: %s\nRun 'lipgraph %s -h' for its flags.\n", c.name, msg, c.name)
}

func commandUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: lipgraph %s %s [flags]\n\n%s\n", c.name, c.args, c.summary)
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	c.flags(fs, new(boundary))
	strictFlag(fs, new(bool))
	var flags strings.Builder
	fs.SetOutput(&flags)
	fs.PrintDefaults()
	if flags.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", flags.String())
	}
}

// load reads the network at path, or the built-in mid-size sample when path
// is "".
//
// Warnings about the input are printed on stderr and kept for JSON
// outputs; with --strict they are problems instead.
func load(e *env, path string) (*network.Network, error) {
	e.progress.step("loading " + orSample(path))
	var n *network.Network
	var err error
	if path == "" {
		n, err = network.ReadFS(lipgraph.Samples, "testdata/midsize", loadConfig(e))
	} else {
		n, err = network.Load(path, loadConfig(e))
	}
	if err != nil {
		return nil, err
	}
	warn(e, n)
	return n, nil
}

// loadConfig is the loading configuration of the command's flags: --strict,
// and the ended-membership warning when no --as-of is given.
func loadConfig(e *env) *network.Config {
	config := &network.Config{Strict: e.strict, KnownTheme: collab.KnownTheme}
	if e.asOf != nil && e.asOf.IsZero() {
		// memberships are judged whatever their dates: say which have ended
		config.EndedBefore, _ = network.ParseDate(time.Now().UTC().Format("2006-01-02"))
	}
	return config
}

// warn prints n's warnings on stderr and keeps them for JSON outputs.
func warn(e *env, n *network.Network) {
	e.warnings = append(e.warnings, n.Warnings()...)
	for _, w := range n.Warnings() {
		fmt.Fprintf(e.stderr, "lipgraph: warning: %v\n", w)
	}
}

// warningJSON is one warning in the "warnings" list of JSON outputs.
type warningJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	Field    string `json:"field,omitempty"`
	Value    string `json:"value,omitempty"`
	Kind     string `json:"kind"`
	Expected string `json:"expected,omitempty"`
	Message  string `json:"message"`
}

func warningsJSON(ws []*network.Problem) []warningJSON {
	out := []warningJSON{}
	for _, p := range ws {
		out = append(out, warningJSON{p.File, p.Line, p.Column, p.Field, p.Value, p.Err.Error(), p.Expected, p.Error()})
	}
	return out
}

// withWarnings runs write, a writer of one JSON object, and adds a
// "warnings" list to the object when the input had warnings.
func withWarnings(e *env, w io.Writer, write func(io.Writer) error) error {
	if len(e.warnings) == 0 {
		return write(w)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	doc := bytes.TrimRight(b.Bytes(), "\n")
	if len(doc) < 2 || doc[0] != '{' || doc[len(doc)-1] != '}' {
		_, err := w.Write(b.Bytes())
		return err
	}
	var list bytes.Buffer
	if err := jsonout.Write(&list, warningsJSON(e.warnings)); err != nil {
		return err
	}
	body := bytes.TrimRight(doc[:len(doc)-1], " \n")
	sep := ",\n"
	if bytes.HasSuffix(body, []byte("{")) {
		sep = "\n"
	}
	items := strings.ReplaceAll(strings.TrimRight(list.String(), "\n"), "\n", "\n  ")
	_, err := fmt.Fprintf(w, "%s%s  \"warnings\": %s\n}\n", body, sep, items)
	return err
}

func orSample(path string) string {
	if path == "" {
		return "the built-in sample (testdata/midsize)"
	}
	return path
}

// onePath returns the single optional PATH argument.
func onePath(args []string) (string, error) {
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if args[0] == "" {
			// not the built-in sample: an empty argument is usually an
			// unset shell variable
			return "", fmt.Errorf("%w: PATH is empty; leave it out to use the built-in sample", errUsage)
		}
		return args[0], nil
	}
	return "", fmt.Errorf("%w: want at most one PATH, got %q", errUsage, args)
}

// choice is the value of a flag that takes one of a fixed list of names,
// such as --format.
type choice struct {
	name    string
	allowed []string
}

// choiceFlag declares the flag name taking one of allowed, the first being
// the default.
func choiceFlag(fs *flag.FlagSet, name, usage string, allowed ...string) *choice {
	c := new(choice)
	fs.TextVar(c, name, &choice{name: allowed[0], allowed: allowed}, usage)
	return c
}

// formatFlag declares --format with the command's formats, the first the
// default, and binds it to b.
func formatFlag(fs *flag.FlagSet, b *boundary, formats ...string) *choice {
	b.format = choiceFlag(fs, "format", "output `FORMAT`: "+strings.Join(formats, ", "), formats...)
	return b.format
}

// MarshalText implements encoding.TextMarshaler for flag.TextVar.
func (c *choice) MarshalText() ([]byte, error) { return []byte(c.name), nil }

// UnmarshalText implements encoding.TextUnmarshaler for flag.TextVar.
func (c *choice) UnmarshalText(b []byte) error {
	if !slices.Contains(c.allowed, string(b)) {
		return fmt.Errorf("want one of %s", strings.Join(c.allowed, ", "))
	}
	c.name = string(b)
	return nil
}

func (c *choice) String() string { return c.name }

// count is the value of a flag that takes a whole number ≥ 0.
type count int

// givenOn returns whether a flag of fs was given on the command line (not
// left at its default), for flags that only some other flag's value uses.
func givenOn(fs *flag.FlagSet) func(name string) bool {
	return func(name string) (given bool) {
		fs.Visit(func(fl *flag.Flag) { given = given || fl.Name == name })
		return given
	}
}

// countFlag declares the flag name taking a whole number ≥ 0.
func countFlag(fs *flag.FlagSet, name string, value int, usage string) *int {
	p := new(int)
	*p = value
	fs.Var((*count)(p), name, usage)
	return p
}

func (c *count) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return errors.New("want a whole number ≥ 0")
	}
	*c = count(n)
	return nil
}

func (c *count) String() string { return strconv.Itoa(int(*c)) }

// progress prints the current step on stderr when it has been running for
// over a second and stderr is a terminal, and then every few seconds the
// share of its work done when it knows it, with the time left at the pace
// so far; it is silent otherwise.
type progress struct {
	w        io.Writer
	terminal bool
	now      func() time.Time // time.Now; a fixed clock in tests
	start    time.Time
	mu       sync.Mutex // guards w, timer and the fields below, written by the timer too
	timer    *time.Timer
	last     time.Time // when the share of work done was last printed
	// the phase whose work is counted, when its counting began and how
	// much was done then
	phase     string
	phaseFrom time.Time
	phaseDone int
	// hint, when not empty, is printed once, after the first share of
	// work whose time left is over slowAfter: what would go faster
	hint string
}

// slowAfter is the time left past which progress prints its hint.
const slowAfter = 2 * time.Minute

func newProgress(w io.Writer, terminal bool) *progress {
	return &progress{w: w, terminal: terminal, now: time.Now, start: time.Now()}
}

func (p *progress) step(what string) {
	if !p.terminal {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
	p.last = p.now()
	p.timer = time.AfterFunc(time.Second, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		fmt.Fprintf(p.w, "lipgraph: %s… (%.1fs)\n", what, p.now().Sub(p.start).Seconds())
	})
}

// report follows measures.Compute: each phase is a step, and within one the
// share of its work done is printed every 5 seconds, with the time left if
// the rest goes at the pace of what was done since the phase began
// counting; an upper bound when Total is only the most there will be
// (pr.AtMost: sampled pairs).
func (p *progress) report(pr measures.Progress) {
	if !p.terminal {
		return
	}
	if pr.Total == 0 {
		p.step(pr.Phase)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := p.now()
	if pr.Phase != p.phase {
		p.phase, p.phaseFrom, p.phaseDone = pr.Phase, now, pr.Done
	}
	if now.Sub(p.last) < 5*time.Second {
		return
	}
	p.last = now
	rest, known := pace(now.Sub(p.phaseFrom), pr.Done-p.phaseDone, pr.Total-pr.Done)
	left := ""
	if known {
		left = timeLeft(rest, pr.AtMost)
	}
	fmt.Fprintf(p.w, "lipgraph: %s: %d%% of %s %s done (%.1fs%s)\n", pr.Phase, 100*pr.Done/pr.Total,
		thousands(pr.Total), pr.Unit, now.Sub(p.start).Seconds(), left)
	if known && rest > slowAfter && p.hint != "" {
		fmt.Fprintf(p.w, "lipgraph: %s\n", p.hint)
		p.hint = ""
	}
}

// pace returns the time left units of work take if they go as done units
// went in spent, and false when there is no pace to go by yet or nothing
// is left.
func pace(spent time.Duration, done, left int) (time.Duration, bool) {
	if done <= 0 || left <= 0 || spent <= 0 {
		return 0, false
	}
	return time.Duration(float64(spent) * float64(left) / float64(done)), true
}

// timeLeft returns "; about … left" (or "; a few seconds left") for rest,
// rounded as a person would say it, with "at most" when it is only an
// upper bound.
func timeLeft(rest time.Duration, atMost bool) string {
	bound := "; "
	if atMost {
		bound = "; at most "
	}
	var say string
	switch {
	case rest < 10*time.Second:
		return bound + "a few seconds left"
	case rest < 90*time.Second:
		say = fmt.Sprintf("%d s", int(rest.Round(10*time.Second).Seconds()))
	case rest < 90*time.Minute:
		say = fmt.Sprintf("%d min", int(rest.Round(time.Minute).Minutes()))
	default:
		say = fmt.Sprintf("%.1f h", rest.Hours())
	}
	return bound + "about " + say + " left"
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// setHint sets the line report prints once when the work counted has
// over slowAfter left.
func (p *progress) setHint(hint string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hint = hint
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.timer != nil {
		p.timer.Stop()
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
