"""Writes a benchmark CSV file of about SIZE_MB megabytes.

usage: generate_csv.py numeric|categories PATH SIZE_MB

numeric     10 columns: integers, decimals with 2 to 6 digits, exponents
categories  10 columns: 5 numeric, 4 string categories (3 to 1000 levels),
            1 boolean; about 5% of the values missing (empty or NA)

A block of random rows is generated once and repeated until the file has
the wanted size, which keeps generation to seconds.
"""
import sys

import numpy

kind, path, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
random = numpy.random.default_rng(42)
rows = 200_000


def decimals(digits, scale):
    return numpy.char.mod(f"%.{digits}f", random.normal(0, scale, rows))


def with_missing(texts):
    texts = texts.astype(object)
    holes = random.random(rows)
    texts[holes < 0.03] = ""
    texts[(holes >= 0.03) & (holes < 0.05)] = "NA"
    return texts


if kind == "numeric":
    names = ["id", "count", "price", "ratio", "score", "temp", "lat", "lon", "big", "small"]
    columns = [
        numpy.char.mod("%d", random.integers(0, 10_000_000, rows)),
        numpy.char.mod("%d", random.integers(-500, 500, rows)),
        decimals(2, 100),
        decimals(6, 1),
        decimals(4, 10),
        decimals(3, 20),
        decimals(6, 45),
        decimals(6, 90),
        numpy.char.mod("%.6e", random.lognormal(10, 3, rows)),
        numpy.char.mod("%.5g", random.random(rows) / 1000),
    ]
elif kind == "categories":
    names = ["id", "amount", "rate", "age", "score", "city", "color", "segment", "code", "active"]
    cities = numpy.array([f"city_{i}" for i in range(1000)])
    colors = numpy.array(["red", "green", "blue"])
    segments = numpy.array(["consumer", "small business", "enterprise", "public sector"])
    codes = numpy.array([f"C{i:04d}" for i in range(50)])
    columns = [
        numpy.char.mod("%d", random.integers(0, 10_000_000, rows)),
        with_missing(decimals(2, 1000)),
        with_missing(decimals(5, 1)),
        with_missing(numpy.char.mod("%d", random.integers(18, 90, rows))),
        decimals(3, 10),
        with_missing(cities[random.integers(0, 1000, rows)]),
        with_missing(colors[random.integers(0, 3, rows)]),
        with_missing(segments[random.integers(0, 4, rows)]),
        with_missing(codes[random.integers(0, 50, rows)]),
        numpy.array(["true", "false"])[random.integers(0, 2, rows)],
    ]
else:
    sys.exit(f"unknown kind {kind}")

block = "\n".join(",".join(map(str, row)) for row in zip(*columns)) + "\n"
block = block.encode()
wanted = size_mb * 1_000_000
with open(path, "wb") as out:
    out.write((",".join(names) + "\n").encode())
    written = 0
    while written < wanted:
        out.write(block)
        written += len(block)
