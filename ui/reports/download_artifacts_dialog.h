#pragma once

#include "jobs/job.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace winnow::jobs {
class JobBackend;
class JobOperation;
} // namespace winnow::jobs

namespace winnow::ui {

class InlineMessage;

// Downloads a job's results (model, metadata and the other artifacts) into
// a folder the user picks, through the job's backend
// (JobBackend::downloadArtifacts). While it runs the dialog shows the bytes
// received and can cancel; at the end it says what happened and offers to
// open the folder.
//
// Wiring, for the selected job:
//   auto* dialog = new DownloadArtifactsDialog(backendOf(job), job, window);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   connect(dialog, &DownloadArtifactsDialog::messageRequested, window, ...);
//   dialog->open();
class DownloadArtifactsDialog : public QDialog {
    Q_OBJECT

public:
    enum class State { Choosing, Downloading, Succeeded, Failed, Cancelled };

    // `backend` must outlive the dialog.
    DownloadArtifactsDialog(jobs::JobBackend* backend, const jobs::Job& job,
                            QWidget* parent = nullptr);
    ~DownloadArtifactsDialog() override;

    QString folder() const;
    void setFolder(const QString& folder);
    State state() const { return m_state; }

public slots:
    // The Download button: creates the folder when needed and starts.
    void startDownload();
    // Cancels a running download; the dialog stays open to say so.
    void cancelDownload();
    void reject() override;

signals:
    void messageRequested(QtMsgType level, const QString& text);
    // The job's results are in `folder`.
    void downloaded(const QString& jobId, const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseFolder();
    void updateFolderNotice();
    void setState(State state);
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, const QString& error);

    jobs::JobBackend* m_backend;
    jobs::Job m_job;
    QPointer<jobs::JobOperation> m_operation;
    State m_state = State::Choosing;
    QString m_downloadFolder;

    QLabel* m_heading = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    InlineMessage* m_folderNotice = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    InlineMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_downloadButton = nullptr;
    QPushButton* m_openFolderButton = nullptr;
};

} // namespace winnow::ui
