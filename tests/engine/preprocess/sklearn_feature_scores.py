"""Reference feature scores and selections from scikit-learn, for
test_preprocess_feature_scores.

Input JSON: {"x": rows, "yClass": [...], "yBinary": [...], "yRegression": [...],
"masks": [{"scores": [...], "percentile": p}]}.
Output JSON: {"fClassif": [...], "fClassifBinary": [...], "fRegression": [...],
"masks": [[kept column indices], ...]}. Non-finite numbers travel as the
strings "nan", "inf", "-inf".
"""
import json
import sys
import warnings

import numpy as np
from sklearn.feature_selection import SelectPercentile, f_classif, f_regression


def to_json(values):
    out = []
    for v in np.asarray(values, dtype=float).tolist():
        if np.isnan(v):
            out.append("nan")
        elif np.isinf(v):
            out.append("inf" if v > 0 else "-inf")
        else:
            out.append(v)
    return out


def from_json(values):
    return np.array([float(v) for v in values], dtype=float)


def main():
    warnings.simplefilter("ignore")  # constant columns make scikit-learn warn
    with open(sys.argv[1]) as f:
        data = json.load(f)
    x = np.array(data["x"], dtype=float)
    answer = {
        "fClassif": to_json(f_classif(x, np.array(data["yClass"], dtype=int))[0]),
        "fClassifBinary": to_json(f_classif(x, np.array(data["yBinary"], dtype=int))[0]),
        "fRegression": to_json(f_regression(x, np.array(data["yRegression"], dtype=float))[0]),
        "masks": [],
    }
    for case in data["masks"]:
        scores = from_json(case["scores"])
        dummy = np.zeros((2, scores.size))
        selector = SelectPercentile(lambda X, y: scores, percentile=case["percentile"])
        selector.fit(dummy, np.array([0, 1]))
        answer["masks"].append([int(i) for i in np.flatnonzero(selector.get_support())])
    with open(sys.argv[2], "w") as f:
        json.dump(answer, f)


if __name__ == "__main__":
    main()
