#include "ui/newjob/new_job_dialog.h"

#include "engine/core/scoring.h"
#include "jobs/job_backend.h"
#include "models/column_profile.h"
#include "models/column_profile_model.h"
#include "models/csv_preview_model.h"
#include "ui/csv_drop.h"
#include "ui/newjob/column_type_delegate.h"
#include "ui/newjob/duration_spin_box.h"
#include "ui/newjob/field_message.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

constexpr int kColumnsTab = 1;

QString scoringText(const QString& name)
{
    static const QHash<QString, const char*> texts = {
        {u"ks"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "KS statistic")},
        {u"accuracy"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Accuracy")},
        {u"balanced_accuracy"_s,
         QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Balanced accuracy")},
        {u"f1"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "F1")},
        {u"f1_macro"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "F1, macro average")},
        {u"roc_auc"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "ROC AUC")},
        {u"precision"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Precision")},
        {u"precision_macro"_s,
         QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Precision, macro average")},
        {u"recall"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Recall")},
        {u"recall_macro"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Recall, macro average")},
        {u"mse"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Mean squared error")},
        {u"rmse"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Root mean squared error")},
        {u"mae"_s, QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "Mean absolute error")},
        {u"r2"_s,
         QT_TRANSLATE_NOOP("winnow::ui::NewJobDialog", "R² (coefficient of determination)")},
    };
    const auto it = texts.find(name);
    return it == texts.end() ? name : QCoreApplication::translate("winnow::ui::NewJobDialog", *it);
}

QString taskText(engine::Task task)
{
    switch (task) {
    case engine::Task::BinaryClassification:
        return QCoreApplication::translate("winnow::ui::NewJobDialog", "binary classification");
    case engine::Task::MulticlassClassification:
        return QCoreApplication::translate("winnow::ui::NewJobDialog", "multiclass classification");
    case engine::Task::Regression:
        return QCoreApplication::translate("winnow::ui::NewJobDialog", "regression");
    }
    return {};
}

// "0.4", "8", "31": a share as a percentage, with a decimal only below 1 %.
QString percentText(double share)
{
    const double percent = 100.0 * share;
    return QLocale().toString(percent, 'f', percent < 1.0 ? 1 : 0);
}

QLabel* groupHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.05);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

// A field with its message under it, as one row of a form.
QWidget* withMessage(QWidget* field, FieldMessage* message, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}

QWidget* inRow(std::initializer_list<QWidget*> widgets, QWidget* parent, int stretchAfter = 1)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    if (stretchAfter > 0)
        layout->addStretch(stretchAfter);
    return box;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int at = combo->findData(data);
    if (at >= 0)
        combo->setCurrentIndex(at);
}

} // namespace

NewJobDialog::NewJobDialog(const QList<jobs::JobBackend*>& backends, const QStringList& csvFiles,
                           const JobDefaults& defaults, QWidget* parent)
    : QDialog(parent)
    , m_defaults(defaults)
{
    setObjectName(u"newJobDialog"_s);
    setWindowTitle(tr("New Job"));
    setAcceptDrops(true);
    for (jobs::JobBackend* backend : backends)
        if (backend)
            m_backends << backend;

    m_preview = new models::CsvPreviewModel(this);
    m_columns = new models::ColumnProfileModel(this);
    createWidgets();
    connectWidgets();
    setTabOrder();

    // Backends, the last one chosen first.
    {
        const QSignalBlocker blocker(m_backendCombo);
        for (const auto& backend : std::as_const(m_backends))
            m_backendCombo->addItem(backend->displayName(), backend->id());
        selectData(m_backendCombo, m_memory.lastBackend());
    }
    updateBackendMode();

    updateDateEdits(false);
    addFiles(csvFiles);
    if (m_fileCombo->count() == 0)
        loadCurrentFile();
    resize(1120, 760);
}

NewJobDialog::~NewJobDialog() = default;

void NewJobDialog::createWidgets()
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"newJobSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createDataArea());

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"newJobFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(createForm());
    scroll->setMinimumWidth(400);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({680, 440});

    m_summary = new FieldMessage(this);
    m_summary->setObjectName(u"newJobSummary"_s);
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"newJobButtons"_s);
    m_startButton = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(u"startButton"_s);
    m_startButton->setDefault(true);
    m_startButton->setToolTip(tr("Start the job with these settings"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewJobDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewJobDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
}

QWidget* NewJobDialog::createDataArea()
{
    auto* area = new QWidget(this);

    m_fileCombo = new QComboBox(area);
    m_fileCombo->setObjectName(u"fileCombo"_s);
    m_fileCombo->setAccessibleName(tr("Data file"));
    m_fileCombo->setToolTip(
        tr("The CSV file the job trains on; drop more files on this window to add them"));
    m_fileCombo->setPlaceholderText(tr("Choose a CSV file…"));
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fileCombo->setMinimumContentsLength(24);
    m_browseButton = new QPushButton(tr("&Browse…"), area);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_browseButton->setToolTip(tr("Choose CSV files on disk"));
    auto* fileLabel = new QLabel(tr("&Data file:"), area);
    fileLabel->setBuddy(m_fileCombo);

    m_fileInfo = new QLabel(area);
    m_fileInfo->setObjectName(u"fileInfo"_s);
    m_fileInfo->setForegroundRole(QPalette::PlaceholderText);
    m_fileInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileMessage = new FieldMessage(area);
    m_fileMessage->setObjectName(u"fileMessage"_s);

    auto* fileRow = new QHBoxLayout;
    fileRow->setSpacing(6);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_fileCombo, 1);
    fileRow->addWidget(m_browseButton);

    m_previewView = new QTableView(area);
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setAccessibleName(tr("Preview of the file's first rows"));
    m_previewView->setModel(m_preview);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_previewView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewView->horizontalHeader()->setHighlightSections(false);
    m_previewView->horizontalHeader()->setResizeContentsPrecision(50);
    m_previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->verticalHeader()->setHighlightSections(false);

    m_tabs = new QTabWidget(area);
    m_tabs->setObjectName(u"dataTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_previewView, tr("&Preview"));
    m_tabs->addTab(createColumnsTab(), tr("&Columns"));

    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_fileMessage);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);
    return area;
}

