#!/usr/bin/python3
"""How learnable is the bundled sample? Fits a plain logistic regression with
scikit-learn on the sample's features and prints, as JSON, the 5-fold
cross-validated ROC AUC, the number of rows and the share of positive rows.

Usage: check_sample_data.py SAMPLE.csv
"""
import json
import sys

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

frame = pd.read_csv(sys.argv[1])
target = (frame["churned"] == "yes").astype(int)
features = frame.drop(columns=["customer_id", "churned", "signup_date", "last_contact"])
features = pd.get_dummies(features, dtype=float)
features = features.fillna(features.median())
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
auc = cross_val_score(model, features, target, scoring="roc_auc", cv=folds).mean()
print(json.dumps({"auc": float(auc), "rows": int(len(frame)), "positiveRate": float(target.mean())}))
