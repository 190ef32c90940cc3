#pragma once

#include "jobs/job.h"

#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace winnow::jobs {
class JobStore;
}

namespace winnow::ui {

enum class ReportFormat {
    Pdf,        // a printable report
    Html,       // a self-contained web page
    MetricsCsv, // the metrics only, for spreadsheets and scripts
};

// "pdf", "html", "csv".
QString reportFormatSuffix(ReportFormat format);

struct ReportExportResult {
    bool ok = false;
    QString filePath;
    QString error; // what went wrong, for the user
    int jobCount = 0;
    // Display names of the jobs that had no results to report (a failed or
    // running job): the report shows their spec and status only.
    QStringList jobsWithoutResults;
};

// Writes a report of one or more jobs, from their records and their
// artifact folders' metadata.json, as a PDF, an HTML page or a CSV of their
// metrics. The work (reading the results, drawing the charts, writing) runs on
// a worker thread; finished() brings the result back to this object's
// thread. The file is replaced atomically: a failed export leaves any
// earlier file as it was.
class ReportExporter : public QObject {
    Q_OBJECT

public:
    explicit ReportExporter(QObject* parent = nullptr);
    // Waits for a running export to finish.
    ~ReportExporter() override;

    // Starts an export; returns false, doing nothing, when one is running.
    bool start(const QList<jobs::Job>& jobs, ReportFormat format, const QString& filePath);
    // The same for jobs of `store`, looked up on this thread; a job that is
    // not found makes the export fail with a message naming it.
    bool start(jobs::JobStore& store, const QStringList& jobIds, ReportFormat format,
               const QString& filePath);
    bool isRunning() const { return m_watcher.isRunning(); }

    // The whole export on the calling thread: what the worker runs.
    static ReportExportResult exportReport(const QList<jobs::Job>& jobs, ReportFormat format,
                                           const QString& filePath);

signals:
    void finished(const winnow::ui::ReportExportResult& result);

private:
    QFutureWatcher<ReportExportResult> m_watcher;
};

} // namespace winnow::ui

Q_DECLARE_METATYPE(winnow::ui::ReportExportResult)
