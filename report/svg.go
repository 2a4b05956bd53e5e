package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// svgElements are the SVG elements Graphviz writes that an inline diagram
// keeps; anything else (script, foreignObject, style, image…) is an error.
var svgElements = map[string]bool{
	"svg": true, "g": true, "title": true, "polygon": true, "polyline": true, "path": true,
	"ellipse": true, "circle": true, "rect": true, "line": true, "text": true, "tspan": true,
	"a": true, "defs": true, "linearGradient": true, "radialGradient": true, "stop": true,
}

// svgAttributes are the presentation and geometry attributes kept; ids,
// links (href) and event handlers are dropped.
var svgAttributes = map[string]bool{
	"width": true, "height": true, "viewBox": true, "transform": true, "class": true,
	"fill": true, "stroke": true, "stroke-width": true, "stroke-dasharray": true, "stroke-opacity": true,
	"fill-opacity": true, "points": true, "d": true, "cx": true, "cy": true, "rx": true, "ry": true,
	"r": true, "x": true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true,
	"text-anchor": true, "font-family": true, "font-size": true, "font-weight": true, "font-style": true,
	"text-decoration": true, "baseline-shift": true, "offset": true, "stop-color": true, "stop-opacity": true,
	"gradientUnits": true, "preserveAspectRatio": true,
}

// inlineSVG rewrites a Graphviz SVG document as markup to put inside an
// HTML page: the XML declaration, doctype and comments go; every element and
// attribute outside the lists above is refused or dropped (ids, which
// several diagrams on one page would repeat, and links); Graphviz's <a
// xlink:title="tooltip"> becomes a <g> with a <title>, and its own <title>
// elements (the generated node IDs) are left out. The text is re-escaped,
// so whatever the names, nothing but SVG shapes and text comes out. label is
// the diagram's accessible name (aria-label). The root keeps Graphviz's
// width and height, the diagram's natural size: the page's CSS scales it
// down to the page's width unless "full size" is ticked.
func inlineSVG(src []byte, label string) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(src))
	d.Strict = true
	var b strings.Builder
	var stack []string // the element names written, "" for a dropped one
	skip := 0          // depth inside a dropped <title>
	root := true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("report: the diagram is not well-formed SVG: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if skip > 0 || name == "title" {
				skip++
				continue
			}
			if !svgElements[name] || (t.Name.Space != "" && t.Name.Space != "http://www.w3.org/2000/svg") {
				return "", fmt.Errorf("report: the diagram holds a <%s> element", name)
			}
			tooltip := ""
			if name == "a" {
				for _, a := range t.Attr {
					if a.Name.Local == "title" {
						tooltip = a.Value
					}
				}
				name = "g"
			}
			b.WriteString("<" + name)
			if root {
				b.WriteString(` role="img" aria-label="`)
				xml.EscapeText(&b, []byte(label))
				b.WriteString(`"`)
			}
			for _, a := range t.Attr {
				if a.Name.Space != "" || !svgAttributes[a.Name.Local] {
					continue
				}
				b.WriteString(" " + a.Name.Local + `="`)
				xml.EscapeText(&b, []byte(a.Value))
				b.WriteString(`"`)
			}
			b.WriteString(">")
			root = false
			stack = append(stack, name)
			if tooltip != "" {
				b.WriteString("<title>")
				xml.EscapeText(&b, []byte(tooltip))
				b.WriteString("</title>")
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			b.WriteString("</" + stack[len(stack)-1] + ">")
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if skip > 0 || len(stack) == 0 {
				continue
			}
			xml.EscapeText(&b, t)
		}
	}
	if root {
		return "", fmt.Errorf("report: the diagram holds no SVG")
	}
	return b.String(), nil
}
