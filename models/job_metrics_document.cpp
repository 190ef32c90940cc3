#include "models/job_metrics_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace winnow::models {

namespace {

// The translation context of the messages below, which are free functions.
class JobMetricsReader {
    Q_DECLARE_TR_FUNCTIONS(JobMetricsReader)
};

// A problem found while reading one part of the file: where (a JSON path
// such as "winnow.curves.test.roc") and what.
struct ReadProblem {
    QString where;
    QString what;
};

std::optional<double> optionalNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString())
            strings << item.toString();
        else if (item.isDouble())
            strings << QString::number(item.toDouble(), 'g', 17);
    }
    return strings;
}

// Reads an array of numbers; a non-number entry is a problem, since every
// point of a curve must be drawable.
std::optional<QList<double>> numbers(const QJsonObject& object, const QString& key,
                                     const QString& where, QList<ReadProblem>& problems)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        problems.append({where + u'.' + key, JobMetricsReader::tr("expected an array of numbers")});
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QList<double> result;
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble()) {
            problems.append(
                {u"%1.%2[%3]"_s.arg(where, key).arg(i), JobMetricsReader::tr("expected a number")});
            return std::nullopt;
        }
        result.append(array.at(i).toDouble());
    }
    return result;
}

std::optional<RocCurve> readRoc(const QJsonObject& object, const QString& label,
                                const QString& where, QList<ReadProblem>& problems)
{
    auto fpr = numbers(object, u"fpr"_s, where, problems);
    auto tpr = numbers(object, u"tpr"_s, where, problems);
    auto thresholds = numbers(object, u"thresholds"_s, where, problems);
    if (!fpr || !tpr || !thresholds)
        return std::nullopt;
    if (fpr->size() != tpr->size() || fpr->size() != thresholds->size()) {
        problems.append({where, JobMetricsReader::tr("fpr, tpr and thresholds differ in length")});
        return std::nullopt;
    }
    RocCurve curve;
    curve.label = label;
    curve.fpr = std::move(*fpr);
    curve.tpr = std::move(*tpr);
    curve.thresholds = std::move(*thresholds);
    return curve;
}

std::optional<PrecisionRecallCurve> readPrecisionRecall(const QJsonObject& object,
                                                        const QString& label, const QString& where,
                                                        QList<ReadProblem>& problems)
{
    auto precision = numbers(object, u"precision"_s, where, problems);
    auto recall = numbers(object, u"recall"_s, where, problems);
    auto thresholds = numbers(object, u"thresholds"_s, where, problems);
    if (!precision || !recall || !thresholds)
        return std::nullopt;
    if (precision->size() != recall->size()) {
        problems.append({where, JobMetricsReader::tr("precision and recall differ in length")});
        return std::nullopt;
    }
    PrecisionRecallCurve curve;
    curve.label = label;
    curve.precision = std::move(*precision);
    curve.recall = std::move(*recall);
    curve.thresholds = std::move(*thresholds);
    curve.averagePrecision = object.value(u"averagePrecision"_s).toDouble();
    return curve;
}

std::optional<KsCurve> readKs(const QJsonObject& object, const QString& where,
                              QList<ReadProblem>& problems)
{
    auto thresholds = numbers(object, u"thresholds"_s, where, problems);
    auto positive = numbers(object, u"cdfPositive"_s, where, problems);
    auto negative = numbers(object, u"cdfNegative"_s, where, problems);
    if (!thresholds || !positive || !negative)
        return std::nullopt;
    if (thresholds->size() != positive->size() || thresholds->size() != negative->size()) {
        problems.append({where, JobMetricsReader::tr(
                                    "thresholds, cdfPositive and cdfNegative differ in length")});
        return std::nullopt;
    }
    KsCurve curve;
    curve.thresholds = std::move(*thresholds);
    curve.cdfPositive = std::move(*positive);
    curve.cdfNegative = std::move(*negative);
    curve.statistic = object.value(u"statistic"_s).toDouble();
    curve.threshold = object.value(u"threshold"_s).toDouble();
    return curve;
}

