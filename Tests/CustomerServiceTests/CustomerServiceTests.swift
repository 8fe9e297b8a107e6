import TestSupport

// Integration tests of `sav-agent`, driven through a real gateway over real sockets.
