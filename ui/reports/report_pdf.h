#pragma once

#include "ui/reports/job_report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace winnow::ui {

// Prints a report of one or more jobs as a PDF: A4, with margins, a running
// header (the report's title), and a footer with the date and "Page i of n".
// The body is the RichText flavour of ReportHtmlWriter laid out by
// QTextDocument, which breaks pages between lines and table rows; text stays
// text (searchable, selectable) and the charts are embedded at print
// resolution. Safe to run on a worker thread.
class ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(winnow::ui::ReportPdfWriter)

public:
    // Writes to `output`, which must be open for writing. Returns an empty
    // string on success, else what went wrong.
    static QString write(const QList<JobReport>& reports, QIODevice* output,
                         const QDateTime& generatedAt = QDateTime::currentDateTime());
};

} // namespace winnow::ui
