#include "ui/details/result_chart_view.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QImageWriter>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolTip>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace winnow::ui {

ResultChartView::ResultChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setFrameShape(QFrame::NoFrame);

    m_copyImage = new QAction(tr("&Copy Image"), this);
    m_copyImage->setObjectName(u"copyImageAction"_s);
    m_copyImage->setShortcut(QKeySequence::Copy);
    m_copyImage->setShortcutContext(Qt::WidgetShortcut);
    m_copyImage->setToolTip(tr("Copy the chart to the clipboard as an image"));
    connect(m_copyImage, &QAction::triggered, this, &ResultChartView::copyImage);
    addAction(m_copyImage);

    m_saveImage = new QAction(tr("&Save Image…"), this);
    m_saveImage->setObjectName(u"saveImageAction"_s);
    m_saveImage->setShortcut(QKeySequence::Save);
    m_saveImage->setShortcutContext(Qt::WidgetShortcut);
    m_saveImage->setToolTip(tr("Save the chart as an image file"));
    connect(m_saveImage, &QAction::triggered, this, &ResultChartView::chooseFileAndSave);
    addAction(m_saveImage);
}

ResultChartView::~ResultChartView() = default;

void ResultChartView::setChartFactory(ChartFactory factory)
{
    m_factory = std::move(factory);
    rebuild();
}

void ResultChartView::clearChart()
{
    m_factory = nullptr;
    rebuild();
}

void ResultChartView::rebuild()
{
    m_rebuilding = true;
    QChart* previous = chart();
    QChart* next = m_factory ? m_factory(ChartColors::fromPalette(palette())) : nullptr;
    m_hasChart = next != nullptr;
    if (!next) {
        // An empty chart in the palette's colours rather than Qt's white default.
        next = new QChart;
        applyChartColors(next, ChartColors::fromPalette(palette()));
        next->legend()->hide();
    }
    setChart(next);
    // setChart() hands the old chart back to us.
    delete previous;
    m_copyImage->setEnabled(m_hasChart);
    m_saveImage->setEnabled(m_hasChart);
    m_rebuilding = false;
}

void ResultChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_rebuilding && m_factory)
        rebuild();
}

QImage ResultChartView::image()
{
    const qreal ratio = devicePixelRatioF();
    QImage picture(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(ratio);
    picture.fill(palette().color(QPalette::Window));
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter);
    painter.end();
    return picture;
}

bool ResultChartView::saveImage(const QString& path)
{
    return image().save(path);
}

void ResultChartView::copyImage()
{
    if (!m_hasChart)
        return;
    QApplication::clipboard()->setImage(image());
    emit messageRequested(QtInfoMsg, tr("Copied the chart to the clipboard."));
}

QString ResultChartView::suggestedFileName() const
{
    QString name = accessibleName().isEmpty() ? tr("chart") : accessibleName();
    name.replace(QRegularExpression(u"[^\\w\\-]+"_s), u"-"_s);
    return name.toLower() + u".png"_s;
}

void ResultChartView::chooseFileAndSave()
{
    if (!m_hasChart)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart Image"), QDir(folder).filePath(suggestedFileName()),
        tr("PNG images (*.png);;JPEG images (*.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    if (saveImage(path)) {
        emit messageRequested(QtInfoMsg,
                              tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        emit messageRequested(QtWarningMsg, tr("Could not save the chart to %1: check that the "
                                               "folder exists and can be written to.")
                                                .arg(QDir::toNativeSeparators(path)));
    }
}

void ResultChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(m_copyImage);
    menu.addAction(m_saveImage);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : mapToGlobal(rect().center());
    menu.exec(at);
    event->accept();
}

void showPointToolTips(QXYSeries* series, std::function<QString(int index)> describe)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [series, describe = std::move(describe)](const QPointF& at, bool entered) {
                         if (!entered || !series->chart()) {
                             QToolTip::hideText();
                             return;
                         }
                         const QPointF target = series->chart()->mapToPosition(at, series);
                         int nearest = -1;
                         qreal bestDistance = 0;
                         for (int i = 0; i < series->count(); ++i) {
                             const QPointF position =
                                 series->chart()->mapToPosition(series->at(i), series);
                             const qreal distance = QLineF(position, target).length();
                             if (nearest < 0 || distance < bestDistance) {
                                 nearest = i;
                                 bestDistance = distance;
                             }
                         }
                         if (nearest >= 0)
                             QToolTip::showText(QCursor::pos(), describe(nearest));
                     });
}

} // namespace winnow::ui
