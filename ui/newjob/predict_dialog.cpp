#include "ui/newjob/predict_dialog.h"

#include "jobs/job_backend.h"
#include "models/csv_preview_model.h"
#include "ui/csv_drop.h"
#include "ui/newjob/field_message.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

// Copies `from` to `to` through a temporary file renamed into place, so
// `to` is replaced whole or not at all. Returns the problem, if any.
QString copyWhole(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = in.read(buffer.data(), buffer.size());
        if (read < 0)
            return in.errorString();
        if (read == 0)
            break;
        if (out.write(buffer.constData(), read) != read)
            return out.errorString();
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

QString taskDescription(const jobs::JobSpec& spec)
{
    if (spec.task == u"regression")
        return QCoreApplication::translate("winnow::ui::PredictDialog", "regression");
    if (spec.task == u"classification")
        return QCoreApplication::translate("winnow::ui::PredictDialog", "classification");
    return {};
}

// Shows numbers with at most six significant digits, so that
// probabilities read 0.959384 rather than 0.9593845260274345; the model
// keeps the values as written, for sorting and copying.
class ShortNumberDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        bool ok = false;
        const double number = QLocale::c().toDouble(value.toString(), &ok);
        if (!ok)
            return QStyledItemDelegate::displayText(value, locale);
        return locale.toString(number, 'g', 6);
    }
};

} // namespace

PredictDialog::PredictDialog(const jobs::Job& job, PredictFunction predict, QWidget* parent)
    : QDialog(parent)
    , m_job(job)
    , m_predictFunction(std::move(predict))
    , m_workFolder(QDir::tempPath() + u"/winnow-predict-XXXXXX"_s)
{
    setObjectName(u"predictDialog"_s);
    setWindowTitle(tr("Predict with %1").arg(job.displayName()));
    setAcceptDrops(true);
    m_predictions = new models::CsvPreviewModel(this);
    createWidgets();
    connect(m_predictions, &models::CsvPreviewModel::stateChanged, this, [this] {
        if (m_predictions->state() != models::CsvPreviewModel::State::Ready)
            return;
        const qint64 rows = m_predictions->estimatedRowCount();
        m_resultLabel->setText(m_predictions->sampleIsWholeFile()
                                   ? tr("%1 predictions").arg(QLocale().toString(rows))
                                   : tr("About %1 predictions").arg(QLocale().toString(rows)));
        m_table->resizeColumnsToContents();
    });
    updateButtons();
    resize(860, 600);
}

PredictDialog::~PredictDialog()
{
    if (m_operation)
        m_operation->cancel();
}

