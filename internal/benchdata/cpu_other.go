//go:build !unix

package benchdata

// CPUSeconds is 0 where the CPU time is not known.
func CPUSeconds() float64 { return 0 }
