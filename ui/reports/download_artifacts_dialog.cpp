#include "ui/reports/download_artifacts_dialog.h"

#include "jobs/job_backend.h"
#include "ui/settings/inline_message.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

const QString kLastFolderKey = u"reports/lastDownloadFolder"_s;

QString folderNameOf(const jobs::Job& job)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString name = job.displayName();
    name.replace(unsafe, u" "_s);
    name = name.simplified();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    name = name.left(100).trimmed();
    return name.isEmpty() ? job.id : name;
}

} // namespace

DownloadArtifactsDialog::DownloadArtifactsDialog(jobs::JobBackend* backend, const jobs::Job& job,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_job(job)
{
    setObjectName(u"downloadArtifactsDialog"_s);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"downloadHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"downloadExplanation"_s);
    m_explanation->setWordWrap(true);

    m_folderLabel = new QLabel(this);
    m_folderLabel->setObjectName(u"downloadFolderLabel"_s);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(u"downloadFolderEdit"_s);
    m_folderEdit->setClearButtonEnabled(true);
    m_folderLabel->setBuddy(m_folderEdit);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(u"browseDownloadFolderButton"_s);
    m_browseButton->setAutoDefault(false);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    m_folderNotice = new InlineMessage(this);
    m_folderNotice->setObjectName(u"downloadFolderNotice"_s);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"downloadProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"downloadProgressText"_s);
    m_progressText->setForegroundRole(QPalette::PlaceholderText);
    m_progressText->hide();

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"downloadMessage"_s);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_downloadButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_downloadButton->setObjectName(u"downloadButton"_s);
    m_downloadButton->setDefault(true);
    m_openFolderButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(u"openFolderButton"_s);
    m_openFolderButton->hide();
    connect(m_downloadButton, &QPushButton::clicked, this, &DownloadArtifactsDialog::startDownload);
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_downloadFolder)); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DownloadArtifactsDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &DownloadArtifactsDialog::chooseFolder);
    connect(m_folderEdit, &QLineEdit::textChanged, this,
            &DownloadArtifactsDialog::updateFolderNotice);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(6);
    layout->addLayout(folderRow);
    layout->addWidget(m_folderNotice);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const QString parentFolder =
        QSettings()
            .value(kLastFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .toString();
    setFolder(QDir(parentFolder).filePath(folderNameOf(m_job)));

    retranslateUi();
    setState(State::Choosing);
    if (!m_backend || !m_backend->can(jobs::BackendCapability::DownloadArtifacts)) {
        m_downloadButton->setEnabled(false);
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("This job's backend cannot download results."));
    }
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

DownloadArtifactsDialog::~DownloadArtifactsDialog()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

