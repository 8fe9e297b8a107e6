import TestSupport

// Integration tests of `email-agent` against a real broker and a real SMTP server on loopback.