void PredictDialog::createWidgets()
{
    m_heading = new QLabel(tr("Predict with %1").arg(m_job.displayName()), this);
    m_heading->setObjectName(u"predictHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    QStringList facts;
    if (!m_job.spec.targetName.isEmpty())
        facts << tr("Predicts %1").arg(m_job.spec.targetName);
    if (const QString task = taskDescription(m_job.spec); !task.isEmpty())
        facts << task;
    if (!m_job.dataPath.isEmpty())
        facts << tr("trained on %1").arg(QFileInfo(m_job.dataPath).fileName());
    m_subtitle = new QLabel(facts.join(u"  ·  "_s), this);
    m_subtitle->setObjectName(u"predictSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_inputEdit = new QLineEdit(this);
    m_inputEdit->setObjectName(u"inputEdit"_s);
    m_inputEdit->setReadOnly(true);
    m_inputEdit->setAccessibleName(tr("Data to score"));
    m_inputEdit->setPlaceholderText(tr("Drop a CSV file here, or choose one"));
    m_browseButton = new QPushButton(tr("&Choose…"), this);
    m_browseButton->setObjectName(u"chooseInputButton"_s);
    m_browseButton->setToolTip(tr("Choose the CSV file to score"));
    auto* inputLabel = new QLabel(tr("&Data to score:"), this);
    inputLabel->setBuddy(m_browseButton);
    m_inputMessage = new FieldMessage(this);
    m_inputMessage->setObjectName(u"inputMessage"_s);
    m_inputMessage->showMessage(FieldMessage::Kind::Note,
                                tr("The file needs the columns the model was trained on; the "
                                   "target may be absent."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"predictProgress"_s);
    m_progress->setAccessibleName(tr("Prediction progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() * 2 / 3);
    m_progressLabel = new QLabel(tr("Predicting…"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelPredictionButton"_s);
    auto* progressRow = new QWidget(this);
    progressRow->setObjectName(u"progressRow"_s);
    auto* progressLayout = new QHBoxLayout(progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    progressRow->hide();

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"resultLabel"_s);
    QFont resultFont = m_resultLabel->font();
    resultFont.setWeight(QFont::DemiBold);
    m_resultLabel->setFont(resultFont);

    m_table = new QTableView(this);
    m_table->setObjectName(u"predictionsView"_s);
    m_table->setAccessibleName(tr("Predictions"));
    m_table->setModel(m_predictions);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setItemDelegate(new ShortNumberDelegate(m_table));

    // Until there are predictions, a word on how to get them.
    m_placeholder = new QLabel(tr("Choose or drop a CSV file with the columns the model was "
                                  "trained on, then Predict.\nThe predictions show here."),
                               this);
    m_placeholder->setObjectName(u"predictionsPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setBackgroundRole(QPalette::Base);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_results = new QStackedWidget(this);
    m_results->setObjectName(u"predictionsStack"_s);
    m_results->addWidget(m_placeholder);
    m_results->addWidget(m_table);

    m_saveButton = new QPushButton(tr("&Save As…"), this);
    m_saveButton->setObjectName(u"savePredictionsButton"_s);
    m_saveButton->setToolTip(tr("Save the predictions as a CSV file"));
    auto* buttons = new QDialogButtonBox(this);
    m_predictButton = buttons->addButton(tr("&Predict"), QDialogButtonBox::ActionRole);
    m_predictButton->setObjectName(u"predictButton"_s);
    m_predictButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);

    connect(m_browseButton, &QPushButton::clicked, this, &PredictDialog::chooseInputFile);
    connect(m_predictButton, &QPushButton::clicked, this, &PredictDialog::predict);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &PredictDialog::chooseSaveLocation);
    connect(buttons, &QDialogButtonBox::rejected, this, &PredictDialog::reject);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(inputLabel);
    inputRow->addWidget(m_inputEdit, 1);
    inputRow->addWidget(m_browseButton);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_saveButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 12);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(inputRow);
    layout->addWidget(m_inputMessage);
    layout->addWidget(progressRow);
    layout->addSpacing(4);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_results, 1);
    layout->addLayout(bottom);

    QWidget::setTabOrder(m_browseButton, m_table);
    QWidget::setTabOrder(m_table, m_saveButton);
    QWidget::setTabOrder(m_saveButton, m_predictButton);
    QWidget::setTabOrder(m_predictButton, m_closeButton);
}

void PredictDialog::setInputFile(const QString& path)
{
    if (isRunning())
        return;
    m_inputFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_inputEdit->setText(QDir::toNativeSeparators(m_inputFile));
    m_inputEdit->setToolTip(m_inputEdit->text());
    m_predictionsFile.clear();
    m_predictions->clear();
    m_resultLabel->clear();
    m_inputMessage->showMessage(FieldMessage::Kind::Note,
                                tr("The file needs the columns the model was trained on; the "
                                   "target may be absent."));
    updateButtons();
}

void PredictDialog::chooseInputFile()
{
    const QString folder = m_inputFile.isEmpty() ? QFileInfo(m_job.dataPath).absolutePath()
                                                 : QFileInfo(m_inputFile).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the Data to Score"), folder,
                                     tr("CSV files (*.csv *.csv.gz *.CSV);;All files (*)"));
    if (path.isEmpty())
        return;
    setInputFile(path);
    predict();
}

QString PredictDialog::suggestedFileName() const
{
    QString base = QFileInfo(m_inputFile).fileName();
    for (const QString& suffix : {u".gz"_s, u".csv"_s, u".CSV"_s})
        if (base.endsWith(suffix))
            base.chop(suffix.size());
    return base.isEmpty() ? u"predictions.csv"_s : base + u"-predictions.csv"_s;
}

void PredictDialog::predict()
{
    if (isRunning())
        return;
    if (m_inputFile.isEmpty()) {
        m_inputMessage->showMessage(FieldMessage::Kind::Error, tr("Choose a CSV file to score."));
        return;
    }
    if (!m_workFolder.isValid()) {
        m_inputMessage->showMessage(
            FieldMessage::Kind::Error,
            tr("Cannot make a folder for the predictions: %1").arg(m_workFolder.errorString()));
        return;
    }
    m_predictionsFile.clear();
    m_predictions->clear();
    m_resultLabel->clear();
    const QString output = m_workFolder.filePath(suggestedFileName());
    jobs::JobOperation* operation =
        m_predictFunction ? m_predictFunction(m_job.id, m_inputFile, output) : nullptr;
    if (!operation) {
        m_inputMessage->showMessage(FieldMessage::Kind::Error,
                                    tr("This job's backend cannot predict."));
        return;
    }
    m_operation = operation;
    connect(operation, &jobs::JobOperation::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * done / total));
        }
    });
    connect(operation, &jobs::JobOperation::finished, this,
            [this, output](bool ok, const QString& error) {
                m_predictionsFile = ok ? output : QString();
                onFinished(ok, error);
            });
    m_progress->setRange(0, 0);
    m_inputMessage->clearMessage();
    m_progress->parentWidget()->show();
    updateButtons();
}

