"""A real SMTP server for kollega's mail tests (aiosmtpd).

Each accepted message is written to DIR as NNNN.eml (the raw bytes as
received, with the envelope recipients in an X-Envelope-To header first).
--refuse-first N answers the first N messages with a temporary 451, so tests
can see that kollega retries. --delay-ms N waits N ms before answering the end
of each message, after it is stored (as a relay that writes its queue file):
a client killed meanwhile has its message delivered without seeing the 250.
Prints READY when it listens.
"""
import argparse
import asyncio
import itertools
import os
import threading

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, directory, refuse_first, delay_ms):
        self.directory = directory
        self.refuse_left = refuse_first
        self.delay = delay_ms / 1000
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # A mailbox that does not exist, for tests of permanent refusals.
        if address.lower().startswith("gone"):
            return "550 5.1.1 User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refuse_left > 0:
            self.refuse_left -= 1
            return "451 4.3.0 Try again later"
        n = next(self.counter)
        tmp = os.path.join(self.directory, f".{n:04d}.tmp")
        with open(tmp, "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(b"X-Envelope-From: " + (envelope.mail_from or "").encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.directory, f"{n:04d}.eml"))
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--refuse-first", type=int, default=0)
    parser.add_argument("--delay-ms", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(Handler(args.dir, args.refuse_first, args.delay_ms), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("READY", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
