"""Reference encodings from pandas and scikit-learn, for
test_preprocess_table_encoder.

The TableEncoder's numeric and categorical handling is scikit-learn's
ColumnTransformer with, per column:
  numeric, boolean  SimpleImputer(strategy, add_indicator=True)
  categorical       SimpleImputer(constant "<missing>") then
                    OneHotEncoder(min_frequency, handle_unknown="infrequent_if_exist")

Input JSON: {"train": table, "test": table, "configs": [{"strategy", "minFrequency"}],
"dates": [seconds since the epoch]}, where a table is a list of columns
{"name", "type", "values"} with null for missing.
Output JSON: {"configs": [{"names": [...], "train": rows, "test": rows}],
"dateParts": {"year": [...], "month": [...], ...}}. Output names are
translated to Winnow's spelling: "<name>_missing", "<name>=<category>",
"<name>=<other>".
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder


def frame(table):
    data = {}
    for column in table:
        if column["type"] == "categorical":
            data[column["name"]] = pd.Series(
                [np.nan if v is None else v for v in column["values"]], dtype=object)
        else:
            data[column["name"]] = pd.Series(
                [np.nan if v is None else float(v) for v in column["values"]], dtype=float)
    return pd.DataFrame(data)


def winnow_name(column, name):
    # name is "<column>__<feature>" from the ColumnTransformer
    feature = name[len(column) + 2:]
    if feature == "missingindicator_" + column:
        return column + "_missing"
    if feature == column:
        return column
    level = feature[len(column) + 1:]
    return column + "=" + ("<other>" if level == "infrequent_sklearn" else level)


def encode(train_table, test_table, config):
    parts = []
    for column in train_table:
        name = column["name"]
        if column["type"] == "categorical":
            step = Pipeline([
                ("impute", SimpleImputer(strategy="constant", fill_value="<missing>")),
                ("onehot", OneHotEncoder(min_frequency=config["minFrequency"],
                                         handle_unknown="infrequent_if_exist",
                                         sparse_output=False)),
            ])
        else:
            step = SimpleImputer(strategy=config["strategy"], add_indicator=True)
        parts.append((name, step, [name]))
    transformer = ColumnTransformer(parts, verbose_feature_names_out=True)
    train = frame(train_table)
    test = frame(test_table)[train.columns]
    train_out = transformer.fit_transform(train)
    test_out = transformer.transform(test)
    names = []
    for name in transformer.get_feature_names_out():
        column = name.split("__", 1)[0]
        names.append(winnow_name(column, name))
    return {"names": names, "train": np.asarray(train_out, dtype=float).tolist(),
            "test": np.asarray(test_out, dtype=float).tolist()}


def date_parts(seconds):
    times = pd.to_datetime(pd.Series(seconds, dtype="int64"), unit="s")
    return {"year": times.dt.year.tolist(), "month": times.dt.month.tolist(),
            "day": times.dt.day.tolist(), "dayofweek": times.dt.dayofweek.tolist(),
            "hour": times.dt.hour.tolist()}


def main():
    warnings.simplefilter("ignore")  # unknown categories make scikit-learn warn
    with open(sys.argv[1]) as f:
        data = json.load(f)
    answer = {"configs": [encode(data["train"], data["test"], c) for c in data["configs"]],
              "dateParts": date_parts(data["dates"])}
    with open(sys.argv[2], "w") as f:
        json.dump(answer, f)


if __name__ == "__main__":
    main()
