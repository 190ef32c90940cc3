// How the local runner reads the end of an engine run: exit codes to job
// statuses, exactly as docs/engine-cli.md lists them, and the engine's
// message from its stderr.

#include "jobs/engine_outcome.h"

#include <QtTest>

#include <csignal>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;

namespace {

EngineExit exited(int code, const QString& message = {})
{
    return {EngineExit::Kind::Exited, code, message};
}

} // namespace

Q_DECLARE_METATYPE(winnow::jobs::JobOutcome)

class TestEngineOutcome : public QObject {
    Q_OBJECT

private slots:
    void exitCodes_mapToTheContractsStatuses_data()
    {
        QTest::addColumn<EngineExit>("exit");
        QTest::addColumn<bool>("resultComplete");
        QTest::addColumn<bool>("stopRequested");
        QTest::addColumn<JobOutcome>("expected");

        const QString oom = u"out of memory: needed about 3.2 GB, limit 2.0 GB"_s;
        QTest::newRow("0 with metadata.json")
            << exited(0) << true << false << JobOutcome{JobStatus::Finished, {}, true};
        QTest::newRow("0 without metadata.json: never a half-written result")
            << exited(0) << false << false
            << JobOutcome{JobStatus::Failed,
                          u"the engine reported success but its results are incomplete "
                          "(metadata.json is missing)"_s,
                          false};
        QTest::newRow("1 internal error")
            << exited(1, u"internal error: boom"_s) << false << false
            << JobOutcome{JobStatus::Failed, u"internal error: boom"_s, false};
        QTest::newRow("2 usage") << exited(2, u"unknown option '--x'"_s) << false << false
                                 << JobOutcome{JobStatus::Failed, u"unknown option '--x'"_s, false};
        QTest::newRow("3 input") << exited(3, u"data.csv:17:4: unterminated quoted field"_s)
                                 << false << false
                                 << JobOutcome{JobStatus::Failed,
                                               u"data.csv:17:4: unterminated quoted field"_s,
                                               false};
        QTest::newRow("4 out of memory")
            << exited(4, oom) << false << false << JobOutcome{JobStatus::Failed, oom, false};
        QTest::newRow("4 without a message")
            << exited(4) << false << false
            << JobOutcome{JobStatus::Failed, u"out of memory"_s, false};
        QTest::newRow("5 stopped with its model")
            << exited(5) << true << true << JobOutcome{JobStatus::Stopped, {}, true};
        QTest::newRow("6 stopped without a model")
            << exited(6) << false << true << JobOutcome{JobStatus::Stopped, {}, false};
        QTest::newRow("6 never keeps a stale result")
            << exited(6) << true << true << JobOutcome{JobStatus::Stopped, {}, false};
        QTest::newRow("SIGSEGV") << EngineExit{EngineExit::Kind::Crashed, SIGSEGV, {}} << false
                                 << false
                                 << JobOutcome{JobStatus::Failed, crashReason(SIGSEGV), false};
        QTest::newRow("killed after the grace period of a stop")
            << EngineExit{EngineExit::Kind::Crashed, SIGKILL, {}} << false << true
            << JobOutcome{JobStatus::Stopped, {}, false};
        QTest::newRow("could not start")
            << EngineExit{EngineExit::Kind::FailedToStart, -1, u"could not start x: denied"_s}
            << false << false
            << JobOutcome{JobStatus::Failed, u"could not start x: denied"_s, false};
        QTest::newRow("an exit code the contract does not have")
            << exited(42, u"odd"_s) << false << false
            << JobOutcome{JobStatus::Failed,
                          u"the engine ended with the unexpected exit code 42: odd"_s, false};
    }

    void exitCodes_mapToTheContractsStatuses()
    {
        QFETCH(EngineExit, exit);
        QFETCH(bool, resultComplete);
        QFETCH(bool, stopRequested);
        QFETCH(JobOutcome, expected);
        const JobOutcome outcome = outcomeOf(exit, resultComplete, stopRequested);
        QCOMPARE(jobStatusText(outcome.status), jobStatusText(expected.status));
        QCOMPARE(outcome.failureReason, expected.failureReason);
        QCOMPARE(outcome.keepArtifacts, expected.keepArtifacts);
    }

    void crashReason_namesTheSignal()
    {
        QVERIFY(crashReason(SIGSEGV).startsWith(u"engine crashed (signal 11"_s));
        QCOMPARE(crashReason(0), u"engine crashed"_s);
    }

    void engineMessage_isTheLastMessageWithoutThePrefix()
    {
        QCOMPARE(engineMessage(
                     {u"winnow-engine: the target column 'nope' is not a column of the data"_s}),
                 u"the target column 'nope' is not a column of the data"_s);
        // Messages may span lines; earlier output is not part of the last one.
        QCOMPARE(
            engineMessage({u"[xgboost] a library warning"_s, u"winnow-engine: an older message"_s,
                           u"winnow-engine: no candidate pipeline could be trained"_s,
                           u"  xgboost: stopped after 58 s"_s, u""_s}),
            u"no candidate pipeline could be trained\n  xgboost: stopped after 58 s"_s);
        QCOMPARE(engineMessage({u"terminate called after throwing"_s, u""_s}),
                 u"terminate called after throwing"_s);
        QCOMPARE(engineMessage({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngineOutcome)
#include "test_engine_outcome.moc"
