package collab

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// appendCard appends the scorecard's contract JSON as json.MarshalIndent(c,
// prefix, "  ") would write it, byte for byte (encode_test.go checks this),
// without reflection: WriteAllJSON writes thousands of cards.
func appendCard(b []byte, c cardJSON, prefix string) []byte {
	in1, in2, in3, in4 := prefix+"  ", prefix+"    ", prefix+"      ", prefix+"        "
	b = append(b, "{\n"...)
	b = appendKey(b, in1, "partnership")
	b = appendString(b, c.Partnership)
	b = append(b, ",\n"...)
	b = appendKey(b, in1, "overall")
	b = appendFloat(b, c.Overall)
	b = append(b, ",\n"...)
	for _, kv := range [...]struct {
		k string
		v float64
	}{{"overall_max", c.OverallMax}, {"weight_judged", c.WeightJudged}, {"weight_total", c.WeightTotal}} {
		b = appendKey(b, in1, kv.k)
		b = appendFloat(b, kv.v)
		b = append(b, ",\n"...)
	}
	b = appendKey(b, in1, "as_of")
	b = appendString(b, c.AsOf)
	b = append(b, ",\n"...)
	b = appendKey(b, in1, "criteria")
	if len(c.Criteria) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, "[\n"...)
		for i, cr := range c.Criteria {
			b = append(b, in2...)
			b = append(b, "{\n"...)
			for _, kv := range [...]struct{ k, v string }{{"id", cr.ID}, {"set", cr.Set}, {"title", cr.Title}, {"source", cr.Source}, {"status", cr.Status.String()}} {
				b = appendKey(b, in3, kv.k)
				b = appendString(b, kv.v)
				b = append(b, ",\n"...)
			}
			b = appendKey(b, in3, "score")
			b = appendFloat(b, cr.Score)
			b = append(b, ",\n"...)
			b = appendKey(b, in3, "weight")
			b = appendFloat(b, cr.Weight)
			b = append(b, ",\n"...)
			b = appendKey(b, in3, "evidence")
			b = append(b, "{\n"...)
			b = appendKey(b, in4, "have")
			b = appendStrings(b, cr.Evidence.Have, in4)
			b = append(b, ",\n"...)
			b = appendKey(b, in4, "missing")
			b = appendStrings(b, cr.Evidence.Missing, in4)
			b = append(b, '\n')
			b = append(b, in3...)
			b = append(b, "},\n"...)
			b = appendKey(b, in3, "explanation")
			b = appendString(b, cr.Explanation)
			b = append(b, '\n')
			b = append(b, in2...)
			b = append(b, '}')
			if i < len(c.Criteria)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
		}
		b = append(b, in1...)
		b = append(b, ']')
	}
	b = append(b, ",\n"...)
	b = appendKey(b, in1, "recommendations")
	if len(c.Recommendations) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, "[\n"...)
		for i, r := range c.Recommendations {
			b = append(b, in2...)
			b = append(b, "{\n"...)
			for _, kv := range [...]struct{ k, v string }{{"change", r.Change}, {"kind", r.Kind}, {"target", r.Target}} {
				b = appendKey(b, in3, kv.k)
				b = appendString(b, kv.v)
				b = append(b, ",\n"...)
			}
			b = appendKey(b, in3, "score_after")
			b = appendFloat(b, r.ScoreAfter)
			for _, kv := range [...]struct {
				k string
				v []string
			}{{"criteria", r.Criteria}, {"partners", r.Partners}, {"partner_names", r.PartnerNames}, {"bodies", r.Bodies}, {"body_names", r.BodyNames}} {
				b = append(b, ",\n"...)
				b = appendKey(b, in3, kv.k)
				b = appendStrings(b, kv.v, in3)
			}
			b = append(b, '\n')
			b = append(b, in2...)
			b = append(b, '}')
			if i < len(c.Recommendations)-1 {
				b = append(b, ',')
			}
			b = append(b, '\n')
		}
		b = append(b, in1...)
		b = append(b, ']')
	}
	b = append(b, '\n')
	b = append(b, prefix...)
	return append(b, '}')
}

func appendKey(b []byte, indent, k string) []byte {
	b = append(b, indent...)
	b = append(b, '"')
	b = append(b, k...)
	return append(b, "\": "...)
}

func appendStrings(b []byte, ss []string, indent string) []byte {
	if len(ss) == 0 {
		return append(b, "[]"...)
	}
	b = append(b, "[\n"...)
	for i, s := range ss {
		b = append(b, indent...)
		b = append(b, "  "...)
		b = appendString(b, s)
		if i < len(ss)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	b = append(b, indent...)
	return append(b, ']')
}

// appendFloat writes a float as encoding/json does for the values scores
// take (0-100 with one decimal, weights): the shortest representation.
func appendFloat(b []byte, f float64) []byte {
	if f != f || f > 1e20 || f < -1e20 || (f != 0 && f < 1e-6 && f > -1e-6) {
		data, _ := json.Marshal(f) // rare: let encoding/json decide (and fail on NaN as it does)
		return append(b, data...)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendString writes s as a JSON string with encoding/json's escaping
// (HTML-safe: <, > and & as \u00XX; U+2028, U+2029 escaped; invalid UTF-8 as
// U+FFFD).
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == '<' || c == '>' || c == '&':
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
