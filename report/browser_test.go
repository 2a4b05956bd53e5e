package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// browser returns the path of a Chromium or Chrome, or skips the test.
func browser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on PATH (Debian: apt-get install chromium)")
	return ""
}

// visible is a script that lists the selectors whose element is missing or
// has no size on the page.
const visible = `(() => {
  const want = ["h1", "#glance table", "#scorecard .score", "#scorecard table", "svg.chart",
    "#recommendations", "#structure svg", "#partners svg", "#measures table"];
  return want.filter(s => { const e = document.querySelector(s);
    if (!e) return true; const r = e.getBoundingClientRect(); return r.width < 10 || r.height < 10; });
})()`

// printed is a script that lists what the print style sheet should hide
// or fit and does not.
const printed = `(() => {
  const bad = [];
  const w = document.body.clientWidth;
  if (getComputedStyle(document.querySelector("nav")).display != "none") bad.push("nav shown");
  document.querySelectorAll(".zoom, .zoom + label").forEach(e => { if (getComputedStyle(e).display != "none") bad.push("full-size box shown"); });
  document.querySelectorAll("figure svg").forEach(e => { if (e.getBoundingClientRect().width > w + 1) bad.push("a diagram wider than the page"); });
  return bad;
})()`

// TestBrowser loads each sample's page in headless Chromium: no console
// message of any kind (an error, a refused load under the page's
// Content-Security-Policy, an exception), the title, scorecard,
// recommendations and both diagrams present with a size, and a screenshot
// of the whole page taken; on the mid-size page, ticking "full size" widens
// the structure diagram; then, in print media, the print style sheet
// hides the navigation and the "full size" boxes and fits every diagram to
// the page. With LIPGRAPH_SCREENSHOTS=DIR the screenshots are written to DIR
// (examples/reports holds the committed ones).
func TestBrowser(t *testing.T) {
	path := browser(t)
	if testing.Short() {
		t.Skip("-short")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.WindowSize(1200, 1600))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	// no timeout on the context of the first Run: it owns the browser
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx); err != nil {
		t.Skipf("Chromium does not start: %v", err)
	}
	dir := t.TempDir()
	// "control" is the small centre's page with an image from the network,
	// which the page's policy refuses: the test must see the console message
	// and the removed diagram, or it could not fail
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood", "control"} {
		t.Run(s, func(t *testing.T) {
			file := filepath.Join(dir, s+".html")
			src := s
			if s == "control" {
				src = "smallcentre"
			}
			page := htmlOf(t, sample(t, src), Options{Dataset: src})
			if s == "control" {
				page = strings.Replace(page, "<main>", `<main><img src="https://example.invalid/x.png">`, 1)
				page = strings.Replace(page, `<figure id="partners">`, `<figure id="partners-gone">`, 1)
			}
			if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			tab, cancel := chromedp.NewContext(bctx)
			defer cancel()
			tab, cancel = context.WithTimeout(tab, 60*time.Second)
			defer cancel()
			cctx, stop := context.WithCancel(tab)
			var mu sync.Mutex
			var msgs []string
			done := make(chan struct{})
			messages := chromedp.Console(cctx)
			go func() {
				defer close(done)
				for m, err := range messages {
					if err != nil {
						return
					}
					mu.Lock()
					msgs = append(msgs, m.String())
					mu.Unlock()
				}
			}()
			if err := chromedp.Do(tab, chromedp.Navigate("file://"+file)); err != nil {
				t.Fatal(err)
			}
			title, err := chromedp.Run(tab, chromedp.Text("h1"))
			if err != nil || title != "lipgraph report: "+map[string]string{"midsize": "westbrook", "smallcentre": "pinecrest", "neighbourhood": "eastside"}[src] {
				t.Errorf("title %q, %v", title, err)
			}
			missing, err := chromedp.Run(tab, chromedp.Evaluate[[]string](visible))
			if err != nil {
				t.Fatal(err)
			}
			if s == "control" {
				if len(missing) != 1 || missing[0] != "#partners svg" {
					t.Errorf("control: missing %q, want the partner diagram", missing)
				}
			} else if len(missing) > 0 {
				t.Errorf("missing or invisible: %q", missing)
			}
			// the whole page, not its first screen: scorecard,
			// recommendations, diagrams and charts all show
			shot, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
			if err != nil || !bytes.HasPrefix(shot, []byte("\x89PNG")) {
				t.Fatalf("screenshot: %v", err)
			}
			if out := os.Getenv("LIPGRAPH_SCREENSHOTS"); out != "" && s != "control" {
				if !filepath.IsAbs(out) {
					out = filepath.Join("..", out) // relative to the repository root, not to report/
				}
				if err := os.WriteFile(filepath.Join(out, s+".png"), shot, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if s == "midsize" {
				// the "full size" box shows the structure at Graphviz's
				// size, wider than the page, to read every name
				before, err := chromedp.Run(tab, chromedp.Evaluate[float64](`document.querySelector("#structure svg").getBoundingClientRect().width`))
				if err != nil {
					t.Fatal(err)
				}
				if err := chromedp.Do(tab, chromedp.Click(`label[for="zoom-structure"]`)); err != nil {
					t.Fatal(err)
				}
				after, err := chromedp.Run(tab, chromedp.Evaluate[float64](`document.querySelector("#structure svg").getBoundingClientRect().width`))
				if err != nil {
					t.Fatal(err)
				}
				if after < 1.5*before {
					t.Errorf("full size: the structure is %.0f px wide, %.0f before", after, before)
				}
			}
			if s != "control" {
				// the print style sheet: no navigation, no "full size"
				// boxes, and every diagram within the page's width
				printMedia := chromedp.Action[chromedp.Void](func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
					_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
					return chromedp.Void{}, err
				})
				if err := chromedp.Do(tab, printMedia); err != nil {
					t.Fatal(err)
				}
				bad, err := chromedp.Run(tab, chromedp.Evaluate[[]string](printed))
				if err != nil {
					t.Fatal(err)
				}
				if len(bad) > 0 {
					t.Errorf("printed: %q", bad)
				}
			}
			time.Sleep(200 * time.Millisecond) // let late console messages arrive
			stop()
			<-done
			mu.Lock()
			defer mu.Unlock()
			switch {
			case s == "control" && len(msgs) == 0:
				t.Error("control: the refused image gave no console message")
			case s != "control" && len(msgs) > 0:
				t.Errorf("console messages: %q", msgs)
			}
		})
	}
}