QWidget* NewJobDialog::createColumnsTab()
{
    auto* tab = new QWidget(this);
    m_columnSearch = new QLineEdit(tab);
    m_columnSearch->setObjectName(u"columnSearch"_s);
    m_columnSearch->setPlaceholderText(tr("Filter columns"));
    m_columnSearch->setAccessibleName(tr("Filter columns by name"));
    m_columnSearch->setClearButtonEnabled(true);
    m_checkAllButton = new QPushButton(tr("Check &All"), tab);
    m_checkAllButton->setObjectName(u"checkAllButton"_s);
    m_checkAllButton->setToolTip(tr("Consider every column as a feature"));
    m_checkNoneButton = new QPushButton(tr("Check &None"), tab);
    m_checkNoneButton->setObjectName(u"checkNoneButton"_s);
    m_checkNoneButton->setToolTip(tr("Consider no column; then check the features you want"));

    m_columnFilter = new QSortFilterProxyModel(this);
    m_columnFilter->setSourceModel(m_columns);
    m_columnFilter->setFilterKeyColumn(models::ColumnProfileModel::NameColumn);
    m_columnFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_columnFilter->setSortRole(models::ColumnProfileModel::RawValueRole);

    m_columnsView = new QTableView(tab);
    m_columnsView->setObjectName(u"columnsView"_s);
    m_columnsView->setAccessibleName(tr("Columns of the file"));
    m_columnsView->setModel(m_columnFilter);
    m_columnsView->setItemDelegateForColumn(models::ColumnProfileModel::TypeColumn,
                                            new ColumnTypeDelegate(m_columnsView));
    m_columnsView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::SelectedClicked);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columnsView->setAlternatingRowColors(true);
    m_columnsView->setSortingEnabled(true);
    m_columnsView->sortByColumn(-1, Qt::AscendingOrder);
    m_columnsView->setWordWrap(false);
    m_columnsView->verticalHeader()->hide();
    m_columnsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = m_columnsView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(models::ColumnProfileModel::NameColumn, 190);
    header->resizeSection(models::ColumnProfileModel::TypeColumn, 110);
    header->resizeSection(models::ColumnProfileModel::RoleColumn, 80);
    header->resizeSection(models::ColumnProfileModel::DistinctColumn, 70);
    header->resizeSection(models::ColumnProfileModel::MissingColumn, 70);

    m_columnsMessage = new FieldMessage(tab);
    m_columnsMessage->setObjectName(u"columnsMessage"_s);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_columnSearch, 1);
    tools->addWidget(m_checkAllButton);
    tools->addWidget(m_checkNoneButton);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_columnsMessage);
    layout->addWidget(m_columnsView, 1);
    return tab;
}

