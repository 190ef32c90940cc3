// The Download Results dialog driving a backend that copies real files in
// small steps, so a download takes long enough to watch and to cancel.
#include "jobs/job_backend.h"
#include "ui/reports/download_artifacts_dialog.h"
#include "ui/settings/inline_message.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using winnow::jobs::BackendCapabilities;
using winnow::jobs::BackendCapability;
using winnow::jobs::Job;
using winnow::jobs::JobBackend;
using winnow::jobs::JobOperation;
using winnow::ui::DownloadArtifactsDialog;
using winnow::ui::InlineMessage;

namespace {

// Copies every file of a folder into another, `chunk` bytes per event-loop
// turn, reporting bytes; cancel() stops between chunks.
class ChunkedCopy : public JobOperation {
public:
    ChunkedCopy(const QString& from, const QString& to, qint64 chunk, QObject* parent)
        : JobOperation(parent)
        , m_to(to)
        , m_chunk(chunk)
    {
        const QDir source(from);
        for (const QString& name : source.entryList(QDir::Files, QDir::Name)) {
            m_files << source.filePath(name);
            m_total += QFileInfo(source.filePath(name)).size();
        }
        connect(&m_timer, &QTimer::timeout, this, &ChunkedCopy::step);
        m_timer.start(5);
    }

protected:
    void abort() override { m_timer.stop(); }

private:
    void step()
    {
        if (!m_in.isOpen()) {
            if (m_files.isEmpty()) {
                m_timer.stop();
                finish(true);
                return;
            }
            m_in.setFileName(m_files.takeFirst());
            m_out.setFileName(QDir(m_to).filePath(QFileInfo(m_in.fileName()).fileName()));
            if (!m_in.open(QIODevice::ReadOnly) || !m_out.open(QIODevice::WriteOnly)) {
                m_timer.stop();
                finish(false, u"cannot copy %1"_s.arg(m_in.fileName()));
                return;
            }
        }
        const QByteArray bytes = m_in.read(m_chunk);
        m_out.write(bytes);
        m_done += bytes.size();
        reportProgress(m_done, m_total);
        if (m_in.atEnd()) {
            m_in.close();
            m_out.close();
        }
    }

    QString m_to;
    qint64 m_chunk;
    QStringList m_files;
    QFile m_in;
    QFile m_out;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QTimer m_timer;
};

class FolderBackend : public JobBackend {
public:
    explicit FolderBackend(const QString& artifactDir) : m_artifactDir(artifactDir) {}
    QString id() const override { return u"test-folder"_s; }
    QString displayName() const override { return u"Test folder"_s; }
    BackendCapabilities capabilities() const override
    {
        return m_canDownload ? BackendCapabilities(BackendCapability::DownloadArtifacts)
                             : BackendCapabilities();
    }
    JobOperation* submit(const Job&) override { return JobOperation::failed(u"no"_s); }
    JobOperation* stop(const QString&) override { return JobOperation::failed(u"no"_s); }
    JobOperation* remove(const QString&) override { return JobOperation::failed(u"no"_s); }
    JobOperation* downloadArtifacts(const QString& jobId, const QString& folder) override
    {
        m_requests << std::pair{jobId, folder};
        if (m_failWith.size())
            return JobOperation::failed(m_failWith);
        m_last = new ChunkedCopy(m_artifactDir, folder, m_chunk, this);
        return m_last;
    }

    QString m_artifactDir;
    qint64 m_chunk = 256 * 1024;
    bool m_canDownload = true;
    QString m_failWith;
    QList<std::pair<QString, QString>> m_requests;
    QPointer<ChunkedCopy> m_last;
};

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestReportsDownload : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_artifacts;
    Job m_job;

