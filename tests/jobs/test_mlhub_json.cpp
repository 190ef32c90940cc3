#include "jobs/mlhub_json.h"
#include "tests/jobs/job_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

using namespace winnow::jobs;
using namespace Qt::StringLiterals;
using winnow::jobs::testing::q;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A job with every field set, as the store or winnow-server would hold it.
Job completeJob()
{
    Job job;
    job.id = u"651ec3562e0e8d99b6006597"_s;
    job.name = u"Credit card fraud, 5 features"_s;
    job.spec.featureTableName = u"creditcard_demo"_s;
    job.spec.featuresSelected = {u"v1"_s, u"v2"_s, u"v10"_s};
    job.spec.idColumn = u"id"_s;
    job.spec.targetName = u"class"_s;
    job.spec.startDate = QDate(2023, 1, 1);
    job.spec.endDate = QDate(2023, 10, 2);
    job.spec.task = u"classification"_s;
    job.spec.scoring = u"ks"_s;
    job.spec.numFeatures = 5;
    job.spec.generations = 3;
    job.spec.toBalance = true;
    job.spec.populationSize = 20;
    job.spec.testFraction = 0.25;
    job.spec.seed = 42;
    job.spec.maxRuntimeSeconds = 3600;
    job.spec.maxRuntimePerCandidateSeconds = 120;
    job.spec.maxCandidates = 50;
    job.spec.algorithms = {u"xgboost"_s, u"logistic_regression"_s};
    job.spec.dateColumn = u"event_date"_s;
    job.spec.otherFields.insert(u"experimentId"_s, 188);
    job.setStatus(JobStatus::Running);
    job.secondaryStatus = u"ModelTuning"_s;
    job.progress = 0.31;
    job.bestScore = 0.9712;
    job.artifactUri = u"s3://mlflow/188/f59665c5609d48b9a622bf60c463b377/artifacts"_s;
    job.tags = {u"fraud"_s, u"q4"_s};
    job.createdAt = utc(2023, 10, 17, 16, 47, 14, 289);
    job.updatedAt = utc(2023, 10, 17, 16, 52, 0, 1);
    job.startedAt = utc(2023, 10, 17, 16, 47, 15);
    job.timeline = {{u"Starting"_s, utc(2023, 10, 17, 16, 47, 15)},
                    {u"ModelTuning"_s, utc(2023, 10, 17, 16, 48, 2, 500)}};
    return job;
}

// What reading `job` back from its own object gives: the id becomes the
// remote id, and the backend is for the caller to say.
Job asReadBack(Job job)
{
    job.remoteId = job.id;
    job.id.clear();
    job.backend.clear();
    job.dataPath.clear();
    job.artifactDir.clear();
    return job;
}

} // namespace

