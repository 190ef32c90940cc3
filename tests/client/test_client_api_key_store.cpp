// Runs against the real Secret Service: scripts/run-headless gives this test a
// private D-Bus session with an unlocked, throw-away gnome-keyring.
#include "client/api_key_store.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using winnow::client::ApiKeyRequest;
using winnow::client::ApiKeyStore;

namespace {

const char kWithoutKeychain[] = "--without-keychain";
const QString kCanary = u"canary-secret-7f3a"_s;

// Waits for a request and returns whether it succeeded; fails the test when
// finished() does not come exactly once.
bool finishes(ApiKeyRequest* request, bool* ok)
{
    QSignalSpy spy(request, &ApiKeyRequest::finished);
    if (!spy.wait(20000) || spy.size() != 1)
        return false;
    *ok = spy.at(0).at(0).toBool();
    return true;
}

// What `secret-tool search --all server Winnow` prints: every item the keychain
// holds for Winnow, with its attributes and secret.
QString secretToolSearch()
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Winnow"_s});
    if (!process.waitForFinished(20000))
        return u"<secret-tool did not run: %1>"_s.arg(process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// Every file under the test-mode configuration and data folders, for looking
// for a leaked key.
QByteArray allSettingsBytes()
{
    QByteArray bytes;
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation}) {
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
    }
    return bytes;
}

