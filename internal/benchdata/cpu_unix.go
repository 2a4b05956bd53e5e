//go:build unix

package benchdata

import "syscall"

// CPUSeconds is the CPU time, user and system over all threads, the process
// has used so far. Benchmarks report its growth per operation (cpu-s/op),
// which a busy machine inflates far less than the wall time.
func CPUSeconds() float64 {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e9
}
