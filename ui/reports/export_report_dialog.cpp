#include "ui/reports/export_report_dialog.h"

#include "jobs/job_store.h"
#include "ui/settings/inline_message.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

const QString kLastFolderKey = u"reports/lastFolder"_s;
const QString kFormatKey = u"reports/format"_s;
const QString kOpenWhenDoneKey = u"reports/openWhenDone"_s;

// A file name made of a job's name: no path separators or characters that
// some file systems refuse, no leading dots.
QString fileNameOf(QString name)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return name.left(120).trimmed();
}

QLabel* descriptionLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

ExportReportDialog::ExportReportDialog(jobs::JobStore* store, const QStringList& jobIds,
                                       QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_jobIds(jobIds)
{
    setObjectName(u"exportReportDialog"_s);
    if (m_jobIds.size() == 1) {
        if (const auto job = m_store->get(m_jobIds.first()); job.ok())
            m_title = job->displayName();
    }

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"exportHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(u"formatLabel"_s);
    QFont boldFont = m_formatLabel->font();
    boldFont.setWeight(QFont::DemiBold);
    m_formatLabel->setFont(boldFont);
    m_pdfRadio = new QRadioButton(this);
    m_pdfRadio->setObjectName(u"pdfRadio"_s);
    m_htmlRadio = new QRadioButton(this);
    m_htmlRadio->setObjectName(u"htmlRadio"_s);
    m_csvRadio = new QRadioButton(this);
    m_csvRadio->setObjectName(u"csvRadio"_s);
    m_formatGroup = new QButtonGroup(this);
    m_formatGroup->addButton(m_pdfRadio, int(ReportFormat::Pdf));
    m_formatGroup->addButton(m_htmlRadio, int(ReportFormat::Html));
    m_formatGroup->addButton(m_csvRadio, int(ReportFormat::MetricsCsv));
    m_pdfDescription = descriptionLabel(this, u"pdfDescription"_s);
    m_htmlDescription = descriptionLabel(this, u"htmlDescription"_s);
    m_csvDescription = descriptionLabel(this, u"csvDescription"_s);

    auto* formats = new QGridLayout;
    formats->setHorizontalSpacing(0);
    formats->setVerticalSpacing(2);
    formats->setColumnMinimumWidth(0, 24);
    int row = 0;
    for (auto [radio, description] :
         {std::pair{m_pdfRadio, m_pdfDescription}, std::pair{m_htmlRadio, m_htmlDescription},
          std::pair{m_csvRadio, m_csvDescription}}) {
        formats->addWidget(radio, row++, 0, 1, 2);
        formats->addWidget(description, row++, 1);
        formats->setRowMinimumHeight(row++, 6);
    }

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_fileLabel->setFont(boldFont);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileEdit->setClearButtonEnabled(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(u"browseFileButton"_s);
    m_browseButton->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    m_fileNotice = new InlineMessage(this);
    m_fileNotice->setObjectName(u"fileNotice"_s);

    m_openCheck = new QCheckBox(this);
    m_openCheck->setObjectName(u"openWhenDoneCheck"_s);

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"exportMessage"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportReportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    layout->addWidget(m_formatLabel);
    layout->addLayout(formats);
    layout->addWidget(m_fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileNotice);
    layout->addWidget(m_openCheck);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_formatGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onFormatChanged();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &ExportReportDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ExportReportDialog::updateFileNotice);
    connect(&m_exporter, &ReportExporter::finished, this, &ExportReportDialog::onExportFinished);

    // Start from the last choices.
    const QSettings settings;
    const int savedFormat = settings.value(kFormatKey, int(ReportFormat::Pdf)).toInt();
    QAbstractButton* formatButton = m_formatGroup->button(savedFormat);
    (formatButton ? formatButton : m_pdfRadio)->setChecked(true);
    const QString folder =
        settings
            .value(kLastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    m_fileEdit->setText(QDir::toNativeSeparators(QDir(folder).filePath(suggestedFileName())));
    m_openCheck->setChecked(settings.value(kOpenWhenDoneKey, true).toBool());

    setTabOrder(m_pdfRadio, m_htmlRadio);
    setTabOrder(m_htmlRadio, m_csvRadio);
    setTabOrder(m_csvRadio, m_fileEdit);
    setTabOrder(m_fileEdit, m_browseButton);
    setTabOrder(m_browseButton, m_openCheck);
    setTabOrder(m_openCheck, m_buttons);

    retranslateUi();
    if (m_jobIds.isEmpty()) {
        m_exportButton->setEnabled(false);
        m_message->showMessage(InlineMessage::Kind::Warning, tr("Select one or more jobs first."));
    }
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ExportReportDialog::~ExportReportDialog() = default;

void ExportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Report"));
    m_heading->setText(
        m_jobIds.size() == 1 && !m_title.isEmpty()
            ? tr("Export a report of “%1”").arg(m_title)
            : tr("Export a report comparing %n job(s)", nullptr, int(m_jobIds.size())));
    m_formatLabel->setText(tr("Format"));
    m_pdfRadio->setText(tr("&PDF document"));
    m_pdfDescription->setText(tr("A printable report: the summary, metrics, confusion matrix, ROC "
                                 "curve, features and pipeline."));
    m_htmlRadio->setText(tr("&Web page (HTML)"));
    m_htmlDescription->setText(tr("The same report as one self-contained file that opens in any "
                                  "browser, even offline."));
    m_csvRadio->setText(tr("&Metrics table (CSV)"));
    m_csvDescription->setText(tr("The test and train metrics, one row per job and split, for "
                                 "spreadsheets and scripts."));
    m_fileLabel->setText(tr("Save &as"));
    m_fileEdit->setAccessibleName(tr("File to save the report as"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setToolTip(tr("Choose where to save the report"));
    m_openCheck->setText(tr("&Open the report when it is saved"));
    m_exportButton->setText(tr("&Export"));
    updateFileNotice();
}

void ExportReportDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

ReportFormat ExportReportDialog::format() const
{
    return ReportFormat(m_formatGroup->checkedId());
}

void ExportReportDialog::setFormat(ReportFormat format)
{
    m_formatGroup->button(int(format))->setChecked(true);
}

QString ExportReportDialog::filePath() const
{
    const QString text = m_fileEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void ExportReportDialog::setFilePath(const QString& path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

bool ExportReportDialog::opensWhenDone() const
{
    return m_openCheck->isChecked();
}

void ExportReportDialog::setOpensWhenDone(bool open)
{
    m_openCheck->setChecked(open);
}

QString ExportReportDialog::suggestedFileName() const
{
    QString base = m_jobIds.size() == 1 ? fileNameOf(m_title) : QString();
    if (base.isEmpty())
        base = u"winnow-report-%1"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    return base + u'.' + reportFormatSuffix(format());
}

void ExportReportDialog::onFormatChanged()
{
    // Keep the name, change the extension.
    const QString path = filePath();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QString base = info.fileName();
    for (ReportFormat known : {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::MetricsCsv}) {
        const QString suffix = u'.' + reportFormatSuffix(known);
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    setFilePath(info.dir().filePath(base + u'.' + reportFormatSuffix(format())));
}

void ExportReportDialog::chooseFile()
{
    QString filter;
    switch (format()) {
    case ReportFormat::Pdf: filter = tr("PDF documents (*.pdf)"); break;
    case ReportFormat::Html: filter = tr("Web pages (*.html *.htm)"); break;
    case ReportFormat::MetricsCsv: filter = tr("CSV files (*.csv)"); break;
    }
    QFileDialog dialog(this, tr("Save Report As"), filePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(reportFormatSuffix(format()));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setFilePath(dialog.selectedFiles().first());
}

void ExportReportDialog::updateFileNotice()
{
    const QString path = filePath();
    const QFileInfo info(path);
    if (path.isEmpty())
        m_fileNotice->showMessage(InlineMessage::Kind::Warning, tr("Enter a file name."));
    else if (!info.isAbsolute())
        m_fileNotice->showMessage(InlineMessage::Kind::Warning,
                                  tr("Enter a full path, or choose the file with Browse…"));
    else if (!info.dir().exists())
        m_fileNotice->showMessage(
            InlineMessage::Kind::Warning,
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
    else if (info.isDir())
        m_fileNotice->showMessage(InlineMessage::Kind::Warning,
                                  tr("This is a folder; add a file name."));
    else if (info.exists())
        m_fileNotice->showMessage(InlineMessage::Kind::Information,
                                  tr("A file with this name exists; exporting replaces it."));
    else
        m_fileNotice->clearMessage();
    const bool usable =
        !path.isEmpty() && info.isAbsolute() && info.dir().exists() && !info.isDir();
    m_exportButton->setEnabled(usable && !m_jobIds.isEmpty() && !isExporting());
}

void ExportReportDialog::setInputsEnabled(bool enabled)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_pdfRadio, m_htmlRadio, m_csvRadio,
                                                           m_fileEdit, m_browseButton, m_openCheck})
        widget->setEnabled(enabled);
    m_exportButton->setEnabled(enabled);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(enabled);
}

void ExportReportDialog::startExport()
{
    updateFileNotice();
    if (!m_exportButton->isEnabled() || isExporting())
        return;
    const QString path = filePath();
    if (!m_exporter.start(*m_store, m_jobIds, format(), path))
        return;
    setInputsEnabled(false);
    m_message->showMessage(InlineMessage::Kind::Busy, tr("Writing the report…"));

    QSettings settings;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(kFormatKey, int(format()));
    settings.setValue(kOpenWhenDoneKey, opensWhenDone());
}

void ExportReportDialog::onExportFinished(const ReportExportResult& result)
{
    setInputsEnabled(true);
    updateFileNotice();
    if (!result.ok) {
        m_message->showMessage(InlineMessage::Kind::Error, result.error);
        return;
    }
    m_message->clearMessage();
    QString text = tr("Report saved to %1.").arg(QDir::toNativeSeparators(result.filePath));
    if (!result.jobsWithoutResults.isEmpty())
        text +=
            u' ' + tr("No results to report for: %1.").arg(result.jobsWithoutResults.join(u", "_s));
    emit messageRequested(result.jobsWithoutResults.isEmpty() ? QtInfoMsg : QtWarningMsg, text);
    emit reportExported(result.filePath);
    if (opensWhenDone())
        QDesktopServices::openUrl(QUrl::fromLocalFile(result.filePath));
    accept();
}

void ExportReportDialog::reject()
{
    // The file is written in one go; wait for it rather than leave a thread behind.
    if (!isExporting())
        QDialog::reject();
}

} // namespace winnow::ui
