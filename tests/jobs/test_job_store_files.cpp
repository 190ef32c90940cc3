// The job database as a file: creating, upgrading and refusing files, the
// SQLite settings in effect, sharing a file, and failing writes.

#include "jobs/job_store.h"
#include "tests/jobs/job_test_support.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

namespace {

const QString v1Fixture = QStringLiteral(WINNOW_SOURCE_DIR "/tests/jobs/data/jobs-v1.sqlite");
const QString churnJobId = QStringLiteral("0b7c1d4e-6f0a-4c55-9a57-0d2e4f6a8b01");
const QString remoteJobId = QStringLiteral("5c3e9a10-2b7d-4f8e-8d21-6a4b0c9e7f02");

// Runs one statement on a file through a connection of its own.
bool runSql(const QString& path, const QString& statement)
{
    const QString name = u"raw-%1"_s.arg(QUuid::createUuid().toString());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Restores a file size limit when the test ends, however it ends.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN); // fail the write instead of killing us
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
};

} // namespace

class TestJobStoreFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;

    // A fresh, empty folder for each test.
    QString freshFolder()
    {
        const QString folder = m_dir.filePath(QString::number(++m_round));
        QDir().mkpath(folder);
        return folder;
    }

    QString copyOfV1Fixture()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        if (!QFile::copy(v1Fixture, path))
            qFatal("cannot copy %s", qPrintable(v1Fixture));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // Checks that open() fails with `kind`, naming the file, and leaves the folder as it was.
    void verifyRefused(const QString& path, ErrorKind kind, const QString& words)
    {
        const QString folder = QFileInfo(path).absolutePath();
        const QStringList filesBefore = filesIn(folder);
        const QByteArray digestBefore = fileDigest(path);

        JobStore store(path);
        const Result<void> opened = store.open();
        QVERIFY(!opened.ok());
        QVERIFY(!store.isOpen());
        QCOMPARE(opened.error().kind, kind);
        QVERIFY2(opened.errorString().contains(words), qPrintable(opened.errorString()));
        QVERIFY2(opened.errorString().contains(path) || opened.errorString().contains(folder),
                 qPrintable(opened.errorString()));
        store.close();
        QCOMPARE(fileDigest(path), digestBefore);
        QCOMPARE(filesIn(folder), filesBefore);
    }

    // SQLite itself finds these damaged; which of its two errors depends on
    // where the damage is.
    void verifyDamagedRefused(const QString& path)
    {
        const QStringList filesBefore = filesIn(QFileInfo(path).absolutePath());
        const QByteArray digestBefore = fileDigest(path);
        {
            JobStore store(path);
            const Result<void> opened = store.open();
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().kind == ErrorKind::NotADatabase ||
                         opened.error().kind == ErrorKind::Corrupt,
                     qPrintable(opened.errorString()));
            QVERIFY2(opened.errorString().contains(path), qPrintable(opened.errorString()));
        }
        QCOMPARE(fileDigest(path), digestBefore);
        QCOMPARE(filesIn(QFileInfo(path).absolutePath()), filesBefore);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(v1Fixture), qPrintable(v1Fixture));
    }

    void open_newFile_setsUpWalFullSyncAndForeignKeys()
    {
        const QString path = freshFolder() + u"/sub/folder/jobs.sqlite"_s; // folders are created
        JobStore store(path);
        const Result<void> opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(store.schemaVersion(), 2);
        QCOMPARE(store.pragma(u"journal_mode"_s)->toString(), u"wal"_s);
        QCOMPARE(store.pragma(u"synchronous"_s)->toInt(), 2); // FULL
        QCOMPARE(store.pragma(u"foreign_keys"_s)->toInt(), 1);
        QVERIFY(store.pragma(u"busy_timeout"_s)->toInt() >= 1000);
        QCOMPARE(store.pragma(u"user_version"_s)->toInt(), 2);
        QCOMPARE(store.pragma(u"application_id"_s)->toInt(), 0x574E4F57);
        QVERIFY(!store.pragma(u"journal_mode = DELETE"_s).ok());
    }

    void open_appDataLocation_works()
    {
        // Where the app keeps it (a test location under test mode).
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!folder.isEmpty());
        const QString path = folder + u"/jobs.sqlite"_s;
        QFile::remove(path);
        {
            JobStore store(path);
            QVERIFY2(store.open().ok(), qPrintable(path));
            QVERIFY(store.add(sampleJob()).ok());
        }
        QFile::remove(path);
    }

    void open_v1Database_migratesInPlaceAndKeepsJobs()
    {
        const QString path = copyOfV1Fixture();
        JobStore store(path);
        const Result<void> opened = store.open();
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        QCOMPARE(store.schemaVersion(), 2);
        QCOMPARE(store.pragma(u"user_version"_s)->toInt(), 2);

        QCOMPARE(store.counts()->total, 3);
        const Result<Job> churn = store.get(churnJobId);
        QVERIFY2(churn.ok(), qPrintable(churn.errorString()));
        QCOMPARE(churn->name, u"Étude churn"_s);
        QCOMPARE(churn->status(), JobStatus::Finished);
        QCOMPARE(churn->bestScore, 0.9712);
        QCOMPARE(churn->spec.numFeatures, 5);
        QCOMPARE(churn->spec.seed, 42);
        QCOMPARE(churn->tags, (QStringList{u"churn"_s, u"q4"_s}));
        QCOMPARE(churn->createdAt, utc(2023, 10, 17, 16, 47, 14, 289));
        QCOMPARE(churn->timeline.size(), 3);
        QCOMPARE(churn->timeline.constLast().secondaryStatus, u"Completed"_s);
        QCOMPARE(store.candidates(churnJobId)->size(), 2);
        QCOMPARE(store.artifacts(churnJobId)->size(), 2);
        QCOMPARE(store.findRemote(u"mlhub-prod"_s, u"652eba92dc623bcd5e5f4cb6"_s)->id, remoteJobId);

        // What version 2 added works on the old rows: Unicode-folded names...
        JobQuery query;
        query.filter.nameContains = u"ÉTUDE"_s;
        QCOMPARE(store.list(query)->jobs.size(), 1);
        query.filter.nameContains = u"CREDITCARD_DEMO (CL"_s; // the unnamed job's display name
        const Result<JobPage> unnamed = store.list(query);
        QCOMPARE(unnamed->jobs.size(), 1);
        QCOMPARE(unnamed->jobs.constFirst().id, remoteJobId);
        // ...and sorting by best score, unscored jobs last.
        query = {};
        query.sort = {JobSortKey::BestScore, SortOrder::Descending};
        const Result<JobPage> byScore = store.list(query);
        QCOMPARE(byScore->jobs.size(), 3);
        QCOMPARE(byScore->jobs.constFirst().id, churnJobId);

        // New writes work, and a second opening finds nothing to upgrade.
        QVERIFY(store.add(sampleJob()).ok());
        store.close();
        JobStore again(path);
        QVERIFY(again.open().ok());
        QCOMPARE(again.counts()->total, 4);
    }

    void open_garbageFile_isRefusedUntouched()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char& byte : garbage)
            byte = char(random.bounded(256));
        file.write(garbage);
        file.close();
        verifyRefused(path, ErrorKind::NotADatabase, u"not an SQLite file"_s);
    }

    void open_textFile_isRefusedUntouched()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name\n1,churn\n");
        file.close();
        verifyRefused(path, ErrorKind::NotADatabase, u"not an SQLite file"_s);
    }

    void open_damagedDatabase_isRefusedUntouched()
    {
        // An SQLite header followed by garbage: the page layout is nonsense.
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(8192, '\x5a');
        file.write(bytes);
        file.close();

        verifyDamagedRefused(path);
    }

    void open_truncatedDatabase_isRefusedUntouched()
    {
        const QString path = copyOfV1Fixture();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(4096 + 100)); // the first page survives, the schema does not
        file.close();
        verifyDamagedRefused(path);
    }

    void open_anotherProgramsDatabase_isRefusedUntouched()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QVERIFY(runSql(path, u"CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"_s));
        verifyRefused(path, ErrorKind::NotADatabase, u"not a job database"_s);
    }

    void open_readOnlyFile_isRefusedUntouched()
    {
        const QString path = copyOfV1Fixture();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        verifyRefused(path, ErrorKind::ReadOnly, u"read-only"_s);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void open_readOnlyFolder_isRefused()
    {
        const QString folder = freshFolder();
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup));
        const QString path = folder + u"/jobs.sqlite"_s;
        verifyRefused(path, ErrorKind::ReadOnly, u"read-only"_s);
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void open_newerSchema_isRefusedUntouched()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        {
            JobStore store(path);
            QVERIFY(store.open().ok());
            QVERIFY(store.add(sampleJob()).ok());
        }
        QVERIFY(runSql(path, u"PRAGMA user_version = 3"_s));
        verifyRefused(path, ErrorKind::NewerSchema, u"newer version of Winnow"_s);
    }

    void open_emptyFile_startsANewDatabase()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        JobStore store(path);
        QVERIFY(store.open().ok());
        QVERIFY(store.add(sampleJob()).ok());
    }

    void open_folderInsteadOfFile_isRefused()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        QDir().mkpath(path);
        JobStore store(path);
        const Result<void> opened = store.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.errorString().contains(u"is a folder"_s), qPrintable(opened.errorString()));
    }

    void twoStores_seeEachOthersCommits()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        JobStore app(path);
        JobStore server(path);
        QVERIFY(app.open().ok());
        QVERIFY(server.open().ok());
        QVERIFY(!*app.hasExternalChanges());

        const Result<QString> id = app.add(sampleJob());
        QVERIFY(id.ok());
        QVERIFY(server.get(*id).ok());
        QVERIFY(*server.hasExternalChanges());
        QVERIFY(!*server.hasExternalChanges());
        QVERIFY(!*app.hasExternalChanges()); // its own write

        Job job = *server.get(*id);
        job.setStatus(JobStatus::Running);
        QVERIFY(server.update(job, JobField::Status).ok());
        QCOMPARE(app.get(*id)->status(), JobStatus::Running);
        QVERIFY(*app.hasExternalChanges());

        // Interleaved writes from both never collide.
        for (int i = 0; i < 20; ++i) {
            QVERIFY(app.add(sampleJob()).ok());
            QVERIFY(server.add(sampleJob()).ok());
        }
        QCOMPARE(app.counts()->total, 41);
        QCOMPARE(server.counts()->total, 41);
    }

    void fullDisk_failsTheWriteAndKeepsEverythingElse()
    {
        const QString path = freshFolder() + u"/jobs.sqlite"_s;
        JobStore store(path);
        QVERIFY(store.open().ok());
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << *store.add(sampleJob(u"job %1"_s.arg(i)));
        const Job before = *store.get(ids.at(5));

        // A job too large for the space left: a 2 MB field.
        Job big = sampleJob(u"big"_s);
        big.spec.otherFields.insert(u"notes"_s, QString(2 * 1024 * 1024, u'x'));
        Job renamed = before;
        renamed.name = u"renamed with the disk full"_s;
        renamed.failureReason = QString(2 * 1024 * 1024, u'y');
        {
            const qint64 largest =
                std::max(QFileInfo(path).size(), QFileInfo(path + u"-wal"_s).size());
            FileSizeLimit limit(rlim_t(largest + 64 * 1024));
            const Result<QString> added = store.add(big);
            QVERIFY(!added.ok());
            QVERIFY2(added.error().kind == ErrorKind::DiskFull ||
                         added.error().kind == ErrorKind::IoError,
                     qPrintable(added.errorString()));
            QVERIFY2(added.errorString().contains(u"disk is full"_s) ||
                         added.errorString().contains(u"could not be read or written"_s),
                     qPrintable(added.errorString()));
            QVERIFY2(added.errorString().contains(u"nothing was changed"_s),
                     qPrintable(added.errorString()));

            const Result<void> updated =
                store.update(renamed, JobField::Name | JobField::FailureReason);
            QVERIFY(!updated.ok());
        }

        // Every other job is intact, the failed ones left no trace, and writing works again.
        QCOMPARE(store.counts()->total, 20);
        QCOMPARE(*store.get(ids.at(5)), before);
        QCOMPARE(store.listAll().value().size(), 20);
        const Result<QString> retried = store.add(big);
        QVERIFY2(retried.ok(), qPrintable(retried.errorString()));
        store.close();

        JobStore reopened(path);
        QVERIFY(reopened.open().ok());
        QCOMPARE(reopened.counts()->total, 21);
        QCOMPARE(*reopened.get(ids.at(5)), before);
    }
};

QTEST_GUILESS_MAIN(TestJobStoreFiles)
#include "test_job_store_files.moc"
