#include "ui/reports/metrics_csv.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// Quotes a field when it needs it. Text that a spreadsheet would run as a
// formula (starting with =, +, - or @) is defused with a leading apostrophe.
QString textField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        text = u'"' + text + u'"';
    }
    return text;
}

QString numberField(const std::optional<double>& value)
{
    // 17 significant digits: the double reads back bit for bit.
    // The shortest text that reads back as the same double: exact, and
    // what people expect to see (0.86, not 0.85999999999999999).
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace

QByteArray metricsCsv(const QList<JobReport>& reports)
{
    constexpr ReportSplit splits[] = {ReportSplit::Test, ReportSplit::Train};
    QStringList keys;
    for (const JobReport& report : reports) {
        for (ReportSplit split : splits) {
            for (const ReportMetric& metric : report.metrics(split)) {
                if (!keys.contains(metric.key))
                    keys << metric.key;
            }
        }
    }

    QStringList lines;
    lines << (QStringList{u"jobId"_s, u"jobName"_s, u"task"_s, u"split"_s} + keys).join(u',');
    for (const JobReport& report : reports) {
        for (ReportSplit split : splits) {
            const QList<ReportMetric> metrics = report.metrics(split);
            if (metrics.isEmpty())
                continue;
            QStringList fields{textField(report.job().id), textField(report.job().displayName()),
                               textField(report.task()),
                               split == ReportSplit::Test ? u"test"_s : u"train"_s};
            for (const QString& key : std::as_const(keys)) {
                auto found = std::find_if(metrics.begin(), metrics.end(),
                                          [&](const ReportMetric& m) { return m.key == key; });
                fields << (found == metrics.end() ? QString() : numberField(found->value));
            }
            lines << fields.join(u',');
        }
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace winnow::ui
