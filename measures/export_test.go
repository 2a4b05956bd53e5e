package measures

// WriteChunked exposes writeChunked to the tests.
var WriteChunked = (*Table).writeChunked
