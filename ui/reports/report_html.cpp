#include "ui/reports/report_html.h"

#include "jobs/mlhub_json.h"
#include "ui/reports/report_charts.h"
#include "winnow/version.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// Jobs per comparison table: more would not fit across a page.
constexpr int kJobsPerComparisonTable = 4;
constexpr int kFeaturesInChart = 15;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString formatTime(const QDateTime& time)
{
    if (!time.isValid())
        return u"—"_s;
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return u"%1, %2"_s.arg(locale.toString(local.date(), QLocale::LongFormat),
                           locale.toString(local.time(), QLocale::ShortFormat));
}

// A row of a two-column table of facts.
QString factRow(const QString& name, const QString& valueHtml)
{
    return u"<tr><th class=\"key\">%1</th><td>%2</td></tr>\n"_s.arg(escaped(name), valueHtml);
}

// The spec's fields in the order docs/job-spec.md lists them, with the
// label each gets; other fields follow under their own names.
QList<std::pair<QString, QString>> specFieldLabels()
{
    return {
        {u"featureTableName"_s, ReportHtmlWriter::tr("Data")},
        {u"targetName"_s, ReportHtmlWriter::tr("Target")},
        {u"featuresSelected"_s, ReportHtmlWriter::tr("Features considered")},
        {u"idColumn"_s, ReportHtmlWriter::tr("ID column")},
        {u"dateColumn"_s, ReportHtmlWriter::tr("Date column")},
        {u"startDate"_s, ReportHtmlWriter::tr("From date")},
        {u"endDate"_s, ReportHtmlWriter::tr("To date")},
        {u"task"_s, ReportHtmlWriter::tr("Task")},
        {u"scoring"_s, ReportHtmlWriter::tr("Scoring")},
        {u"numFeatures"_s, ReportHtmlWriter::tr("Features to keep")},
        {u"generations"_s, ReportHtmlWriter::tr("Generations")},
        {u"populationSize"_s, ReportHtmlWriter::tr("Population size")},
        {u"toBalance"_s, ReportHtmlWriter::tr("Balance classes")},
        {u"testFraction"_s, ReportHtmlWriter::tr("Test fraction")},
        {u"seed"_s, ReportHtmlWriter::tr("Random seed")},
        {u"maxRuntimeSeconds"_s, ReportHtmlWriter::tr("Time budget (s)")},
        {u"maxRuntimePerCandidateSeconds"_s, ReportHtmlWriter::tr("Time per candidate (s)")},
        {u"maxCandidates"_s, ReportHtmlWriter::tr("Most candidates")},
        {u"algorithms"_s, ReportHtmlWriter::tr("Algorithms")},
    };
}

QString jobHeading(const JobReport& report)
{
    return report.job().displayName();
}

// The test metrics the comparison shows, in the order first met.
QStringList comparedMetricKeys(const QList<JobReport>& reports)
{
    QStringList keys;
    for (const JobReport& report : reports) {
        for (const ReportMetric& metric : report.metrics(ReportSplit::Test)) {
            if (!ReportText::isConfusionCount(metric.key) && !keys.contains(metric.key))
                keys << metric.key;
        }
    }
    return keys;
}

std::optional<double> metricOf(const JobReport& report, const QString& key)
{
    for (const ReportMetric& metric : report.metrics(ReportSplit::Test)) {
        if (metric.key == key)
            return metric.value;
    }
    return std::nullopt;
}

} // namespace

ReportHtmlWriter::ReportHtmlWriter(Flavor flavor, ImageSink images)
    : m_flavor(flavor)
    , m_images(std::move(images))
{}

QString ReportHtmlWriter::title(const QList<JobReport>& reports)
{
    if (reports.size() == 1)
        return jobHeading(reports.first());
    return tr("Comparison of %n job(s)", nullptr, int(reports.size()));
}

