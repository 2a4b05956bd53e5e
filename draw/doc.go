// Package draw provides Graphviz diagrams of a partnership: its structure
// (Structure), its partner network (Partners) and how the network changed
// between two waves (Change), written as DOT text with
// github.com/emicklei/dot, with the gaps of a scorecard highlighted (Highlight).
// Render them with Graphviz: dot -Tsvg structure.dot -o structure.svg.
//
// # The structure diagram
//
// Each body is a cluster: the council on top, the steering committee and the
// secretariat under it, the working groups (labelled with their theme) in
// rows of ⌈√k⌉ below, each action team nested in its working group's cluster
// under the group's members. Inside a cluster every member partner is a box
// filled with the colour of its sector category (CategoryColour; a legend
// lists the categories present); chairs and co-chairs have a double outline
// and a "★" and sit in the first row. Members are laid out in a grid of rows
// of about √(1.5k) so that a council of thirty is not one long line.
//
// A partner who sits on several bodies is drawn once per body (per-body
// copies), not once with an edge to each body. Both were rendered for the
// 40-partner mid-size sample (examples/diagrams/structure-midsize.png and
// structure-midsize-once-rejected.png): drawn once, its 112 memberships make
// 112 crossing edges between a column of bodies and a column of partners, and
// who sits on which working group cannot be read off without tracing lines;
// with copies every cluster reads as a list of its members, the colours show
// each body's sector mix at a glance, and a partner's presence across bodies
// (the City in five of six working groups) is still visible by its name and
// colour. The cost is size: the diagram has Σ|members| boxes, which suits
// one partnership; use the partner diagram for a large multi-partnership
// dataset.
//
// # The partner diagram
//
// One node per partner, filled with its category colour and sized by a
// measure chosen by the caller (PartnerOptions.SizeBy, e.g. degree,
// betweenness or eigenvector centrality from package metrics); edge width
// grows with the tie weight of the partner graph. Partners can be grouped in
// clusters (communities or partnerships), and brokers and key players are
// marked with a distinct outline and shape.
//
// # Highlights
//
// A Highlight value says what to mark, as plain IDs and labels: bodies
// (red dashed cluster and a red line "gap: BodyNote" under its title),
// labels of what a body is missing (a red line "missing: X, Y" there too),
// and partners (dashed orange outline). The package knows no rule about
// what a gap is: package collab computes them (collab.AllGaps, by the same
// rules as its scorecard), and the command-line tool lays them out as a
// Highlight.
//
// # Text and determinism
//
// Every name goes through Clean, which makes any string safe for DOT and
// shown faithfully by Graphviz (emicklei/dot quotes strings but does not
// escape them for Graphviz); node and cluster IDs are generated (n1, cluster_s2…) and never
// come from the data. Nodes, clusters and edges are added in sorted order, no
// same-rank group depends on map order, so the output is byte-identical
// across runs and whatever the order of the input records. The golden files
// in testdata/golden/dot are checked by go test and by Graphviz's dot -Tsvg
// when it is installed; go test -update rewrites them.
package draw
