#!/usr/bin/python3
"""Times scikit-learn's counterparts of Winnow's learners for bench_learners.

Usage: bench_sklearn.py PLAN.json RESULT.json

The plan lists the data files (CSV, target first) and, per case, a
scikit-learn class and its parameters. The result gives, per case, the fit
and predict seconds and the held-out score (accuracy or R^2).
"""
import json
import sys
import time

import numpy as np
from sklearn import ensemble, linear_model, naive_bayes, neighbors, svm, tree
from sklearn.metrics import accuracy_score, r2_score

MODULES = [ensemble, linear_model, naive_bayes, neighbors, svm, tree]


def model_class(name):
    for module in MODULES:
        if hasattr(module, name):
            return getattr(module, name)
    raise SystemExit(f"unknown scikit-learn model {name}")


def load(path):
    data = np.loadtxt(path, delimiter=",", ndmin=2)
    return np.ascontiguousarray(data[:, 1:]), data[:, 0]


def main():
    plan = json.load(open(sys.argv[1]))
    data = {}
    for task, files in plan["data"].items():
        x_train, y_train = load(files["train"])
        x_test, y_test = load(files["test"])
        if task == "classification":
            y_train, y_test = y_train.astype(int), y_test.astype(int)
        data[task] = (x_train, y_train, x_test, y_test)

    results = []
    for case in plan["cases"]:
        x_train, y_train, x_test, y_test = data[case["task"]]
        model = model_class(case["model"])(**case["params"])
        start = time.perf_counter()
        model.fit(x_train, y_train)
        fitted = time.perf_counter()
        if case["task"] == "classification" and hasattr(model, "predict_proba"):
            proba = model.predict_proba(x_test)
            predicted = model.classes_[np.argmax(proba, axis=1)]
        else:
            predicted = model.predict(x_test)
        done = time.perf_counter()
        score = (accuracy_score(y_test, predicted) if case["task"] == "classification"
                 else r2_score(y_test, predicted))
        results.append({"fit": fitted - start, "predict": done - fitted, "score": float(score)})
        json.dump(results, open(sys.argv[2], "w"))  # partial results survive a crash
    json.dump(results, open(sys.argv[2], "w"))


if __name__ == "__main__":
    main()
