#include "models/job_metrics_rows.h"

#include "models/job_metrics_names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::models {

namespace {

// Builds the entries of one metrics object, remembering which keys it used.
class MetricEntryBuilder {
    Q_DECLARE_TR_FUNCTIONS(MetricEntryBuilder)

public:
    MetricEntryBuilder(const QJsonObject& metrics, MetricsTask task, const QStringList& labels)
        : m_metrics(metrics)
        , m_task(task)
        , m_labels(labels)
    {}

    QList<MetricEntry> build()
    {
        const QStringList ordered =
            m_task == MetricsTask::Regression
                ? QStringList{u"r2"_s, u"rmse"_s, u"mae"_s, u"mse"_s}
                : QStringList{u"accuracy"_s,    u"balancedAccuracy"_s, u"rocAuc"_s,
                              u"ks"_s,          u"f1Macro"_s,          u"precisionMacro"_s,
                              u"recallMacro"_s, u"precision"_s,        u"recall"_s,
                              u"f1"_s,          u"rocAucPerClass"_s,   u"confusionMatrix"_s};
        for (const QString& key : ordered)
            addMetric(key);
        for (auto it = m_metrics.begin(); it != m_metrics.end(); ++it)
            addMetric(it.key());
        return m_entries;
    }

private:
    void addMetric(const QString& key)
    {
        if (!m_metrics.contains(key) || m_done.contains(key))
            return;
        m_done.insert(key);
        const QJsonValue value = m_metrics.value(key);
        if (key == u"confusionMatrix"_s)
            addConfusion(value.toObject());
        else if (value.isObject())
            addPerClass(key, value.toObject());
        else if (value.isDouble() || value.isNull())
            addNumber(key, {}, metricDisplayName(key), value);
    }

    void addNumber(const QString& metric, const QString& label, const QString& name,
                   const QJsonValue& value, bool isCount = false)
    {
        MetricEntry entry;
        entry.metric = metric;
        entry.label = label;
        entry.key = label.isEmpty() ? metric : metric + u':' + label;
        entry.name = name;
        entry.description = metricDescription(metric);
        if (value.isDouble())
            entry.value = value.toDouble();
        entry.isCount = isCount;
        entry.comparable = !isCount;
        entry.smallerIsBetter = isSmallerBetterMetric(metric);
        m_entries.append(entry);
    }

    // A binary task keys per-class values "class0" and "class1"; show the labels instead.
    QString labelOfKey(const QString& key) const
    {
        if (m_task == MetricsTask::BinaryClassification && key.startsWith(u"class"_s)) {
            bool ok = false;
            const int index = key.mid(5).toInt(&ok);
            if (ok && index >= 0 && index < m_labels.size())
                return m_labels.at(index);
        }
        return key;
    }

    void addPerClass(const QString& metric, const QJsonObject& values)
    {
        QStringList keys;
        if (m_task == MetricsTask::BinaryClassification) {
            keys = {u"class0"_s, u"class1"_s};
        } else {
            keys = m_labels;
        }
        for (const QString& key : values.keys()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        for (const QString& key : std::as_const(keys)) {
            if (!values.contains(key))
                continue;
            const QString label = labelOfKey(key);
            addNumber(metric, label, tr("%1, class %2").arg(metricDisplayName(metric), label),
                      values.value(key));
        }
    }

    void addConfusion(const QJsonObject& matrix)
    {
        if (m_task == MetricsTask::BinaryClassification) {
            for (const QString& key : {u"trueNegatives"_s, u"falsePositives"_s, u"falseNegatives"_s,
                                       u"truePositives"_s}) {
                if (matrix.contains(key)) {
                    addNumber(u"confusionMatrix"_s, {}, metricDisplayName(key), matrix.value(key),
                              true);
                    m_entries.last().key = u"confusionMatrix:"_s + key;
                    m_entries.last().description = metricDescription(key);
                }
            }
            return;
        }
        const QJsonArray labels = matrix.value(u"labels"_s).toArray();
        const QJsonArray rows = matrix.value(u"matrix"_s).toArray();
        for (qsizetype t = 0; t < rows.size() && t < labels.size(); ++t) {
            const QJsonArray row = rows.at(t).toArray();
            for (qsizetype p = 0; p < row.size() && p < labels.size(); ++p) {
                const QString truth = labels.at(t).toVariant().toString();
                const QString predicted = labels.at(p).toVariant().toString();
                addNumber(u"confusionMatrix"_s, {},
                          tr("Rows of class %1 predicted as %2").arg(truth, predicted), row.at(p),
                          true);
                m_entries.last().key = u"confusionMatrix:%1>%2"_s.arg(truth, predicted);
                m_entries.last().description.clear();
            }
        }
    }

    const QJsonObject& m_metrics;
    MetricsTask m_task;
    const QStringList& m_labels;
    QSet<QString> m_done;
    QList<MetricEntry> m_entries;
};

} // namespace

QList<MetricEntry> metricEntries(const QJsonObject& metrics, MetricsTask task,
                                 const QStringList& labels)
{
    return MetricEntryBuilder(metrics, task, labels).build();
}

QString formatMetricValue(double value, bool isCount)
{
    const QLocale locale;
    if (isCount)
        return locale.toString(qint64(std::llround(value)));
    const double magnitude = std::abs(value);
    if (magnitude >= 1000.0)
        return locale.toString(value, 'f', 1);
    if (magnitude >= 10.0)
        return locale.toString(value, 'f', 3);
    return locale.toString(value, 'f', 4);
}

} // namespace winnow::models
