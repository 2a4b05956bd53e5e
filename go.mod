module github.com/lipgraph/lipgraph

go 1.26

require (
	github.com/emicklei/dot v1.6.2
	github.com/google/go-cmp v0.7.0
	gonum.org/v1/gonum v0.17.0
)

require github.com/go-json-experiment/json v1.27.2
