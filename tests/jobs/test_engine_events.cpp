// Reading winnow-engine's event lines (docs/engine-cli.md, "Events").

#include "jobs/engine_events.h"
#include "tests/jobs/job_test_support.h"

#include <QtTest>

using namespace winnow::jobs;
using namespace winnow::jobs::testing;
using namespace Qt::StringLiterals;

class TestEngineEvents : public QObject {
    Q_OBJECT

private slots:
    void statusEvent_givesStatusProgressMessageAndTime()
    {
        const auto event = parseEngineEvent(
            q("{'type':'status','status':'AnalyzingData','progress':0.02,'message':'569 rows',"
              "'time':'2026-11-25T20:46:31.232Z','contract':1}"));
        QVERIFY(event);
        QCOMPARE(event->type, EngineEvent::Type::Status);
        QCOMPARE(event->status, u"AnalyzingData"_s);
        QCOMPARE(event->progress, 0.02);
        QCOMPARE(event->message, u"569 rows"_s);
        QCOMPARE(event->time, utc(2026, 11, 25, 20, 46, 31, 232));
        QVERIFY(!event->bestScore);
    }

    void candidateEvent_givesALeaderboardRow()
    {
        const auto event = parseEngineEvent(q(
            "{'type':'candidate','index':3,'algorithm':'xgboost','pipeline':[{'name':"
            "'standardscaler','params':{}},{'name':'xgbclassifier','params':{'nEstimators':200}}],"
            "'score':0.9712,'scoring':'f1','fitSeconds':1.42,'status':'Completed','best':true,"
            "'bestScore':0.9712,'progress':0.31,'time':'2026-11-25T20:46:31.267Z','contract':1}"));
        QVERIFY(event);
        QCOMPARE(event->type, EngineEvent::Type::Candidate);
        QCOMPARE(event->candidate.index, 3);
        QCOMPARE(event->candidate.algorithm, u"xgboost"_s);
        QCOMPARE(event->candidate.pipeline.size(), 2);
        QCOMPARE(event->candidate.score, 0.9712);
        QCOMPARE(event->candidate.fitSeconds, 1.42);
        QCOMPARE(event->candidate.status, u"Completed"_s);
        QVERIFY(event->best);
        QCOMPARE(event->bestScore, 0.9712);
        QCOMPARE(event->progress, 0.31);
        QVERIFY(event->status.isEmpty()); // the candidate's status is not the job's
    }

    void failedCandidate_hasNoScoreButItsMessage()
    {
        const auto event = parseEngineEvent(
            q("{'type':'candidate','index':0,'algorithm':'knn','status':'TimedOut','score':0.5,"
              "'message':'stopped after 58 s','best':false,'progress':0.85}"));
        QVERIFY(event);
        QVERIFY(!event->candidate.score);
        QCOMPARE(event->candidate.message, u"stopped after 58 s"_s);
        QVERIFY(!event->best);
    }

    void errorEvent_givesMessageAndExitCode()
    {
        const auto event = parseEngineEvent(
            q("{'type':'error','message':'the target column \\u0027nope\\u0027 is not a column of "
              "the data','exitCode':3,'contract':1}"));
        QVERIFY(event);
        QCOMPARE(event->type, EngineEvent::Type::Error);
        QCOMPARE(event->exitCode, 3);
        QCOMPARE(event->message, u"the target column 'nope' is not a column of the data"_s);
    }

    void warningsNotesAndProgress_areRecognised()
    {
        QCOMPARE(parseEngineEvent(q("{'type':'warning','message':'m'}"))->type,
                 EngineEvent::Type::Warning);
        QCOMPARE(parseEngineEvent(q("{'type':'note','message':'m'}"))->type,
                 EngineEvent::Type::Note);
        const auto progress =
            parseEngineEvent(q("{'type':'progress','progress':0.5,'bestScore':2}"));
        QCOMPARE(progress->type, EngineEvent::Type::Progress);
        QCOMPARE(progress->bestScore, 2.0);
    }

    void unknownType_isOtherAndKeepsItsName()
    {
        const auto event = parseEngineEvent(q("{'type':'heartbeat','progress':0.4,'extra':[1]}"));
        QVERIFY(event);
        QCOMPARE(event->type, EngineEvent::Type::Other);
        QCOMPARE(event->typeText, u"heartbeat"_s);
    }

    void progressOutsideZeroToOne_isClamped()
    {
        QCOMPARE(parseEngineEvent(q("{'type':'progress','progress':1.7}"))->progress, 1.0);
        QCOMPARE(parseEngineEvent(q("{'type':'progress','progress':-3}"))->progress, 0.0);
    }

    void linesThatAreNotEvents_giveNothing()
    {
        QVERIFY(!parseEngineEvent("winnow-engine: out of memory"));
        QVERIFY(!parseEngineEvent("{\"type\":\"status\",\"sta"));
        QVERIFY(!parseEngineEvent("[1,2,3]"));
        QVERIFY(!parseEngineEvent(""));
    }
};

QTEST_GUILESS_MAIN(TestEngineEvents)
#include "test_engine_events.moc"
