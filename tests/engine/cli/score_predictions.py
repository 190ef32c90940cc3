#!/usr/bin/python3
"""Scores winnow-engine's predictions on held-out rows with scikit-learn.

usage: score_predictions.py HOLDOUT.csv PRED.csv
prints JSON: {"rocAuc": ..., "accuracy": ..., "r2": ..., "rows": ...} with
the metrics that fit the target (ROC AUC for two classes, accuracy for any
classes, R² for numbers). Rows are matched on the "id" column.
"""
import json
import sys

import pandas as pd
from sklearn.metrics import accuracy_score, r2_score, roc_auc_score


def main():
    holdout = pd.read_csv(sys.argv[1])
    predictions = pd.read_csv(sys.argv[2])
    merged = holdout[["id", "target"]].merge(predictions, on="id", how="inner")
    result = {"rows": int(len(merged)), "holdoutRows": int(len(holdout))}
    probability_columns = [c for c in predictions.columns if c.startswith("probability_")]
    if probability_columns:
        result["accuracy"] = float(accuracy_score(merged["target"], merged["prediction"]))
        if len(probability_columns) == 2:
            positive = sorted(probability_columns, key=lambda c: float(c.split("_", 1)[1]))[1]
            result["rocAuc"] = float(roc_auc_score(merged["target"], merged[positive]))
    else:
        result["r2"] = float(r2_score(merged["target"], merged["prediction"]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