QWidget* NewJobDialog::createForm()
{
    auto* form = new QWidget(this);
    form->setObjectName(u"newJobForm"_s);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(12, 0, 4, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->setVerticalSpacing(6);

    auto message = [form](const QString& objectName) {
        auto* m = new FieldMessage(form);
        m->setObjectName(objectName);
        return m;
    };
    auto addRow = [layout, form](const QString& text, QWidget* field, QWidget* buddy) {
        auto* label = new QLabel(text, form);
        label->setBuddy(buddy);
        layout->addRow(label, field);
        return label;
    };

    // The job.
    layout->addRow(groupHeading(tr("Job"), form));
    m_nameEdit = new QLineEdit(form);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Job name"));
    m_nameEdit->setToolTip(
        tr("A name to find the job by; leave empty to name it after the data and target"));
    m_nameEdit->setClearButtonEnabled(true);
    addRow(tr("&Name:"), m_nameEdit, m_nameEdit);

    m_backendCombo = new QComboBox(form);
    m_backendCombo->setObjectName(u"backendCombo"_s);
    m_backendCombo->setAccessibleName(tr("Where the job runs"));
    m_backendNote = new QLabel(form);
    m_backendNote->setObjectName(u"backendNote"_s);
    m_backendNote->setWordWrap(true);
    m_backendNote->setForegroundRole(QPalette::PlaceholderText);
    auto* backendBox = new QWidget(form);
    auto* backendLayout = new QVBoxLayout(backendBox);
    backendLayout->setContentsMargins(0, 0, 0, 0);
    backendLayout->setSpacing(2);
    backendLayout->addWidget(m_backendCombo);
    backendLayout->addWidget(m_backendNote);
    addRow(tr("&Run on:"), backendBox, m_backendCombo);

    m_featureTableEdit = new QLineEdit(form);
    m_featureTableEdit->setObjectName(u"featureTableEdit"_s);
    m_featureTableEdit->setAccessibleName(tr("Feature table"));
    m_featureTableEdit->setToolTip(tr("The name of the feature table on the service"));
    m_featureTableMessage = message(u"featureTableMessage"_s);
    m_featureTableLabel =
        addRow(tr("&Feature table:"), withMessage(m_featureTableEdit, m_featureTableMessage, form),
               m_featureTableEdit);

    // What to predict.
    layout->addRow(groupHeading(tr("Prediction"), form));
    m_targetCombo = new QComboBox(form);
    m_targetCombo->setObjectName(u"targetCombo"_s);
    m_targetCombo->setAccessibleName(tr("Target column"));
    m_targetCombo->setToolTip(tr("The column the job learns to predict"));
    m_targetMessage = message(u"targetMessage"_s);
    addRow(tr("&Target:"), withMessage(m_targetCombo, m_targetMessage, form), m_targetCombo);

    m_taskCombo = new QComboBox(form);
    m_taskCombo->setObjectName(u"taskCombo"_s);
    m_taskCombo->setAccessibleName(tr("Task"));
    m_taskCombo->addItem(tr("Automatic"), QString());
    m_taskCombo->addItem(tr("Classification"), u"classification"_s);
    m_taskCombo->addItem(tr("Regression"), u"regression"_s);
    m_taskCombo->setToolTip(tr("Automatic: classes for text, true/false and few whole numbers; "
                               "else a regression, as the engine decides"));
    m_taskMessage = message(u"taskMessage"_s);
    addRow(tr("Tas&k:"), withMessage(m_taskCombo, m_taskMessage, form), m_taskCombo);

    m_scoringCombo = new QComboBox(form);
    m_scoringCombo->setObjectName(u"scoringCombo"_s);
    m_scoringCombo->setAccessibleName(tr("Scoring"));
    m_scoringCombo->setToolTip(
        tr("What the search optimises; only scorings that fit the task are listed"));
    m_scoringMessage = message(u"scoringMessage"_s);
    addRow(tr("S&coring:"), withMessage(m_scoringCombo, m_scoringMessage, form), m_scoringCombo);

    // Rows.
    layout->addRow(groupHeading(tr("Rows"), form));
    m_idCombo = new QComboBox(form);
    m_idCombo->setObjectName(u"idCombo"_s);
    m_idCombo->setAccessibleName(tr("Id column"));
    m_idCombo->setToolTip(
        tr("A column naming each row; never a feature, and carried into predictions"));
    m_idMessage = message(u"idMessage"_s);
    addRow(tr("&Id column:"), withMessage(m_idCombo, m_idMessage, form), m_idCombo);

    m_dateCombo = new QComboBox(form);
    m_dateCombo->setObjectName(u"dateCombo"_s);
    m_dateCombo->setAccessibleName(tr("Date column"));
    m_dateCombo->setToolTip(tr("A date column to keep only the rows of a period"));
    addRow(tr("Da&te column:"), m_dateCombo, m_dateCombo);

    auto dateEdit = [form](const QString& objectName, const QString& accessibleName) {
        auto* edit = new QDateEdit(form);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMinimumDate(QDate(1900, 1, 1));
        edit->setMaximumDate(QDate(2999, 12, 31));
        return edit;
    };
    m_startCheck = new QCheckBox(tr("&From"), form);
    m_startCheck->setObjectName(u"startCheck"_s);
    m_startCheck->setToolTip(tr("Keep only rows on or after this date"));
    m_startEdit = dateEdit(u"startEdit"_s, tr("Start date"));
    m_endCheck = new QCheckBox(tr("T&o"), form);
    m_endCheck->setObjectName(u"endCheck"_s);
    m_endCheck->setToolTip(tr("Keep only rows on or before this date"));
    m_endEdit = dateEdit(u"endEdit"_s, tr("End date"));
    m_dateMessage = message(u"dateMessage"_s);
    m_dateRange = withMessage(inRow({m_startCheck, m_startEdit, m_endCheck, m_endEdit}, form),
                              m_dateMessage, form);
    m_dateRange->setObjectName(u"dateRange"_s);
    layout->addRow(QString(), m_dateRange);

    // Features.
    layout->addRow(groupHeading(tr("Features"), form));
    m_numFeaturesSpin = new QSpinBox(form);
    m_numFeaturesSpin->setObjectName(u"numFeaturesSpin"_s);
    m_numFeaturesSpin->setAccessibleName(tr("Number of features to keep"));
    m_numFeaturesSpin->setSpecialValueText(tr("All"));
    m_numFeaturesSpin->setRange(0, 0);
    m_numFeaturesSpin->setToolTip(
        tr("How many of the checked features the job keeps after ranking them"));
    m_numFeaturesNote = new QLabel(form);
    m_numFeaturesNote->setObjectName(u"numFeaturesNote"_s);
    m_numFeaturesNote->setForegroundRole(QPalette::PlaceholderText);
    m_featuresMessage = message(u"featuresMessage"_s);
    addRow(
        tr("K&eep:"),
        withMessage(inRow({m_numFeaturesSpin, m_numFeaturesNote}, form), m_featuresMessage, form),
        m_numFeaturesSpin);

    m_balanceCheck = new QCheckBox(tr("&Balance classes"), form);
    m_balanceCheck->setObjectName(u"balanceCheck"_s);
    m_balanceCheck->setToolTip(tr("Under 1 % the smallest class is oversampled; from 1 % to 20 % "
                                  "the others are undersampled; from 20 % on nothing changes"));
    m_balanceNote = new QLabel(form);
    m_balanceNote->setObjectName(u"balanceNote"_s);
    m_balanceNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addRow(QString(), inRow({m_balanceCheck, m_balanceNote}, form));

    // The search.
    layout->addRow(groupHeading(tr("Search"), form));
    m_generationsSpin = new QSpinBox(form);
    m_generationsSpin->setObjectName(u"generationsSpin"_s);
    m_generationsSpin->setAccessibleName(tr("Generations"));
    m_generationsSpin->setRange(1, 1000);
    m_generationsSpin->setToolTip(tr("Generations of the genetic search"));
    m_populationSpin = new QSpinBox(form);
    m_populationSpin->setObjectName(u"populationSpin"_s);
    m_populationSpin->setAccessibleName(tr("Population"));
    m_populationSpin->setRange(2, 1000);
    m_populationSpin->setToolTip(tr("Candidate pipelines per generation"));
    addRow(tr("&Generations:"), inRow({m_generationsSpin}, form), m_generationsSpin);
    addRow(tr("&Population:"), inRow({m_populationSpin}, form), m_populationSpin);

    m_budgetSpin = new DurationSpinBox(form);
    m_budgetSpin->setObjectName(u"budgetSpin"_s);
    m_budgetSpin->setAccessibleName(tr("Time budget"));
    m_budgetSpin->setToolTip(
        tr("The whole job's time, the final fit included: \"90 s\", \"5 min\", \"1 h 30 min\""));
    addRow(tr("Time &budget:"), inRow({m_budgetSpin}, form), m_budgetSpin);

    m_seedSpin = new QSpinBox(form);
    m_seedSpin->setObjectName(u"seedSpin"_s);
    m_seedSpin->setAccessibleName(tr("Seed"));
    m_seedSpin->setRange(0, std::numeric_limits<int>::max());
    m_seedSpin->setToolTip(tr("Makes splits and searches repeatable"));
    addRow(tr("See&d:"), inRow({m_seedSpin}, form), m_seedSpin);

    m_testFractionSpin = new QSpinBox(form);
    m_testFractionSpin->setObjectName(u"testFractionSpin"_s);
    m_testFractionSpin->setAccessibleName(tr("Test rows"));
    m_testFractionSpin->setRange(5, 50);
    m_testFractionSpin->setSuffix(tr(" %"));
    m_testFractionSpin->setToolTip(tr("Share of the rows held out to measure the final model"));
    addRow(tr("Test ro&ws:"), inRow({m_testFractionSpin}, form), m_testFractionSpin);

    m_generationsSpin->setValue(m_defaults.generations);
    m_populationSpin->setValue(m_defaults.populationSize);
    m_budgetSpin->setValue(int(std::clamp<qint64>(
        m_defaults.maxRuntimeSeconds, m_budgetSpin->minimum(), m_budgetSpin->maximum())));
    m_seedSpin->setValue(int(std::clamp<qint64>(m_defaults.seed, 0, m_seedSpin->maximum())));
    m_testFractionSpin->setValue(int(std::lround(m_defaults.testFraction * 100.0)));
    m_balanceCheck->setChecked(m_defaults.toBalance);
    return form;
}

void NewJobDialog::connectWidgets()
{
    connect(m_fileCombo, &QComboBox::currentIndexChanged, this, &NewJobDialog::loadCurrentFile);
    connect(m_browseButton, &QPushButton::clicked, this, &NewJobDialog::browseForFiles);
    connect(m_preview, &models::CsvPreviewModel::stateChanged, this,
            &NewJobDialog::onPreviewStateChanged);
    connect(m_preview, &models::CsvPreviewModel::sampleChanged, this,
            &NewJobDialog::onSampleChanged);
    connect(m_preview, &models::CsvPreviewModel::typeErrorChanged, this,
            &NewJobDialog::updateState);
    connect(m_preview, &models::CsvPreviewModel::fetchFailed, this, &NewJobDialog::updateState);
    connect(m_preview, &models::CsvPreviewModel::rowsInserted, this, &NewJobDialog::updateFileInfo);

    connect(m_columns, &models::ColumnProfileModel::forcedTypesChanged, this, [this] {
        m_preview->setForcedTypes(m_columns->forcedTypes());
        updateState();
    });
    connect(m_columns, &models::ColumnProfileModel::selectionChanged, this,
            &NewJobDialog::updateState);
    connect(m_columnSearch, &QLineEdit::textChanged, m_columnFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_checkAllButton, &QPushButton::clicked, this,
            [this] { m_columns->setAllSelected(true); });
    connect(m_checkNoneButton, &QPushButton::clicked, this,
            [this] { m_columns->setAllSelected(false); });

    connect(m_backendCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateBackendMode();
        updateState();
    });
    auto roleChanged = [this] {
        if (m_updating)
            return;
        applyRoles();
        updateState();
    };
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, roleChanged);
    connect(m_targetCombo, &QComboBox::editTextChanged, this, roleChanged);
    connect(m_idCombo, &QComboBox::currentIndexChanged, this, roleChanged);
    connect(m_idCombo, &QComboBox::editTextChanged, this, roleChanged);
    connect(m_dateCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        applyRoles();
        updateDateEdits(true);
        updateState();
    });
    auto changed = [this] {
        if (!m_updating)
            updateState();
    };
    connect(m_taskCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_scoringCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_startCheck, &QCheckBox::toggled, this, [this] {
        updateDateEdits(false);
        updateState();
    });
    connect(m_endCheck, &QCheckBox::toggled, this, [this] {
        updateDateEdits(false);
        updateState();
    });
    connect(m_startEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_endEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_numFeaturesSpin, &QSpinBox::valueChanged, this, changed);
    connect(m_balanceCheck, &QCheckBox::toggled, this, changed);
    connect(m_featureTableEdit, &QLineEdit::textChanged, this, changed);
    connect(m_nameEdit, &QLineEdit::textChanged, this, changed);
}

