#pragma once

#include "ui/reports/report_exporter.h"

#include <QDialog>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace winnow::jobs {
class JobStore;
}

namespace winnow::ui {

class InlineMessage;

// Exports a report of one job, or a comparison of several: the user picks
// the format (PDF, HTML page, metrics CSV) and the file, and the dialog runs
// a ReportExporter, showing progress and any error in place. On success it
// says where the report went (messageRequested) and closes.
//
// Wiring, from the window that owns the job list:
//   auto* dialog = new ExportReportDialog(&store, selectedJobIds, window);
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   connect(dialog, &ExportReportDialog::messageRequested, window, ...);
//   dialog->open();
class ExportReportDialog : public QDialog {
    Q_OBJECT

public:
    // `store` must outlive the dialog; the jobs are read from it when the
    // export starts, so the report has their latest state.
    ExportReportDialog(jobs::JobStore* store, const QStringList& jobIds, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    ReportFormat format() const;
    void setFormat(ReportFormat format);
    QString filePath() const;
    void setFilePath(const QString& path);
    // Whether the report opens in the desktop's viewer once written.
    bool opensWhenDone() const;
    void setOpensWhenDone(bool open);

    bool isExporting() const { return m_exporter.isRunning(); }

public slots:
    // The Export button: checks the file name, then starts writing.
    void startExport();
    void reject() override;

signals:
    void messageRequested(QtMsgType level, const QString& text);
    // The report was written to `filePath`.
    void reportExported(const QString& filePath);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseFile();
    void onFormatChanged();
    void onExportFinished(const ReportExportResult& result);
    void updateFileNotice();
    void setInputsEnabled(bool enabled);
    QString suggestedFileName() const;

    jobs::JobStore* m_store;
    QStringList m_jobIds;
    QString m_title; // the jobs, as the heading names them
    ReportExporter m_exporter;

    QLabel* m_heading = nullptr;
    QLabel* m_formatLabel = nullptr;
    QButtonGroup* m_formatGroup = nullptr;
    QRadioButton* m_pdfRadio = nullptr;
    QRadioButton* m_htmlRadio = nullptr;
    QRadioButton* m_csvRadio = nullptr;
    QLabel* m_pdfDescription = nullptr;
    QLabel* m_htmlDescription = nullptr;
    QLabel* m_csvDescription = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    InlineMessage* m_fileNotice = nullptr;
    QCheckBox* m_openCheck = nullptr;
    InlineMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace winnow::ui