ConfusionMatrix readConfusion(const QJsonObject& metrics, MetricsTask task,
                              const QStringList& labels, const QString& where,
                              QList<ReadProblem>& problems)
{
    ConfusionMatrix matrix;
    const QJsonObject object = metrics.value(u"confusionMatrix"_s).toObject();
    if (task == MetricsTask::BinaryClassification) {
        if (object.isEmpty())
            return matrix;
        auto count = [&](const QString& key) { return qint64(object.value(key).toDouble()); };
        matrix.labels = labels.size() == 2 ? labels : QStringList{u"0"_s, u"1"_s};
        matrix.counts = {{count(u"trueNegatives"_s), count(u"falsePositives"_s)},
                         {count(u"falseNegatives"_s), count(u"truePositives"_s)}};
        return matrix;
    }
    if (task != MetricsTask::MulticlassClassification || object.isEmpty())
        return matrix;
    matrix.labels = stringList(object.value(u"labels"_s));
    const QJsonArray rows = object.value(u"matrix"_s).toArray();
    if (rows.size() != matrix.labels.size()) {
        problems.append({where + u".confusionMatrix"_s,
                         JobMetricsReader::tr("the matrix has %1 rows for %2 labels")
                             .arg(rows.size())
                             .arg(matrix.labels.size())});
        return {};
    }
    for (const QJsonValue& rowValue : rows) {
        const QJsonArray row = rowValue.toArray();
        if (row.size() != matrix.labels.size()) {
            problems.append(
                {where + u".confusionMatrix"_s, JobMetricsReader::tr("the matrix is not square")});
            return {};
        }
        QList<qint64> counts;
        for (const QJsonValue& cell : row)
            counts.append(qint64(cell.toDouble()));
        matrix.counts.append(counts);
    }
    return matrix;
}

SplitResults readSplit(const QJsonObject& metrics, const QJsonObject& curves, MetricsTask task,
                       const QStringList& labels, const QString& name, QList<ReadProblem>& problems)
{
    SplitResults results;
    results.metrics = metrics;
    const QString metricsWhere = name == u"test"_s ? u"metrics"_s : u"trainMetrics"_s;
    results.confusion = readConfusion(metrics, task, labels, metricsWhere, problems);
    const QString where = u"winnow.curves."_s + name;

    switch (task) {
    case MetricsTask::BinaryClassification: {
        const QString positive = labels.value(1, u"1"_s);
        if (const QJsonValue roc = curves.value(u"roc"_s); roc.isObject()) {
            if (auto curve = readRoc(roc.toObject(), positive, where + u".roc"_s, problems)) {
                curve->auc = optionalNumber(metrics.value(u"rocAuc"_s));
                results.roc.append(*curve);
            }
        }
        if (const QJsonValue ks = curves.value(u"ks"_s); ks.isObject())
            results.ks = readKs(ks.toObject(), where + u".ks"_s, problems);
        if (const QJsonValue pr = curves.value(u"precisionRecall"_s); pr.isObject()) {
            if (auto curve = readPrecisionRecall(pr.toObject(), positive,
                                                 where + u".precisionRecall"_s, problems))
                results.precisionRecall.append(*curve);
        }
        break;
    }
    case MetricsTask::MulticlassClassification: {
        const QJsonObject rocs = curves.value(u"roc"_s).toObject();
        const QJsonObject prs = curves.value(u"precisionRecall"_s).toObject();
        const QJsonObject aucs = metrics.value(u"rocAucPerClass"_s).toObject();
        // In class order, which the labels give; JSON objects would sort them by text.
        for (const QString& label : labels) {
            if (const QJsonValue roc = rocs.value(label); roc.isObject()) {
                if (auto curve =
                        readRoc(roc.toObject(), label, where + u".roc."_s + label, problems)) {
                    curve->auc = optionalNumber(aucs.value(label));
                    results.roc.append(*curve);
                }
            }
            if (const QJsonValue pr = prs.value(label); pr.isObject()) {
                if (auto curve = readPrecisionRecall(
                        pr.toObject(), label, where + u".precisionRecall."_s + label, problems))
                    results.precisionRecall.append(*curve);
            }
        }
        break;
    }
    case MetricsTask::Regression: {
        const QJsonObject residuals = curves.value(u"residuals"_s).toObject();
        if (residuals.isEmpty())
            break;
        auto actual = numbers(residuals, u"actual"_s, where + u".residuals"_s, problems);
        auto predicted = numbers(residuals, u"predicted"_s, where + u".residuals"_s, problems);
        if (!actual || !predicted)
            break;
        if (actual->size() != predicted->size()) {
            problems.append({where + u".residuals"_s,
                             JobMetricsReader::tr("actual and predicted differ in length")});
            break;
        }
        results.residuals = Residuals{std::move(*actual), std::move(*predicted)};
        break;
    }
    }
    return results;
}