void NewJobDialog::setTabOrder()
{
    const QList<QWidget*> order = {
        m_fileCombo,       m_browseButton,     m_tabs,
        m_previewView,     m_columnSearch,     m_checkAllButton,
        m_checkNoneButton, m_columnsView,      m_nameEdit,
        m_backendCombo,    m_featureTableEdit, m_targetCombo,
        m_taskCombo,       m_scoringCombo,     m_idCombo,
        m_dateCombo,       m_startCheck,       m_startEdit,
        m_endCheck,        m_endEdit,          m_numFeaturesSpin,
        m_balanceCheck,    m_generationsSpin,  m_populationSpin,
        m_budgetSpin,      m_seedSpin,         m_testFractionSpin,
        m_startButton,
    };
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

// Files.

QString NewJobDialog::currentFile() const
{
    return m_fileCombo->currentData().toString();
}

QStringList NewJobDialog::files() const
{
    QStringList paths;
    for (int i = 0; i < m_fileCombo->count(); ++i)
        paths << m_fileCombo->itemData(i).toString();
    return paths;
}

void NewJobDialog::addFiles(const QStringList& paths)
{
    QString first;
    for (const QString& path : paths) {
        if (!isCsvFileName(path))
            continue;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (m_fileCombo->findData(absolute) < 0) {
            m_fileCombo->addItem(QFileInfo(absolute).fileName(), absolute);
            m_fileCombo->setItemData(m_fileCombo->count() - 1, absolute, Qt::ToolTipRole);
        }
        if (first.isEmpty())
            first = absolute;
    }
    if (!first.isEmpty())
        setCurrentFile(first);
}

void NewJobDialog::setCurrentFile(const QString& path)
{
    const int at = m_fileCombo->findData(QFileInfo(path).absoluteFilePath());
    if (at >= 0 && at != m_fileCombo->currentIndex())
        m_fileCombo->setCurrentIndex(at); // loads it
    else if (at >= 0 && currentFile() != m_shownFile)
        loadCurrentFile();
}

void NewJobDialog::browseForFiles()
{
    const QString folder =
        m_shownFile.isEmpty() ? QString() : QFileInfo(m_shownFile).absolutePath();
    const QStringList chosen =
        QFileDialog::getOpenFileNames(this, tr("Choose CSV Files"), folder,
                                      tr("CSV files (*.csv *.csv.gz *.CSV);;All files (*)"));
    addFiles(chosen);
}

void NewJobDialog::loadCurrentFile()
{
    const QString file = currentFile();
    if (file == m_shownFile && !file.isEmpty())
        return;
    if (!m_shownFile.isEmpty() && m_prefilled)
        m_sessionChoices.insert(m_shownFile, currentChoices());
    m_shownFile = file;
    m_prefilled = false;
    m_pendingChoices = m_sessionChoices.contains(file)
                           ? std::optional<FileChoices>(m_sessionChoices.value(file))
                           : m_memory.choicesFor(file);
    {
        const QSignalBlocker blockTarget(m_targetCombo), blockId(m_idCombo), blockDate(m_dateCombo);
        m_targetCombo->clear();
        m_idCombo->clear();
        m_dateCombo->clear();
    }
    m_columns->setColumns({}, {});
    updateDateEdits(false);
    m_preview->setFile(file, m_pendingChoices ? m_pendingChoices->columnTypes
                                              : QHash<QString, engine::ColumnType>());
    updateBackendMode();
    updateState();
}

void NewJobDialog::onPreviewStateChanged()
{
    updateFileInfo();
    if (m_preview->state() == models::CsvPreviewModel::State::Ready) {
        QHeaderView* header = m_previewView->horizontalHeader();
        m_previewView->resizeColumnsToContents();
        const int widest = fontMetrics().averageCharWidth() * 32;
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, std::clamp(header->sectionSize(column), 60, widest));
    }
    updateState();
}

