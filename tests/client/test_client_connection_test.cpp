#include "client/connection_test_job.h"
#include "tests/client/local_mlhub_server.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using winnow::client::ConnectionTestJob;
using winnow::testing::LocalMlHubServer;
using winnow::testing::SilentServer;

class TestConnectionTest : public QObject {
    Q_OBJECT

private:
    // What a job said when it finished; the job deletes itself right after.
    struct Outcome {
        bool came = false;
        int signalCount = 0;
        bool ok = false;
        int jobCount = -1;
        int httpStatus = -1;
        bool timedOut = false;
        bool cancelled = false;
        QString error;
    };

    static Outcome runToEnd(ConnectionTestJob* job, const std::function<void()>& whileRunning = {})
    {
        Outcome outcome;
        QPointer<ConnectionTestJob> guard(job);
        QObject::connect(job, &ConnectionTestJob::finished, job, [&outcome, job](bool ok) {
            ++outcome.signalCount;
            outcome.came = true;
            outcome.ok = ok;
            outcome.jobCount = job->jobCount();
            outcome.httpStatus = job->httpStatus();
            outcome.timedOut = job->timedOut();
            outcome.cancelled = job->wasCancelled();
            outcome.error = job->errorString();
            if (!job->isFinished())
                qWarning("isFinished() is false inside finished()");
        });
        job->start();
        if (whileRunning)
            whileRunning();
        if (!QTest::qWaitFor([&] { return outcome.came; }, 20000))
            qWarning("the job did not finish");
        // Nothing more may follow, and the job goes away by itself.
        if (!QTest::qWaitFor([&] { return guard.isNull(); }, 2000))
            qWarning("the job did not delete itself");
        return outcome;
    }

    QNetworkAccessManager m_network;

private slots:
    void acceptedKey_reportsTheJobCount_andSendsBothHeaders()
    {
        LocalMlHubServer server(u"hub-key-1"_s, 3);
        QVERIFY(server.isListening());
        const Outcome outcome =
            runToEnd(new ConnectionTestJob(&m_network, server.url(), u"hub-key-1"_s));
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.jobCount, 3);
        QCOMPARE(outcome.httpStatus, 200);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.lastApiKeyHeader(), QByteArray("hub-key-1"));
        QCOMPARE(server.lastAuthorizationHeader(), QByteArray("Bearer hub-key-1"));
    }

    void emptyList_isStillAConnection()
    {
        LocalMlHubServer server(u"k"_s, 0);
        const Outcome outcome = runToEnd(new ConnectionTestJob(&m_network, server.url(), u"k"_s));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.jobCount, 0);
    }

    void baseUrlWithAPath_isKept()
    {
        LocalMlHubServer server(u"k"_s, 2, u"/api/v1"_s);
        const Outcome outcome = runToEnd(
            new ConnectionTestJob(&m_network, QUrl(server.url().toString() + u'/'), u"k"_s));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.jobCount, 2);
    }

    void refusedKey_reportsHttp401()
    {
        LocalMlHubServer server(u"right"_s, 3);
        const Outcome outcome =
            runToEnd(new ConnectionTestJob(&m_network, server.url(), u"wrong"_s));
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.httpStatus, 401);
        QVERIFY2(outcome.error.contains(u"refused the API key"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"HTTP 401"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"invalid api key"_s), qPrintable(outcome.error));
        QVERIFY(!outcome.timedOut);
    }

    void wrongPath_reportsHttp404()
    {
        LocalMlHubServer server(u"k"_s, 1, u"/api"_s);
        const Outcome outcome = runToEnd(new ConnectionTestJob(
            &m_network, QUrl(u"http://127.0.0.1:%1/elsewhere"_s.arg(server.url().port())), u"k"_s));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.httpStatus, 404);
        QVERIFY2(outcome.error.contains(u"/elsewhere/automl"_s), qPrintable(outcome.error));
    }

    void silentServer_timesOut()
    {
        SilentServer server;
        QVERIFY(server.isListening());
        auto* job = new ConnectionTestJob(&m_network, server.url(), u"k"_s);
        job->setTimeout(400ms);
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = runToEnd(job);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.timedOut);
        QVERIFY(clock.elapsed() >= 380);
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY2(outcome.error.contains(u"did not answer within 0.4 seconds"_s),
                 qPrintable(outcome.error));
        QCOMPARE(server.connectionCount(), 1);
    }

    void closedPort_reportsARefusedConnection()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const Outcome outcome = runToEnd(
            new ConnectionTestJob(&m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"k"_s));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"refused"_s), qPrintable(outcome.error));
    }

    void cancel_stopsTheRequest()
    {
        SilentServer server;
        auto* job = new ConnectionTestJob(&m_network, server.url(), u"k"_s);
        int signalsDuringCancel = -1;
        const Outcome outcome = runToEnd(job, [&] {
            QTRY_COMPARE(server.connectionCount(), 1);
            QSignalSpy spy(job, &ConnectionTestJob::finished);
            job->cancel();
            job->cancel(); // twice is harmless
            signalsDuringCancel = int(spy.size());
        });
        QCOMPARE(signalsDuringCancel, 0); // from the event loop, not from inside cancel()
        QCOMPARE(outcome.signalCount, 1);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.timedOut);
    }

    void answerThatIsNotAJobList_isReported()
    {
        QHttpServer plain;
        plain.route(u"/automl"_s, [] { return QHttpServerResponse("<html>Welcome</html>"); });
        const quint16 port = plain.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        const Outcome outcome = runToEnd(
            new ConnectionTestJob(&m_network, QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"k"_s));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.httpStatus, 200);
        QVERIFY2(outcome.error.contains(u"not with an ML Hub list of jobs"_s),
                 qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "test_client_connection_test.moc"