// The child process's work: with no Secret Service reachable, a read must
// fail after trying twice, a write must fail, and nothing may be written to a
// plaintext file instead. Prints what happened as JSON.
int runWithoutKeychain(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WinnowTest"_s);
    QCoreApplication::setApplicationName(u"apikeys"_s);
    QStandardPaths::setTestModeEnabled(true);
    ApiKeyStore store;
    store.setRetryDelay(100ms);

    QJsonObject result;
    bool ok = true;
    ApiKeyRequest* read = store.read(u"backend-1"_s);
    QPointer<ApiKeyRequest> readGuard(read);
    if (finishes(read, &ok)) {
        result[u"readOk"_s] = ok;
        result[u"readAttempts"_s] = readGuard ? readGuard->attempts() : -1;
        result[u"readError"_s] = readGuard ? readGuard->errorString() : QString();
    }
    ApiKeyRequest* write = store.write(u"backend-1"_s, kCanary);
    QPointer<ApiKeyRequest> writeGuard(write);
    if (finishes(write, &ok)) {
        result[u"writeOk"_s] = ok;
        result[u"writeError"_s] = writeGuard ? writeGuard->errorString() : QString();
    }
    result[u"plaintextLeak"_s] = allSettingsBytes().contains(kCanary.toUtf8());
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestApiKeyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
                 "secret-tool is missing: install libsecret-tools (scripts/install-deps)");
    }

    void write_thenRead_returnsTheKey()
    {
        ApiKeyStore store;
        bool ok = false;
        ApiKeyRequest* write = store.write(u"hub-prod"_s, u"sk-live-4411"_s);
        QPointer<ApiKeyRequest> writeGuard(write);
        QVERIFY(finishes(write, &ok));
        QVERIFY2(ok, qPrintable(writeGuard ? writeGuard->errorString() : QString()));

        ApiKeyRequest* read = store.read(u"hub-prod"_s);
        QPointer<ApiKeyRequest> guard(read);
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QVERIFY(spy.wait(20000));
        QVERIFY(guard); // deleted later, not during finished()
        QVERIFY(read->succeeded());
        QVERIFY(read->found());
        QCOMPARE(read->key(), u"sk-live-4411"_s);
        QCOMPARE(read->attempts(), 1);
        QTRY_VERIFY(!guard); // and then it is gone
    }

    void write_storesInTheSecretServiceOnly()
    {
        ApiKeyStore store;
        bool ok = false;
        QVERIFY(finishes(store.write(u"team-server"_s, kCanary), &ok));
        QVERIFY(ok);

        const QString items = secretToolSearch();
        QVERIFY2(items.contains(u"attribute.user = team-server"_s), qPrintable(items));
        QVERIFY2(items.contains(u"secret = "_s + kCanary), qPrintable(items));
        QVERIFY(!allSettingsBytes().contains(kCanary.toUtf8()));
    }

    void write_keepsAnyText()
    {
        ApiKeyStore store;
        const QString key = u"ключ-🔑-clé \"quoted\" = 42"_s;
        bool ok = false;
        QVERIFY(finishes(store.write(u"unicode"_s, key), &ok));
        QVERIFY(ok);
        ApiKeyRequest* read = store.read(u"unicode"_s);
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QVERIFY(spy.wait(20000));
        QCOMPARE(read->key(), key);
    }

    void read_ofAMissingKey_succeedsWithoutKeyAndWithoutRetry()
    {
        ApiKeyStore store;
        store.setRetryDelay(5s);
        ApiKeyRequest* read = store.read(u"never-written"_s);
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QVERIFY(spy.wait(3000)); // well before a retry could happen
        QVERIFY(read->succeeded());
        QVERIFY(!read->found());
        QVERIFY(read->key().isEmpty());
        QCOMPARE(read->attempts(), 1);
    }

    void remove_deletesTheKey()
    {
        ApiKeyStore store;
        bool ok = false;
        QVERIFY(finishes(store.write(u"to-delete"_s, u"short-lived"_s), &ok));
        QVERIFY(ok);
        QVERIFY(secretToolSearch().contains(u"attribute.user = to-delete"_s));

        QVERIFY(finishes(store.remove(u"to-delete"_s), &ok));
        QVERIFY(ok);
        QVERIFY(!secretToolSearch().contains(u"attribute.user = to-delete"_s));
        ApiKeyRequest* read = store.read(u"to-delete"_s);
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QVERIFY(spy.wait(20000));
        QVERIFY(read->succeeded());
        QVERIFY(!read->found());

        // Removing what is not there is not an error.
        QVERIFY(finishes(store.remove(u"to-delete"_s), &ok));
        QVERIFY(ok);
    }

    void write_ofAnEmptyKey_removesIt()
    {
        ApiKeyStore store;
        bool ok = false;
        QVERIFY(finishes(store.write(u"cleared"_s, u"old"_s), &ok));
        QVERIFY(finishes(store.write(u"cleared"_s, QString()), &ok));
        QVERIFY(ok);
        QVERIFY(!secretToolSearch().contains(u"attribute.user = cleared"_s));
    }

    void keysOfDifferentBackends_areSeparate()
    {
        ApiKeyStore store;
        bool ok = false;
        QVERIFY(finishes(store.write(u"one"_s, u"key-one"_s), &ok));
        QVERIFY(finishes(store.write(u"two"_s, u"key-two"_s), &ok));
        QVERIFY(finishes(store.remove(u"one"_s), &ok));
        ApiKeyRequest* read = store.read(u"two"_s);
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QVERIFY(spy.wait(20000));
        QCOMPARE(read->key(), u"key-two"_s);
    }

    void request_withoutBackendId_failsFromTheEventLoop()
    {
        ApiKeyStore store;
        ApiKeyRequest* read = store.read(QString());
        QSignalSpy spy(read, &ApiKeyRequest::finished);
        QCOMPARE(spy.size(), 0); // not from inside read()
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.at(0).at(0).toBool(), false);
    }

    void withoutKeychain_readRetriesOnceThenFailsClearly_andNothingIsStoredInPlaintext()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A bus that does not exist: libdbus fails at once instead of autolaunching one.
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/winnow-bus"_s);
        environment.remove(u"DISPLAY"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(),
                    {QString::fromLatin1(kWithoutKeychain)});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAllStandardOutput();
        const QJsonObject result = QJsonDocument::fromJson(output).object();
        QVERIFY2(!result.isEmpty(), output.constData());
        QCOMPARE(result[u"readOk"_s].toBool(true), false);
        QCOMPARE(result[u"readAttempts"_s].toInt(), 2);
        const QString readError = result[u"readError"_s].toString();
        QVERIFY2(readError.startsWith(u"Could not read the API key: "_s), qPrintable(readError));
        QCOMPARE(result[u"writeOk"_s].toBool(true), false);
        QVERIFY2(result[u"writeError"_s].toString().startsWith(u"Could not save the API key"_s),
                 output.constData());
        QCOMPARE(result[u"plaintextLeak"_s].toBool(true), false);
    }
};

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], kWithoutKeychain) == 0)
        return runWithoutKeychain(argc, argv);
    QCoreApplication app(argc, argv);
    TestApiKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_client_api_key_store.moc"
