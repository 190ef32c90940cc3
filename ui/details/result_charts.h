#pragma once

#include "models/job_metrics_document.h"
#include "ui/details/chart_style.h"

#include <QList>
#include <QString>

class QChart;

// The charts of a job's results, each built from metadata.json's numbers
// exactly as they are: the series hold the file's points, in its order, so
// what is drawn is what the engine measured. Every chart has titled axes,
// a legend, tooltips on hover and the given colours.
//
// Series carry object names for tests and accessibility: "rocCurve",
// "chanceDiagonal", "ksPositive", "ksNegative", "ksStatistic",
// "precisionRecallCurve", "noSkillLine", "residualPoints", "identityLine",
// "residualHistogram"; the importance bars are the QBarSet "importance".
namespace winnow::ui {

struct RocSeries {
    QString name; // the legend entry, e.g. "Class 1 (AUC 0.873)"
    models::RocCurve curve;
};

// The legend text of a curve of a job: "AUC 0.873" for a binary task's
// single curve, "class_0 (AUC 0.990)" for one class of several.
QString rocSeriesName(const models::RocCurve& curve, bool oneOfSeveral);
QString formatChartNumber(double value, int decimals = 3);

QChart* createRocChart(const QList<RocSeries>& curves, const ChartColors& colors);
// `labels`: the negative and positive class, for the legend.
QChart* createKsChart(const models::KsCurve& curve, const QStringList& labels,
                      const ChartColors& colors);
// A binary task's single curve gets a no-skill line at the positives' share.
QChart* createPrecisionRecallChart(const QList<models::PrecisionRecallCurve>& curves, bool binary,
                                   const ChartColors& colors);
// Horizontal bars, the most important at the top, at most `maxBars` of them.
QChart* createFeatureImportanceChart(const QList<models::FeatureImportance>& importance,
                                     int maxBars, const ChartColors& colors);
QChart* createResidualScatterChart(const models::Residuals& residuals, const QString& targetName,
                                   const ChartColors& colors);
// The distribution of actual − predicted.
QChart* createResidualHistogramChart(const models::Residuals& residuals, const QString& targetName,
                                     const ChartColors& colors);

// Histogram bins of values: `count` equal bins from the smallest value to
// the largest; the largest value falls in the last bin.
struct HistogramBins {
    double start = 0.0;
    double width = 1.0;
    QList<int> counts;
};
HistogramBins histogram(const QList<double>& values, int count);

} // namespace winnow::ui
