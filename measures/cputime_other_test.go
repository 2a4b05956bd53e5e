//go:build !unix

package measures_test

// cpuSeconds is 0 where the CPU time is not known.
func cpuSeconds() float64 { return 0 }
