#!/usr/bin/python3
"""Exports scikit-learn's bundled datasets to CSV for the engine's end-to-end
tests, each split into the rows to train on and held-out rows to predict.

usage: sklearn_datasets.py OUT_DIR
writes OUT_DIR/<name>_train.csv and OUT_DIR/<name>_holdout.csv for
breast_cancer (binary), wine (multiclass) and diabetes (regression); the
target column is called "target" and an "id" column numbers the rows.
"""
import sys
from pathlib import Path

from sklearn import datasets
from sklearn.model_selection import train_test_split


def export(name, bunch, out, stratify):
    frame = bunch.frame.copy()
    frame.columns = [c.replace(" ", "_") for c in frame.columns]
    frame.insert(0, "id", range(1, len(frame) + 1))
    train, holdout = train_test_split(
        frame, test_size=0.25, random_state=7,
        stratify=frame["target"] if stratify else None)
    train.to_csv(out / f"{name}_train.csv", index=False)
    holdout.to_csv(out / f"{name}_holdout.csv", index=False)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    export("breast_cancer", datasets.load_breast_cancer(as_frame=True), out, True)
    export("wine", datasets.load_wine(as_frame=True), out, True)
    export("diabetes", datasets.load_diabetes(as_frame=True, scaled=False), out, False)


if __name__ == "__main__":
    main()