void PredictDialog::onFinished(bool ok, const QString& error)
{
    const bool cancelled = m_operation && m_operation->wasCancelled();
    m_operation = nullptr;
    m_progress->parentWidget()->hide();
    if (ok) {
        m_predictions->setFile(m_predictionsFile);
    } else if (cancelled) {
        m_inputMessage->showMessage(FieldMessage::Kind::Note, tr("The prediction was cancelled."));
    } else {
        m_inputMessage->showMessage(FieldMessage::Kind::Error,
                                    error.isEmpty() ? tr("The prediction failed.") : error);
    }
    updateButtons();
    emit predictionFinished(ok);
}

QString PredictDialog::errorText() const
{
    return m_inputMessage->kind() == FieldMessage::Kind::Error ? m_inputMessage->text() : QString();
}

void PredictDialog::updateButtons()
{
    const bool running = isRunning();
    m_results->setCurrentWidget(m_predictionsFile.isEmpty() ? static_cast<QWidget*>(m_placeholder)
                                                            : m_table);
    m_predictButton->setEnabled(!running && !m_inputFile.isEmpty());
    m_browseButton->setEnabled(!running);
    m_saveButton->setEnabled(!running && !m_predictionsFile.isEmpty());
}

void PredictDialog::chooseSaveLocation()
{
    if (m_predictionsFile.isEmpty())
        return;
    const QString folder = QFileInfo(m_inputFile).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Predictions"),
                                                      QDir(folder).filePath(suggestedFileName()),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        savePredictions(path);
}

bool PredictDialog::savePredictions(const QString& path)
{
    if (m_predictionsFile.isEmpty())
        return false;
    m_saveButton->setEnabled(false);
    // Predictions of a large file are large: copy away from the UI thread.
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        updateButtons();
        if (problem.isEmpty()) {
            emit messageRequested(
                QtInfoMsg, tr("Predictions saved to %1").arg(QDir::toNativeSeparators(path)));
            m_inputMessage->showMessage(FieldMessage::Kind::Note,
                                        tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        } else {
            m_inputMessage->showMessage(FieldMessage::Kind::Error,
                                        tr("Could not save the predictions to %1: %2")
                                            .arg(QDir::toNativeSeparators(path), problem));
        }
        emit predictionsSaved(problem.isEmpty(), path);
    });
    watcher->setFuture(QtConcurrent::run(copyWhole, m_predictionsFile, path));
    return true;
}

void PredictDialog::reject()
{
    if (m_operation)
        m_operation->cancel();
    QDialog::reject();
}

void PredictDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isRunning() && !csvFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void PredictDialog::dropEvent(QDropEvent* event)
{
    const QStringList files = csvFilesIn(event->mimeData());
    if (files.isEmpty() || isRunning())
        return;
    event->acceptProposedAction();
    setInputFile(files.first());
    predict();
}

} // namespace winnow::ui
