#include "ui/reports/report_exporter.h"

#include "jobs/job_store.h"
#include "ui/reports/job_report.h"
#include "ui/reports/metrics_csv.h"
#include "ui/reports/report_html.h"
#include "ui/reports/report_pdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("winnow::ui::ReportExporter", text);
}

QString dataUri(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

QString failure(const QString& path, const QString& reason)
{
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

QString reportFormatSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return u"pdf"_s;
    case ReportFormat::Html: return u"html"_s;
    case ReportFormat::MetricsCsv: return u"csv"_s;
    }
    return {};
}

ReportExporter::ReportExporter(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ReportExportResult>();
    connect(&m_watcher, &QFutureWatcher<ReportExportResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

ReportExporter::~ReportExporter()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool ReportExporter::start(const QList<jobs::Job>& jobs, ReportFormat format,
                           const QString& filePath)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(&ReportExporter::exportReport, jobs, format, filePath));
    return true;
}

bool ReportExporter::start(jobs::JobStore& store, const QStringList& jobIds, ReportFormat format,
                           const QString& filePath)
{
    if (isRunning())
        return false;
    QList<jobs::Job> jobs;
    for (const QString& id : jobIds) {
        jobs::Result<jobs::Job> job = store.get(id);
        if (!job) {
            ReportExportResult result;
            result.filePath = filePath;
            result.error = tr("Could not export the report: %1").arg(job.errorString());
            m_watcher.setFuture(QtFuture::makeReadyFuture(result));
            return true;
        }
        jobs << *job;
    }
    return start(jobs, format, filePath);
}

ReportExportResult ReportExporter::exportReport(const QList<jobs::Job>& jobs, ReportFormat format,
                                                const QString& filePath)
{
    ReportExportResult result;
    result.filePath = filePath;
    result.jobCount = int(jobs.size());
    if (jobs.isEmpty()) {
        result.error = tr("There is no job to report on.");
        return result;
    }

    QList<JobReport> reports;
    for (const jobs::Job& job : jobs) {
        reports << JobReport::load(job);
        if (!reports.last().hasResults())
            result.jobsWithoutResults << job.displayName();
    }
    if (format == ReportFormat::MetricsCsv && result.jobsWithoutResults.size() == jobs.size()) {
        result.error = jobs.size() == 1 ? reports.first().problem()
                                        : tr("None of the jobs has metrics to export.");
        return result;
    }

    const QFileInfo target(filePath);
    if (!target.dir().exists()) {
        result.error = failure(filePath, tr("the folder does not exist."));
        return result;
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = failure(filePath, file.errorString());
        return result;
    }
    switch (format) {
    case ReportFormat::Pdf:
        if (const QString error = ReportPdfWriter::write(reports, &file); !error.isEmpty()) {
            file.cancelWriting();
            result.error = failure(filePath, error);
            return result;
        }
        break;
    case ReportFormat::Html: {
        ReportHtmlWriter html(ReportHtmlWriter::Flavor::Browser,
                              [](const QString&, const QImage& image) { return dataUri(image); });
        file.write(html.write(reports).toUtf8());
        break;
    }
    case ReportFormat::MetricsCsv: file.write(metricsCsv(reports)); break;
    }
    if (!file.commit()) {
        result.error = failure(filePath, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace winnow::ui
