// The parts of the backend interface that carry behaviour of their own:
// JobOperation's promises to its callers, and capabilities.

#include "jobs/job_backend.h"

#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;

namespace {

// An operation a test drives by hand, counting how often it was aborted.
class ManualOperation : public JobOperation {
public:
    using JobOperation::finish;
    using JobOperation::JobOperation;
    using JobOperation::reportProgress;
    using JobOperation::setJobId;
    int aborts = 0;

protected:
    void abort() override { ++aborts; }
};

// The smallest backend that compiles: it proves the interface can be
// implemented, and exercises can(). Every call fails as unsupported.
class ReadOnlyBackend : public JobBackend {
public:
    QString id() const override { return u"archive"_s; }
    QString displayName() const override { return u"Archive"_s; }
    BackendCapabilities capabilities() const override
    {
        return BackendCapability::ListHistory | BackendCapability::DownloadArtifacts;
    }
    JobOperation* submit(const Job&) override { return unsupported(u"run jobs"_s); }
    JobOperation* stop(const QString&) override { return unsupported(u"stop jobs"_s); }
    JobOperation* remove(const QString&) override { return unsupported(u"remove jobs"_s); }
    JobOperation* downloadArtifacts(const QString&, const QString&) override
    {
        return unsupported(u"download yet"_s);
    }

private:
    JobOperation* unsupported(const QString& what)
    {
        return JobOperation::failed(u"%1 cannot %2"_s.arg(displayName(), what), this);
    }
};

} // namespace

class TestJobBackend : public QObject {
    Q_OBJECT

private slots:
    void finished_comesOnceAndNeverDuringTheCall()
    {
        auto* operation = new ManualOperation;
        QSignalSpy finished(operation, &JobOperation::finished);
        operation->setJobId(u"job-1"_s);
        operation->finish(true);
        operation->finish(false, u"too late"_s); // only the first call counts
        QCOMPARE(finished.size(), 0);            // not yet: callers may still connect
        QVERIFY(!operation->isFinished());

        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QVERIFY(operation->isFinished());
        QVERIFY(operation->succeeded());
        QCOMPARE(operation->jobId(), u"job-1"_s);
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
    }

    void operation_deletesItselfAfterFinishing()
    {
        QPointer<ManualOperation> operation = new ManualOperation;
        QSignalSpy finished(operation.data(), &JobOperation::finished);
        operation->finish(false, u"network unreachable"_s);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.at(0).at(1).toString(), u"network unreachable"_s);
        QTRY_VERIFY(operation.isNull());
    }

    void progress_stopsWhenTheOperationEnds()
    {
        auto* operation = new ManualOperation;
        QSignalSpy progress(operation, &JobOperation::progress);
        QSignalSpy finished(operation, &JobOperation::finished);
        operation->reportProgress(10, 100);
        operation->reportProgress(60, -1);
        operation->finish(true);
        operation->reportProgress(100, 100);
        QVERIFY(finished.wait(1000));
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.at(1).at(0).toLongLong(), 60);
        QCOMPARE(progress.at(1).at(1).toLongLong(), -1);
    }

    void cancel_abortsOnceAndFinishesAsCancelled()
    {
        auto* operation = new ManualOperation;
        QSignalSpy finished(operation, &JobOperation::finished);
        operation->cancel();
        operation->cancel();
        operation->finish(true); // the work noticed too late
        QCOMPARE(operation->aborts, 1);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QVERIFY(operation->wasCancelled());
        QVERIFY(!operation->succeeded());
    }

    void cancel_afterFinishing_doesNothing()
    {
        QPointer<ManualOperation> operation = new ManualOperation;
        QSignalSpy finished(operation.data(), &JobOperation::finished);
        operation->finish(true);
        operation->cancel();
        QCOMPARE(operation->aborts, 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
    }

    void unsupportedCalls_failWithAReason()
    {
        ReadOnlyBackend backend;
        QVERIFY(backend.can(BackendCapability::ListHistory));
        QVERIFY(!backend.can(BackendCapability::Stop));
        QVERIFY(!backend.can(BackendCapability::Predict));

        JobOperation* stop = backend.stop(u"job-1"_s);
        QCOMPARE(stop->parent(), &backend);
        QSignalSpy finished(stop, &JobOperation::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toString(), u"Archive cannot stop jobs"_s);
    }
};

QTEST_GUILESS_MAIN(TestJobBackend)
#include "test_job_backend.moc"
