#pragma once

#include "jobs/job.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::ui {

// The two splits a trained model is measured on (docs/metadata.md).
enum class ReportSplit { Test, Train };

// One number of a model's metrics, by its flattened key: "accuracy",
// "f1.class1", "confusionMatrix.truePositives", "rocAucPerClass.setosa".
// A metric the split cannot define (metadata.json's null) has no value.
struct ReportMetric {
    QString key;
    std::optional<double> value;
};

struct ReportCurve {
    QString label; // the class, for a multiclass task's one-vs-rest curves
    QList<double> x;
    QList<double> y;
};

struct ReportConfusionMatrix {
    QStringList labels; // class order; rows are the truth, columns the prediction
    QList<QList<qint64>> counts;
    bool isEmpty() const { return labels.isEmpty(); }
};

struct ReportFeature {
    QString name;
    std::optional<double> importance;
};

struct ReportPipelineStep {
    QString name;
    QJsonObject params;
};

// Everything a report says about one job: the job's record and what its
// artifact folder's metadata.json holds, read once. Loading reads a file, so
// do it off the UI thread; the result is a plain value.
class JobReport {
    Q_DECLARE_TR_FUNCTIONS(winnow::ui::JobReport)

public:
    // Reads <job.artifactDir>/metadata.json. A job without results still
    // gives a report (its spec and status); problem() then says why.
    static JobReport load(const jobs::Job& job);
    // For tests and callers that already hold the metadata.
    static JobReport fromMetadata(const jobs::Job& job, const QJsonObject& metadata);

    const jobs::Job& job() const { return m_job; }
    bool hasResults() const { return !m_metadata.isEmpty(); }
    QString problem() const { return m_problem; }
    const QJsonObject& metadata() const { return m_metadata; }

    // "binary_classification", "multiclass_classification" or "regression".
    QString task() const;
    bool isClassification() const;
    QStringList labels() const;
    QString targetName() const;
    QString scoring() const;
    std::optional<double> cvScore() const;
    QString engineVersion() const;
    QDateTime createdAt() const;
    std::optional<qint64> rows(ReportSplit split) const;
    std::optional<double> totalSeconds() const;
    std::optional<int> candidatesEvaluated() const;
    bool stoppedEarly() const;
    // The learner of the final pipeline, e.g. "logisticregression".
    QString learner() const;
    QString featureImportanceMethod() const;
    QStringList warnings() const;

    // Every number of a split's metrics, flattened, in the file's key order.
    QList<ReportMetric> metrics(ReportSplit split) const;
    ReportConfusionMatrix confusionMatrix(ReportSplit split) const;
    // The ROC curve (x: false positive rate, y: true positive rate): one for
    // a binary task, one per class for a multiclass task, none for a regression.
    QList<ReportCurve> rocCurves(ReportSplit split) const;
    // A regression's sample of (truth, prediction) pairs as x and y.
    std::optional<ReportCurve> residuals(ReportSplit split) const;
    // The model's input features, most important first when importance is known.
    QList<ReportFeature> features() const;
    QList<ReportPipelineStep> pipelineSteps() const;

private:
    QJsonObject winnow() const { return m_metadata.value(QStringLiteral("winnow")).toObject(); }
    QJsonObject splitMetrics(ReportSplit split) const;
    QJsonObject splitCurves(ReportSplit split) const;

    jobs::Job m_job;
    QJsonObject m_metadata;
    QString m_problem;
};

// Names and numbers as reports show them.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(winnow::ui::ReportText)

public:
    // "Accuracy", "F1 (class yes)", "ROC AUC (class setosa)", "R²".
    static QString metricLabel(const QString& key, const QStringList& labels);
    // Whether a smaller value of this metric is better (errors: mse, rmse, mae).
    static bool smallerIsBetter(const QString& key);
    // Whether the key is one of the confusion matrix's counts (shown as a chart instead).
    static bool isConfusionCount(const QString& key);
    // Four decimals, or an em dash for a metric the split cannot define.
    static QString metricValue(const std::optional<double>& value);
    // "Binary classification", "Regression", ...
    static QString taskName(const QString& task);
    // "1 min 5 s", "42 s", "2 h 3 min".
    static QString duration(double seconds);
    // A parameter value as compact text: 0.1, true, [a, b], {"k": 1}.
    static QString parameterValue(const QJsonValue& value);
};

} // namespace winnow::ui
