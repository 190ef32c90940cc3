#pragma once

#include "jobs/job.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace winnow::jobs {
class JobOperation;
}
namespace winnow::models {
class CsvPreviewModel;
}

namespace winnow::ui {

class FieldMessage;

// Applies a finished job's model to new data: the user picks a CSV file (or
// drops one on the dialog), Predict runs the model on it in the background,
// and the predictions show in a table, ready to be saved where the user
// wants. A file the model cannot score (a column it needs is missing) is
// reported beside the file with the engine's message naming the columns.
//
// The prediction itself is the backend's: for a local job,
//     PredictDialog dialog(job, [backend](const QString& id, const QString& in,
//                                         const QString& out) {
//         return backend->predict(id, in, out);
//     }, window);
class PredictDialog : public QDialog {
    Q_OBJECT

public:
    // Starts predicting `inputCsv` with job `jobId`'s model into `outputCsv`;
    // the operation reports progress and finishes with the engine's message
    // on failure.
    using PredictFunction = std::function<jobs::JobOperation*(
        const QString& jobId, const QString& inputCsv, const QString& outputCsv)>;

    PredictDialog(const jobs::Job& job, PredictFunction predict, QWidget* parent = nullptr);
    ~PredictDialog() override;

    const jobs::Job& job() const { return m_job; }

    // The CSV file to score; choosing or dropping one sets it.
    void setInputFile(const QString& path);
    QString inputFile() const { return m_inputFile; }

    // Runs the prediction on the input file (the Predict button).
    void predict();
    bool isRunning() const { return !m_operation.isNull(); }

    // Once a prediction succeeded: the predictions CSV (in a folder of the
    // dialog's own, removed with it) and its rows.
    QString predictionsFile() const { return m_predictionsFile; }
    models::CsvPreviewModel* predictionsModel() const { return m_predictions; }
    // The problem shown beside the input file, if any.
    QString errorText() const;

    // Copies the predictions to `path` in the background, replacing it
    // whole or not at all; predictionsSaved() tells how it went, and a
    // failure is shown in the dialog. False when there is nothing to save.
    bool savePredictions(const QString& path);

public slots:
    void reject() override; // cancels a running prediction first

signals:
    // For the window's message bar: "Predictions saved to …".
    void messageRequested(QtMsgType type, const QString& text);
    // A prediction ended; on success predictionsFile() holds it.
    void predictionFinished(bool ok);
    void predictionsSaved(bool ok, const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createWidgets();
    void chooseInputFile();
    void chooseSaveLocation();
    void onFinished(bool ok, const QString& error);
    void updateButtons();
    QString suggestedFileName() const;

    jobs::Job m_job;
    PredictFunction m_predictFunction;
    QString m_inputFile;
    QString m_predictionsFile;
    QTemporaryDir m_workFolder;
    QPointer<jobs::JobOperation> m_operation;

    models::CsvPreviewModel* m_predictions = nullptr;

    QLabel* m_heading = nullptr;
    QLabel* m_subtitle = nullptr;
    QLineEdit* m_inputEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    FieldMessage* m_inputMessage = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_placeholder = nullptr;
    QStackedWidget* m_results = nullptr; // the placeholder, then the table
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_predictButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace winnow::ui
