#include "engine/core/errors.h"
#include "engine/core/hyperparameters.h"
#include "engine/core/run_context.h"
#include "engine/core/scoring.h"
#include "engine/data/table.h"

#include <QtTest>

#include <cmath>
#include <sstream>

using namespace winnow::engine;

class TestEngineCore : public QObject {
    Q_OBJECT

private slots:
    void scoringNames_roundTrip()
    {
        for (auto scoring : allScorings()) {
            auto parsed = parseScoring(scoringName(scoring));
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, scoring);
        }
        QVERIFY(!parseScoring("auc").has_value());
    }

    void scoringFitsTask_matchesTaskKind()
    {
        QVERIFY(scoringFitsTask(Scoring::Ks, Task::BinaryClassification));
        QVERIFY(!scoringFitsTask(Scoring::Ks, Task::MulticlassClassification));
        QVERIFY(!scoringFitsTask(Scoring::Mse, Task::BinaryClassification));
        QVERIFY(scoringFitsTask(Scoring::R2, Task::Regression));
        QVERIFY(scoringFitsTask(Scoring::F1Macro, Task::MulticlassClassification));
        QVERIFY(!scoringFitsTask(Scoring::Accuracy, Task::Regression));
    }

    void defaultScoring_followsAutopilot()
    {
        QCOMPARE(defaultScoring(Task::BinaryClassification), Scoring::F1);
        QCOMPARE(defaultScoring(Task::MulticlassClassification), Scoring::Accuracy);
        QCOMPARE(defaultScoring(Task::Regression), Scoring::Mse);
        QVERIFY(orientedScore(Scoring::Mse, 1.0) < orientedScore(Scoring::Mse, 0.5));
        QVERIFY(orientedScore(Scoring::Accuracy, 1.0) > orientedScore(Scoring::Accuracy, 0.5));
    }

    void inputError_prefixesLocation()
    {
        InputError error("unterminated quoted field", FileLocation{"data.csv", 17, 4});
        QCOMPARE(QString::fromStdString(error.what()),
                 QStringLiteral("data.csv:17:4: unterminated quoted field"));
        QCOMPARE(error.code(), ExitCode::InvalidInput);
        QCOMPARE(QString::fromStdString(error.problem()),
                 QStringLiteral("unterminated quoted field"));
    }

    void resolveParams_rejectsOutOfSpace()
    {
        HyperSpace space{HyperParameter::integer("maxDepth", 1, 10, 6),
                         HyperParameter::choice("criterion", {"gini", "entropy"}, "gini")};
        auto params = resolveParams("tree", space, {{"maxDepth", 3}});
        QCOMPARE(params["maxDepth"].get<int>(), 3);
        QCOMPARE(QString::fromStdString(params["criterion"].get<std::string>()),
                 QStringLiteral("gini"));
        QVERIFY_THROWS_EXCEPTION(InputError, resolveParams("tree", space, {{"maxDepth", 11}}));
        QVERIFY_THROWS_EXCEPTION(InputError, resolveParams("tree", space, {{"depth", 3}}));
        std::mt19937_64 random(7);
        for (int i = 0; i < 100; ++i) {
            auto sample = sampleParams(space, random);
            QVERIFY(space[0].accepts(sample["maxDepth"]));
            QVERIFY(space[1].accepts(sample["criterion"]));
        }
    }

    void runContext_stopsAtDeadlineOrFlag()
    {
        std::atomic<bool> stop{false};
        RunContext context;
        context.stopFlag = &stop;
        QVERIFY(!context.shouldStop());
        stop = true;
        QVERIFY(context.shouldStop());
        QVERIFY_THROWS_EXCEPTION(StopRequested, context.checkpoint());
        RunContext timed = RunContext{}.withTimeLimit(std::chrono::seconds(-1));
        QVERIFY(timed.shouldStop());
    }

    void table_writeCsvQuotesAndFormats()
    {
        Table table;
        table.addColumn(Column::numeric("x", {1.5, std::nan(""), 0.1}));
        table.addColumn(Column::categorical("name", {"a,b", "", "say \"hi\""}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 table.addColumn(Column::numeric("short", {1.0})));
        std::ostringstream out;
        table.writeCsv(out);
        QCOMPARE(QString::fromStdString(out.str()),
                 QStringLiteral("x,name\n1.5,\"a,b\"\n,\n0.1,\"say \"\"hi\"\"\"\n"));
        std::vector<std::size_t> rows{2, 0};
        Table picked = table.takeRows(rows);
        QCOMPARE(picked.rowCount(), std::size_t(2));
        QCOMPARE(QString::fromStdString(picked.column(1).text(0)), QStringLiteral("say \"hi\""));
    }

    void formatDatetime_isIso()
    {
        QCOMPARE(QString::fromStdString(formatDatetime(0.0)), QStringLiteral("1970-01-01"));
        QCOMPARE(QString::fromStdString(formatDatetime(1697561234.289)),
                 QStringLiteral("2023-10-17T16:47:14.289Z"));
    }
};

QTEST_APPLESS_MAIN(TestEngineCore)
#include "test_engine_core.moc"