class TestMlHubJson : public QObject {
    Q_OBJECT

private slots:
    void parseTimestamp_readsEveryServiceFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("date only") << u"2023-01-01"_s << utc(2023, 1, 1);
        QTest::newRow("go, whole seconds") << u"2022-01-01 00:00:00 +0000 UTC"_s << utc(2022, 1, 1);
        QTest::newRow("go, milliseconds")
            << u"2023-10-17 16:47:14.289 +0000 UTC"_s << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("go, one digit")
            << u"2023-10-17 16:47:14.2 +0000 UTC"_s << utc(2023, 10, 17, 16, 47, 14, 200);
        QTest::newRow("go, nanoseconds")
            << u"2023-10-17 16:47:14.289999999 +0000 UTC"_s << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("go, numeric zone name")
            << u"2023-10-17 13:47:14.289 -0300 -03"_s << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("go, monotonic reading") << u"2023-10-17 16:47:14.289 +0000 UTC m=+0.000123"_s
                                               << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("iso Z") << u"2023-10-17T16:47:14Z"_s << utc(2023, 10, 17, 16, 47, 14);
        QTest::newRow("iso Z ms") << u"2023-10-17T16:47:14.289Z"_s
                                  << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("iso offset colon")
            << u"2023-10-17T18:47:14.289+02:00"_s << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("iso offset no colon")
            << u"2023-10-17T13:47:14-0300"_s << utc(2023, 10, 17, 16, 47, 14);
        QTest::newRow("iso offset hours")
            << u"2023-10-17T21:47:14+05"_s << utc(2023, 10, 17, 16, 47, 14);
        QTest::newRow("iso across midnight")
            << u"2023-10-17T23:30:00-03:00"_s << utc(2023, 10, 18, 2, 30, 0);
        QTest::newRow("iso without zone is UTC")
            << u"2023-10-17T16:47:14"_s << utc(2023, 10, 17, 16, 47, 14);
        QTest::newRow("iso minutes only") << u"2023-10-17T16:47Z"_s << utc(2023, 10, 17, 16, 47);
        QTest::newRow("spaces around")
            << u"  2023-10-17T16:47:14Z "_s << utc(2023, 10, 17, 16, 47, 14);
    }

    void parseTimestamp_readsEveryServiceFormat()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = mlhub::parseTimestamp(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void parseTimestamp_rejectsWhatIsNotATime_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"", "yesterday", "2023-13-01", "2023-02-30", "2023/10/17", "2023-10-17T25:00:00Z",
              "2023-10-17T16:61:00Z", "2023-10-17T16:47:14+24:00",
              "2023-10-17T16:47:14 +0000 UTC trailing", "1697561234289"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }

    void parseTimestamp_rejectsWhatIsNotATime()
    {
        QFETCH(QString, text);
        QVERIFY(!mlhub::parseTimestamp(text).has_value());
    }

    void parseDate_keepsTheDateAsWritten()
    {
        QCOMPARE(mlhub::parseDate(u"2022-01-01 23:30:00 -0300 -03"), QDate(2022, 1, 1));
        QCOMPARE(mlhub::parseDate(u"2023-10-13 00:00:00 +0000 UTC"), QDate(2023, 10, 13));
        QCOMPARE(mlhub::parseDate(u"2023-10-02"), QDate(2023, 10, 2));
        QVERIFY(!mlhub::parseDate(u"02/10/2023").has_value());
    }

    void formatTimestamp_isIsoUtcWithMilliseconds()
    {
        const QDateTime time(QDate(2023, 10, 17), QTime(18, 47, 14, 289), QTimeZone(2 * 3600));
        QCOMPARE(mlhub::formatTimestamp(time), u"2023-10-17T16:47:14.289Z"_s);
        QCOMPARE(mlhub::formatTimestamp(QDateTime()), QString());
        QCOMPARE(mlhub::formatDate(QDate(2023, 1, 1)), u"2023-01-01"_s);
    }

    void parseJobList_readsTheSdkListExample()
    {
        // The list_jobs example of the ML Hub SDK documentation.
        const QByteArray body =
            q("{'resources': ["
              " {'id': '652eba92dc623bcd5e5f4cb6', 'featureTableName': 'feature_table_name_1',"
              " 'generations': 1, 'idColumn': 'id', 'status': 'RUNNING', 'targetName': "
              "'is_over30mob3',"
              " 'startDate': '2022-01-01 00:00:00 +0000 UTC',"
              " 'updatedAt': '2023-10-17 16:47:14.289 +0000 UTC',"
              " 'endDate': '2023-10-13 00:00:00 +0000 UTC', 'task': 'classification', 'scoring': "
              "'ks',"
              " 'numFeatures': 4, 'createdAt': '2023-10-17 16:47:14.289 +0000 UTC'},"
              " {'id': '652d6bc4dc623bcd5e5f4ca9', 'featureTableName': 'feature_table_name_3',"
              " 'generations': 1, 'idColumn': 'id', 'status': 'FINISHED', 'targetName': "
              "'is_over30mob3',"
              " 'startDate': '2022-01-01 00:00:00 +0000 UTC',"
              " 'updatedAt': '2023-10-16 16:58:44.222 +0000 UTC',"
              " 'endDate': '2023-10-11 00:00:00 +0000 UTC', 'task': 'classification', 'scoring': "
              "'ks',"
              " 'numFeatures': 3, 'createdAt': '2023-10-16 16:58:44.222 +0000 UTC'}"
              " ]}");
        Result<mlhub::JobList> list = mlhub::parseJobList(body);
        QVERIFY2(list.ok(), qPrintable(list.errorString()));
        QVERIFY(list->skipped.isEmpty());
        QCOMPARE(list->jobs.size(), 2);

        const Job& first = list->jobs.at(0);
        QCOMPARE(first.remoteId, u"652eba92dc623bcd5e5f4cb6"_s);
        QVERIFY(first.id.isEmpty());
        QCOMPARE(first.spec.featureTableName, u"feature_table_name_1"_s);
        QCOMPARE(first.spec.generations, 1);
        QCOMPARE(first.spec.numFeatures, 4);
        QCOMPARE(first.spec.idColumn, u"id"_s);
        QCOMPARE(first.spec.targetName, u"is_over30mob3"_s);
        QCOMPARE(first.spec.startDate, QDate(2022, 1, 1));
        QCOMPARE(first.spec.endDate, QDate(2023, 10, 13));
        QCOMPARE(first.spec.task, u"classification"_s);
        QCOMPARE(first.spec.scoring, u"ks"_s);
        QCOMPARE(first.status(), JobStatus::Running);
        QCOMPARE(first.createdAt, utc(2023, 10, 17, 16, 47, 14, 289));
        QCOMPARE(first.updatedAt, utc(2023, 10, 17, 16, 47, 14, 289));
        QVERIFY(first.spec.otherFields.isEmpty());
        QVERIFY(first.spec.featuresSelected.isEmpty());
        QCOMPARE(list->jobs.at(1).status(), JobStatus::Finished);
    }

    void parseJob_readsTheSdkGetExample()
    {
        const QByteArray body =
            q("{'id': '651ec3562e0e8d99b6006597',"
              " 'featureTableName': 'creditcard_demo', 'generations': 1, 'idColumn': 'id',"
              " 'status': 'RUNNING',"
              " 'artifactUri': 's3://mlflow/188/f59665c5609d48b9a622bf60c463b377/artifacts',"
              " 'targetName': 'class', 'startDate': '2023-01-01', 'endDate': '2023-10-02',"
              " 'task': 'classification', 'scoring': 'ks', 'numFeatures': 5}");
        Result<Job> job = mlhub::parseJob(body);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(job->remoteId, u"651ec3562e0e8d99b6006597"_s);
        QCOMPARE(job->artifactUri, u"s3://mlflow/188/f59665c5609d48b9a622bf60c463b377/artifacts"_s);
        QCOMPARE(job->spec.startDate, QDate(2023, 1, 1));
        QCOMPARE(job->spec.endDate, QDate(2023, 10, 2));
        QCOMPARE(job->spec.numFeatures, 5);
        QVERIFY(!job->createdAt.isValid());
    }

    void jobToObject_roundTripsEveryField()
    {
        const Job job = completeJob();
        const QJsonObject object = mlhub::jobToObject(job);
        QCOMPARE(object.value(u"id"_s).toString(), job.id);
        QCOMPARE(object.value(u"status"_s).toString(), u"RUNNING"_s);
        QCOMPARE(object.value(u"createdAt"_s).toString(), u"2023-10-17T16:47:14.289Z"_s);
        QCOMPARE(object.value(u"startDate"_s).toString(), u"2023-01-01"_s);
        QCOMPARE(object.value(u"featuresSelected"_s).toString(), u"v1,v2,v10"_s);
        QCOMPARE(object.value(u"toBalance"_s).toBool(), true);
        QCOMPARE(object.value(u"experimentId"_s).toInt(), 188);

        Result<Job> back = mlhub::parseJob(json(object));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(*back, asReadBack(job));
    }

    void jobFromObject_roundTripsEveryDateFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("date") << u"2023-01-01"_s << utc(2023, 1, 1);
        QTest::newRow("go") << u"2022-01-01 00:00:00 +0000 UTC"_s << utc(2022, 1, 1);
        QTest::newRow("go ms") << u"2023-10-17 16:47:14.289 +0000 UTC"_s
                               << utc(2023, 10, 17, 16, 47, 14, 289);
        QTest::newRow("iso Z") << u"2023-10-17T16:47:14Z"_s << utc(2023, 10, 17, 16, 47, 14);
        QTest::newRow("iso ms offset")
            << u"2023-10-17T18:47:14.289+02:00"_s << utc(2023, 10, 17, 16, 47, 14, 289);
    }

    void jobFromObject_roundTripsEveryDateFormat()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QJsonObject object{{u"id"_s, u"a1"_s},     {u"createdAt"_s, text},
                                 {u"updatedAt"_s, text}, {u"startDate"_s, text},
                                 {u"endDate"_s, text},   {u"startedAt"_s, text}};
        Result<Job> job = mlhub::jobFromObject(object);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(job->createdAt, expected);
        QCOMPARE(job->updatedAt, expected);
        QCOMPARE(job->startedAt, expected);
        QCOMPARE(job->spec.startDate, QDate::fromString(text.left(10), Qt::ISODate));
        QCOMPARE(job->spec.endDate, job->spec.startDate);

        // Written back out and read again, it is the same job.
        Job written = *job;
        written.id = written.remoteId;
        Result<Job> again = mlhub::jobFromObject(mlhub::jobToObject(written));
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(*again, *job);
    }

    void unknownStatus_isKeptVerbatim()
    {
        Result<Job> job =
            mlhub::jobFromObject({{u"id"_s, u"a"_s}, {u"status"_s, u"QUEUED_FOR_GPU"_s}});
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(job->status(), JobStatus::Unknown);
        QCOMPARE(job->statusText(), u"QUEUED_FOR_GPU"_s);
        QCOMPARE(mlhub::jobToObject(*job).value(u"status"_s).toString(), u"QUEUED_FOR_GPU"_s);

        Result<Job> lower = mlhub::jobFromObject({{u"id"_s, u"a"_s}, {u"status"_s, u"finished"_s}});
        QVERIFY(lower.ok());
        QCOMPARE(lower->status(), JobStatus::Finished);
        QCOMPARE(lower->statusText(), u"FINISHED"_s);
    }

    void unknownFields_areKeptInTheSpec()
    {
        const QJsonObject nested{{u"depth"_s, 3}};
        const QJsonObject object{{u"id"_s, u"a"_s},
                                 {u"featureTableName"_s, u"t"_s},
                                 {u"userId"_s, u"u-17"_s},
                                 {u"searchSpace"_s, nested},
                                 {u"status"_s, u"RUNNING"_s}};
        Result<Job> job = mlhub::jobFromObject(object);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(job->spec.otherFields.value(u"userId"_s).toString(), u"u-17"_s);
        QCOMPARE(job->spec.otherFields.value(u"searchSpace"_s).toObject(), nested);
        QVERIFY(!job->spec.otherFields.contains(u"status"_s));
        QVERIFY(!job->spec.otherFields.contains(u"id"_s));

        const QJsonObject request = mlhub::runJobRequest(*job);
        QCOMPARE(request.value(u"userId"_s).toString(), u"u-17"_s);
        QCOMPARE(request.value(u"searchSpace"_s).toObject(), nested);
        QVERIFY(!request.contains(u"status"_s));
    }

    void numbersGivenAsStrings_areAccepted()
    {
        const QByteArray body =
            q("{'id': 651, 'numFeatures': '5', 'generations': ' 2 ',"
              " 'progress': '0.5', 'bestScore': '0.93', 'toBalance': 'true', 'seed': '42',"
              " 'testFraction': '0.25', 'maxCandidates': 10.0, 'populationSize': '1e1'}");
        Result<Job> job = mlhub::parseJob(body);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(job->remoteId, u"651"_s);
        QCOMPARE(job->spec.numFeatures, 5);
        QCOMPARE(job->spec.generations, 2);
        QCOMPARE(job->progress, 0.5);
        QCOMPARE(job->bestScore, 0.93);
        QCOMPARE(job->spec.toBalance, true);
        QCOMPARE(job->spec.seed, 42);
        QCOMPARE(job->spec.testFraction, 0.25);
        QCOMPARE(job->spec.maxCandidates, 10);
        QCOMPARE(job->spec.populationSize, 10);
    }

    void toBalance_acceptsTheDocumentedDashedSpelling()
    {
        Result<Job> job = mlhub::jobFromObject({{u"id"_s, u"a"_s}, {u"to-balance"_s, true}});
        QVERIFY(job.ok());
        QCOMPARE(job->spec.toBalance, true);
        QVERIFY(!job->spec.otherFields.contains(u"to-balance"_s));
        const QJsonObject request = mlhub::runJobRequest(*job);
        QCOMPARE(request.value(u"toBalance"_s).toBool(), true);
        QVERIFY(!request.contains(u"to-balance"_s));
    }

    void featuresSelected_readsListsAndStrings()
    {
        for (const QJsonValue& given :
             {QJsonValue(u"v1, v2,v10"_s), QJsonValue(QJsonArray{u"v1"_s, u"v2"_s, u"v10"_s}),
              QJsonValue(u"[\"v1\",\"v2\",\"v10\"]"_s)}) {
            Result<Job> job =
                mlhub::jobFromObject({{u"id"_s, u"a"_s}, {u"featuresSelected"_s, given}});
            QVERIFY2(job.ok(), qPrintable(job.errorString()));
            QCOMPARE(job->spec.featuresSelected, (QStringList{u"v1"_s, u"v2"_s, u"v10"_s}));
        }
        Result<Job> empty =
            mlhub::jobFromObject({{u"id"_s, u"a"_s}, {u"featuresSelected"_s, u""_s}});
        QVERIFY(empty.ok());
        QVERIFY(empty->spec.featuresSelected.isEmpty());
    }

    void runJobRequest_isTheSdkBody()
    {
        Job job;
        job.spec.featureTableName = u"creditcard_demo"_s;
        job.spec.idColumn = u"id"_s;
        job.spec.targetName = u"class"_s;
        job.spec.startDate = QDate(2023, 1, 1);
        job.spec.endDate = QDate(2023, 10, 2);
        job.spec.task = u"classification"_s;
        job.spec.scoring = u"ks"_s;
        job.spec.numFeatures = 5;
        job.spec.generations = 1;
        job.name = u"not sent"_s;

        const QJsonObject expected{{u"featureTableName"_s, u"creditcard_demo"_s},
                                   {u"idColumn"_s, u"id"_s},
                                   {u"targetName"_s, u"class"_s},
                                   {u"startDate"_s, u"2023-01-01"_s},
                                   {u"endDate"_s, u"2023-10-02"_s},
                                   {u"task"_s, u"classification"_s},
                                   {u"scoring"_s, u"ks"_s},
                                   {u"numFeatures"_s, 5},
                                   {u"generations"_s, 1}};
        QCOMPARE(mlhub::runJobRequest(job), expected);

        job.spec.featuresSelected = {u"v1"_s, u"v2"_s};
        QCOMPARE(mlhub::runJobRequest(job).value(u"featuresSelected"_s).toString(), u"v1,v2"_s);

        Result<Job> received = mlhub::parseRunJobRequest(json(mlhub::runJobRequest(job)));
        QVERIFY2(received.ok(), qPrintable(received.errorString()));
        QCOMPARE(received->spec, job.spec);
    }

    void parseRunJobRequest_needsTableAndTarget()
    {
        Result<Job> missing = mlhub::parseRunJobRequest(q("{'featureTableName': 't'}"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::InvalidData);
        QVERIFY2(missing.errorString().contains(u"'targetName' is missing"_s),
                 qPrintable(missing.errorString()));
    }

    void parseRunJobResponse_readsTheId()
    {
        Result<QString> id = mlhub::parseRunJobResponse(q("{'id':'65395ed4506bc9b4b418f29a'}"));
        QVERIFY(id.ok());
        QCOMPARE(*id, u"65395ed4506bc9b4b418f29a"_s);
        QCOMPARE(mlhub::runJobResponse(*id), (QJsonObject{{u"id"_s, *id}}));
        QVERIFY(!mlhub::parseRunJobResponse(q("{'ok':true}")).ok());
        QVERIFY(!mlhub::parseRunJobResponse("<html>502 Bad Gateway</html>").ok());
    }

    void malformedInput_givesAClearError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << (q("{'id': 'a', ")) << u"malformed JSON at offset"_s;
        QTest::newRow("html") << QByteArray("<html>502</html>") << u"malformed JSON"_s;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << u"malformed JSON"_s;
        QTest::newRow("array") << QByteArray("[]")
                               << u"expected a job (a JSON object), found an array"_s;
        QTest::newRow("no id") << (q("{'featureTableName': 't'}")) << u"field 'id' is missing"_s;
        QTest::newRow("empty id") << (q("{'id': ''}")) << u"field 'id'"_s;
        QTest::newRow("object id")
            << (q("{'id': {}}")) << u"field 'id': expected a string, found an object"_s;
        QTest::newRow("null id") << (q("{'id': null}")) << u"field 'id' is missing"_s;
        QTest::newRow("word for a number")
            << (q("{'id': 'a', 'numFeatures': 'five'}"))
            << u"field 'numFeatures': expected a whole number, found the string \"five\""_s;
        QTest::newRow("fraction for a whole number")
            << (q("{'id': 'a', 'generations': 2.5}"))
            << u"field 'generations': expected a whole number, found the number 2.5"_s;
        QTest::newRow("huge whole number")
            << (q("{'id': 'a', 'numFeatures': 1e12}"))
            << u"field 'numFeatures': expected a whole number that fits"_s;
        QTest::newRow("bad time") << (q("{'id': 'a', 'createdAt': 'yesterday'}"))
                                  << u"field 'createdAt': expected a time"_s;
        QTest::newRow("bad date") << (q("{'id': 'a', 'startDate': 20230101}"))
                                  << u"field 'startDate': expected a date"_s;
        QTest::newRow("object for a list")
            << (q("{'id': 'a', 'featuresSelected': {}}"))
            << u"field 'featuresSelected': expected a list of names"_s;
        QTest::newRow("numbers in a list") << (q("{'id': 'a', 'algorithms': [1, 2]}"))
                                           << u"field 'algorithms': expected a list of names"_s;
        QTest::newRow("unclear switch") << (q("{'id': 'a', 'toBalance': 'maybe'}"))
                                        << u"field 'toBalance': expected true or false"_s;
        QTest::newRow("array status") << (q("{'id': 'a', 'status': ['RUNNING']}"))
                                      << u"field 'status': expected a string, found an array"_s;
        QTest::newRow("bad timeline")
            << (q("{'id': 'a', 'timeline': [{'time': 'noon'}]}")) << u"timeline[0]: field 'time'"_s;
    }

    void malformedInput_givesAClearError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        Result<Job> job = mlhub::parseJob(body);
        QVERIFY(!job.ok());
        QCOMPARE(job.error().kind, ErrorKind::InvalidData);
        QVERIFY2(job.errorString().contains(message),
                 qPrintable(u"got \"%1\", expected it to contain \"%2\""_s.arg(job.errorString(),
                                                                               message)));
    }

    void parseJobList_skipsUnreadableEntriesAndSaysWhy()
    {
        const QByteArray body = q("{'resources': [{'id': 'a'}, {'numFeatures': 3}, 17,"
                                  " {'id': 'b', 'createdAt': 'soon'}, {'id': 'c'}]}");
        Result<mlhub::JobList> list = mlhub::parseJobList(body);
        QVERIFY(list.ok());
        QCOMPARE(list->jobs.size(), 2);
        QCOMPARE(list->jobs.at(0).remoteId, u"a"_s);
        QCOMPARE(list->jobs.at(1).remoteId, u"c"_s);
        QCOMPARE(list->skipped.size(), 3);
        QCOMPARE(list->skipped.at(0), u"resources[1]: field 'id' is missing"_s);
        QCOMPARE(list->skipped.at(1),
                 u"resources[2]: expected a job object, found the number 17"_s);
        QVERIFY(list->skipped.at(2).startsWith(u"resources[3]: field 'createdAt'"_s));
    }

    void parseJobList_refusesWhatIsNotAList()
    {
        Result<mlhub::JobList> missing = mlhub::parseJobList(q("{'items': []}"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errorString(), u"field 'resources' is missing"_s);
        Result<mlhub::JobList> wrong = mlhub::parseJobList(q("{'resources': 'none'}"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.errorString(),
                 u"field 'resources': expected an array, found the string \"none\""_s);
        Result<mlhub::JobList> bare = mlhub::parseJobList(q("[{'id': 'a'}]"));
        QVERIFY(bare.ok());
        QCOMPARE(bare->jobs.size(), 1);
    }

    void jobListObject_roundTrips()
    {
        const Job job = completeJob();
        Result<mlhub::JobList> list = mlhub::parseJobList(json(mlhub::jobListObject({job, job})));
        QVERIFY(list.ok());
        QCOMPARE(list->jobs.size(), 2);
        QCOMPARE(list->jobs.at(1), asReadBack(job));
    }

    void damagedInput_neverCrashes()
    {
        const QByteArray valid = json(mlhub::jobListObject({completeJob()}));
        QRandomGenerator random(20231017);
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = valid;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(damaged.size()));
                switch (random.bounded(3)) {
                case 0: damaged[at] = char(random.bounded(256)); break;
                case 1: damaged.remove(at, 1 + random.bounded(8)); break;
                default: damaged.insert(at, "\"x\":[{},"); break;
                }
            }
            Result<mlhub::JobList> list = mlhub::parseJobList(damaged);
            if (!list)
                QVERIFY(!list.errorString().isEmpty());
            const qsizetype start = damaged.indexOf('{', 1);
            Result<Job> job = mlhub::parseJob(damaged.mid(start));
            if (!job)
                QVERIFY(!job.errorString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMlHubJson)
#include "test_mlhub_json.moc"