void NewJobDialog::onSampleChanged()
{
    if (m_preview->state() != models::CsvPreviewModel::State::Ready)
        return;
    std::vector<engine::ColumnType> inferred;
    for (int column = 0; column < m_preview->columnCount(); ++column)
        inferred.push_back(m_preview->inferredType(column));
    m_columns->setColumns(models::profileColumns(m_preview->sample()), inferred);
    fillColumnCombos();
    if (!m_prefilled) {
        m_prefilled = true;
        prefill(m_pendingChoices.value_or(FileChoices{}));
        m_pendingChoices.reset();
    }
    applyRoles();
    updateState();
}

void NewJobDialog::fillColumnCombos()
{
    const QString target = columnChoice(m_targetCombo);
    const QString id = columnChoice(m_idCombo);
    const QString date = columnChoice(m_dateCombo);
    m_updating = true;
    m_targetCombo->clear();
    m_idCombo->clear();
    m_dateCombo->clear();
    m_idCombo->addItem(tr("None"), QString());
    m_dateCombo->addItem(tr("None"), QString());
    const QList<models::ColumnProfile>& columns = m_columns->profiles();
    for (const models::ColumnProfile& column : columns) {
        const QString tip = models::columnTypeText(column.type);
        m_targetCombo->addItem(column.name, column.name);
        m_targetCombo->setItemData(m_targetCombo->count() - 1, tip, Qt::ToolTipRole);
        m_idCombo->addItem(column.name, column.name);
        m_idCombo->setItemData(m_idCombo->count() - 1, tip, Qt::ToolTipRole);
        if (column.type == engine::ColumnType::Datetime)
            m_dateCombo->addItem(column.name, column.name);
    }
    selectData(m_targetCombo, target);
    selectData(m_idCombo, id);
    selectData(m_dateCombo, date);
    m_updating = false;
}

void NewJobDialog::prefill(const FileChoices& choices)
{
    const QList<models::ColumnProfile>& columns = m_columns->profiles();
    auto exists = [this](const QString& name) { return m_columns->indexOf(name) >= 0; };

    m_updating = true;
    int id = -1;
    if (exists(choices.idColumn))
        id = m_columns->indexOf(choices.idColumn);
    else if (!choices.noIdColumn)
        id = models::suggestIdColumn(columns);
    int target = exists(choices.target) ? m_columns->indexOf(choices.target)
                                        : models::suggestTarget(columns, id);
    if (target == id)
        id = -1;
    m_targetCombo->setCurrentIndex(target);
    m_idCombo->setCurrentIndex(id + 1); // after "None"
    selectData(m_dateCombo, exists(choices.dateColumn) ? choices.dateColumn : QString());
    selectData(m_taskCombo, choices.task);
    m_scoringTaskKey = u"-"_s; // rebuild the list
    m_columns->setForcedTypes(choices.columnTypes);

    QStringList features;
    for (const models::ColumnProfile& column : columns)
        if (!choices.uncheckedFeatures.contains(column.name))
            features << column.name;
    m_columns->setSelectedFeatures(features);
    m_balanceCheck->setChecked(choices.target.isEmpty() ? m_defaults.toBalance : choices.toBalance);
    m_featureTableEdit->setText(
        !choices.featureTable.isEmpty()
            ? choices.featureTable
            : QFileInfo(m_shownFile).completeBaseName().section(u'.', 0, 0));
    m_updating = false;

    applyRoles();
    refreshScorings();
    if (!choices.scoring.isEmpty())
        selectData(m_scoringCombo, choices.scoring);
    updateDateEdits(true);
    m_updating = true;
    if (!choices.dateColumn.isEmpty()) {
        m_startCheck->setChecked(choices.startDate.has_value());
        m_endCheck->setChecked(choices.endDate.has_value());
        if (choices.startDate)
            m_startEdit->setDate(*choices.startDate);
        if (choices.endDate)
            m_endEdit->setDate(*choices.endDate);
    }
    m_updating = false;
    updateDateEdits(false);
    m_numFeaturesSpin->setMaximum(
        std::max<int>(m_numFeaturesSpin->maximum(), int(m_columns->selectedFeatures().size())));
    m_numFeaturesSpin->setValue(choices.numFeatures);
}

