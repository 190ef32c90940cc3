#!/usr/bin/python3
"""Profiles a CSV file's columns with pandas, for the New Job tests.

Usage: profile_columns.py FILE TARGET
Prints JSON: {"rows": n, "columns": {name: {"distinct": d, "missing": m,
"unique": bool}}, "minority_share": share of TARGET's smallest class}.
Missing values are those Winnow's reader treats as missing: an empty field
or NA, N/A, NaN, null, None in any letter case.
"""
import itertools
import json
import sys

import pandas as pd


def case_variants(word):
    options = [(c.lower(), c.upper()) if c.isalpha() else (c,) for c in word]
    return {"".join(p) for p in itertools.product(*options)}


def main():
    path, target = sys.argv[1], sys.argv[2]
    markers = set()
    for word in ("NA", "N/A", "NaN", "null", "None"):
        markers |= case_variants(word)
    markers.add("")
    # Read everything as text so that distinct counts are of values as
    # written, then let pandas count.
    data = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=sorted(markers))
    columns = {}
    for name in data.columns:
        column = data[name]
        stripped = column.str.strip()
        # Numbers count by value, as the engine reads them (1.50 == 1.5).
        numeric = pd.to_numeric(stripped, errors="coerce")
        values = numeric if numeric.notna().sum() == stripped.notna().sum() else stripped
        columns[name] = {
            "distinct": int(values.nunique(dropna=True)),
            "missing": int(column.isna().sum()),
            "unique": bool(column.notna().all() and column.is_unique),
        }
    shares = data[target].value_counts(normalize=True, dropna=True)
    print(json.dumps({"rows": int(len(data)), "columns": columns,
                      "minority_share": float(shares.min())}))


if __name__ == "__main__":
    main()
