"""The Python reference client of the email benchmark, and an aiosmtpd sink with the interface of smtp_sink.c.

The benchmark itself counts on deploy/bench/smtp_sink.c (aiosmtpd tops out near 450 emails/s on one core, below
the figure it measures); `serve` is kept for comparing the two servers by hand.

  python smtp_sink.py serve PORT STATUSFILE EXPECTED
      accepts every message without storing it; once EXPECTED messages arrived, writes
      "<count> <first_epoch_s> <last_epoch_s>" to STATUSFILE (also every second while counting). Prints "ready".
  python smtp_sink.py client PORT COUNT CONNECTIONS
      the Python reference: sends COUNT small messages with smtplib over CONNECTIONS threads, each on one kept-open
      connection; prints "reference emails=<n> seconds=<s> emails_per_s=<r>".
"""
import asyncio
import os
import signal
import smtplib
import sys
import threading
import time

from email.message import EmailMessage


def serve(port, status_file, expected):
    from aiosmtpd.controller import Controller

    class Handler:
        def __init__(self):
            self.count = 0
            self.first = None
            self.last = None

        async def handle_DATA(self, server, session, envelope):
            now = time.time()
            if self.first is None:
                self.first = now
            self.last = now
            self.count += 1
            if self.count == expected:
                write(self)
            return "250 OK"

    def write(handler):
        tmp = status_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d %.6f %.6f\n" % (handler.count, handler.first or 0, handler.last or 0))
        os.rename(tmp, status_file)

    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=port, decode_data=False)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(1)
            write(handler)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


def client(port, count, connections):
    per = [count // connections + (1 if i < count % connections else 0) for i in range(connections)]

    def run(n, index):
        smtp = smtplib.SMTP("127.0.0.1", port)
        for i in range(n):
            msg = EmailMessage()
            msg["From"] = "bench@commerce.test"
            msg["To"] = "reader%d-%d@bench.test" % (index, i)
            msg["Subject"] = "Hello reader %d" % i
            msg.set_content("Dear reader, spring is here. " * 8)
            msg.add_alternative("<p>Dear reader, spring is here.</p>" * 8, subtype="html")
            smtp.send_message(msg)
        smtp.quit()

    start = time.time()
    threads = [threading.Thread(target=run, args=(n, i)) for i, n in enumerate(per)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.time() - start
    print("reference emails=%d seconds=%.3f emails_per_s=%.0f" % (count, seconds, count / seconds))


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    else:
        client(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
