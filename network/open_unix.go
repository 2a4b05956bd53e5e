//go:build unix

package network

import (
	"os"
	"syscall"
)

// openNonBlocking opens a file for reading without waiting for a writer if
// it is a named pipe.
func openNonBlocking(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
