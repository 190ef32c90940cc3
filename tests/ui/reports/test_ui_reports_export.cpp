// Reports of jobs trained by the real engine: PDF, HTML and CSV, one job and
// several, read back with poppler's tools, pandas and the files themselves.
#include "jobs/job_store.h"
#include "tests/ui/reports/reports_test_support.h"
#include "translations/language_loader.h"
#include "ui/reports/export_report_dialog.h"
#include "ui/reports/job_report.h"
#include "ui/reports/report_exporter.h"
#include "ui/settings/inline_message.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow::testing;
using winnow::jobs::Job;
using winnow::jobs::JobStatus;
using winnow::jobs::JobStore;
using winnow::ui::ExportReportDialog;
using winnow::ui::JobReport;
using winnow::ui::ReportExporter;
using winnow::ui::ReportExportResult;
using winnow::ui::ReportFormat;
using winnow::ui::ReportSplit;
using winnow::ui::ReportText;

namespace {

// Every test metric of a report as the report prints it, with its train twin.
QStringList printedMetricValues(const JobReport& report)
{
    QStringList values;
    for (ReportSplit split : {ReportSplit::Test, ReportSplit::Train}) {
        for (const auto& metric : report.metrics(split)) {
            if (!ReportText::isConfusionCount(metric.key))
                values << ReportText::metricValue(metric.value);
        }
    }
    return values;
}

QStringList featureNames(const QJsonObject& metadata)
{
    QStringList names;
    for (const QJsonValue& name : metadata.value(u"features"_s).toArray())
        names << name.toString();
    return names;
}

} // namespace

class TestReportsExport : public QObject {
    Q_OBJECT

private:
    ReportExportResult exportReport(const QStringList& ids, ReportFormat format,
                                    const QString& path)
    {
        ReportExporter exporter;
        QSignalSpy finished(&exporter, &ReportExporter::finished);
        if (!exporter.start(*m_store, ids, format, path))
            return {};
        if (!finished.wait(120000))
            return {};
        return finished.at(0).at(0).value<ReportExportResult>();
    }

    // Clicks a radio button on its indicator, where a click always lands
    // (its middle may lie beyond its text, which does not take clicks).
    static void clickRadio(QRadioButton* radio)
    {
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }

