#!/usr/bin/env python3
"""Turn the first-touch addresses written by touch_pages.so into a linker symbol-ordering file.

usage: link_order.py [--previous ORDER] BINARY=LOG [BINARY=LOG ...] > ORDER

For every address of LOG (in first-use order) the symbol of BINARY that holds it is appended, once, after the
symbols of --previous. Aliases at the same address are all listed so that the linker finds the one it knows.
Symbols the binary no longer has are skipped by the linker (--no-warn-symbol-ordering). The eight daemons are one
binary (commerceai): each BINARY=LOG pair is one daemon's log against it.
"""
import bisect
import os
import subprocess
import sys


_tables = {}


def symbols_of(binary):
    """The defined symbols of BINARY by address (read once per file: the eight daemons are one binary)."""
    binary = os.path.realpath(binary)
    if binary not in _tables:
        _tables[binary] = _read_symbols(binary)
    return _tables[binary]


def _read_symbols(binary):
    table = []
    listing = subprocess.run(["nm", "-n", "--defined-only", binary], capture_output=True, text=True, check=True)
    for line in listing.stdout.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[1] in "tTrRdDbBvVwW" and not parts[2].startswith("."):
            table.append((int(parts[0], 16), parts[2]))
    return table


def main(arguments):
    order, seen = [], set()
    if arguments[:1] == ["--previous"]:
        with open(arguments[1]) as previous:
            for name in (line.strip() for line in previous):
                if name and name not in seen:
                    seen.add(name)
                    order.append(name)
        arguments = arguments[2:]
    for pair in arguments:
        binary, log = pair.split("=", 1)
        table = symbols_of(binary)
        addresses = [address for address, _ in table]
        added = 0
        with open(log) as lines:
            for line in lines:
                line = line.strip()
                if not line:
                    continue
                index = bisect.bisect_right(addresses, int(line, 16)) - 1
                if index < 0:
                    continue
                start = addresses[index]
                while index >= 0 and addresses[index] == start:
                    name = table[index][1]
                    if name not in seen:
                        seen.add(name)
                        order.append(name)
                        added += 1
                    index -= 1
        print(f"link_order: {binary}: {added} new symbols", file=sys.stderr)
    sys.stdout.write("".join(name + "\n" for name in order))


if __name__ == "__main__":
    main(sys.argv[1:])
