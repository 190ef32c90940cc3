#!/usr/bin/python3
"""Counts values into equal-width bins with numpy, to check the residual
histogram the details panel draws.

usage: numpy_histogram.py INPUT.json
INPUT.json: {"values": [...], "bins": N}
prints {"counts": [...], "edges": [...]} as JSON.
"""
import json
import sys

import numpy


def main():
    with open(sys.argv[1]) as handle:
        request = json.load(handle)
    counts, edges = numpy.histogram(numpy.asarray(request["values"], dtype=float),
                                    bins=int(request["bins"]))
    json.dump({"counts": counts.tolist(), "edges": edges.tolist()}, sys.stdout)


if __name__ == "__main__":
    main()
