#include "engine/core/errors.h"
#include "engine/pipeline/job_spec.h"

#include <QtTest>

using namespace winnow::engine;
using nlohmann::json;

class TestJobSpec : public QObject {
    Q_OBJECT

private slots:
    void mlHubBody_readsEveryField()
    {
        // The run_job body the ML Hub's SDK sends, plus Winnow's knobs.
        auto spec = JobSpec::fromJson(json::parse(R"({
            "featureTableName": "creditcard.csv", "featuresSelected": "v1, v2,v3",
            "idColumn": "id", "targetName": "class", "dateColumn": "day",
            "startDate": "2023-01-01", "endDate": "2023-10-02 00:00:00 +0000 UTC",
            "task": "classification", "scoring": "ks", "numFeatures": "2",
            "generations": 1, "to-balance": true, "seed": 7, "testFraction": 0.25,
            "maxRuntimeSeconds": 120, "algorithms": ["xgboost", "knn"], "owner": "ana"})"));
        QCOMPARE(spec.featuresSelected, (std::vector<std::string>{"v1", "v2", "v3"}));
        QCOMPARE(spec.numFeatures.value_or(0), 2);
        QVERIFY(spec.toBalance);
        QCOMPARE(*spec.scoring, Scoring::Ks);
        QCOMPARE(spec.seed, std::uint64_t(7));
        QCOMPARE(spec.algorithms.size(), std::size_t(2));
        // Unknown fields survive a round trip.
        auto again = JobSpec::fromJson(spec.toJson());
        QCOMPARE(QString::fromStdString(again.extra.at("owner").get<std::string>()),
                 QStringLiteral("ana"));
        QCOMPARE(again.toJson(), spec.toJson());
    }

    void badFields_errorsNameTheField_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no target")
            << QStringLiteral(R"({"featureTableName": "a.csv"})") << QStringLiteral("'targetName'");
        QTest::newRow("no data") << QStringLiteral(R"({"targetName": "y"})")
                                 << QStringLiteral("'featureTableName'");
        QTest::newRow("task")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "task": "clustering"})")
            << QStringLiteral("'task' must be");
        QTest::newRow("scoring")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "scoring": "auc"})")
            << QStringLiteral("'scoring' must be one of ks");
        QTest::newRow("numFeatures")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "numFeatures": 2.5})")
            << QStringLiteral("'numFeatures' must be a whole number");
        QTest::newRow("fraction")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "testFraction": 0.9})")
            << QStringLiteral("'testFraction' must be a fraction");
        QTest::newRow("dates")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "startDate": "2023-01-01"})")
            << QStringLiteral("need 'dateColumn'");
        QTest::newRow("balance")
            << QStringLiteral(
                   R"({"featureTableName": "a.csv", "targetName": "y", "toBalance": "yes"})")
            << QStringLiteral("'toBalance' must be true or false");
        QTest::newRow("not object")
            << QStringLiteral(R"([1, 2])") << QStringLiteral("expected a JSON object");
    }
    void badFields_errorsNameTheField()
    {
        QFETCH(QString, document);
        QFETCH(QString, expected);
        try {
            JobSpec::fromJson(json::parse(document.toStdString()));
            QFAIL("accepted an invalid spec");
        } catch (const InputError& error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(expected), error.what());
        }
    }
};

int runJobSpecTests(int argc, char** argv)
{
    TestJobSpec test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_job_spec.moc"
