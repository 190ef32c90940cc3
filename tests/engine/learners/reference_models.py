#!/usr/bin/python3
"""Reference results for Winnow's learner tests, from scikit-learn and the
xgboost command line (the same libxgboost the engine links).

Usage: reference_models.py REQUEST.json RESULT.json

The request names a model, its parameters and two CSV files (train, test),
each with the target in the first column and no header. The result holds
whatever the model offers on the test rows: predictions, probabilities,
decision values, coefficients, a score.
"""
import json
import os
import subprocess
import sys

try:
    import importlib

    import numpy as np
    import sklearn
    from sklearn.metrics import accuracy_score, r2_score
except ImportError as error:  # the test reports this line
    sys.stderr.write(f"missing Python module: {error.name} (install python3-sklearn)\n")
    sys.exit(3)


def load(path):
    data = np.loadtxt(path, delimiter=",", ndmin=2)
    return data[:, 1:], data[:, 0]


def as_list(array):
    return np.asarray(array, dtype=float).tolist()


def linear_results(model, x_test, result):
    result["coef"] = as_list(np.ravel(model.coef_))
    result["intercept"] = float(np.ravel(model.intercept_)[0])


def run_xgboost(request, workdir):
    params = request["params"]
    lines = [f"{key} = {value}" for key, value in params.items()]
    lines += [
        f'data = "{request["train"]}?format=csv&label_column=0"',
        f'model_out = {os.path.join(workdir, "reference.ubj")}',
    ]
    conf = os.path.join(workdir, "reference.conf")
    with open(conf, "w") as f:
        f.write("\n".join(lines) + "\n")
    binary = "/usr/bin/xgboost"
    if not os.path.exists(binary):
        sys.stderr.write("missing /usr/bin/xgboost (install the xgboost package)\n")
        sys.exit(3)
    subprocess.run([binary, conf], check=True, cwd=workdir, capture_output=True)
    predictions = os.path.join(workdir, "reference.pred")
    subprocess.run(
        [binary, conf, "task=pred", f"model_in={os.path.join(workdir, 'reference.ubj')}",
         f'test:data={request["test"]}?format=csv&label_column=0', f"name_pred={predictions}"],
        check=True, cwd=workdir, capture_output=True)
    values = np.loadtxt(predictions, ndmin=1)
    return {"output": as_list(values)}


def main():
    request = json.load(open(sys.argv[1]))
    kind = request["model"]
    params = request.get("params", {})
    workdir = os.path.dirname(os.path.abspath(sys.argv[2]))
    if kind == "xgboost_cli":
        result = run_xgboost(request, workdir)
        json.dump(result, open(sys.argv[2], "w"))
        return

    x_train, y_train = load(request["train"])
    x_test, y_test = load(request["test"])
    classify = request["task"] == "classification"
    if classify:
        y_train = y_train.astype(int)
        y_test = y_test.astype(int)

    # Winnow's metadata name -> (scikit-learn module, class); imported on
    # demand, since importing all of scikit-learn takes seconds.
    classes = {
        "ridge": ("linear_model", "Ridge"),
        "elasticnet": ("linear_model", "ElasticNet"),
        "gaussiannb": ("naive_bayes", "GaussianNB"),
        "kneighborsclassifier": ("neighbors", "KNeighborsClassifier"),
        "kneighborsregressor": ("neighbors", "KNeighborsRegressor"),
        "decisiontreeclassifier": ("tree", "DecisionTreeClassifier"),
        "decisiontreeregressor": ("tree", "DecisionTreeRegressor"),
        "extratreesclassifier": ("ensemble", "ExtraTreesClassifier"),
        "extratreesregressor": ("ensemble", "ExtraTreesRegressor"),
        "randomforestclassifier": ("ensemble", "RandomForestClassifier"),
        "randomforestregressor": ("ensemble", "RandomForestRegressor"),
        "logisticregression": ("linear_model", "LogisticRegression"),
        "linearsvc": ("svm", "LinearSVC"),
        "linearsvr": ("svm", "LinearSVR"),
    }
    if kind not in classes:
        sys.stderr.write(f"unknown reference model {kind}\n")
        sys.exit(2)
    module, name = classes[kind]
    model = getattr(importlib.import_module("sklearn." + module), name)(**params)
    model.fit(x_train, y_train)

    predicted = model.predict(x_test)
    result = {"predict": as_list(predicted), "sklearn": sklearn.__version__}
    if classify:
        result["score"] = float(accuracy_score(y_test, predicted))
        result["classes"] = as_list(model.classes_)
        if hasattr(model, "predict_proba"):
            result["proba"] = as_list(model.predict_proba(x_test))
        if hasattr(model, "decision_function"):
            result["decision"] = as_list(np.atleast_2d(model.decision_function(x_test).T).T)
    else:
        result["score"] = float(r2_score(y_test, predicted))
    if hasattr(model, "kneighbors"):
        distances, rows = model.kneighbors(x_test)
        result["neighbourDistances"] = as_list(distances)
        result["neighbourRows"] = as_list(rows)
    if hasattr(model, "coef_"):
        linear_results(model, x_test, result)
    json.dump(result, open(sys.argv[2], "w"))


if __name__ == "__main__":
    main()
