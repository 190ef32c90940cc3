#include "ui/reports/job_report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    return std::nullopt;
}

QList<double> numbersOf(const QJsonValue& value)
{
    QList<double> numbers;
    const QJsonArray array = value.toArray();
    numbers.reserve(array.size());
    for (const QJsonValue& item : array)
        numbers << item.toDouble(std::nan(""));
    return numbers;
}

void flatten(const QJsonObject& object, const QString& prefix, QList<ReportMetric>& out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonValue value = it.value();
        if (value.isObject())
            flatten(value.toObject(), key, out);
        else if (value.isDouble() || value.isNull())
            out << ReportMetric{key, numberOf(value)};
        // Arrays (a multiclass confusion matrix) and text are not single numbers.
    }
}

// The class label a "class0"/"class1" key stands for in a binary task.
QString classLabel(const QString& part, const QStringList& labels)
{
    if (part.startsWith(u"class")) {
        bool ok = false;
        const int index = part.mid(5).toInt(&ok);
        if (ok && index >= 0 && index < labels.size())
            return labels[index];
    }
    return part;
}

} // namespace

JobReport JobReport::load(const jobs::Job& job)
{
    JobReport report;
    report.m_job = job;
    if (job.artifactDir.isEmpty()) {
        report.m_problem = tr("This job has no results on this computer.");
        return report;
    }
    const QString path = QDir(job.artifactDir).filePath(u"metadata.json"_s);
    QFile file(path);
    if (!file.exists()) {
        report.m_problem = tr("The job's results are incomplete: %1 is missing.")
                               .arg(QDir::toNativeSeparators(path));
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.m_problem =
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return report;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        report.m_problem =
            tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), error.errorString());
        return report;
    }
    report.m_metadata = document.object();
    return report;
}

JobReport JobReport::fromMetadata(const jobs::Job& job, const QJsonObject& metadata)
{
    JobReport report;
    report.m_job = job;
    report.m_metadata = metadata;
    return report;
}

QString JobReport::task() const
{
    return winnow().value(u"task"_s).toString();
}

bool JobReport::isClassification() const
{
    return task().endsWith(u"classification");
}

QStringList JobReport::labels() const
{
    QStringList labels;
    const QJsonArray array = winnow().value(u"labels"_s).toArray();
    for (const QJsonValue& label : array)
        labels << label.toString();
    return labels;
}

QString JobReport::targetName() const
{
    const QString name = winnow().value(u"targetName"_s).toString();
    return name.isEmpty() ? m_job.spec.targetName : name;
}

QString JobReport::scoring() const
{
    const QString scoring = winnow().value(u"scoring"_s).toString();
    return scoring.isEmpty() ? m_job.spec.scoring : scoring;
}

std::optional<double> JobReport::cvScore() const
{
    return numberOf(winnow().value(u"cvScore"_s));
}

QString JobReport::engineVersion() const
{
    return winnow().value(u"engineVersion"_s).toString();
}

