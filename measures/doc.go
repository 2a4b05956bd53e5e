// Package measures computes the measures table of a partnership network:
// the whole-network values and one row per partner that `lipgraph metrics`
// prints, that the export formats carry as node attributes and that
// diagrams are sized by.
//
// [Compute] takes a [network.Network] and [Options] (the projection of the
// partner graph, sampled betweenness, a seed, optional extra analyses and a
// progress callback) and returns a [Table]. A Table's fields carry the JSON
// keys of the metrics contract, and [Table.WriteJSON] writes it as that
// contract; [Columns] and [Row.Cells] give the same rows in the flat form of
// a CSV file or a node attribute table.
//
// Every measure is one of package metrics, computed on the partner graph
// [network.Network.PartnerGraph] returns under the chosen projection; each
// field's comment names its function. Measures that are undefined, or that
// the options leave out, are NaN in a [Float] and null in JSON.
//
// The result is a pure function of the network and the options (apart from
// Options.Progress): the same input gives the same Table, bit for bit, on
// any number of cores.
package measures
