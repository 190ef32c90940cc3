"""Reads a CSV file with pandas and prints, per column, its values (null
where missing) and its missing count, as JSON. Used by test_csv_reader to
cross-check Winnow's CSV reader.

usage: pandas_csv_check.py FILE MARKER...
The markers are the only texts pandas may take as missing, besides empty.
"""
import json
import math
import sys

import pandas

path, markers = sys.argv[1], sys.argv[2:]
frame = pandas.read_csv(path, keep_default_na=False, na_values=markers + [""],
                        float_precision="round_trip")
out = {}
for name in frame.columns:
    column = frame[name]
    values = [None if (isinstance(v, float) and math.isnan(v)) else float(v)
              for v in column.tolist()]
    out[name] = {"values": values, "missing": int(column.isna().sum()),
                 "dtype": str(column.dtype)}
json.dump(out, sys.stdout)
