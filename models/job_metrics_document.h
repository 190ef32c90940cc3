#pragma once

#include "jobs/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::models {

// What a trained model predicts, as metadata.json's winnow.task says.
enum class MetricsTask { BinaryClassification, MulticlassClassification, Regression };

// The rows a metric or a curve was measured on: the held-out test rows or
// the rows the final model was fitted on.
enum class DataSplit { Test, Train };

// Row counts of a classification: counts[t][p] is the number of rows of
// class labels[t] predicted as labels[p].
struct ConfusionMatrix {
    QStringList labels;
    QList<QList<qint64>> counts;

    bool isEmpty() const { return labels.isEmpty(); }
    int size() const { return int(labels.size()); }
    qint64 count(int trueClass, int predictedClass) const;
    qint64 rowTotal(int trueClass) const;
    qint64 total() const;
    // The share of class trueClass's rows predicted as predictedClass; 0 for
    // a class without rows.
    double rowShare(int trueClass, int predictedClass) const;
};

// From the strictest threshold down; fpr, tpr and thresholds have one length.
struct RocCurve {
    QString
        label; // the positive class: the binary task's second label, or one class against the rest
    QList<double> fpr;
    QList<double> tpr;
    QList<double> thresholds;
    std::optional<double> auc; // metrics.rocAuc (binary) or metrics.rocAucPerClass[label]
};

// The two cumulative shares behind the KS statistic, thresholds ascending.
struct KsCurve {
    QList<double> thresholds;
    QList<double> cdfPositive;
    QList<double> cdfNegative;
    double statistic = 0.0;
    double threshold = 0.0;

    // The index of the point where the statistic is reached: the largest
    // cdfNegative - cdfPositive, taken at `threshold` when that is one of the
    // thresholds (the engine always keeps it).
    int statisticIndex() const;
};

// Thresholds ascending; precision and recall have one more point (1, 0) at the end.
struct PrecisionRecallCurve {
    QString label;
    QList<double> precision;
    QList<double> recall;
    QList<double> thresholds;
    double averagePrecision = 0.0;
};

// A regression's (truth, prediction) pairs, a sample of the split's rows.
struct Residuals {
    QList<double> actual;
    QList<double> predicted;
};

// Everything measured on one split.
struct SplitResults {
    QJsonObject metrics; // as in the file: metrics or trainMetrics
    ConfusionMatrix confusion;
    QList<RocCurve> roc;                         // one (binary) or one per class present
    std::optional<KsCurve> ks;                   // binary only
    QList<PrecisionRecallCurve> precisionRecall; // one (binary) or one per class present
    std::optional<Residuals> residuals;          // regression only
};

struct FeatureImportance {
    QString feature;
    double importance = 0.0;
};

// What the data looked like in one column (winnow.dataProfile).
struct ProfiledColumn {
    struct TopValue {
        QString value;
        qint64 count = 0;
    };
    QString name;
    QString type; // numeric, boolean, categorical, datetime
    qint64 missing = 0;
    std::optional<qint64> distinct;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> mean;
    std::optional<double> std;
    QList<TopValue> topValues;
};

// A trained model's metadata.json (docs/metadata.md), read once and checked,
// in the shapes the charts and tables draw from.
struct JobMetricsDocument {
    QString path;
    MetricsTask task = MetricsTask::BinaryClassification;
    QString targetName;
    QStringList labels; // class labels in class order; empty for a regression
    QString scoring;
    std::optional<double> cvScore;
    QStringList features; // the model's input columns, in order
    QJsonArray pipelineSteps;
    SplitResults test;
    SplitResults train;
    QList<FeatureImportance> featureImportance; // as in the file
    QString featureImportanceMethod;
    QList<ProfiledColumn> dataProfile;
    QJsonObject spec;
    QJsonObject split;
    QJsonObject timings;
    QJsonObject balancing;
    QJsonObject bestPipeline;
    QStringList droppedFeatures;
    QStringList warnings;
    std::optional<int> folds;
    int candidatesEvaluated = 0;
    bool stoppedEarly = false;
    QString engineVersion;
    QDateTime createdAt;

    bool isClassification() const { return task != MetricsTask::Regression; }
    const SplitResults& results(DataSplit split) const
    {
        return split == DataSplit::Test ? test : train;
    }
    // The importance entries, most important first.
    QList<FeatureImportance> importanceByRank() const;
    // The importance of a feature, if the file gives one.
    std::optional<double> importanceOf(const QString& feature) const;
    // Rows in a split, from winnow.split.
    std::optional<qint64> rowCount(DataSplit split) const;
};

// Reads and checks a metadata.json file. A file that is missing, is not
// JSON, or lacks what the charts need (the task, curves of unequal lengths)
// gives an Error whose message names the file and the problem. Keys it does
// not know are ignored, as docs/metadata.md asks of readers.
jobs::Result<JobMetricsDocument> readJobMetrics(const QString& metadataPath);
// The same from bytes already read; `path` only names the file in messages.
jobs::Result<JobMetricsDocument> parseJobMetrics(const QByteArray& json, const QString& path);

QString taskDisplayName(MetricsTask task);

} // namespace winnow::models
