#pragma once

#include "models/job_metrics_document.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::models {

// One number of a metrics object, flattened: a whole metric ("accuracy"),
// one class's value of a per-class metric ("precision" of class "yes"), or
// one count of the confusion matrix.
struct MetricEntry {
    QString key;    // unique within a metrics object: "accuracy", "precision:yes",
                    // "confusionMatrix:truePositives"
    QString metric; // the metrics object's key: "accuracy", "precision", "confusionMatrix"
    QString label;  // the class, for per-class values
    QString name;   // readable: "Precision (class yes)"
    QString description;
    std::optional<double> value; // empty when the file has null: undefined on this split
    bool isCount = false;        // a number of rows, shown without decimals
    bool smallerIsBetter = false;
    bool comparable = true; // whether "best" means anything across models (not for counts)
};

// Every number in `metrics` (metadata.json's metrics or trainMetrics), in a
// reading order: headline metrics first, then per-class values, then the
// confusion matrix's counts, then keys this version does not know, so
// nothing in the file is left out. Per-class values of a binary task
// ("class0", "class1") are named after `labels`.
QList<MetricEntry> metricEntries(const QJsonObject& metrics, MetricsTask task,
                                 const QStringList& labels);

// A metric value as tables show it: counts as whole numbers, shares with
// four decimals, large errors with fewer.
QString formatMetricValue(double value, bool isCount);

} // namespace winnow::models