void NewJobDialog::applyRoles()
{
    m_columns->setRoles(m_columns->indexOf(columnChoice(m_targetCombo)),
                        m_columns->indexOf(columnChoice(m_idCombo)),
                        m_columns->indexOf(columnChoice(m_dateCombo)));
}

// Enables the date edits for a date column; `fromSample` also sets them
// to the first and last dates the sample holds.
void NewJobDialog::updateDateEdits(bool fromSample)
{
    const QString column = columnChoice(m_dateCombo);
    const bool hasColumn = !column.isEmpty();
    // The range only makes sense, and only shows, with a date column.
    if (auto* form = qobject_cast<QFormLayout*>(m_dateRange->parentWidget()->layout()))
        form->setRowVisible(m_dateRange, hasColumn);
    m_startCheck->setEnabled(hasColumn);
    m_endCheck->setEnabled(hasColumn);
    m_startEdit->setEnabled(hasColumn && m_startCheck->isChecked());
    m_endEdit->setEnabled(hasColumn && m_endCheck->isChecked());
    if (!fromSample || !hasColumn || m_preview->state() != models::CsvPreviewModel::State::Ready)
        return;
    if (const engine::Column* dates = m_preview->sample().find(column.toStdString()))
        if (auto span = models::dateSpan(*dates)) {
            const bool updating = m_updating;
            m_updating = true;
            m_startEdit->setDate(
                QDateTime::fromSecsSinceEpoch(qint64(span->first), Qt::UTC).date());
            m_endEdit->setDate(QDateTime::fromSecsSinceEpoch(qint64(span->last), Qt::UTC).date());
            m_updating = updating;
        }
}

QString NewJobDialog::columnChoice(const QComboBox* combo) const
{
    if (combo->isEditable()) {
        const QString text = combo->currentText().trimmed();
        return text == tr("None") ? QString() : text;
    }
    return combo->currentData().toString();
}

// Lists the scorings that fit the task, the task's default first selected;
// a scoring chosen before stays chosen while it fits.
void NewJobDialog::refreshScorings()
{
    const std::optional<TaskChoice> task = effectiveTask(draft(), sampleFacts());
    const QString key = task ? QString::fromStdString(engine::taskName(task->task)) : QString();
    if (key == m_scoringTaskKey)
        return;
    m_scoringTaskKey = key;
    const QString previous = m_scoringCombo->currentData().toString();
    const bool updating = m_updating;
    m_updating = true;
    m_scoringCombo->clear();
    std::optional<engine::Scoring> fallback;
    if (task)
        fallback = engine::defaultScoring(task->task);
    for (engine::Scoring scoring : engine::allScorings()) {
        if (task && !engine::scoringFitsTask(scoring, task->task))
            continue;
        const QString name = QString::fromStdString(engine::scoringName(scoring));
        QString text = scoringText(name);
        if (fallback && scoring == *fallback)
            text = tr("%1 (default)").arg(text);
        m_scoringCombo->addItem(text, name);
    }
    int at = m_scoringCombo->findData(previous);
    if (at < 0 && fallback)
        at = m_scoringCombo->findData(QString::fromStdString(engine::scoringName(*fallback)));
    m_scoringCombo->setCurrentIndex(std::max(at, 0));
    m_updating = updating;
}

void NewJobDialog::updateBackendMode()
{
    jobs::JobBackend* backend = selectedBackend();
    const DataSource source = backend ? dataSourceFor(*backend) : DataSource::LocalFile;
    const QString file = QFileInfo(m_shownFile).fileName();
    switch (source) {
    case DataSource::LocalFile:
        m_backendNote->setText(tr("Trains on this computer, reading the file where it is."));
        break;
    case DataSource::UploadedFile:
        m_backendNote->setText(
            file.isEmpty()
                ? tr("The file is uploaded to %1, which trains on it.").arg(backend->displayName())
                : tr("%1 is uploaded to %2, which trains on it.")
                      .arg(file, backend->displayName()));
        break;
    case DataSource::FeatureTable:
        m_backendNote->setText(tr("%1 trains on one of its feature tables; the file here only "
                                  "shows the columns.")
                                   .arg(backend->displayName()));
        break;
    }
    const bool table = source == DataSource::FeatureTable;
    m_featureTableLabel->setVisible(table);
    m_featureTableEdit->parentWidget()->setVisible(table);
    // Without a file to read the columns from, they are typed in.
    const bool typed = table && m_preview->state() == models::CsvPreviewModel::State::Empty;
    for (QComboBox* combo : {m_targetCombo, m_idCombo, m_dateCombo})
        combo->setEditable(typed);
    m_backendCombo->setEnabled(m_backendCombo->count() > 1);
}

jobs::JobBackend* NewJobDialog::selectedBackend() const
{
    const QString id = m_backendCombo->currentData().toString();
    for (const auto& backend : m_backends)
        if (backend && backend->id() == id)
            return backend;
    return nullptr;
}

// State.

SampleFacts NewJobDialog::sampleFacts() const
{
    SampleFacts facts;
    if (m_preview->state() == models::CsvPreviewModel::State::Ready && m_prefilled) {
        facts.sample = &m_preview->sample();
        facts.columns = m_columns->profiles();
        facts.wholeFile = m_preview->sampleIsWholeFile();
    }
    return facts;
}

