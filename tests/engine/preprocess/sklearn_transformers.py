"""Reference outputs of scikit-learn's preprocessing steps, for
test_preprocess_transformers.

Input JSON: {"train": rows, "test": rows, "yClass": [...], "yRegression": [...],
"cases": [{"name": ..., "params": {...}, "task": "classification"|"regression"}]}.
Output JSON: {"cases": [{"train": rows, "test": rows, ...extras}]}, where the
transforms are of the train rows (after fitting on them) and of the test rows.
Non-finite numbers travel as the strings "nan", "inf", "-inf".
"""
import json
import sys

import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.feature_selection import (SelectPercentile, VarianceThreshold, f_classif,
                                       f_regression)
from sklearn.preprocessing import (Binarizer, MaxAbsScaler, MinMaxScaler, Normalizer,
                                   PolynomialFeatures, RobustScaler, StandardScaler)


def to_json(value):
    if isinstance(value, np.ndarray):
        return [to_json(v) for v in value.tolist()]
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, float):
        if np.isnan(value):
            return "nan"
        if np.isinf(value):
            return "inf" if value > 0 else "-inf"
    return value


class ZeroCount:
    """TPOT's ZeroCount (tpot/builtins/zero_count.py), restated."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        n_features = X.shape[1]
        X_transformed = np.copy(X)
        non_zero_vector = np.count_nonzero(X_transformed, axis=1)
        non_zero = np.reshape(non_zero_vector, (-1, 1))
        zero_col = np.reshape(n_features - non_zero_vector, (-1, 1))
        X_transformed = np.hstack((non_zero, X_transformed))
        X_transformed = np.hstack((zero_col, X_transformed))
        return X_transformed


def make(name, params, task):
    p = params
    if name == "standardscaler":
        return StandardScaler(with_mean=p.get("withMean", True), with_std=p.get("withStd", True))
    if name == "minmaxscaler":
        return MinMaxScaler(feature_range=tuple(p.get("featureRange", [0, 1])),
                            clip=p.get("clip", False))
    if name == "robustscaler":
        return RobustScaler(with_centering=p.get("withCentering", True),
                            with_scaling=p.get("withScaling", True),
                            quantile_range=tuple(p.get("quantileRange", [25, 75])))
    if name == "maxabsscaler":
        return MaxAbsScaler()
    if name == "normalizer":
        return Normalizer(norm=p.get("norm", "l2"))
    if name == "binarizer":
        return Binarizer(threshold=p.get("threshold", 0.0))
    if name == "polynomialfeatures":
        return PolynomialFeatures(degree=p.get("degree", 2),
                                  interaction_only=p.get("interactionOnly", False),
                                  include_bias=p.get("includeBias", False))
    if name == "pca":
        return PCA(n_components=p.get("nComponents", 0.95), whiten=p.get("whiten", False),
                   svd_solver="full")
    if name == "variancethreshold":
        return VarianceThreshold(threshold=p.get("threshold", 0.0))
    if name == "selectpercentile":
        score = f_classif if task == "classification" else f_regression
        return SelectPercentile(score, percentile=p.get("percentile", 10))
    if name == "zerocount":
        return ZeroCount()
    raise ValueError("unknown step " + name)


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    train = np.array(data["train"], dtype=float)
    test = np.array(data["test"], dtype=float)
    targets = {"classification": np.array(data["yClass"], dtype=int),
               "regression": np.array(data["yRegression"], dtype=float)}
    answers = []
    for case in data["cases"]:
        step = make(case["name"], case["params"], case["task"])
        step.fit(train.copy(), targets[case["task"]])
        answer = {"train": to_json(step.transform(train.copy())),
                  "test": to_json(step.transform(test.copy()))}
        if case["name"] == "pca":
            answer["components"] = to_json(step.components_)
            answer["explainedVariance"] = to_json(step.explained_variance_)
            answer["explainedVarianceRatio"] = to_json(step.explained_variance_ratio_)
        if case["name"] in ("selectpercentile", "variancethreshold"):
            answer["kept"] = [int(i) for i in np.flatnonzero(step.get_support())]
        if case["name"] == "polynomialfeatures":
            names = ["c%d" % i for i in range(train.shape[1])]
            answer["names"] = step.get_feature_names_out(names).tolist()
        answers.append(answer)
    with open(sys.argv[2], "w") as f:
        json.dump({"sklearn": sklearn.__version__, "cases": answers}, f)


if __name__ == "__main__":
    main()
