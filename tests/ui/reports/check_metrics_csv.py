"""Checks a metrics CSV exported by Winnow against the metadata.json files it
came from, reading both with pandas and the json module (not Winnow's code).

usage: check_metrics_csv.py METRICS.csv JOB_ID=FOLDER/metadata.json ...
Prints JSON: {"checked": number of values compared, "problems": [...]}.
"""
import json
import math
import numbers
import sys

import pandas as pd


def flatten(obj, prefix=""):
    out = {}
    for key, value in obj.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, name))
        elif value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            out[name] = value
    return out


def main():
    table = pd.read_csv(sys.argv[1], dtype={"jobId": str, "split": str})
    problems = []
    checked = 0
    for argument in sys.argv[2:]:
        job_id, path = argument.split("=", 1)
        with open(path, encoding="utf-8") as f:
            metadata = json.load(f)
        for split, key in (("test", "metrics"), ("train", "trainMetrics")):
            rows = table[(table["jobId"] == job_id) & (table["split"] == split)]
            if len(rows) != 1:
                problems.append(f"{job_id} {split}: {len(rows)} rows")
                continue
            row = rows.iloc[0]
            expected = flatten(metadata[key])
            for metric, value in expected.items():
                if metric not in table.columns:
                    problems.append(f"{job_id} {split}: no column {metric}")
                    continue
                got = row[metric]
                checked += 1
                if value is None:
                    if not (isinstance(got, float) and math.isnan(got)):
                        problems.append(f"{job_id} {split} {metric}: {got!r}, expected empty")
                elif not (isinstance(got, numbers.Number) and got == value):
                    problems.append(f"{job_id} {split} {metric}: {got!r} != {value!r}")
    print(json.dumps({"checked": checked, "problems": problems}))


if __name__ == "__main__":
    main()