JobDraft NewJobDialog::draft() const
{
    JobDraft draft;
    draft.dataPath = m_shownFile;
    if (jobs::JobBackend* backend = selectedBackend()) {
        draft.backendId = backend->id();
        draft.source = dataSourceFor(*backend);
    }
    draft.featureTable = m_featureTableEdit->text();
    draft.name = m_nameEdit->text();
    draft.target = columnChoice(m_targetCombo);
    draft.idColumn = columnChoice(m_idCombo);
    draft.dateColumn = columnChoice(m_dateCombo);
    if (!draft.dateColumn.isEmpty()) {
        if (m_startCheck->isChecked())
            draft.startDate = m_startEdit->date();
        if (m_endCheck->isChecked())
            draft.endDate = m_endEdit->date();
    }
    draft.task = m_taskCombo->currentData().toString();
    draft.scoring = m_scoringCombo->currentData().toString();
    draft.features = m_columns->selectedFeatures();
    const int date = m_columns->dateColumn();
    draft.allFeatures = draft.features.size() == m_columns->usableCount() &&
                        (date < 0 || !m_columns->isSelected(date));
    draft.numFeatures = m_numFeaturesSpin->value();
    draft.columnTypes = m_columns->forcedTypes();
    draft.generations = m_generationsSpin->value();
    draft.populationSize = m_populationSpin->value();
    draft.maxRuntimeSeconds = m_budgetSpin->value();
    draft.seed = m_seedSpin->value();
    draft.testFraction = m_testFractionSpin->value() / 100.0;
    const std::optional<TaskChoice> task = effectiveTask(draft, sampleFacts());
    draft.toBalance =
        m_balanceCheck->isChecked() && (!task || engine::isClassification(task->task));
    return draft;
}

void NewJobDialog::updateState()
{
    if (m_updating)
        return;
    m_updating = true;
    refreshScorings();

    const JobDraft draft = this->draft();
    const SampleFacts facts = sampleFacts();
    const std::optional<TaskChoice> task = effectiveTask(draft, facts);

    // The task: what automatic means for this target.
    m_taskCombo->setItemText(0, task && draft.task.isEmpty()
                                    ? tr("Automatic (%1)").arg(taskText(task->task))
                                    : tr("Automatic"));

    // Features: how many can be kept.
    const int checked = int(draft.features.size());
    m_numFeaturesSpin->setMaximum(std::max(checked, 0));
    m_numFeaturesNote->setText(tr("of %Ln checked feature(s)", nullptr, checked));
    m_tabs->setTabText(
        kColumnsTab,
        facts.sample ? tr("&Columns (%1 of %2 checked)").arg(checked).arg(m_columns->usableCount())
                     : tr("&Columns"));

    // Balancing: what it would do with the classes in the sample.
    const bool classification = task && engine::isClassification(task->task);
    m_balanceCheck->setEnabled(classification || !task);
    QString balance;
    if (task && !classification) {
        balance = tr("a regression has no classes");
    } else if (const engine::Column* target =
                   facts.sample ? facts.sample->find(draft.target.toStdString()) : nullptr) {
        if (auto classes = models::classBalance(*target)) {
            const QString share = percentText(classes->minorityShare);
            switch (models::balanceAction(classes->minorityShare)) {
            case models::BalanceAction::Oversample:
                balance = tr("oversample (minority %1 %)").arg(share);
                break;
            case models::BalanceAction::Undersample:
                balance = tr("undersample (minority %1 %)").arg(share);
                break;
            case models::BalanceAction::Nothing:
                balance = tr("nothing to do (minority %1 %)").arg(share);
                break;
            }
            m_balanceNote->setToolTip(tr("The smallest class, %1, is %2 % of the sampled rows")
                                          .arg(classes->minorityLabel, share));
        }
    }
    m_balanceNote->setText(balance);
    m_balanceNote->setForegroundRole(m_balanceCheck->isChecked() ? QPalette::WindowText
                                                                 : QPalette::PlaceholderText);

    m_problems = validateDraft(draft, facts);
    // What only the dialog knows: whether the engine can read the file.
    if (m_preview->state() == models::CsvPreviewModel::State::Failed)
        m_problems.prepend(
            {DraftField::Data, DraftProblem::Severity::Error, m_preview->error().text()});
    else if (!m_preview->error().isNull())
        m_problems.prepend(
            {DraftField::Data, DraftProblem::Severity::Error,
             tr("Further down, the file cannot be read: %1").arg(m_preview->error().text())});
    if (!m_preview->typeError().isNull())
        m_problems.prepend({DraftField::ColumnTypes, DraftProblem::Severity::Error,
                            m_preview->typeError().text()});

    // A note on the task when nothing is wrong with it.
    m_taskNote.clear();
    if (task) {
        m_taskNote = draft.task.isEmpty() ? tr("%1: %2").arg(taskText(task->task), task->reason)
                                          : taskText(task->task);
        m_taskNote[0] = m_taskNote[0].toUpper();
    }
    m_updating = false;
    showProblems();
}

