#include "client/backend_config.h"
#include "client/backend_config_store.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow::client;

class TestBackendConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void kindKeys_roundTrip()
    {
        for (BackendKind kind : kAllBackendKinds) {
            const std::optional<BackendKind> parsed = parseBackendKind(backendKindKey(kind));
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, kind);
            QVERIFY(!backendKindDisplayName(kind).isEmpty());
        }
        QVERIFY(!parseBackendKind(u"sagemaker-someday").has_value());
        QCOMPARE(parseBackendKind(u" MLHUB-staging "), BackendKind::MlHubStaging);
    }

    void mlHubKinds_useTheEnvironmentsAddresses()
    {
        BackendConfig config = BackendConfig::create(u"Hub"_s, BackendKind::MlHubProduction);
        QCOMPARE(config.baseUrl(), QUrl(u"https://c3po.ml.semantixhub.com"_s));
        // A stale or edited URL in the settings does not redirect an ML Hub backend.
        config.url = QUrl(u"https://elsewhere.example"_s);
        QCOMPARE(config.baseUrl(), QUrl(u"https://c3po.ml.semantixhub.com"_s));
        config.kind = BackendKind::MlHubStaging;
        QCOMPARE(config.baseUrl(), QUrl(u"https://c3po-stg.ml.semantixhub.com"_s));
    }

    void create_givesUniqueIds()
    {
        const BackendConfig a = BackendConfig::create(u"A"_s, BackendKind::Custom);
        const BackendConfig b = BackendConfig::create(u"A"_s, BackendKind::Custom);
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QVERIFY(a.id != u"local");
    }

    void validationError_saysWhatToFix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedWord"); // empty: valid

        QTest::newRow("ml hub") << u"Hub"_s << int(BackendKind::MlHubProduction) << QString()
                                << QString();
        QTest::newRow("custom https") << u"Team"_s << int(BackendKind::Custom)
                                      << u"https://automl.example.com/api"_s << QString();
        QTest::newRow("custom http port")
            << u"Team"_s << int(BackendKind::Custom) << u"http://127.0.0.1:8080"_s << QString();
        QTest::newRow("no name") << u"  "_s << int(BackendKind::MlHubStaging) << QString()
                                 << u"name"_s;
        QTest::newRow("custom without url")
            << u"Team"_s << int(BackendKind::Custom) << QString() << u"address"_s;
        QTest::newRow("ftp") << u"Team"_s << int(BackendKind::Custom) << u"ftp://files.example"_s
                             << u"https://"_s;
        QTest::newRow("no host") << u"Team"_s << int(BackendKind::Custom) << u"https://"_s
                                 << u"host"_s;
    }

    void validationError_saysWhatToFix()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, url);
        QFETCH(QString, expectedWord);
        const BackendConfig config =
            BackendConfig::create(name, BackendKind(kind), QUrl(url, QUrl::StrictMode));
        const QString error = config.validationError();
        if (expectedWord.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(expectedWord), qPrintable(error));
    }

    void endpointUrl_appendsToThePath()
    {
        QCOMPARE(endpointUrl(QUrl(u"https://h.example"_s), u"automl"_s),
                 QUrl(u"https://h.example/automl"_s));
        QCOMPARE(endpointUrl(QUrl(u"https://h.example/"_s), u"automl"_s),
                 QUrl(u"https://h.example/automl"_s));
        QCOMPARE(endpointUrl(QUrl(u"http://127.0.0.1:9000/api/v1//?x=1"_s), u"automl"_s),
                 QUrl(u"http://127.0.0.1:9000/api/v1/automl"_s));
    }

    void store_saveThenLoad_roundTrip()
    {
        QTemporaryDir directory;
        QSettings settings(directory.filePath(u"winnow.conf"_s), QSettings::IniFormat);
        BackendConfigStore store(&settings);
        QVERIFY(store.load().isEmpty());

        const QList<BackendConfig> backends{
            BackendConfig::create(u"ML Hub"_s, BackendKind::MlHubProduction),
            BackendConfig::create(u"Staging"_s, BackendKind::MlHubStaging),
            BackendConfig::create(u"Team server, Lisbon"_s, BackendKind::Custom,
                                  QUrl(u"http://10.0.0.5:8080/winnow"_s)),
        };
        QVERIFY(store.save(backends).ok());

        QSettings reread(directory.filePath(u"winnow.conf"_s), QSettings::IniFormat);
        QCOMPARE(BackendConfigStore(&reread).load(), backends);

        // Saving a shorter list leaves no trace of the removed entries.
        QVERIFY(store.save({backends[2]}).ok());
        QSettings shorter(directory.filePath(u"winnow.conf"_s), QSettings::IniFormat);
        QCOMPARE(BackendConfigStore(&shorter).load(), QList<BackendConfig>{backends[2]});
        QFile file(directory.filePath(u"winnow.conf"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(backends[0].id.toUtf8()));
        QVERIFY(bytes.contains(backends[2].id.toUtf8()));
    }

    void store_load_skipsEntriesItCannotUse()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"winnow.conf"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[backends]\n"
                       "1\\id=aaa\n1\\name=Good\n1\\kind=custom\n1\\url=https://a.example\n"
                       "2\\id=\n2\\name=No id\n2\\kind=custom\n"
                       "3\\id=ccc\n3\\name=Future\n3\\kind=quantum-hub\n"
                       "size=3\n");
        }
        QSettings settings(path, QSettings::IniFormat);
        const QList<BackendConfig> loaded = BackendConfigStore(&settings).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0].id, u"aaa"_s);
        QCOMPARE(loaded[0].url, QUrl(u"https://a.example"_s));
    }

    void store_save_reportsAnUnwritableFile()
    {
        // A folder where the settings file should be: nobody, root included, can write it.
        QTemporaryDir directory;
        const QString path = directory.filePath(u"winnow.conf"_s);
        QVERIFY(QDir().mkpath(path));
        QSettings settings(path, QSettings::IniFormat);
        const auto saved = BackendConfigStore(&settings).save(
            {BackendConfig::create(u"Hub"_s, BackendKind::MlHubProduction)});
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorString().contains(u"winnow.conf"_s), qPrintable(saved.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestBackendConfig)
#include "test_client_backend_config.moc"