void DownloadArtifactsDialog::retranslateUi()
{
    setWindowTitle(tr("Download Results"));
    m_heading->setText(tr("Download the results of “%1”").arg(m_job.displayName()));
    m_explanation->setText(tr("The model, its metadata and the job's other result files are "
                              "saved into the folder you choose. Winnow creates the folder if "
                              "it does not exist."));
    m_folderLabel->setText(tr("&Folder:"));
    m_folderEdit->setAccessibleName(tr("Folder to download into"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setToolTip(tr("Choose the folder"));
    m_downloadButton->setText(tr("&Download"));
    m_openFolderButton->setText(tr("&Open Folder"));
    m_progress->setAccessibleName(tr("Download progress"));
    updateFolderNotice();
}

void DownloadArtifactsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QString DownloadArtifactsDialog::folder() const
{
    const QString text = m_folderEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void DownloadArtifactsDialog::setFolder(const QString& folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void DownloadArtifactsDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Download Into"),
                                                             QFileInfo(folder()).absolutePath());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void DownloadArtifactsDialog::updateFolderNotice()
{
    if (m_state != State::Choosing && m_state != State::Failed && m_state != State::Cancelled)
        return;
    const QString path = folder();
    const QFileInfo info(path);
    bool usable = true;
    if (path.isEmpty()) {
        m_folderNotice->showMessage(InlineMessage::Kind::Warning, tr("Enter a folder."));
        usable = false;
    } else if (!info.isAbsolute()) {
        m_folderNotice->showMessage(InlineMessage::Kind::Warning,
                                    tr("Enter a full path, or choose the folder with Browse…"));
        usable = false;
    } else if (info.exists() && !info.isDir()) {
        m_folderNotice->showMessage(
            InlineMessage::Kind::Warning,
            tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path)));
        usable = false;
    } else if (info.exists() && !QDir(path).isEmpty()) {
        m_folderNotice->showMessage(
            InlineMessage::Kind::Information,
            tr("The folder is not empty; files with the same names are replaced."));
    } else {
        m_folderNotice->clearMessage();
    }
    const bool canDownload =
        m_backend && m_backend->can(jobs::BackendCapability::DownloadArtifacts);
    m_downloadButton->setEnabled(usable && canDownload);
}

void DownloadArtifactsDialog::setState(State state)
{
    m_state = state;
    const bool downloading = state == State::Downloading;
    const bool done = state == State::Succeeded;
    m_folderEdit->setEnabled(!downloading && !done);
    m_browseButton->setEnabled(!downloading && !done);
    m_progress->setVisible(state != State::Choosing);
    m_progressText->setVisible(downloading);
    m_downloadButton->setVisible(!done);
    m_openFolderButton->setVisible(done);
    QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(done ? tr("&Close") : (downloading ? tr("&Cancel Download") : tr("&Cancel")));
    if (downloading)
        m_downloadButton->setEnabled(false);
    else
        updateFolderNotice();
    if (done)
        m_openFolderButton->setDefault(true);
}

void DownloadArtifactsDialog::startDownload()
{
    if (m_state == State::Downloading || !m_downloadButton->isEnabled())
        return;
    const QString target = folder();
    if (!QDir().mkpath(target)) {
        m_message->showMessage(
            InlineMessage::Kind::Error,
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    QSettings().setValue(kLastFolderKey, QFileInfo(target).absolutePath());
    m_downloadFolder = target;
    m_folderNotice->clearMessage();
    m_message->clearMessage();
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Starting…"));

    m_operation = m_backend->downloadArtifacts(m_job.id, target);
    connect(m_operation, &jobs::JobOperation::progress, this, &DownloadArtifactsDialog::onProgress);
    connect(m_operation, &jobs::JobOperation::finished, this, &DownloadArtifactsDialog::onFinished);
    setState(State::Downloading);
}

void DownloadArtifactsDialog::onProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0) {
        // Permille keeps the bar's range in int for any size.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        m_progressText->setText(
            tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("%1 received").arg(locale.formattedDataSize(done)));
    }
}

void DownloadArtifactsDialog::cancelDownload()
{
    if (m_operation && m_state == State::Downloading)
        m_operation->cancel(); // finished(false) follows, with wasCancelled()
}

void DownloadArtifactsDialog::onFinished(bool ok, const QString& error)
{
    const bool cancelled = m_operation && m_operation->wasCancelled();
    m_operation = nullptr;
    const QString where = QDir::toNativeSeparators(m_downloadFolder);
    if (ok) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        setState(State::Succeeded);
        const QString text = tr("The results of “%1” are in %2.").arg(m_job.displayName(), where);
        m_message->showMessage(InlineMessage::Kind::Success, text);
        emit messageRequested(QtInfoMsg, text);
        emit downloaded(m_job.id, m_downloadFolder);
    } else if (cancelled) {
        m_progress->hide();
        setState(State::Cancelled);
        m_message->showMessage(
            InlineMessage::Kind::Information,
            tr("Download cancelled. Files already saved in %1 were kept.").arg(where));
    } else {
        m_progress->hide();
        setState(State::Failed);
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("The download failed: %1").arg(error));
    }
}

void DownloadArtifactsDialog::reject()
{
    // The first Cancel stops the download; the dialog stays to say so.
    if (m_state == State::Downloading) {
        cancelDownload();
        return;
    }
    QDialog::reject();
}

} // namespace winnow::ui