ProfiledColumn readColumnProfile(const QJsonObject& object)
{
    ProfiledColumn profile;
    profile.name = object.value(u"name"_s).toString();
    profile.type = object.value(u"type"_s).toString();
    profile.missing = qint64(object.value(u"missing"_s).toDouble());
    if (const QJsonValue distinct = object.value(u"distinct"_s); distinct.isDouble())
        profile.distinct = qint64(distinct.toDouble());
    profile.min = optionalNumber(object.value(u"min"_s));
    profile.max = optionalNumber(object.value(u"max"_s));
    profile.mean = optionalNumber(object.value(u"mean"_s));
    profile.std = optionalNumber(object.value(u"std"_s));
    const QJsonArray top = object.value(u"topValues"_s).toArray();
    for (const QJsonValue& item : top) {
        const QJsonObject entry = item.toObject();
        const QJsonValue value = entry.value(u"value"_s);
        profile.topValues.append(
            {value.isString() ? value.toString() : value.toVariant().toString(),
             qint64(entry.value(u"count"_s).toDouble())});
    }
    return profile;
}

std::optional<MetricsTask> parseTask(const QString& text)
{
    if (text == u"binary_classification"_s)
        return MetricsTask::BinaryClassification;
    if (text == u"multiclass_classification"_s)
        return MetricsTask::MulticlassClassification;
    if (text == u"regression"_s)
        return MetricsTask::Regression;
    return std::nullopt;
}

jobs::Error invalid(const QString& path, const QString& message)
{
    return {jobs::ErrorKind::InvalidData,
            JobMetricsReader::tr("%1: %2").arg(QDir::toNativeSeparators(path), message)};
}

} // namespace

qint64 ConfusionMatrix::count(int trueClass, int predictedClass) const
{
    if (trueClass < 0 || trueClass >= counts.size())
        return 0;
    return counts.at(trueClass).value(predictedClass, 0);
}

qint64 ConfusionMatrix::rowTotal(int trueClass) const
{
    if (trueClass < 0 || trueClass >= counts.size())
        return 0;
    const QList<qint64>& row = counts.at(trueClass);
    return std::accumulate(row.begin(), row.end(), qint64(0));
}

qint64 ConfusionMatrix::total() const
{
    qint64 sum = 0;
    for (int row = 0; row < counts.size(); ++row)
        sum += rowTotal(row);
    return sum;
}

double ConfusionMatrix::rowShare(int trueClass, int predictedClass) const
{
    const qint64 rows = rowTotal(trueClass);
    return rows == 0 ? 0.0 : double(count(trueClass, predictedClass)) / double(rows);
}

int KsCurve::statisticIndex() const
{
    if (thresholds.isEmpty())
        return -1;
    int best = 0;
    double bestGap = -1.0;
    for (int i = 0; i < thresholds.size(); ++i) {
        const double gap = cdfNegative.at(i) - cdfPositive.at(i);
        // The recorded threshold wins among equal gaps, so the mark sits
        // where the engine says the statistic is reached.
        const bool atThreshold = thresholds.at(i) == threshold;
        if (gap > bestGap + 1e-12 || (atThreshold && std::abs(gap - bestGap) <= 1e-12)) {
            bestGap = gap;
            best = i;
        }
    }
    return best;
}

QList<FeatureImportance> JobMetricsDocument::importanceByRank() const
{
    QList<FeatureImportance> ranked = featureImportance;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const FeatureImportance& a, const FeatureImportance& b) {
                         return a.importance > b.importance;
                     });
    return ranked;
}

std::optional<double> JobMetricsDocument::importanceOf(const QString& feature) const
{
    for (const FeatureImportance& entry : featureImportance) {
        if (entry.feature == feature)
            return entry.importance;
    }
    return std::nullopt;
}

std::optional<qint64> JobMetricsDocument::rowCount(DataSplit which) const
{
    const QJsonValue rows = split.value(which == DataSplit::Test ? u"testRows"_s : u"trainRows"_s);
    if (!rows.isDouble())
        return std::nullopt;
    return qint64(rows.toDouble());
}

