#pragma once

#include "jobs/job.h"
#include "ui/newjob/job_draft.h"
#include "ui/newjob/new_job_memory.h"
#include "ui/settings/general_settings.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace winnow::jobs {
class JobBackend;
}
namespace winnow::models {
class ColumnProfileModel;
class CsvPreviewModel;
} // namespace winnow::models

namespace winnow::ui {

class DurationSpinBox;
class FieldMessage;

// Sets up a job from a CSV file: a preview of its first rows, its columns
// (features to consider, types), the target, id and date columns, the
// task and scoring, and the search's budgets. Everything is prefilled from
// the file (and from the choices last made for it) and checked as it
// changes, each problem shown beside its field; Start is enabled only when
// the job can run.
//
// Several files (dropped together, or added with Browse… or by dropping
// more on the dialog) are offered in the Data file list; the dialog sets up
// one job, on the file chosen there.
//
// Usage:
//     NewJobDialog dialog(backends, window->pendingCsvFiles(),
//                         JobDefaults::load(QSettings()), window);
//     if (dialog.exec() == QDialog::Accepted)
//         dialog.selectedBackend()->submit(dialog.job());
class NewJobDialog : public QDialog {
    Q_OBJECT

public:
    // `backends` are where the job can run (the first one listed is chosen
    // unless the user last chose another); `csvFiles` the files to offer.
    NewJobDialog(const QList<jobs::JobBackend*>& backends, const QStringList& csvFiles,
                 const JobDefaults& defaults, QWidget* parent = nullptr);
    ~NewJobDialog() override;

    // The job to submit: spec, name, backend id and, for data read from a
    // local file, dataPath.
    jobs::Job job() const;
    jobs::JobBackend* selectedBackend() const;

    QString currentFile() const;
    QStringList files() const;
    // Offers more files (those named .csv or .csv.gz) and shows the first.
    void addFiles(const QStringList& paths);
    void setCurrentFile(const QString& path);

    // Whether Start is enabled: the file is read and nothing is wrong.
    bool canStart() const;
    JobDraft draft() const;
    // What the checks found, as shown beside the fields.
    QList<DraftProblem> problems() const { return m_problems; }

    models::CsvPreviewModel* previewModel() const { return m_preview; }
    models::ColumnProfileModel* columnModel() const { return m_columns; }

public slots:
    // Remembers the choices made for the file, then closes with Accepted;
    // does nothing while the job cannot start.
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createWidgets();
    QWidget* createDataArea();
    QWidget* createColumnsTab();
    QWidget* createForm();
    void connectWidgets();
    void setTabOrder();

    void loadCurrentFile();
    void onPreviewStateChanged();
    void onSampleChanged();
    void prefill(const FileChoices& choices);
    void fillColumnCombos();
    void applyRoles();
    void updateDateEdits(bool fromSample);
    void refreshScorings();
    void updateState();
    void showProblems();
    void updateFileInfo();
    void updateBackendMode();
    FileChoices currentChoices() const;
    SampleFacts sampleFacts() const;
    QString columnChoice(const QComboBox* combo) const;
    void browseForFiles();

    QList<QPointer<jobs::JobBackend>> m_backends;
    JobDefaults m_defaults;
    NewJobMemory m_memory;
    // Choices made in this dialog for files shown earlier, by path.
    QHash<QString, FileChoices> m_sessionChoices;
    QString m_shownFile; // the file the widgets are about
    bool m_prefilled = false;
    std::optional<FileChoices> m_pendingChoices;
    bool m_updating = false; // widgets are being filled, not changed by the user
    QList<DraftProblem> m_problems;
    QString m_scoringTaskKey; // the task the scoring list was made for
    QString m_taskNote;       // what the task will be, shown under it when nothing is wrong

    models::CsvPreviewModel* m_preview = nullptr;
    models::ColumnProfileModel* m_columns = nullptr;
    QSortFilterProxyModel* m_columnFilter = nullptr;

    // Data.
    QComboBox* m_fileCombo = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLabel* m_fileInfo = nullptr;
    FieldMessage* m_fileMessage = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_previewView = nullptr;
    QTableView* m_columnsView = nullptr;
    QLineEdit* m_columnSearch = nullptr;
    QPushButton* m_checkAllButton = nullptr;
    QPushButton* m_checkNoneButton = nullptr;
    FieldMessage* m_columnsMessage = nullptr;

    // Job.
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_backendCombo = nullptr;
    QLabel* m_backendNote = nullptr;
    QLabel* m_featureTableLabel = nullptr;
    QLineEdit* m_featureTableEdit = nullptr;
    FieldMessage* m_featureTableMessage = nullptr;

    // What to predict.
    QComboBox* m_targetCombo = nullptr;
    FieldMessage* m_targetMessage = nullptr;
    QComboBox* m_taskCombo = nullptr;
    FieldMessage* m_taskMessage = nullptr;
    QComboBox* m_scoringCombo = nullptr;
    FieldMessage* m_scoringMessage = nullptr;

    // Rows.
    QComboBox* m_idCombo = nullptr;
    FieldMessage* m_idMessage = nullptr;
    QComboBox* m_dateCombo = nullptr;
    QCheckBox* m_startCheck = nullptr;
    QDateEdit* m_startEdit = nullptr;
    QCheckBox* m_endCheck = nullptr;
    QDateEdit* m_endEdit = nullptr;
    FieldMessage* m_dateMessage = nullptr;
    QWidget* m_dateRange = nullptr; // the From and To row

    // Features.
    QSpinBox* m_numFeaturesSpin = nullptr;
    QLabel* m_numFeaturesNote = nullptr;
    FieldMessage* m_featuresMessage = nullptr;
    QCheckBox* m_balanceCheck = nullptr;
    QLabel* m_balanceNote = nullptr;

    // Search.
    QSpinBox* m_generationsSpin = nullptr;
    QSpinBox* m_populationSpin = nullptr;
    DurationSpinBox* m_budgetSpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QSpinBox* m_testFractionSpin = nullptr;

    FieldMessage* m_summary = nullptr;
    QPushButton* m_startButton = nullptr;
};

} // namespace winnow::ui