void NewJobDialog::showProblems()
{
    using Severity = DraftProblem::Severity;
    const QList<QPair<FieldMessage*, QList<DraftField>>> places = {
        {m_fileMessage, {DraftField::Data}},
        {m_featureTableMessage, {DraftField::FeatureTable}},
        {m_columnsMessage, {DraftField::ColumnTypes, DraftField::Features}},
        {m_targetMessage, {DraftField::Target}},
        {m_taskMessage, {DraftField::Task}},
        {m_scoringMessage, {DraftField::Scoring}},
        {m_idMessage, {DraftField::IdColumn}},
        {m_dateMessage, {DraftField::DateRange}},
        {m_featuresMessage, {DraftField::Features, DraftField::NumFeatures}},
    };
    for (const auto& [message, fields] : places) {
        const DraftProblem* shown = nullptr;
        for (const DraftProblem& problem : std::as_const(m_problems)) {
            if (!fields.contains(problem.field))
                continue;
            if (!shown ||
                (problem.severity == Severity::Error && shown->severity != Severity::Error))
                shown = &problem;
        }
        if (shown)
            message->showMessage(shown->severity == Severity::Error ? FieldMessage::Kind::Error
                                                                    : FieldMessage::Kind::Warning,
                                 shown->message);
        else
            message->showMessage(FieldMessage::Kind::Note,
                                 message == m_taskMessage ? m_taskNote : QString());
    }

    // The Columns tab shows that something in it needs fixing.
    const bool columnsWrong =
        std::any_of(m_problems.begin(), m_problems.end(), [](const DraftProblem& p) {
            return p.severity == Severity::Error &&
                   (p.field == DraftField::ColumnTypes || p.field == DraftField::Features);
        });
    m_tabs->setTabIcon(
        kColumnsTab, columnsWrong ? style()->standardIcon(QStyle::SP_MessageBoxCritical) : QIcon());

    const qsizetype errors =
        std::count_if(m_problems.begin(), m_problems.end(),
                      [](const DraftProblem& p) { return p.severity == Severity::Error; });
    const qsizetype warnings = m_problems.size() - errors;
    const bool loading =
        m_preview->state() == models::CsvPreviewModel::State::Loading || m_preview->isRetyping();
    if (loading)
        m_summary->showMessage(FieldMessage::Kind::Note,
                               tr("Reading %1…").arg(QFileInfo(m_shownFile).fileName()));
    else if (errors > 0)
        m_summary->showMessage(
            FieldMessage::Kind::Error,
            tr("%Ln problem(s) to fix before the job can start.", nullptr, int(errors)));
    else if (warnings > 0)
        m_summary->showMessage(FieldMessage::Kind::Warning,
                               tr("Ready to start, with %Ln warning(s).", nullptr, int(warnings)));
    else if (const std::optional<TaskChoice> task = effectiveTask(draft(), sampleFacts()))
        m_summary->showMessage(FieldMessage::Kind::Note,
                               tr("Ready to start: %1 on %Ln feature(s).", nullptr,
                                  int(m_columns->selectedFeatures().size()))
                                   .arg(taskText(task->task)));
    else
        m_summary->clearMessage();
    m_startButton->setEnabled(canStart());
}

bool NewJobDialog::canStart() const
{
    const JobDraft draft = this->draft();
    const bool needsFile = draft.source != DataSource::FeatureTable || !m_shownFile.isEmpty();
    if (needsFile && (m_preview->state() != models::CsvPreviewModel::State::Ready || !m_prefilled ||
                      m_preview->isRetyping()))
        return false;
    return std::none_of(m_problems.begin(), m_problems.end(), [](const DraftProblem& problem) {
        return problem.severity == DraftProblem::Severity::Error;
    });
}

void NewJobDialog::updateFileInfo()
{
    const QFileInfo file(m_shownFile);
    const QLocale locale;
    switch (m_preview->state()) {
    case models::CsvPreviewModel::State::Empty:
        m_fileInfo->setText(tr("Drop a CSV file here, or choose one with Browse…"));
        return;
    case models::CsvPreviewModel::State::Loading:
        m_fileInfo->setText(tr("Reading %1…").arg(file.fileName()));
        return;
    case models::CsvPreviewModel::State::Failed: m_fileInfo->clear(); return;
    case models::CsvPreviewModel::State::Ready: break;
    }
    QStringList parts;
    const qint64 rows = m_preview->estimatedRowCount();
    parts << (m_preview->sampleIsWholeFile() ? tr("%1 rows").arg(locale.toString(rows))
                                             : tr("about %1 rows").arg(locale.toString(rows)));
    parts << tr("%Ln column(s)", nullptr, m_preview->columnCount());
    switch (m_preview->delimiter()) {
    case ',': parts << tr("comma-separated"); break;
    case ';': parts << tr("semicolon-separated"); break;
    case '\t': parts << tr("tab-separated"); break;
    case '|': parts << tr("separated by |"); break;
    default: break;
    }
    parts << locale.formattedDataSize(file.size());
    if (!m_preview->sampleIsWholeFile())
        parts << tr("showing the first %1").arg(locale.toString(m_preview->rowCount()));
    m_fileInfo->setText(parts.join(u"  ·  "_s));
}

FileChoices NewJobDialog::currentChoices() const
{
    const JobDraft draft = this->draft();
    FileChoices choices;
    choices.target = draft.target;
    choices.idColumn = draft.idColumn;
    choices.noIdColumn = draft.idColumn.isEmpty();
    choices.dateColumn = draft.dateColumn;
    choices.startDate = draft.startDate;
    choices.endDate = draft.endDate;
    choices.task = draft.task;
    choices.scoring = draft.scoring;
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (m_columns->data(m_columns->index(row, 0), models::ColumnProfileModel::UsableRole)
                .toBool() &&
            !m_columns->isSelected(row))
            choices.uncheckedFeatures << m_columns->profiles()[row].name;
    choices.numFeatures = draft.numFeatures;
    choices.toBalance = m_balanceCheck->isChecked();
    choices.columnTypes = draft.columnTypes;
    if (draft.source == DataSource::FeatureTable)
        choices.featureTable = draft.featureTable.trimmed();
    return choices;
}

jobs::Job NewJobDialog::job() const
{
    return jobFromDraft(draft());
}

void NewJobDialog::accept()
{
    updateState();
    if (!canStart())
        return;
    if (!m_shownFile.isEmpty())
        m_memory.remember(m_shownFile, currentChoices());
    if (jobs::JobBackend* backend = selectedBackend())
        m_memory.setLastBackend(backend->id());
    QDialog::accept();
}

void NewJobDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!csvFilesIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NewJobDialog::dropEvent(QDropEvent* event)
{
    const QStringList files = csvFilesIn(event->mimeData());
    if (files.isEmpty())
        return;
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace winnow::ui