    QString pdfText(const QString& path)
    {
        bool ok = false;
        const QString text = runProgram(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}, &ok);
        // The PDF's fonts join "fi" into one ligature glyph; text search
        // (and this test) reads it as the two letters.
        return ok ? text.normalized(QString::NormalizationForm_KC) : QString();
    }

    void keepCopy(const QString& path, const QString& name)
    {
        const QString folder = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QFile::remove(QDir(folder).filePath(name));
        QFile::copy(path, QDir(folder).filePath(name));
    }

    winnow::translations::LanguageLoader m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    QString m_logisticId; // logistic regression or naive Bayes, 15 s
    QString m_bayesId;    // naive Bayes only
    QString m_failedId;   // no results
    QString m_logisticFolder;
    QString m_bayesFolder;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English, as the app speaks it: "2 jobs", not "2 job(s)".
        m_languages.load(u"en"_s);
        for (const QString& tool : {u"pdftotext"_s, u"pdfinfo"_s, u"pdfimages"_s, u"pdftoppm"_s})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                     qPrintable(tool + u" is missing: install poppler-utils"_s));
        QVERIFY(m_dir.isValid());

        m_logisticFolder = m_dir.filePath(u"logistic"_s);
        m_bayesFolder = m_dir.filePath(u"bayes"_s);
        const QStringList common{u"--data"_s,  churnCsv(),       u"--target"_s,
                                 u"churned"_s, u"--id-column"_s, u"customer_id"_s};
        const QString trained = trainAll({
            {common + QStringList{u"--time-budget"_s, u"15"_s, u"--algorithms"_s,
                                  u"logistic_regression,naive_bayes"_s},
             m_logisticFolder},
            {common + QStringList{u"--time-budget"_s, u"10"_s, u"--algorithms"_s, u"naive_bayes"_s,
                                  u"--seed"_s, u"7"_s},
             m_bayesFolder},
        });
        QVERIFY2(trained.isEmpty(), qPrintable(trained));

        m_store = std::make_unique<JobStore>(m_dir.filePath(u"jobs.sqlite"_s));
        QVERIFY(m_store->open().ok());
        auto finishedJob = [](const QString& name, const QString& folder,
                              const QStringList& algorithms) {
            Job job;
            job.name = name;
            job.dataPath = churnCsv();
            job.spec.featureTableName = churnCsv();
            job.spec.targetName = u"churned"_s;
            job.spec.idColumn = u"customer_id"_s;
            job.spec.algorithms = algorithms;
            job.setStatus(JobStatus::Finished);
            job.artifactDir = folder;
            return job;
        };
        auto logistic = m_store->add(finishedJob(u"Churn, linear models"_s, m_logisticFolder,
                                                 {u"logistic_regression"_s, u"naive_bayes"_s}));
        auto bayes =
            m_store->add(finishedJob(u"Churn, naive Bayes"_s, m_bayesFolder, {u"naive_bayes"_s}));
        Job failed;
        failed.name = u"Churn that crashed"_s;
        failed.spec.targetName = u"churned"_s;
        failed.setStatus(JobStatus::Failed);
        failed.failureReason = u"engine crashed"_s;
        auto failedId = m_store->add(failed);
        QVERIFY(logistic.ok() && bayes.ok() && failedId.ok());
        m_logisticId = *logistic;
        m_bayesId = *bayes;
        m_failedId = *failedId;
    }

    void pdf_ofARealJob_holdsItsNumbersFeaturesAndPipeline()
    {
        const QString path = m_dir.filePath(u"churn.pdf"_s);
        const ReportExportResult result = exportReport({m_logisticId}, ReportFormat::Pdf, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.filePath, path);
        QVERIFY(result.jobsWithoutResults.isEmpty());
        keepCopy(path, u"report-single.pdf"_s);

        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QJsonObject metadata = readMetadata(m_logisticFolder);
        const JobReport report = JobReport::load(*m_store->get(m_logisticId));
        QVERIFY(text.contains(u"Churn, linear models"_s));
        QVERIFY(text.contains(u"Binary classification"_s));

        // Every test and train metric, as metadata.json has it, to four decimals.
        int checked = 0;
        for (const QString& key : metadata.value(u"metrics"_s).toObject().keys()) {
            const QJsonValue value = metadata.value(u"metrics"_s).toObject().value(key);
            if (value.isDouble()) {
                const QString printed = QString::number(value.toDouble(), 'f', 4);
                QVERIFY2(text.contains(printed), qPrintable(key + u" = "_s + printed));
                ++checked;
            }
        }
        QVERIFY(checked >= 4); // accuracy, balanced accuracy, ks, ROC AUC
        for (const QString& value : printedMetricValues(report))
            QVERIFY2(text.contains(value), qPrintable(value));
        // The confusion matrix's counts are drawn in its chart, not printed as text.

        const QStringList features = featureNames(metadata);
        QVERIFY(!features.isEmpty());
        for (const QString& feature : features)
            QVERIFY2(text.contains(feature), qPrintable(feature));
        for (const QJsonValue& step : metadata.value(u"pipelineSteps"_s).toArray())
            QVERIFY2(text.contains(step.toObject().value(u"name"_s).toString()),
                     qPrintable(step.toObject().value(u"name"_s).toString()));
        const QString engineVersion =
            metadata.value(u"winnow"_s).toObject().value(u"engineVersion"_s).toString();
        QVERIFY(text.contains(u"Engine version"_s));
        QVERIFY(text.contains(engineVersion));
        QVERIFY(text.contains(u"customer_id"_s)); // the spec's id column
    }

    void pdf_hasA4PagesNumberedAndTheCharts()
    {
        const QString path = m_dir.filePath(u"pages.pdf"_s);
        QVERIFY(exportReport({m_logisticId}, ReportFormat::Pdf, path).ok);
        bool ok = false;
        const QString info = runProgram(u"pdfinfo"_s, {path}, &ok);
        QVERIFY2(ok, qPrintable(info));
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY(pages.hasMatch());
        const int pageCount = pages.captured(1).toInt();
        QVERIFY2(pageCount >= 2, qPrintable(info));
        const QString text = pdfText(path);
        for (int page = 1; page <= pageCount; ++page)
            QVERIFY(text.contains(u"Page %1 of %2"_s.arg(page).arg(pageCount)));
        QVERIFY(info.contains(u"Title:"_s) && info.contains(u"Churn, linear models"_s));

        // The confusion matrix, the ROC curve and the feature importance.
        const QString images = runProgram(u"pdfimages"_s, {u"-list"_s, path}, &ok);
        QVERIFY2(ok, qPrintable(images));
        const int imageCount = int(images.split(u'\n', Qt::SkipEmptyParts).size()) - 2;
        QVERIFY2(imageCount >= 3, qPrintable(images));

        // The first page, rendered, is not blank.
        const QString prefix = m_dir.filePath(u"page"_s);
        runProgram(u"pdftoppm"_s,
                   {u"-png"_s, u"-r"_s, u"70"_s, u"-f"_s, u"1"_s, u"-l"_s, u"2"_s, path, prefix},
                   &ok);
        QVERIFY(ok);
        QImage first(prefix + u"-1.png"_s);
        QVERIFY(!first.isNull());
        QCOMPARE(first.width() < first.height(), true); // portrait
        const QString folder = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            runProgram(u"pdftoppm"_s,
                       {u"-png"_s, u"-r"_s, u"80"_s, path, QDir(folder).filePath(u"report-page"_s)},
                       &ok);
        }
    }

    void html_isSelfContained_withInlineImages()
    {
        const QString path = m_dir.filePath(u"churn.html"_s);
        const ReportExportResult result = exportReport({m_logisticId}, ReportFormat::Html, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        keepCopy(path, u"report-single.html"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());

        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY2(html.count(u"src=\"data:image/png;base64,"_s) >= 3, "fewer than 3 inline images");
        // Nothing is fetched from anywhere: no remote or relative sources,
        // no stylesheets or scripts from outside.
        const QRegularExpression external(
            u"(src|href)\\s*=\\s*(?![\"']?(data:|#))|url\\(\\s*(?!['\"]?data:)|@import|<link|<script"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = external.match(html);
        QVERIFY2(!match.hasMatch(), qPrintable(html.mid(match.capturedStart() - 40, 120)));

        // Each inline image is a PNG that decodes.
        const QRegularExpression images(u"data:image/png;base64,([A-Za-z0-9+/=]+)"_s);
        auto it = images.globalMatch(html);
        int decoded = 0;
        while (it.hasNext()) {
            const QImage image =
                QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
            QVERIFY(!image.isNull());
            ++decoded;
        }
        QVERIFY(decoded >= 3);

        const QJsonObject metadata = readMetadata(m_logisticFolder);
        for (const QString& feature : featureNames(metadata))
            QVERIFY2(html.contains(feature), qPrintable(feature));
        const JobReport report = JobReport::load(*m_store->get(m_logisticId));
        for (const QString& value : printedMetricValues(report))
            QVERIFY2(html.contains(value), qPrintable(value));
    }

    void csv_matchesMetadataJson()
    {
        const QString path = m_dir.filePath(u"metrics.csv"_s);
        const ReportExportResult result =
            exportReport({m_logisticId, m_bayesId}, ReportFormat::MetricsCsv, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        keepCopy(path, u"report-metrics.csv"_s);

        const QString python = u"/usr/bin/python3"_s;
        QVERIFY2(QFileInfo(python).isExecutable(),
                 "/usr/bin/python3 is missing: install python3 with pandas (scripts/install-deps)");
        bool ok = false;
        const QString script = sourcePath(u"tests/ui/reports/check_metrics_csv.py"_s);
        const QString output =
            runProgram(python,
                       {script, path,
                        m_logisticId + u'=' + QDir(m_logisticFolder).filePath(u"metadata.json"_s),
                        m_bayesId + u'=' + QDir(m_bayesFolder).filePath(u"metadata.json"_s)},
                       &ok);
        QVERIFY2(ok, qPrintable(u"the check could not run (is pandas installed?): "_s + output));
        const QJsonObject check = QJsonDocument::fromJson(output.toUtf8()).object();
        QVERIFY2(check.value(u"problems"_s).toArray().isEmpty(), qPrintable(output));
        QVERIFY2(check.value(u"checked"_s).toInt() >= 2 * 2 * 10, qPrintable(output));

        // One row per job and split, after the header.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 2);
        QVERIFY(lines[0].startsWith("jobId,jobName,task,split,"));
    }

    void severalJobs_startWithAComparison()
    {
        const QString htmlPath = m_dir.filePath(u"comparison.html"_s);
        const ReportExportResult html =
            exportReport({m_logisticId, m_bayesId}, ReportFormat::Html, htmlPath);
        QVERIFY2(html.ok, qPrintable(html.error));
        keepCopy(htmlPath, u"report-comparison.html"_s);
        QFile file(htmlPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        const int tableStart = page.indexOf(u"<table class=\"data comparison\""_s);
        QVERIFY(tableStart >= 0);
        const QString table =
            page.mid(tableStart, page.indexOf(u"</table>"_s, tableStart) - tableStart);
        QVERIFY(table.contains(u"Churn, linear models"_s));
        QVERIFY(table.contains(u"Churn, naive Bayes"_s));

        // The comparison's best accuracy is the larger of the two files' accuracies, in bold.
        const double a = readMetadata(m_logisticFolder)[u"metrics"_s][u"accuracy"_s].toDouble();
        const double b = readMetadata(m_bayesFolder)[u"metrics"_s][u"accuracy"_s].toDouble();
        const QString accuracyRow =
            table.mid(table.indexOf(u">Accuracy<"_s)).section(u"</tr>"_s, 0, 0);
        QVERIFY(accuracyRow.contains(QString::number(a, 'f', 4)));
        QVERIFY(accuracyRow.contains(QString::number(b, 'f', 4)));
        if (QString::number(a, 'f', 4) != QString::number(b, 'f', 4))
            QVERIFY2(accuracyRow.contains(u"best\">"_s + QString::number(std::max(a, b), 'f', 4)),
                     qPrintable(accuracyRow));
        // Then each job in full.
        QCOMPARE(page.count(u"<section class=\"job break\">"_s), 2);

        const QString pdfPath = m_dir.filePath(u"comparison.pdf"_s);
        const ReportExportResult pdf =
            exportReport({m_logisticId, m_bayesId}, ReportFormat::Pdf, pdfPath);
        QVERIFY2(pdf.ok, qPrintable(pdf.error));
        keepCopy(pdfPath, u"report-comparison.pdf"_s);
        const QString text = pdfText(pdfPath);
        QVERIFY(text.contains(u"Comparison of 2 jobs"_s));
        QVERIFY(text.contains(u"Job 1: Churn, linear models"_s));
        QVERIFY(text.contains(u"Job 2: Churn, naive Bayes"_s));
        QVERIFY(text.contains(QString::number(a, 'f', 4)));
        QVERIFY(text.contains(QString::number(b, 'f', 4)));
    }

    void jobWithoutResults_isReportedWithItsReason()
    {
        const QString path = m_dir.filePath(u"with-failed.pdf"_s);
        const ReportExportResult result =
            exportReport({m_logisticId, m_failedId}, ReportFormat::Pdf, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.jobsWithoutResults, QStringList{u"Churn that crashed"_s});
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"engine crashed"_s));
        QVERIFY(text.contains(u"no results on this computer"_s));

        // A CSV of metrics has nothing to say about it alone.
        const QString csv = m_dir.filePath(u"failed.csv"_s);
        const ReportExportResult none = exportReport({m_failedId}, ReportFormat::MetricsCsv, csv);
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(u"no results"_s), qPrintable(none.error));
        QVERIFY(!QFileInfo::exists(csv));
    }

    void failedExport_leavesAnEarlierFileAsItWas()
    {
        const QString path = m_dir.filePath(u"kept.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("earlier export\n");
        }
        const ReportExportResult result =
            exportReport({m_failedId}, ReportFormat::MetricsCsv, path);
        QVERIFY(!result.ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier export\n"));

        const ReportExportResult missingFolder = exportReport(
            {m_logisticId}, ReportFormat::Pdf, m_dir.filePath(u"no/such/folder/report.pdf"_s));
        QVERIFY(!missingFolder.ok);
        QVERIFY2(missingFolder.error.contains(u"folder does not exist"_s),
                 qPrintable(missingFolder.error));

        const ReportExportResult unknownJob =
            exportReport({u"no-such-job"_s}, ReportFormat::Pdf, m_dir.filePath(u"x.pdf"_s));
        QVERIFY(!unknownJob.ok);
        QVERIFY(!unknownJob.error.isEmpty());

        // A successful export leaves no temporary file behind.
        const QDir folder(m_dir.filePath(u"clean"_s));
        QVERIFY(QDir().mkpath(folder.path()));
        QVERIFY(exportReport({m_logisticId}, ReportFormat::Html, folder.filePath(u"r.html"_s)).ok);
        QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList{u"r.html"_s});
    }

    void exporter_runsOneExportAtATime()
    {
        ReportExporter exporter;
        QSignalSpy finished(&exporter, &ReportExporter::finished);
        QVERIFY(exporter.start(*m_store, {m_logisticId}, ReportFormat::Pdf,
                               m_dir.filePath(u"one.pdf"_s)));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(*m_store, {m_logisticId}, ReportFormat::Pdf,
                                m_dir.filePath(u"two.pdf"_s)));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"one.pdf"_s)));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"two.pdf"_s)));
    }

    void exportDialog_writesTheChosenFormat()
    {
        ExportReportDialog dialog(m_store.get(), {m_logisticId});
        dialog.setOpensWhenDone(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString folder = m_dir.filePath(u"dialog"_s);
        QVERIFY(QDir().mkpath(folder));
        dialog.setFilePath(QDir(folder).filePath(u"churn.pdf"_s));

        // Choosing another format changes the file's extension, not its name.
        clickRadio(dialog.findChild<QRadioButton*>(u"csvRadio"_s));
        QCOMPARE(dialog.format(), ReportFormat::MetricsCsv);
        QCOMPARE(dialog.filePath(), QDir(folder).filePath(u"churn.csv"_s));
        clickRadio(dialog.findChild<QRadioButton*>(u"htmlRadio"_s));
        QCOMPARE(dialog.filePath(), QDir(folder).filePath(u"churn.html"_s));
        clickRadio(dialog.findChild<QRadioButton*>(u"pdfRadio"_s));
        QCOMPARE(dialog.filePath(), QDir(folder).filePath(u"churn.pdf"_s));
        const QString shots = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(u"export-dialog.png"_s));

        // A folder that does not exist is flagged before anything runs.
        auto* exportButton = dialog.findChild<QPushButton*>(u"exportButton"_s);
        dialog.setFilePath(m_dir.filePath(u"missing/churn.pdf"_s));
        QVERIFY(!exportButton->isEnabled());
        auto* notice = dialog.findChild<winnow::ui::InlineMessage*>(u"fileNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"does not exist"_s), qPrintable(notice->text()));

        dialog.setFilePath(QDir(folder).filePath(u"churn.pdf"_s));
        QSignalSpy exported(&dialog, &ExportReportDialog::reportExported);
        QSignalSpy messages(&dialog, &ExportReportDialog::messageRequested);
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.at(0).at(0).toString(), QDir(folder).filePath(u"churn.pdf"_s));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(1).toString().contains(u"churn.pdf"_s));
        QVERIFY(pdfText(QDir(folder).filePath(u"churn.pdf"_s)).contains(u"Churn, linear models"_s));
        // The next export starts in the same folder and format.
        QCOMPARE(QSettings().value(u"reports/lastFolder"_s).toString(), folder);

        ExportReportDialog comparison(m_store.get(), {m_logisticId, m_bayesId});
        comparison.show();
        QCOMPARE(comparison.format(), ReportFormat::Pdf);
        QVERIFY(comparison.filePath().startsWith(folder + u"/winnow-report-"_s));
        if (!shots.isEmpty())
            comparison.grab().save(QDir(shots).filePath(u"export-dialog-comparison.png"_s));
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WinnowTest"_s);
    QCoreApplication::setApplicationName(u"reports-export"_s);
    TestReportsExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_reports_export.moc"
