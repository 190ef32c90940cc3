"""Reference numbers for tests/engine/metrics, from scikit-learn and scipy.

Usage: sklearn_reference.py INPUT.json OUTPUT.json

INPUT holds {"cases": [...]}, each case either
  {"kind": "classification", "truth": [class index...], "probabilities": [[p...]...]}
or
  {"kind": "regression", "truth": [...], "predicted": [...]}.
OUTPUT holds {"cases": [...]} with every metric and full curve of each case,
null where scikit-learn refuses or returns NaN.
"""

import json
import math
import sys
import warnings

try:
    import numpy as np
    import scipy.stats
    import sklearn
    from sklearn import metrics
except ImportError as error:
    print(f"missing Python package: {error.name} (install python3-sklearn and python3-scipy)",
          file=sys.stderr)
    sys.exit(3)


def clean(value):
    """NaN to None, numpy to Python, recursively, so the output is strict JSON."""
    if isinstance(value, dict):
        return {key: clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(item) for item in value]
    if isinstance(value, np.ndarray):
        return clean(value.tolist())
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    return value


def refused(function):
    """function() or None when scikit-learn refuses the input."""
    try:
        return function()
    except ValueError:
        return None


def one_vs_rest(truth, scores):
    fpr, tpr, roc_thresholds = metrics.roc_curve(truth, scores, drop_intermediate=False)
    precision, recall, pr_thresholds = metrics.precision_recall_curve(truth, scores)
    positives = scores[truth == 1]
    negatives = scores[truth == 0]
    result = {
        "roc": {"fpr": fpr, "tpr": tpr, "thresholds": roc_thresholds},
        "precisionRecall": {"precision": precision, "recall": recall,
                            "thresholds": pr_thresholds,
                            "averagePrecision": metrics.average_precision_score(truth, scores)},
        "rocAuc": refused(lambda: metrics.roc_auc_score(truth, scores)),
        "ks": None,
        "ksTwoSided": None,
    }
    if len(positives) and len(negatives):
        # 'less' is max(F_negatives - F_positives) = max(TPR - FPR).
        result["ks"] = scipy.stats.ks_2samp(positives, negatives, alternative="less").statistic
        result["ksTwoSided"] = scipy.stats.ks_2samp(positives, negatives).statistic
        # The KS curve at the ROC thresholds, ascending: shares strictly below.
        ascending = roc_thresholds[::-1]
        def share_below(sample):
            return np.searchsorted(np.sort(sample), ascending, side="left") / len(sample)
        result["ksCurve"] = {
            "thresholds": ascending,
            "cdfPositive": share_below(positives),
            "cdfNegative": share_below(negatives),
        }
    return result


def classification(case):
    truth = np.asarray(case["truth"], dtype=int)
    probabilities = np.asarray(case["probabilities"], dtype=float)
    k = probabilities.shape[1]
    labels = list(range(k))
    predicted = np.argmax(probabilities, axis=1)  # first maximum, as the engine
    out = {
        "accuracy": metrics.accuracy_score(truth, predicted),
        "balancedAccuracy": metrics.balanced_accuracy_score(truth, predicted),
        "confusionMatrix": metrics.confusion_matrix(truth, predicted, labels=labels),
        "precision": metrics.precision_score(truth, predicted, labels=labels, average=None),
        "recall": metrics.recall_score(truth, predicted, labels=labels, average=None),
        "f1": metrics.f1_score(truth, predicted, labels=labels, average=None),
        "precisionMacro": metrics.precision_score(truth, predicted, average="macro"),
        "recallMacro": metrics.recall_score(truth, predicted, average="macro"),
        "f1Macro": metrics.f1_score(truth, predicted, average="macro"),
        "perClass": [one_vs_rest((truth == c).astype(int), probabilities[:, c]) for c in labels],
    }
    if k == 2:
        out["precisionPositive"] = metrics.precision_score(truth, predicted, pos_label=1)
        out["recallPositive"] = metrics.recall_score(truth, predicted, pos_label=1)
        out["f1Positive"] = metrics.f1_score(truth, predicted, pos_label=1)
        out["rocAuc"] = refused(lambda: metrics.roc_auc_score(truth, probabilities[:, 1]))
    else:
        out["rocAuc"] = refused(lambda: metrics.roc_auc_score(
            truth, probabilities, multi_class="ovr", average="macro", labels=labels))
    return out


def regression(case):
    truth = np.asarray(case["truth"], dtype=float)
    predicted = np.asarray(case["predicted"], dtype=float)
    return {
        "mse": metrics.mean_squared_error(truth, predicted),
        "rmse": metrics.mean_squared_error(truth, predicted, squared=False),
        "mae": metrics.mean_absolute_error(truth, predicted),
        "r2": metrics.r2_score(truth, predicted),
    }


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as source:
        cases = json.load(source)["cases"]
    warnings.simplefilter("ignore")  # undefined metrics are expected in some cases
    results = [classification(case) if case["kind"] == "classification" else regression(case)
               for case in cases]
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump({"sklearn": sklearn.__version__, "scipy": scipy.__version__,
                   "cases": clean(results)}, target, allow_nan=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