    QPushButton* button(DownloadArtifactsDialog& dialog, const QString& name)
    {
        return dialog.findChild<QPushButton*>(name);
    }
    QPushButton* cancelButton(DownloadArtifactsDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_artifacts = m_dir.filePath(u"artifacts"_s);
        QVERIFY(QDir().mkpath(m_artifacts));
        // A model big enough to take a while in small chunks, and the small files.
        QFile model(QDir(m_artifacts).filePath(u"model.winnow"_s));
        QVERIFY(model.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < 6; ++i) {
            for (char& byte : block)
                byte = char(QRandomGenerator::global()->generate());
            model.write(block);
        }
        model.close();
        for (const QString& name :
             {u"metadata.json"_s, u"leaderboard.json"_s, u"pipeline.html"_s}) {
            QFile file(QDir(m_artifacts).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"{\"file\": \"%1\"}\n"_s.arg(name).toUtf8());
        }
        m_job.id = u"6f1c2a9e-0000-4000-8000-000000000001"_s;
        m_job.name = u"Churn: best model"_s;
        m_job.artifactDir = m_artifacts;
    }

    void download_copiesEveryFile_andSaysWhere()
    {
        FolderBackend backend(m_artifacts);
        DownloadArtifactsDialog dialog(&backend, m_job);
        dialog.show();
        const QString target = m_dir.filePath(u"downloads/churn"_s);
        dialog.setFolder(target);
        QSignalSpy downloaded(&dialog, &DownloadArtifactsDialog::downloaded);
        QSignalSpy messages(&dialog, &DownloadArtifactsDialog::messageRequested);
        QTest::mouseClick(button(dialog, u"downloadButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.state(), DownloadArtifactsDialog::State::Downloading);
        QCOMPARE(backend.m_requests.size(), 1);
        QCOMPARE(backend.m_requests[0].first, m_job.id);
        QCOMPARE(backend.m_requests[0].second, target);
        auto* progress = dialog.findChild<QProgressBar*>(u"downloadProgress"_s);
        QVERIFY(progress->isVisible());
        QTRY_VERIFY(progress->value() > 0);
        const QString shots = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(u"download-progress.png"_s));

        QVERIFY(downloaded.wait(30000));
        QCOMPARE(dialog.state(), DownloadArtifactsDialog::State::Succeeded);
        QCOMPARE(downloaded.at(0).at(1).toString(), target);
        for (const QString& name : QDir(m_artifacts).entryList(QDir::Files))
            QCOMPARE(sha256(QDir(target).filePath(name)), sha256(QDir(m_artifacts).filePath(name)));
        auto* message = dialog.findChild<InlineMessage*>(u"downloadMessage"_s);
        QCOMPARE(message->kind(), InlineMessage::Kind::Success);
        QVERIFY(message->text().contains(QDir::toNativeSeparators(target)));
        QCOMPARE(messages.size(), 1);
        QVERIFY(button(dialog, u"openFolderButton"_s)->isVisible());
        QCOMPARE(cancelButton(dialog)->text(), u"&Close"_s);
        QCOMPARE(progress->value(), progress->maximum());
        if (!shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(u"download-done.png"_s));
        // The next download starts beside this one.
        QCOMPARE(QSettings().value(u"reports/lastDownloadFolder"_s).toString(),
                 m_dir.filePath(u"downloads"_s));
    }

    void cancel_stopsTheDownload_andKeepsTheDialogOpen()
    {
        FolderBackend backend(m_artifacts);
        backend.m_chunk = 16 * 1024; // slow: hundreds of steps
        DownloadArtifactsDialog dialog(&backend, m_job);
        dialog.show();
        dialog.setFolder(m_dir.filePath(u"cancelled"_s));
        QTest::mouseClick(button(dialog, u"downloadButton"_s), Qt::LeftButton);
        QPointer<JobOperation> operation = backend.m_last.data();
        QVERIFY(operation);
        QSignalSpy opFinished(operation.data(), &JobOperation::finished);
        auto* progress = dialog.findChild<QProgressBar*>(u"downloadProgress"_s);
        QTRY_VERIFY(progress->value() > 0);
        QCOMPARE(cancelButton(dialog)->text(), u"&Cancel Download"_s);

        QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
        QVERIFY(opFinished.wait(5000));
        QCOMPARE(opFinished.at(0).at(0).toBool(), false);
        QCOMPARE(dialog.state(), DownloadArtifactsDialog::State::Cancelled);
        QVERIFY(dialog.isVisible()); // the first Cancel cancels the download, not the dialog
        auto* message = dialog.findChild<InlineMessage*>(u"downloadMessage"_s);
        QVERIFY2(message->text().startsWith(u"Download cancelled."_s), qPrintable(message->text()));
        // Not everything arrived.
        QVERIFY(QFileInfo(m_dir.filePath(u"cancelled/model.winnow"_s)).size() < 6 << 20);
        if (const QString shots = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(QDir(shots).filePath(u"download-cancelled.png"_s));

        // It can start again, and then the dialog's Cancel closes it.
        QVERIFY(button(dialog, u"downloadButton"_s)->isEnabled());
        QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void closingWhileDownloading_cancels()
    {
        FolderBackend backend(m_artifacts);
        backend.m_chunk = 16 * 1024;
        QPointer<JobOperation> operation;
        {
            DownloadArtifactsDialog dialog(&backend, m_job);
            dialog.setFolder(m_dir.filePath(u"closed"_s));
            dialog.startDownload();
            operation = backend.m_last.data();
            QVERIFY(operation);
        }
        QVERIFY(operation->wasCancelled());
        QTRY_VERIFY(!operation); // finished and deleted itself
    }

    void backendError_isShownInPlace()
    {
        FolderBackend backend(m_artifacts);
        backend.m_failWith = u"the service is down for maintenance"_s;
        DownloadArtifactsDialog dialog(&backend, m_job);
        dialog.show();
        dialog.setFolder(m_dir.filePath(u"failing"_s));
        QTest::mouseClick(button(dialog, u"downloadButton"_s), Qt::LeftButton);
        auto* message = dialog.findChild<InlineMessage*>(u"downloadMessage"_s);
        QTRY_COMPARE(dialog.state(), DownloadArtifactsDialog::State::Failed);
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY(message->text().contains(u"down for maintenance"_s));
    }

    void folderProblems_areFlaggedBeforeStarting()
    {
        FolderBackend backend(m_artifacts);
        DownloadArtifactsDialog dialog(&backend, m_job);
        dialog.show();
        auto* download = button(dialog, u"downloadButton"_s);
        auto* notice = dialog.findChild<InlineMessage*>(u"downloadFolderNotice"_s);
        dialog.setFolder(u"relative/folder"_s);
        QVERIFY(!download->isEnabled());
        QVERIFY(notice->text().contains(u"full path"_s));
        const QString file = m_dir.filePath(u"a-file"_s);
        QFile(file).open(QIODevice::WriteOnly);
        dialog.setFolder(file);
        QVERIFY(!download->isEnabled());
        QVERIFY(notice->text().contains(u"is a file"_s));
        dialog.setFolder(m_artifacts); // not empty
        QVERIFY(download->isEnabled());
        QVERIFY(notice->text().contains(u"not empty"_s));
        QVERIFY(backend.m_requests.isEmpty());
    }

    void backendWithoutDownloads_isExplained()
    {
        FolderBackend backend(m_artifacts);
        backend.m_canDownload = false;
        DownloadArtifactsDialog dialog(&backend, m_job);
        dialog.show();
        QVERIFY(!button(dialog, u"downloadButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<InlineMessage*>(u"downloadMessage"_s)
                    ->text()
                    .contains(u"cannot download"_s));
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WinnowTest"_s);
    QCoreApplication::setApplicationName(u"reports-download"_s);
    TestReportsDownload test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_reports_download.moc"