QString ReportHtmlWriter::styleSheet() const
{
    if (m_flavor == Flavor::RichText) {
        // What QTextDocument understands; sizes in points, for print.
        return uR"(
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1f2933; }
h1 { font-size: 19pt; font-weight: 600; margin-top: 0; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; font-weight: 600; color: #0b6f68; margin-top: 16pt; margin-bottom: 5pt; }
h3 { font-size: 10.5pt; font-weight: 600; margin-top: 12pt; margin-bottom: 4pt; }
h4 { font-size: 9.5pt; font-weight: 600; margin-top: 9pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 5pt; }
.brand { color: #0f8f86; font-size: 8pt; font-weight: 600; }
.subtitle { color: #5f6b76; font-size: 10pt; }
.muted { color: #5f6b76; }
.note { color: #5f6b76; font-size: 8pt; }
table.data { border-collapse: collapse; margin-bottom: 6pt; }
table.data th { background-color: #eef2f4; font-weight: 600; text-align: left;
                border-bottom: 1px solid #c4cbd2; }
table.data td { border-bottom: 1px solid #e3e7eb; }
table.data th.key { background-color: #f7f9fa; font-weight: normal; color: #3d4852;
                    border-bottom: 1px solid #e3e7eb; }
.num { text-align: right; }
.best { font-weight: 600; color: #0b6f68; }
.code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }
.warning { color: #8a4b00; }
.figure { text-align: center; margin-top: 4pt; margin-bottom: 2pt; }
.caption { color: #5f6b76; font-size: 8pt; text-align: center; margin-bottom: 8pt; }
.footer { color: #5f6b76; font-size: 8pt; margin-top: 14pt; }
)"_s;
    }
    return uR"(
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b76; --line: #e3e7eb;
        --accent: #0f8f86; --accent-dark: #0b6f68; --soft: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f3; color: var(--ink);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 900px; margin: 24px auto; padding: 40px 48px 48px; background: #fff;
       border-radius: 10px; box-shadow: 0 1px 3px rgba(0, 0, 0, .08); }
header.report { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 8px; }
.brand { color: var(--accent); font-weight: 600; letter-spacing: .06em; text-transform: uppercase;
         font-size: 12px; margin: 0; }
h1 { font-size: 28px; line-height: 1.2; margin: 6px 0 4px; }
.subtitle { color: var(--muted); margin: 0; }
h2 { font-size: 19px; color: var(--accent-dark); margin: 34px 0 10px; padding-bottom: 4px;
     border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 22px 0 8px; }
h4 { font-size: 15px; margin: 16px 0 6px; }
p { margin: 0 0 10px; }
.muted, .note { color: var(--muted); }
.note { font-size: 13px; }
table.data { border-collapse: collapse; width: 100%; font-size: 14px; margin: 6px 0 18px; }
table.data th, table.data td { text-align: left; padding: 6px 10px; vertical-align: top;
                               border-bottom: 1px solid var(--line); }
table.data thead th { background: var(--soft); font-weight: 600; border-bottom: 1px solid #c4cbd2; }
table.data th.key { width: 34%; font-weight: 500; color: #3d4852; background: #fafbfc; }
.num { text-align: right !important; font-variant-numeric: tabular-nums; white-space: nowrap; }
.best { font-weight: 700; color: var(--accent-dark); }
.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
.warning { color: #8a4b00; }
.figure { text-align: center; margin: 14px 0 4px; }
.figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
.caption { color: var(--muted); font-size: 13px; text-align: center; margin: 4px 0 18px; }
section.job { margin-top: 8px; }
.footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
          margin-top: 40px; padding-top: 10px; }
@media print {
  body { background: #fff; }
  main { margin: 0; padding: 0; box-shadow: none; max-width: none; }
  section.job.break { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, .figure { break-inside: avoid; }
}
)"_s;
}

QString ReportHtmlWriter::write(const QList<JobReport>& reports)
{
    QString html;
    html.reserve(64 * 1024);
    html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
        QLocale().bcp47Name());
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    html += u"<meta name=\"generator\" content=\"Winnow %1\">\n"_s.arg(
        QLatin1StringView(winnow::kVersion));
    html += u"<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<main>\n"_s.arg(
        escaped(title(reports)), styleSheet());

    const bool several = reports.size() > 1;
    html += u"<header class=\"report\">\n<p class=\"brand\">%1</p>\n<h1>%2</h1>\n"_s.arg(
        escaped(tr("Winnow model report")), escaped(title(reports)));
    if (several) {
        html += u"<p class=\"subtitle\">%1</p>\n"_s.arg(escaped(
            tr("%n job(s) side by side, then each job in full.", nullptr, int(reports.size()))));
    } else if (!reports.isEmpty()) {
        const JobReport& report = reports.first();
        QStringList parts;
        if (!report.task().isEmpty())
            parts << ReportText::taskName(report.task());
        if (!report.targetName().isEmpty())
            parts << tr("predicting %1").arg(report.targetName());
        parts << report.job().statusText();
        html += u"<p class=\"subtitle\">%1</p>\n"_s.arg(escaped(parts.join(u" · "_s)));
    }
    html += u"</header>\n"_s;

    if (several)
        html += comparison(reports);
    for (int i = 0; i < reports.size(); ++i)
        html += jobSection(reports[i], i, several);

    // Where the numbers come from, and when.
    QStringList engines;
    for (const JobReport& report : reports) {
        if (!report.engineVersion().isEmpty() && !engines.contains(report.engineVersion()))
            engines << report.engineVersion();
    }
    QString footer = tr("Made with Winnow %1 on %2.")
                         .arg(QLatin1StringView(winnow::kVersion), formatTime(m_generatedAt));
    if (!engines.isEmpty())
        footer += u' ' + tr("Models trained by winnow-engine %1.").arg(engines.join(u", "_s));
    html += u"<p class=\"footer\">%1</p>\n</main>\n</body>\n</html>\n"_s.arg(escaped(footer));
    return html;
}

QString ReportHtmlWriter::comparison(const QList<JobReport>& reports)
{
    QString html = u"<h2>%1</h2>\n"_s.arg(escaped(tr("Comparison")));
    html += u"<p class=\"note\">%1</p>\n"_s.arg(
        escaped(tr("Test-split metrics. The best value of each row is in bold; for MSE, RMSE "
                   "and MAE the smallest is best.")));
    const QStringList metricKeys = comparedMetricKeys(reports);

    for (int first = 0; first < reports.size(); first += kJobsPerComparisonTable) {
        const QList<JobReport> chunk = reports.mid(first, kJobsPerComparisonTable);
        html += u"<table class=\"data comparison\" width=\"100%\" cellspacing=\"0\" "
                "cellpadding=\"4\">\n<thead><tr><th>%1</th>"_s.arg(escaped(tr("Job")));
        for (const JobReport& report : chunk)
            html += u"<th class=\"num\">%1</th>"_s.arg(escaped(jobHeading(report)));
        html += u"</tr></thead>\n<tbody>\n"_s;

        auto textRow = [&](const QString& name,
                           const std::function<QString(const JobReport&)>& of) {
            html += u"<tr><th class=\"key\">%1</th>"_s.arg(escaped(name));
            for (const JobReport& report : chunk)
                html += u"<td class=\"num\">%1</td>"_s.arg(escaped(of(report)));
            html += u"</tr>\n"_s;
        };
        textRow(tr("Status"), [](const JobReport& r) { return r.job().statusText(); });
        textRow(tr("Task"), [](const JobReport& r) { return ReportText::taskName(r.task()); });
        textRow(tr("Target"), [](const JobReport& r) { return r.targetName(); });
        textRow(tr("Model"), [](const JobReport& r) { return r.learner(); });
        textRow(tr("Scoring"), [](const JobReport& r) { return r.scoring(); });
        textRow(tr("Cross-validated score"),
                [](const JobReport& r) { return ReportText::metricValue(r.cvScore()); });
        textRow(tr("Test rows"), [](const JobReport& r) {
            const auto rows = r.rows(ReportSplit::Test);
            return rows ? QLocale().toString(*rows) : u"—"_s;
        });
        textRow(tr("Run time"), [](const JobReport& r) {
            const auto seconds = r.totalSeconds();
            return seconds ? ReportText::duration(*seconds) : u"—"_s;
        });

        for (const QString& key : metricKeys) {
            // The best of the whole comparison, not just of this table.
            std::optional<double> best;
            int valued = 0;
            for (const JobReport& report : reports) {
                const auto value = metricOf(report, key);
                if (!value)
                    continue;
                ++valued;
                if (!best || (ReportText::smallerIsBetter(key) ? *value < *best : *value > *best))
                    best = value;
            }
            const QStringList labels = chunk.first().labels();
            html += u"<tr><th class=\"key\">%1</th>"_s.arg(
                escaped(ReportText::metricLabel(key, labels)));
            for (const JobReport& report : chunk) {
                const auto value = metricOf(report, key);
                const bool isBest = value && valued > 1 && *value == *best;
                html += u"<td class=\"num%1\">%2</td>"_s.arg(isBest ? u" best"_s : QString(),
                                                             ReportText::metricValue(value));
            }
            html += u"</tr>\n"_s;
        }
        html += u"</tbody></table>\n"_s;
    }
    return html;
}

QString ReportHtmlWriter::jobSection(const JobReport& report, int index, bool several)
{
    QString html;
    // In a comparison every job starts a page; a single job's report flows on.
    if (several) {
        html += m_flavor == Flavor::RichText
                    ? u"<div style=\"page-break-before: always\"></div>\n"_s
                    : u"<section class=\"job break\">\n"_s;
        html += u"<h2>%1</h2>\n"_s.arg(
            escaped(tr("Job %1: %2").arg(index + 1).arg(jobHeading(report))));
    } else if (m_flavor == Flavor::Browser) {
        html += u"<section class=\"job\">\n"_s;
    }

    const int top = several ? 3 : 2;
    html += u"<h%1>%2</h%1>\n"_s.arg(top).arg(escaped(tr("Summary")));
    html += summaryTable(report);
    if (!report.hasResults()) {
        html += u"<p class=\"warning\">%1</p>\n"_s.arg(escaped(report.problem()));
    } else {
        html += u"<h%1>%2</h%1>\n"_s.arg(top).arg(escaped(tr("Metrics")));
        html += metricsTable(report);
        html += charts(report, index, top + 1);
        html += featuresSection(report, index, top);
        html += pipelineSection(report, top);
    }
    html += u"<h%1>%2</h%1>\n"_s.arg(top).arg(escaped(tr("Job specification")));
    html += specTable(report);

    const QStringList warnings = report.warnings();
    if (!warnings.isEmpty()) {
        html += u"<h%1>%2</h%1>\n<ul>\n"_s.arg(top).arg(escaped(tr("Warnings")));
        for (const QString& warning : warnings)
            html += u"<li class=\"warning\">%1</li>\n"_s.arg(escaped(warning));
        html += u"</ul>\n"_s;
    }
    if (m_flavor == Flavor::Browser)
        html += u"</section>\n"_s;
    return html;
}

QString ReportHtmlWriter::summaryTable(const JobReport& report) const
{
    const jobs::Job& job = report.job();
    QString rows;
    rows += factRow(tr("Job"), escaped(job.displayName()));
    rows += factRow(tr("Job ID"), u"<span class=\"code\">%1</span>"_s.arg(escaped(job.id)));
    rows += factRow(tr("Status"), escaped(job.statusText()));
    if (!job.failureReason.isEmpty())
        rows += factRow(tr("Reason"), escaped(job.failureReason));
    if (!report.task().isEmpty())
        rows += factRow(tr("Task"), escaped(ReportText::taskName(report.task())));
    rows += factRow(tr("Target"), escaped(report.targetName()));
    if (report.isClassification() && !report.labels().isEmpty())
        rows += factRow(tr("Classes"), escaped(report.labels().join(u", "_s)));
    const QString data = job.dataPath.isEmpty() ? job.spec.featureTableName : job.dataPath;
    if (!data.isEmpty())
        rows += factRow(tr("Data"), escaped(data));
    if (!report.learner().isEmpty())
        rows += factRow(tr("Model"), escaped(report.learner()));
    if (!report.scoring().isEmpty()) {
        QString scoring = escaped(report.scoring());
        if (const auto cv = report.cvScore())
            scoring += escaped(tr(" (cross-validated score %1)").arg(ReportText::metricValue(cv)));
        rows += factRow(tr("Scoring"), scoring);
    }
    const auto trainRows = report.rows(ReportSplit::Train);
    const auto testRows = report.rows(ReportSplit::Test);
    if (trainRows && testRows)
        rows += factRow(tr("Rows"), escaped(tr("%1 to train, %2 to test")
                                                .arg(QLocale().toString(*trainRows),
                                                     QLocale().toString(*testRows))));
    if (const auto candidates = report.candidatesEvaluated()) {
        QString text = tr("%n pipeline(s) evaluated", nullptr, *candidates);
        if (report.stoppedEarly())
            text += u' ' + tr("(stopped early: the best model found until then)");
        rows += factRow(tr("Search"), escaped(text));
    }
    if (const auto seconds = report.totalSeconds())
        rows += factRow(tr("Run time"), escaped(ReportText::duration(*seconds)));
    if (job.createdAt.isValid())
        rows += factRow(tr("Created"), escaped(formatTime(job.createdAt)));
    if (report.createdAt().isValid())
        rows += factRow(tr("Results written"), escaped(formatTime(report.createdAt())));
    if (!report.engineVersion().isEmpty())
        rows += factRow(tr("Engine version"), escaped(report.engineVersion()));
    return u"<table class=\"data facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n%1</table>\n"_s
        .arg(rows);
}

QString ReportHtmlWriter::specTable(const JobReport& report) const
{
    // The spec as run when the results say, else as the job was created.
    QJsonObject spec = report.metadata().value(u"winnow"_s).toObject().value(u"spec"_s).toObject();
    if (spec.isEmpty())
        spec = jobs::mlhub::specToJson(report.job().spec);
    if (spec.isEmpty())
        return u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(tr("No specification recorded.")));

    QString rows;
    QSet<QString> shown;
    for (const auto& [key, label] : specFieldLabels()) {
        if (!spec.contains(key))
            continue;
        shown.insert(key);
        rows += factRow(label, escaped(ReportText::parameterValue(spec.value(key))));
    }
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (!shown.contains(it.key()))
            rows += factRow(it.key(), escaped(ReportText::parameterValue(it.value())));
    }
    return u"<table class=\"data spec\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n%1</table>\n"_s
        .arg(rows);
}

QString ReportHtmlWriter::metricsTable(const JobReport& report) const
{
    const QList<ReportMetric> test = report.metrics(ReportSplit::Test);
    const QList<ReportMetric> train = report.metrics(ReportSplit::Train);
    auto trainValue = [&](const QString& key) -> std::optional<double> {
        for (const ReportMetric& metric : train) {
            if (metric.key == key)
                return metric.value;
        }
        return std::nullopt;
    };
    const QStringList labels = report.labels();
    QString html =
        u"<table class=\"data metrics\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"
        "<thead><tr><th>%1</th><th class=\"num\">%2</th><th class=\"num\">%3</th></tr></thead>\n<tbody>\n"_s
            .arg(escaped(tr("Metric")), escaped(tr("Test")), escaped(tr("Train")));
    for (const ReportMetric& metric : test) {
        if (ReportText::isConfusionCount(metric.key))
            continue;
        html += u"<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>\n"_s.arg(
            escaped(ReportText::metricLabel(metric.key, labels)),
            ReportText::metricValue(metric.value), ReportText::metricValue(trainValue(metric.key)));
    }
    html += u"</tbody></table>\n"_s;
    const auto testRows = report.rows(ReportSplit::Test);
    const auto trainRows = report.rows(ReportSplit::Train);
    if (testRows && trainRows)
        html += u"<p class=\"note\">%1</p>\n"_s.arg(escaped(
            tr("Test: the %1 rows held out from training and from the search. Train: the %2 rows "
               "the final model was fitted on; much better numbers there than on the test rows "
               "suggest over-fitting.")
                .arg(QLocale().toString(*testRows), QLocale().toString(*trainRows))));
    return html;
}

QString ReportHtmlWriter::charts(const JobReport& report, int index, int level)
{
    const QString heading = u"<h%1>%2</h%1>\n"_s.arg(level);
    QString html;
    const QString prefix = u"job%1-"_s.arg(index + 1);
    const int width = m_contentWidth;

    const ReportConfusionMatrix matrix = report.confusionMatrix(ReportSplit::Test);
    if (!matrix.isEmpty()) {
        const int n = int(matrix.labels.size());
        const int side = std::min(width, n <= 2 ? 400 : std::min(620, 220 + 60 * n));
        html += heading.arg(escaped(tr("Confusion matrix (test)")));
        html += image(prefix + u"confusion-matrix"_s,
                      report_charts::renderConfusionMatrix(matrix, QSize(side, side - 30)), side,
                      tr("Confusion matrix of the test split"));
        html += u"<p class=\"caption\">%1</p>\n"_s.arg(escaped(
            tr("Rows are the actual classes, columns the predicted ones; each cell gives its count "
               "and its share of the row.")));
    }

    const QList<ReportCurve> testRoc = report.rocCurves(ReportSplit::Test);
    if (!testRoc.isEmpty()) {
        report_charts::XYChart chart;
        chart.xTitle = tr("False positive rate");
        chart.yTitle = tr("True positive rate");
        chart.range = QRectF(0, 0, 1, 1);
        chart.diagonal = true;
        chart.diagonalName = tr("Chance");
        const QList<ReportMetric> testMetrics = report.metrics(ReportSplit::Test);
        const QList<ReportMetric> trainMetrics = report.metrics(ReportSplit::Train);
        auto auc = [](const QList<ReportMetric>& metrics, const QString& key) {
            for (const ReportMetric& metric : metrics) {
                if (metric.key == key)
                    return metric.value;
            }
            return std::optional<double>();
        };
        auto points = [](const ReportCurve& curve) {
            QList<QPointF> points;
            for (qsizetype i = 0; i < curve.x.size(); ++i)
                points << QPointF(curve.x[i], curve.y[i]);
            return points;
        };
        if (testRoc.size() == 1 && testRoc.first().label.isEmpty()) {
            chart.series << report_charts::Series{
                tr("Test (AUC %1)").arg(ReportText::metricValue(auc(testMetrics, u"rocAuc"_s))),
                points(testRoc.first()), report_charts::seriesColor(0)};
            const QList<ReportCurve> trainRoc = report.rocCurves(ReportSplit::Train);
            if (trainRoc.size() == 1)
                chart.series << report_charts::Series{
                    tr("Train (AUC %1)")
                        .arg(ReportText::metricValue(auc(trainMetrics, u"rocAuc"_s))),
                    points(trainRoc.first()), report_charts::seriesColor(1), true};
        } else {
            for (int i = 0; i < testRoc.size(); ++i) {
                const ReportCurve& curve = testRoc[i];
                chart.series << report_charts::Series{
                    tr("%1 (AUC %2)")
                        .arg(curve.label, ReportText::metricValue(auc(
                                              testMetrics, u"rocAucPerClass."_s + curve.label))),
                    points(curve), report_charts::seriesColor(i)};
            }
        }
        html += heading.arg(escaped(tr("ROC curve")));
        const int chartWidth = std::min(width, 600);
        html += image(prefix + u"roc-curve"_s,
                      report_charts::renderXYChart(chart, QSize(chartWidth, chartWidth * 2 / 3)),
                      chartWidth, tr("ROC curve"));
        html += u"<p class=\"caption\">%1</p>\n"_s.arg(escaped(
            testRoc.size() == 1 && testRoc.first().label.isEmpty()
                ? tr("How many positives the model finds (true positive rate) for each share of "
                     "negatives it mistakes for positives (false positive rate), on the test and "
                     "train splits.")
                : tr("Each class against all others, on the test split.")));
    }

    if (const auto residuals = report.residuals(ReportSplit::Test)) {
        report_charts::XYChart chart;
        chart.xTitle = tr("Actual %1").arg(report.targetName());
        chart.yTitle = tr("Predicted %1").arg(report.targetName());
        chart.diagonal = true;
        chart.diagonalName = tr("Perfect prediction");
        QList<QPointF> points;
        for (qsizetype i = 0; i < residuals->x.size(); ++i)
            points << QPointF(residuals->x[i], residuals->y[i]);
        report_charts::Series series{tr("Test rows"), points, report_charts::seriesColor(0)};
        series.asPoints = true;
        chart.series << series;
        html += heading.arg(escaped(tr("Predicted against actual (test)")));
        const int chartWidth = std::min(width, 560);
        html += image(prefix + u"residuals"_s,
                      report_charts::renderXYChart(chart, QSize(chartWidth, chartWidth * 3 / 4)),
                      chartWidth, tr("Predicted against actual values"));
    }
    return html;
}

QString ReportHtmlWriter::featuresSection(const JobReport& report, int index, int level)
{
    const QString heading = u"<h%1>%2</h%1>\n"_s.arg(level);
    const QList<ReportFeature> features = report.features();
    if (features.isEmpty())
        return {};
    QString html = heading.arg(escaped(tr("Selected features")));
    const bool anyImportance = std::any_of(features.begin(), features.end(),
                                           [](const ReportFeature& f) { return f.importance; });
    if (anyImportance) {
        QString note = tr("%n feature(s) used by the model, most important first.", nullptr,
                          int(features.size()));
        if (!report.featureImportanceMethod().isEmpty())
            note += u' ' + tr("Importance: %1.").arg(report.featureImportanceMethod());
        html += u"<p class=\"note\">%1</p>\n"_s.arg(escaped(note));
        const int width = std::min(m_contentWidth, 620);
        html += image(u"job%1-feature-importance"_s.arg(index + 1),
                      report_charts::renderFeatureImportance(features, kFeaturesInChart, width),
                      width, tr("Feature importance"));
    } else {
        html += u"<p class=\"note\">%1</p>\n"_s.arg(
            escaped(tr("%n feature(s) used by the model; the learner does not rank them.", nullptr,
                       int(features.size()))));
    }
    html +=
        u"<table class=\"data features\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"
        "<thead><tr><th class=\"num\">#</th><th>%1</th><th class=\"num\">%2</th></tr></thead>\n<tbody>\n"_s
            .arg(escaped(tr("Feature")), escaped(tr("Importance")));
    for (int i = 0; i < features.size(); ++i)
        html += u"<tr><td class=\"num\">%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n"_s.arg(
            QString::number(i + 1), escaped(features[i].name),
            ReportText::metricValue(features[i].importance));
    html += u"</tbody></table>\n"_s;
    return html;
}

QString ReportHtmlWriter::pipelineSection(const JobReport& report, int level) const
{
    const QString heading = u"<h%1>%2</h%1>\n"_s.arg(level);
    const QList<ReportPipelineStep> steps = report.pipelineSteps();
    if (steps.isEmpty())
        return {};
    QString html = heading.arg(escaped(tr("Pipeline")));
    html += u"<p class=\"note\">%1</p>\n"_s.arg(
        escaped(tr("The fitted steps in order; the last one is the learner.")));
    html +=
        u"<table class=\"data pipeline\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n"
        "<thead><tr><th class=\"num\">#</th><th>%1</th><th>%2</th></tr></thead>\n<tbody>\n"_s.arg(
            escaped(tr("Step")), escaped(tr("Parameters")));
    for (int i = 0; i < steps.size(); ++i) {
        QStringList params;
        for (auto it = steps[i].params.begin(); it != steps[i].params.end(); ++it)
            params << u"%1 = %2"_s.arg(escaped(it.key()),
                                       escaped(ReportText::parameterValue(it.value())));
        html +=
            u"<tr><td class=\"num\">%1</td><td><b>%2</b></td><td class=\"code\">%3</td></tr>\n"_s
                .arg(QString::number(i + 1), escaped(steps[i].name),
                     params.isEmpty() ? escaped(tr("(defaults)")) : params.join(u"<br>"_s));
    }
    html += u"</tbody></table>\n"_s;
    return html;
}

QString ReportHtmlWriter::image(const QString& name, const QImage& picture, int width,
                                const QString& alt)
{
    const QString source = m_images(name, picture);
    const int height = int(std::lround(double(picture.height()) / picture.width() * width));
    return u"<p class=\"figure\"><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n"_s
        .arg(source, QString::number(width), QString::number(height), escaped(alt));
}

} // namespace winnow::ui
