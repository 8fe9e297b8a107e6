"""A real SMTP server for the test suite (aiosmtpd), on loopback.

Every accepted message is written to OUTDIR as <n>.eml with its envelope in <n>.json.
Recipients decide the reply, so tests can provoke each case:
  bounce*@…  -> 550 (permanent), busy*@… -> 451 (temporary, every time),
  flaky*@…   -> 451 for the first two attempts of each recipient, then accepted.
Usage: python smtp_server.py PORT OUTDIR   (prints "ready" once listening)
"""
import asyncio
import json
import os
import signal
import sys

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0
        self.attempts = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("bounce"):
            return "550 5.1.1 no such user"
        if local.startswith("busy"):
            return "451 4.3.0 mailbox busy, try later"
        if local.startswith("flaky"):
            seen = self.attempts.get(address, 0) + 1
            self.attempts[address] = seen
            if seen <= 2:
                return "451 4.7.1 greylisted, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.outdir, "%06d" % self.count)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 Message accepted"


def main():
    # A parent (the Swift test runner) may spawn us with signals blocked or ignored: restore the defaults so that
    # SIGTERM stops the server.
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    port = int(sys.argv[1])
    outdir = sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    controller = Controller(Handler(outdir), hostname="127.0.0.1", port=port, decode_data=False)
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
