package report

import "html/template"

// trusted marks the output of inlineSVG, which is rebuilt from parsed SVG
// with every text and attribute escaped, as safe to insert.
func trusted(svg string) template.HTML { return template.HTML(svg) }

var tmpl = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>lipgraph report: {{.Title}}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:72rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.4}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
.sub{color:#555;margin-top:0}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num,th.num{text-align:right}
.swatch{display:inline-block;width:.9rem;height:.9rem;border:1px solid #555;border-radius:3px;vertical-align:middle;margin-right:.3rem}
.pass{background:#d9f0d3}.partial{background:#fff3c4}.fail{background:#f8d0cc}.unknown{background:#e6e6e6}.context{background:#dde8f5}
.status{font-weight:bold;white-space:nowrap}.evidence{font-size:.9rem;color:#444}.source{font-size:.85rem;color:#666;font-style:italic}
.score{font-size:2.4rem;font-weight:bold}.big{display:flex;gap:2rem;align-items:baseline;flex-wrap:wrap}
ol.recs li{margin:.4rem 0}.reach{font-weight:bold;white-space:nowrap}
figure{margin:1rem 0;overflow-x:auto}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9rem}
.zoom{margin:0 .3rem 0 0}.zoom+label{font-size:.9rem;color:#555}.zoom:checked~svg{max-width:none}
svg.chart text{font-size:12px;font-family:Helvetica,Arial,sans-serif}svg.chart .pass{fill:#4daf4a}svg.chart .partial{fill:#ffb000}svg.chart .fail{fill:#e41a1c}
.matrix td{text-align:center;padding:.15rem .3rem}.matrix th.p{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;font-size:.8rem}
nav a{margin-right:1rem}
@media print{nav{display:none}body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}section,figure,tr{break-inside:avoid}figure{overflow:visible}.zoom,.zoom+label{display:none}.zoom:checked~svg{max-width:100%}a{color:inherit;text-decoration:none}}
</style>
</head>
<body>
<header>
<h1>lipgraph report: {{.Title}}</h1>
{{if .Dataset}}<p class="sub">Data: {{.Dataset}}</p>{{end}}
<nav><a href="#glance">At a glance</a>{{if .Sets}}<a href="#scorecard">Scorecard</a><a href="#recommendations">Recommendations</a>{{end}}{{if .Change}}<a href="#change">Change</a>{{end}}{{if .Ranking}}<a href="#ranking">Ranking</a>{{end}}<a href="#diagrams">Diagrams</a>{{if .Measures}}<a href="#measures">Domain measures</a>{{end}}</nav>
</header>
<main>
<section id="glance">
<h2>At a glance</h2>
<table><thead><tr><th>Sector category</th><th class="num">Partners</th><th>Sectors</th></tr></thead><tbody>
{{range .Glance}}<tr><td><span class="swatch" style="background:{{.Colour}}"></span>{{.Category}}</td><td class="num">{{.Count}}</td><td>{{.Sectors}}</td></tr>
{{end}}</tbody></table>
{{if .Municipal}}<h3>Municipal engagement</h3><table><tbody>{{range .Municipal}}<tr><th>{{.Name}}</th><td>{{.Value}}</td></tr>{{end}}</tbody></table>{{end}}
</section>
{{if .Sets}}
<section id="scorecard">
<h2>Scorecard</h2>
<div class="big"><div><span class="score">{{.Overall}}</span> / 100 overall</div><div>at most {{.OverallMax}} with every unknown answered</div><div>{{.Judged}}</div></div>
{{template "chart" .SetChart}}
{{range .Sets}}<h3>{{.Name}} <small>({{.Score}})</small></h3>
<table><thead><tr><th>Criterion</th><th>Status</th><th class="num">Score</th><th>Why, and the evidence</th></tr></thead><tbody>
{{range .Items}}<tr class="{{.Class}}"><td>{{.Title}}<div class="source">Source: {{.Source}}</div></td><td class="status">{{.Status}}</td><td class="num">{{.Score}}</td><td>{{.Explanation}}{{if .Have}}<div class="evidence">Has: {{.Have}}</div>{{end}}{{if .Missing}}<div class="evidence">Missing: {{.Missing}}</div>{{end}}</td></tr>
{{end}}</tbody></table>
{{end}}
</section>
<section id="recommendations">
<h2>Recommendations</h2>
{{if .Recs}}<p>In the order the work happens; each score is the overall score once that change and every earlier one are made.</p>
<ol class="recs">{{range .Recs}}<li>{{.Text}} <span class="reach">→ {{.Score}}</span>{{if .Criteria}}<div class="evidence">Raises: {{.Criteria}}</div>{{end}}</li>
{{end}}</ol>{{else}}<p>{{.NoRecs}}</p>{{end}}
</section>
{{end}}
{{with .Change}}
<section id="change">
<h2>Change since {{.Label}}</h2>
{{template "chart" .Chart}}
<table><tbody><tr><th>Partners retained</th><td>{{.Retained}}{{if .Retention}} ({{.Retention}} of those before){{end}}</td></tr>
<tr><th>Partners who entered</th><td>{{.Entered}}{{if .EnteredNames}}: {{.EnteredNames}}{{end}}</td></tr>
<tr><th>Partners who left</th><td>{{.Exited}}{{if .ExitedNames}}: {{.ExitedNames}}{{end}}</td></tr></tbody></table>
{{if .Criteria}}<h3>Criteria whose status changed</h3><table><thead><tr><th>Criterion</th><th>Before</th><th>Now</th></tr></thead><tbody>{{range .Criteria}}<tr><td>{{.Title}}</td><td>{{.Before}}</td><td>{{.After}}</td></tr>{{end}}</tbody></table>{{end}}
<h3>Network measures</h3><table><thead><tr><th>Measure</th><th class="num">Before</th><th class="num">Now</th><th class="num">Change</th></tr></thead><tbody>{{range .Measures}}<tr><td>{{.Name}}</td><td class="num">{{.Before}}</td><td class="num">{{.After}}</td><td class="num">{{.Change}}</td></tr>{{end}}</tbody></table>
</section>
{{end}}
{{if .Ranking}}
<section id="ranking">
<h2>Ranking</h2>
{{template "chart" .RankChart}}
<table><thead><tr><th class="num">Rank</th><th>Partnership</th><th class="num">Overall</th><th class="num">At most</th><th>Weight judged</th></tr></thead><tbody>
{{range .Ranking}}<tr><td class="num">{{.Rank}}</td><td>{{.Name}}</td><td class="num">{{.Overall}}</td><td class="num">{{.Max}}</td><td>{{.Known}}</td></tr>
{{end}}</tbody></table>
{{with .Matrix}}<h3>Criteria by partnership</h3>
<p>✓ pass, ½ partial, ✗ fail, ? unknown, · context. {{.Note}}</p>
<div style="overflow-x:auto"><table class="matrix"><thead><tr><th>Criterion</th>{{range .Partnerships}}<th class="p">{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Rows}}<tr><td style="text-align:left">{{.Criterion}}</td>{{range .Cells}}<td class="{{.Class}}" title="{{.Title}}">{{.Mark}}</td>{{end}}</tr>
{{end}}</tbody></table></div>{{end}}
</section>
{{end}}
<section id="diagrams">
<h2>Diagrams</h2>
{{if .NoDiagrams}}<p>{{.NoDiagrams}}</p>{{else}}
<figure id="structure"><input type="checkbox" class="zoom" id="zoom-structure"><label for="zoom-structure">full size (to read every name; scroll sideways)</label>{{.Structure}}<figcaption>The structure: each body with its members, coloured by sector category; chairs starred with a double outline; observers and staff dashed grey; a body with a gap the scorecard finds has a red dashed border and the gap in red under its title.</figcaption></figure>
<figure id="partners"><input type="checkbox" class="zoom" id="zoom-partners"><label for="zoom-partners">full size (to read every name; scroll sideways)</label>{{.Partners}}<figcaption>The partner network: partners tied by shared bodies and reported ties, box size by degree; the legend says which ties are drawn; a dashed orange outline marks a partner the partnership depends on alone for a category (a risk: without it a criterion fails).</figcaption></figure>
{{end}}
</section>
{{if .Measures}}
<section id="measures">
<h2>Domain measures</h2>
<table><tbody>{{range .Measures}}<tr><th>{{.Name}}</th><td>{{.Value}}</td></tr>{{end}}</tbody></table>
<h3>Brokers between sector categories</h3>
{{if .Brokers}}<ul>{{range .Brokers}}<li>{{.}}</li>{{end}}</ul>{{else}}<p>No partner brokers between categories on the reported ties more than chance would.</p>{{end}}
<h3>Members per body</h3>
<table><tbody>{{range .Bodies}}<tr><th>{{.Name}}</th><td class="num">{{.Value}}</td></tr>{{end}}</tbody></table>
</section>
{{end}}
</main>
<footer><p class="sub">Made by lipgraph. Sources are cited with each criterion.</p></footer>
</body>
</html>
{{define "chart"}}{{if .Bars}}<figure class="chart"><svg class="chart" role="img" aria-label="{{.Title}}" viewBox="0 0 560 {{.Height}}" width="560" height="{{.Height}}">{{range .Bars}}<text x="176" y="{{.Y}}" dy="13" text-anchor="end">{{.Label}}</text><rect class="{{.Class}}" x="182" y="{{.Y}}" width="{{.Width}}" height="16"></rect><text x="{{.Width}}" y="{{.Y}}" dx="188" dy="13">{{.Value}}</text>{{end}}</svg><figcaption>{{.Title}}</figcaption></figure>{{end}}{{end}}
`))
