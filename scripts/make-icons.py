#!/usr/bin/env python3
"""Draw the app icons (a lightning bolt on teal) as PNG with the standard library only.

Run from the repository root: python3 scripts/make-icons.py  (writes static/icon-*.png)
"""
import struct
import zlib

TEAL = (0x00, 0x63, 0x5E)
YELLOW = (0xFF, 0xBF, 0x47)
# The bolt of static/icon.svg, in a 24×24 box.
BOLT = [(13, 2), (4, 14), (10, 14), (9, 22), (18, 10), (12, 10)]


def inside(x, y, poly):
    hit = False
    j = len(poly) - 1
    for i, (xi, yi) in enumerate(poly):
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def png(size, path, padding):
    scale = size * (1 - 2 * padding) / 24
    off = size * padding
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            # 2×2 supersampling for smooth edges.
            n = sum(inside((px + dx) / 1 - off, (py + dy) - off, [(x * scale, y * scale) for x, y in BOLT])
                    for dx in (0.25, 0.75) for dy in (0.25, 0.75))
            a = n / 4
            row += bytes(round(TEAL[k] * (1 - a) + YELLOW[k] * a) for k in range(3))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    png(192, "static/icon-192.png", 0.12)
    png(512, "static/icon-512.png", 0.12)
    png(512, "static/icon-maskable-512.png", 0.22)