jobs::Result<JobMetricsDocument> readJobMetrics(const QString& metadataPath)
{
    QFile file(metadataPath);
    if (!file.exists()) {
        return jobs::Error{jobs::ErrorKind::NotFound,
                           JobMetricsReader::tr(
                               "%1 does not exist: the job's results are incomplete or were moved")
                               .arg(QDir::toNativeSeparators(metadataPath))};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return jobs::Error{jobs::ErrorKind::IoError,
                           JobMetricsReader::tr("could not read %1: %2")
                               .arg(QDir::toNativeSeparators(metadataPath), file.errorString())};
    }
    return parseJobMetrics(file.readAll(), metadataPath);
}

jobs::Result<JobMetricsDocument> parseJobMetrics(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(path, JobMetricsReader::tr("not valid JSON (%1 at offset %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));
    }
    if (!document.isObject())
        return invalid(path, JobMetricsReader::tr("expected a JSON object"));
    const QJsonObject root = document.object();
    const QJsonObject winnow = root.value(u"winnow"_s).toObject();
    if (winnow.isEmpty())
        return invalid(
            path,
            JobMetricsReader::tr(
                "the \"winnow\" part is missing: this file was not written by winnow-engine"));

    const QString taskText = winnow.value(u"task"_s).toString();
    const std::optional<MetricsTask> task = parseTask(taskText);
    if (!task)
        return invalid(path,
                       JobMetricsReader::tr("unknown task \"%1\" in winnow.task").arg(taskText));

    JobMetricsDocument result;
    result.path = path;
    result.task = *task;
    result.targetName = winnow.value(u"targetName"_s).toString();
    result.labels = stringList(winnow.value(u"labels"_s));
    result.scoring = winnow.value(u"scoring"_s).toString();
    result.cvScore = optionalNumber(winnow.value(u"cvScore"_s));
    result.features = stringList(root.value(u"features"_s));
    result.pipelineSteps = root.value(u"pipelineSteps"_s).toArray();

    QList<ReadProblem> problems;
    const QJsonObject curves = winnow.value(u"curves"_s).toObject();
    result.test = readSplit(root.value(u"metrics"_s).toObject(), curves.value(u"test"_s).toObject(),
                            *task, result.labels, u"test"_s, problems);
    result.train =
        readSplit(root.value(u"trainMetrics"_s).toObject(), curves.value(u"train"_s).toObject(),
                  *task, result.labels, u"train"_s, problems);
    if (!problems.isEmpty()) {
        const ReadProblem& first = problems.constFirst();
        return invalid(path, JobMetricsReader::tr("%1: %2").arg(first.where, first.what));
    }

    const QJsonArray importance = winnow.value(u"featureImportance"_s).toArray();
    for (const QJsonValue& item : importance) {
        const QJsonObject entry = item.toObject();
        result.featureImportance.append(
            {entry.value(u"feature"_s).toString(), entry.value(u"importance"_s).toDouble()});
    }
    result.featureImportanceMethod = winnow.value(u"featureImportanceMethod"_s).toString();
    const QJsonArray profile = winnow.value(u"dataProfile"_s).toArray();
    for (const QJsonValue& item : profile)
        result.dataProfile.append(readColumnProfile(item.toObject()));

    result.spec = winnow.value(u"spec"_s).toObject();
    result.split = winnow.value(u"split"_s).toObject();
    result.timings = winnow.value(u"timings"_s).toObject();
    result.balancing = winnow.value(u"balancing"_s).toObject();
    result.bestPipeline = winnow.value(u"bestPipeline"_s).toObject();
    result.droppedFeatures = stringList(winnow.value(u"droppedFeatures"_s));
    result.warnings = stringList(winnow.value(u"warnings"_s));
    if (const QJsonValue folds = winnow.value(u"folds"_s); folds.isDouble())
        result.folds = folds.toInt();
    result.candidatesEvaluated = winnow.value(u"candidatesEvaluated"_s).toInt();
    result.stoppedEarly = winnow.value(u"stoppedEarly"_s).toBool();
    result.engineVersion = winnow.value(u"engineVersion"_s).toString();
    result.createdAt =
        QDateTime::fromString(winnow.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    return result;
}

QString taskDisplayName(MetricsTask task)
{
    switch (task) {
    case MetricsTask::BinaryClassification: return JobMetricsReader::tr("Binary classification");
    case MetricsTask::MulticlassClassification:
        return JobMetricsReader::tr("Multiclass classification");
    case MetricsTask::Regression: return JobMetricsReader::tr("Regression");
    }
    return {};
}

} // namespace winnow::models