QDateTime JobReport::createdAt() const
{
    return QDateTime::fromString(winnow().value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
}

std::optional<qint64> JobReport::rows(ReportSplit split) const
{
    const QJsonValue value =
        winnow()
            .value(u"split"_s)
            .toObject()
            .value(split == ReportSplit::Test ? u"testRows"_s : u"trainRows"_s);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

std::optional<double> JobReport::totalSeconds() const
{
    return numberOf(winnow().value(u"timings"_s).toObject().value(u"totalSeconds"_s));
}

std::optional<int> JobReport::candidatesEvaluated() const
{
    const QJsonValue value = winnow().value(u"candidatesEvaluated"_s);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

bool JobReport::stoppedEarly() const
{
    return winnow().value(u"stoppedEarly"_s).toBool();
}

QString JobReport::learner() const
{
    const QList<ReportPipelineStep> steps = pipelineSteps();
    return steps.isEmpty() ? QString() : steps.last().name;
}

QString JobReport::featureImportanceMethod() const
{
    return winnow().value(u"featureImportanceMethod"_s).toString();
}

QStringList JobReport::warnings() const
{
    QStringList warnings;
    const QJsonArray array = winnow().value(u"warnings"_s).toArray();
    for (const QJsonValue& warning : array)
        warnings << warning.toString();
    return warnings;
}

QJsonObject JobReport::splitMetrics(ReportSplit split) const
{
    return m_metadata.value(split == ReportSplit::Test ? u"metrics"_s : u"trainMetrics"_s)
        .toObject();
}

QJsonObject JobReport::splitCurves(ReportSplit split) const
{
    return winnow()
        .value(u"curves"_s)
        .toObject()
        .value(split == ReportSplit::Test ? u"test"_s : u"train"_s)
        .toObject();
}

QList<ReportMetric> JobReport::metrics(ReportSplit split) const
{
    QList<ReportMetric> metrics;
    flatten(splitMetrics(split), QString(), metrics);
    return metrics;
}

ReportConfusionMatrix JobReport::confusionMatrix(ReportSplit split) const
{
    const QJsonObject matrix = splitMetrics(split).value(u"confusionMatrix"_s).toObject();
    ReportConfusionMatrix result;
    if (matrix.isEmpty())
        return result;
    if (matrix.contains(u"matrix"_s)) {
        for (const QJsonValue& label : matrix.value(u"labels"_s).toArray())
            result.labels << label.toString();
        for (const QJsonValue& row : matrix.value(u"matrix"_s).toArray()) {
            QList<qint64> counts;
            for (const QJsonValue& count : row.toArray())
                counts << qint64(count.toDouble());
            result.counts << counts;
        }
    } else {
        QStringList names = labels();
        if (names.size() != 2)
            names = {u"0"_s, u"1"_s};
        auto count = [&](const QString& key) { return qint64(matrix.value(key).toDouble()); };
        result.labels = names;
        result.counts = {{count(u"trueNegatives"_s), count(u"falsePositives"_s)},
                         {count(u"falseNegatives"_s), count(u"truePositives"_s)}};
    }
    if (result.counts.size() != result.labels.size())
        return {};
    return result;
}

QList<ReportCurve> JobReport::rocCurves(ReportSplit split) const
{
    const QJsonValue roc = splitCurves(split).value(u"roc"_s);
    QList<ReportCurve> curves;
    auto curveOf = [](const QString& label, const QJsonObject& object) {
        return ReportCurve{label, numbersOf(object.value(u"fpr"_s)),
                           numbersOf(object.value(u"tpr"_s))};
    };
    if (!roc.isObject())
        return curves;
    const QJsonObject object = roc.toObject();
    if (object.contains(u"fpr"_s)) {
        curves << curveOf(QString(), object);
    } else {
        // One curve per class, in the labels' order; a class absent from the split has none.
        QStringList order = labels();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!order.contains(it.key()))
                order << it.key();
        }
        for (const QString& label : std::as_const(order)) {
            const QJsonValue curve = object.value(label);
            if (curve.isObject())
                curves << curveOf(label, curve.toObject());
        }
    }
    curves.removeIf([](const ReportCurve& c) { return c.x.isEmpty() || c.x.size() != c.y.size(); });
    return curves;
}

std::optional<ReportCurve> JobReport::residuals(ReportSplit split) const
{
    const QJsonObject residuals = splitCurves(split).value(u"residuals"_s).toObject();
    ReportCurve curve{QString(), numbersOf(residuals.value(u"actual"_s)),
                      numbersOf(residuals.value(u"predicted"_s))};
    if (curve.x.isEmpty() || curve.x.size() != curve.y.size())
        return std::nullopt;
    return curve;
}

QList<ReportFeature> JobReport::features() const
{
    QHash<QString, double> importance;
    for (const QJsonValue& entry : winnow().value(u"featureImportance"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        if (const auto value = numberOf(object.value(u"importance"_s)))
            importance.insert(object.value(u"feature"_s).toString(), *value);
    }
    QList<ReportFeature> features;
    for (const QJsonValue& name : m_metadata.value(u"features"_s).toArray()) {
        const QString feature = name.toString();
        const auto found = importance.constFind(feature);
        features << ReportFeature{
            feature, found == importance.cend() ? std::nullopt : std::optional<double>(*found)};
    }
    std::stable_sort(features.begin(), features.end(),
                     [](const ReportFeature& a, const ReportFeature& b) {
                         return a.importance.value_or(-1e300) > b.importance.value_or(-1e300);
                     });
    return features;
}

QList<ReportPipelineStep> JobReport::pipelineSteps() const
{
    QList<ReportPipelineStep> steps;
    for (const QJsonValue& step : m_metadata.value(u"pipelineSteps"_s).toArray()) {
        const QJsonObject object = step.toObject();
        steps << ReportPipelineStep{object.value(u"name"_s).toString(),
                                    object.value(u"params"_s).toObject()};
    }
    return steps;
}

QString ReportText::metricLabel(const QString& key, const QStringList& labels)
{
    const QString base = key.section(u'.', 0, 0);
    const QString part = key.section(u'.', 1);
    QString name;
    if (base == u"accuracy")
        name = tr("Accuracy");
    else if (base == u"balancedAccuracy")
        name = tr("Balanced accuracy");
    else if (base == u"rocAuc" || base == u"rocAucPerClass")
        name = tr("ROC AUC");
    else if (base == u"ks")
        name = tr("KS");
    else if (base == u"f1")
        name = tr("F1");
    else if (base == u"precision")
        name = tr("Precision");
    else if (base == u"recall")
        name = tr("Recall");
    else if (base == u"f1Macro")
        name = tr("F1 (macro average)");
    else if (base == u"precisionMacro")
        name = tr("Precision (macro average)");
    else if (base == u"recallMacro")
        name = tr("Recall (macro average)");
    else if (base == u"mse")
        name = tr("MSE");
    else if (base == u"rmse")
        name = tr("RMSE");
    else if (base == u"mae")
        name = tr("MAE");
    else if (base == u"r2")
        name = tr("R²");
    else if (base == u"confusionMatrix")
        name = tr("Confusion matrix");
    else
        name = base;
    if (part.isEmpty())
        return name;
    return tr("%1 (class %2)").arg(name, classLabel(part, labels));
}

bool ReportText::smallerIsBetter(const QString& key)
{
    const QString base = key.section(u'.', 0, 0);
    return base == u"mse" || base == u"rmse" || base == u"mae";
}

bool ReportText::isConfusionCount(const QString& key)
{
    return key.startsWith(u"confusionMatrix.");
}

QString ReportText::metricValue(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 4) : u"—"_s;
}

QString ReportText::taskName(const QString& task)
{
    if (task == u"binary_classification")
        return tr("Binary classification");
    if (task == u"multiclass_classification")
        return tr("Multiclass classification");
    if (task == u"regression")
        return tr("Regression");
    if (task == u"classification")
        return tr("Classification");
    return task;
}

QString ReportText::duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return u"—"_s;
    if (seconds < 10)
        return tr("%1 s").arg(QString::number(seconds, 'f', 1));
    const qint64 whole = std::llround(seconds);
    const qint64 hours = whole / 3600;
    const qint64 minutes = whole / 60 % 60;
    const qint64 rest = whole % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(rest);
    return tr("%1 s").arg(rest);
}

QString ReportText::parameterValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 6);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        // Long lists (the columns a step works on) are cut, saying how much was left out.
        constexpr int kShown = 8;
        const QJsonArray array = value.toArray();
        QStringList items;
        for (qsizetype i = 0; i < array.size() && i < kShown; ++i)
            items << parameterValue(array[i]);
        if (array.size() > kShown)
            items << tr("… %n more", nullptr, int(array.size() - kShown));
        return u"[%1]"_s.arg(items.join(u", "_s));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace winnow::ui
