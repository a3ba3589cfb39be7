"""A tarpit in front of a real SMTP server, for kollega's deadline tests.

Listens on --port and forwards each connection to 127.0.0.1:--upstream,
except the first --first connections, which it holds:
  --hold greeting  accepts TCP and never says a word (a silent server);
  --hold data      forwards the conversation until the client ends DATA
                   ("\\r\\n.\\r\\n"), then swallows the end of the message and
                   never answers (a server that stalls after the body).
Held connections stay open until the client gives up. Every accepted
connection is counted in DIR/connections (one line each: "held" or
"forwarded"). Prints READY when it listens.
"""
import argparse
import asyncio
import os


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", type=int, required=True)
    parser.add_argument("--hold", choices=["greeting", "data"], required=True)
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    log = os.path.join(args.dir, "connections")
    seen = 0

    def note(what):
        with open(log, "a") as f:
            f.write(what + "\n")

    async def pipe(reader, writer, watch_data_end):
        """Copies reader to writer; with watch_data_end, stops before the
        end of the message and returns True."""
        in_data = False
        tail = b""
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if watch_data_end:
                    seen_text = tail + chunk
                    if not in_data and b"DATA\r\n" in seen_text.upper():
                        # The body starts after the server's 354; from here the
                        # end of the message is what we swallow.
                        in_data = True
                    if in_data and b"\r\n.\r\n" in seen_text:
                        cut = seen_text.index(b"\r\n.\r\n")
                        before = seen_text[len(tail):cut] if cut >= len(tail) else b""
                        writer.write(before)
                        await writer.drain()
                        return True
                    tail = seen_text[-8:]
                writer.write(chunk)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        return False

    async def handle(reader, writer):
        nonlocal seen
        seen += 1
        held = seen <= args.first
        if held and args.hold == "greeting":
            note("held")
            # Read and discard until the client hangs up; never answer.
            try:
                while await reader.read(65536):
                    pass
            except ConnectionError:
                pass
            writer.close()
            return
        note("held" if held else "forwarded")
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", args.upstream)
        back = asyncio.ensure_future(pipe(up_reader, writer, False))
        swallowed = await pipe(reader, up_writer, held)
        if swallowed:
            # Stop answering: drop the upstream side, keep the client waiting.
            back.cancel()
            up_writer.close()
            try:
                while await reader.read(65536):
                    pass
            except ConnectionError:
                pass
        writer.close()
        up_writer.close()

    async def serve():
        server = await asyncio.start_server(handle, "127.0.0.1", args.port)
        print("READY", flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
