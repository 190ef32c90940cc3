#pragma once

#include <QString>

// Readable names for the identifiers metadata.json, the engine's events and
// the job spec use: metric keys (ML Hub's camelCase), scorings, algorithms
// and pipeline steps. An identifier not known here is shown as it is, so a
// newer engine's keys still appear.
namespace winnow::models {

// "accuracy" -> "Accuracy", "rocAuc" -> "ROC AUC", "ks" -> "KS statistic".
QString metricDisplayName(const QString& key);
// One sentence saying what the metric measures, for tooltips; empty when unknown.
QString metricDescription(const QString& key);
// Whether smaller values of the metric are better (errors: mse, rmse, mae).
bool isSmallerBetterMetric(const QString& key);

// "f1" -> "F1", "balanced_accuracy" -> "Balanced accuracy", "mse" -> "MSE".
QString scoringDisplayName(const QString& scoring);
// Whether a smaller score is better under this scoring. An empty scoring is
// the engine's default for the task: smaller for a regression (MSE).
bool isSmallerBetterScoring(const QString& scoring, const QString& task = {});

// "logistic_regression" -> "Logistic regression", "xgboost" -> "XGBoost".
QString algorithmDisplayName(const QString& algorithm);
// "standardscaler" -> "Standard scaler"; algorithm ids as algorithmDisplayName.
QString pipelineStepDisplayName(const QString& step);

} // namespace winnow::models
