#include "ui/reports/report_pdf.h"

#include "ui/reports/report_html.h"
#include "winnow/version.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// The document is laid out in CSS pixels (96 per inch), like the HTML
// report, and the painter scales them to the PDF's resolution.
constexpr qreal kLayoutDpi = 96.0;
constexpr int kPdfResolution = 300;
const QMarginsF kPageMarginsMm(17, 14, 17, 13);
constexpr qreal kHeaderHeight = 30; // layout pixels, inside the margins
constexpr qreal kFooterHeight = 28;

const QColor kInk(0x1f, 0x29, 0x33);
const QColor kMuted(0x5f, 0x6b, 0x76);
const QColor kRule(0xc4, 0xcb, 0xd2);
const QColor kAccent(0x0f, 0x8f, 0x86);

// Sizes in layout pixels: the painter scales them like the body.
QFont bandFont(bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(10);
    font.setBold(bold);
    return font;
}

void drawHeader(QPainter& painter, qreal width, const QString& title)
{
    painter.setFont(bandFont(true));
    painter.setPen(kAccent);
    const QString brand = ReportPdfWriter::tr("WINNOW MODEL REPORT");
    painter.drawText(QRectF(0, 0, width / 2, kHeaderHeight - 10), Qt::AlignLeft | Qt::AlignBottom,
                     brand);
    painter.setFont(bandFont());
    painter.setPen(kMuted);
    const QFontMetricsF titleMetrics(painter.font());
    painter.drawText(QRectF(width / 3, 0, width * 2 / 3, kHeaderHeight - 10),
                     Qt::AlignRight | Qt::AlignBottom,
                     titleMetrics.elidedText(title, Qt::ElideMiddle, width * 2 / 3));
    painter.setPen(QPen(kRule, 0.6));
    painter.drawLine(QPointF(0, kHeaderHeight - 6), QPointF(width, kHeaderHeight - 6));
}

void drawFooter(QPainter& painter, qreal top, qreal width, const QString& left,
                const QString& right)
{
    painter.setPen(QPen(kRule, 0.6));
    painter.drawLine(QPointF(0, top + 6), QPointF(width, top + 6));
    painter.setFont(bandFont());
    painter.setPen(kMuted);
    painter.drawText(QRectF(0, top + 10, width * 0.75, kFooterHeight - 10),
                     Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(QRectF(width * 0.5, top + 10, width * 0.5, kFooterHeight - 10),
                     Qt::AlignRight | Qt::AlignTop, right);
}

} // namespace

QString ReportPdfWriter::write(const QList<JobReport>& reports, QIODevice* output,
                               const QDateTime& generatedAt)
{
    const QString title = ReportHtmlWriter::title(reports);
    QPdfWriter writer(output);
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     kPageMarginsMm, QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(u"Winnow %1"_s.arg(QLatin1StringView(winnow::kVersion)));

    // The printable area in layout pixels, and the body between header and footer.
    const QRectF paintInches = writer.pageLayout().paintRect(QPageLayout::Inch);
    const qreal width = paintInches.width() * kLayoutDpi;
    const qreal height = paintInches.height() * kLayoutDpi;
    const qreal bodyHeight = height - kHeaderHeight - kFooterHeight;

    // Fonts and images are measured on a 96 dpi device, whatever the screen.
    QImage layoutDevice(1, 1, QImage::Format_ARGB32_Premultiplied);
    layoutDevice.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    layoutDevice.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&layoutDevice);
    document.setUseDesignMetrics(true);
    document.setDocumentMargin(0);
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(9);
    document.setDefaultFont(base);
    ReportHtmlWriter html(ReportHtmlWriter::Flavor::RichText,
                          [&document](const QString& name, const QImage& image) {
                              const QUrl url(u"report-image:"_s + name);
                              document.addResource(QTextDocument::ImageResource, url, image);
                              return url.toString();
                          });
    html.setGeneratedAt(generatedAt);
    html.setContentWidth(int(width));
    document.setHtml(html.write(reports));
    document.setPageSize(QSizeF(width, bodyHeight));

    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Could not start writing the PDF.");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const qreal scale = writer.resolution() / kLayoutDpi;

    const int pages = document.pageCount();
    const QString footerLeft =
        tr("Made with Winnow %1 on %2")
            .arg(QLatin1StringView(winnow::kVersion),
                 QLocale().toString(generatedAt.toLocalTime(), QLocale::ShortFormat));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, kInk);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return tr("Could not add page %1 to the PDF.").arg(page + 1);
        painter.save();
        painter.scale(scale, scale);
        drawHeader(painter, width, title);
        drawFooter(painter, height - kFooterHeight, width, footerLeft,
                   tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.translate(0, kHeaderHeight - page * bodyHeight);
        context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return tr("Could not finish writing the PDF.");
    return {};
}

} // namespace winnow::ui
