#pragma once

#include "ui/reports/job_report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace winnow::ui {

// Writes a report of one or more jobs as HTML, in one of two flavours:
// - Browser: a self-contained page for any web browser, with its CSS inline
//   and its images as data: URIs, so it opens anywhere, offline, and makes
//   no request;
// - RichText: the subset of HTML and CSS that QTextDocument lays out, for
//   the PDF; images are handed to the caller to register as resources.
// A report of several jobs starts with a table comparing them.
class ReportHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(winnow::ui::ReportHtmlWriter)

public:
    enum class Flavor { Browser, RichText };

    // Receives each chart as it is made, with a name unique in the report,
    // and returns what the <img> element's src should be.
    using ImageSink = std::function<QString(const QString& name, const QImage& image)>;

    ReportHtmlWriter(Flavor flavor, ImageSink images);

    // When the report is made; the footer states it.
    void setGeneratedAt(const QDateTime& time) { m_generatedAt = time; }
    // The charts' logical width in pixels: the page's text width (default 640).
    void setContentWidth(int pixels) { m_contentWidth = pixels; }

    QString write(const QList<JobReport>& reports);

    // The report's title: the job's name, or "Comparison of N jobs".
    static QString title(const QList<JobReport>& reports);

private:
    QString styleSheet() const;
    QString comparison(const QList<JobReport>& reports);
    QString jobSection(const JobReport& report, int index, bool pageBreak);
    QString summaryTable(const JobReport& report) const;
    QString specTable(const JobReport& report) const;
    QString metricsTable(const JobReport& report) const;
    QString charts(const JobReport& report, int index, int level);
    QString featuresSection(const JobReport& report, int index, int level);
    QString pipelineSection(const JobReport& report, int level) const;
    QString image(const QString& name, const QImage& image, int width, const QString& alt);

    Flavor m_flavor;
    ImageSink m_images;
    QDateTime m_generatedAt = QDateTime::currentDateTime();
    int m_contentWidth = 640;
};

} // namespace winnow::ui
