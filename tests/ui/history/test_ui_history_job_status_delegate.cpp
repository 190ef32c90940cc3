// The status badge and progress bar: painted from the model's roles, in the
// status's colour, and readable on light and dark palettes.

#include "jobs/job.h"
#include "models/job_list_model.h"
#include "models/job_presentation.h"
#include "ui/history/job_status_delegate.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow;
using jobs::JobStatus;
using models::JobListModel;

namespace {

QStandardItem* statusItem(JobStatus status, double progress = 0.0, const QString& phase = {})
{
    auto* item = new QStandardItem(models::jobStatusLabel(status, {}));
    item->setData(int(status), JobListModel::StatusRole);
    item->setData(models::jobStatusColor(status), JobListModel::StatusColorRole);
    item->setData(progress, JobListModel::ProgressRole);
    item->setData(phase, JobListModel::SecondaryStatusRole);
    return item;
}

// Paints the cell of `index` into an image of its own, on `palette`.
QImage paintCell(const ui::JobStatusDelegate& delegate, const QModelIndex& index,
                 const QPalette& palette, const QSize& size = QSize(280, 34))
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), size);
    option.palette = palette;
    option.font = QFont();
    option.state = QStyle::State_Enabled;
    delegate.paint(&painter, option, index);
    return image;
}

// Pixels close to `color` in hue and saturation: the badge's dot and bar.
int pixelsNear(const QImage& image, const QColor& color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < 12 &&
                std::abs(pixel.green() - color.green()) < 12 &&
                std::abs(pixel.blue() - color.blue()) < 12)
                ++count;
        }
    }
    return count;
}

int distinctColors(const QImage& image)
{
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            colors.insert(image.pixel(x, y));
    }
    return int(colors.size());
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    palette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace

class TestUiHistoryJobStatusDelegate : public QObject {
    Q_OBJECT

private slots:
    void finishedJob_paintsAGreenBadge()
    {
        QStandardItemModel model;
        model.appendRow(statusItem(JobStatus::Finished, 1.0));
        ui::JobStatusDelegate delegate;
        const QImage image = paintCell(delegate, model.index(0, 0), QPalette());
        QVERIFY(distinctColors(image) > 10);
        QVERIFY(pixelsNear(image, models::jobStatusColor(JobStatus::Finished)) > 10);
        // Nothing painted beyond the badge: no progress bar.
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 280, 34);
        option.font = QFont();
        const QRect badge = delegate.badgeRect(option, model.index(0, 0));
        const QImage right = image.copy(badge.right() + 4, 0, 280 - badge.right() - 4, 34);
        QCOMPARE(distinctColors(right), 1);
    }

    void runningJob_paintsItsProgressAndPhase()
    {
        QStandardItemModel model;
        model.appendRow(statusItem(JobStatus::Running, 0.42, u"ModelTuning"_s));
        model.appendRow(statusItem(JobStatus::Running, 0.0, u"Starting"_s));
        ui::JobStatusDelegate delegate;
        const QColor blue = models::jobStatusColor(JobStatus::Running);
        const QImage tuning = paintCell(delegate, model.index(0, 0), QPalette());
        const QImage starting = paintCell(delegate, model.index(1, 0), QPalette());
        // The bar of 42 % fills well beyond the badge's dot; at 0 % only the dot.
        QVERIFY(pixelsNear(tuning, blue) > pixelsNear(starting, blue) + 40);

        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 280, 34);
        option.font = QFont();
        const QRect badge = delegate.badgeRect(option, model.index(0, 0));
        const QImage right = tuning.copy(badge.right() + 4, 0, 280 - badge.right() - 4, 34);
        QVERIFY(distinctColors(right) > 5); // text and a bar
        QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() >
                delegate.sizeHint(option, model.index(0, 0)).height() * 4);
    }

    void everyStatus_paintsOnLightAndDark()
    {
        QStandardItemModel model;
        for (JobStatus status :
             {JobStatus::Pending, JobStatus::Running, JobStatus::Finished, JobStatus::Failed,
              JobStatus::Stopped, JobStatus::Interrupted, JobStatus::Unknown})
            model.appendRow(statusItem(status, 0.5, u"ModelTuning"_s));
        ui::JobStatusDelegate delegate;
        for (const QPalette& palette : {QPalette(), darkPalette()}) {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QImage image = paintCell(delegate, model.index(row, 0), palette);
                QVERIFY2(distinctColors(image) > 8, qPrintable(QString::number(row)));
                QVERIFY2(
                    pixelsNear(
                        image,
                        model.index(row, 0).data(JobListModel::StatusColorRole).value<QColor>()) >
                        5,
                    qPrintable(QString::number(row)));
            }
        }
    }

    void inATable_theStatusColumnIsPainted()
    {
        QStandardItemModel model;
        model.appendRow(
            {new QStandardItem(u"churn"_s), statusItem(JobStatus::Running, 0.6, u"ModelTuning"_s)});
        model.appendRow({new QStandardItem(u"fraud"_s), statusItem(JobStatus::Failed)});
        QTableView view;
        ui::JobStatusDelegate delegate;
        view.setItemDelegateForColumn(1, &delegate);
        view.setModel(&model);
        view.setColumnWidth(1, 300);
        view.resize(500, 160);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(pixelsNear(image, models::jobStatusColor(JobStatus::Running)) > 20);
        QVERIFY(pixelsNear(image, models::jobStatusColor(JobStatus::Failed)) > 5);
    }
};

QTEST_MAIN(TestUiHistoryJobStatusDelegate)
#include "test_ui_history_job_status_delegate.moc"
