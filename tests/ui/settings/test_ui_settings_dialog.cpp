// The settings dialog, driven as a user would, against the real Secret
// Service (scripts/run-headless starts an unlocked, throw-away gnome-keyring)
// and real HTTP servers on loopback ports.
#include "client/api_key_store.h"
#include "client/backend_config_store.h"
#include "models/backend_config_list_model.h"
#include "tests/client/local_mlhub_server.h"
#include "translations/language_loader.h"
#include "ui/settings/backends_settings_page.h"
#include "ui/settings/general_settings_page.h"
#include "ui/settings/inline_message.h"
#include "ui/settings/settings_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using winnow::client::ApiKeyRequest;
using winnow::client::ApiKeyStore;
using winnow::client::BackendConfigStore;
using winnow::models::BackendConfigListModel;
using winnow::testing::LocalMlHubServer;
using winnow::testing::SilentServer;
using winnow::ui::InlineMessage;
using winnow::ui::SettingsDialog;

namespace {

const QString kSecret = u"mlhub-key-5c1e9a"_s;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QString secretToolSearch()
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"Winnow"_s});
    process.waitForFinished(20000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

QByteArray settingsFileBytes()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Reads a key straight from the keychain, as another part of Winnow would.
QString keychainKey(const QString& backendId, bool* found)
{
    ApiKeyStore store;
    ApiKeyRequest* read = store.read(backendId);
    QSignalSpy spy(read, &ApiKeyRequest::finished);
    if (!spy.wait(20000))
        return u"<no answer>"_s;
    *found = read->found();
    return read->key();
}

// Translates Winnow's own texts, while the application's language is
// Portuguese, into a marked form, so a test can see that the dialog
// retranslated itself without depending on the translators' progress.
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SettingsDialog>
    makeDialog(winnow::translations::LanguageLoader* loader = nullptr)
    {
        auto dialog = std::make_unique<SettingsDialog>(loader, m_dataDirectory);
        dialog->backendsPage()->setConnectionTimeout(5s);
        dialog->show();
        return dialog;
    }

    // Waits until every saved backend's key has been read from the keychain.
    static bool keysLoaded(SettingsDialog& dialog)
    {
        auto* key = dialog.findChild<QLineEdit*>(u"apiKeyEdit"_s);
        return QTest::qWaitFor([&] { return key->isEnabled(); }, 20000);
    }

    // Adds a custom-URL backend through the page's widgets.
    static void addCustomBackend(SettingsDialog& dialog, const QString& name, const QString& url,
                                 const QString& key)
    {
        dialog.showPage(SettingsDialog::Page::Backends);
        QTest::mouseClick(child<QToolButton>(&dialog, u"addBackendButton"_s), Qt::LeftButton);
        auto* nameEdit = child<QLineEdit>(&dialog, u"backendNameEdit"_s);
        nameEdit->selectAll();
        QTest::keyClicks(nameEdit, name);
        auto* kind = child<QComboBox>(&dialog, u"backendKindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(winnow::client::BackendKind::Custom)));
        emit kind->activated(kind->currentIndex());
        QTest::keyClicks(child<QLineEdit>(&dialog, u"backendUrlEdit"_s), url);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"apiKeyEdit"_s), key);
    }

    static bool pressOk(SettingsDialog& dialog)
    {
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        auto* buttons = child<QDialogButtonBox>(&dialog, u"settingsButtons"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return (applied.size() > 0 || applied.wait(20000)) && applied.last().at(0).toBool();
    }

    static QString testConnection(SettingsDialog& dialog)
    {
        auto* button = child<QPushButton>(&dialog, u"testConnectionButton"_s);
        auto* message = child<InlineMessage>(&dialog, u"connectionTestMessage"_s);
        if (!button->isEnabled())
            return u"<test button disabled>"_s;
        QTest::mouseClick(button, Qt::LeftButton);
        if (message->kind() != InlineMessage::Kind::Busy)
            return u"<no busy state>"_s;
        if (!QTest::qWaitFor([&] { return message->kind() != InlineMessage::Kind::Busy; }, 20000))
            return u"<still busy>"_s;
        return message->text();
    }

    void saveScreenshot(QWidget* widget, const QString& name)
    {
        const QString folder = qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name));
    }

    QString m_dataDirectory;
    winnow::translations::LanguageLoader m_languages;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
                 "secret-tool is missing: install libsecret-tools (scripts/install-deps)");
        m_dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        // English, as the app speaks it: "3 jobs", not "3 job(s)".
        m_languages.load(u"en"_s);
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void apiKey_isStoredInTheKeychainOnly()
    {
        auto dialog = makeDialog();
        addCustomBackend(*dialog, u"Team server"_s, u"http://127.0.0.1:9/winnow"_s, kSecret);
        saveScreenshot(dialog.get(), u"settings-backends.png"_s);
        QVERIFY(pressOk(*dialog));
        QVERIFY(!dialog->isVisible());

        const auto backends = BackendConfigStore().load();
        QCOMPARE(backends.size(), 1);
        QCOMPARE(backends[0].name, u"Team server"_s);
        QCOMPARE(backends[0].kind, winnow::client::BackendKind::Custom);
        QCOMPARE(backends[0].url, QUrl(u"http://127.0.0.1:9/winnow"_s));

        const QString items = secretToolSearch();
        QVERIFY2(items.contains(u"secret = "_s + kSecret), qPrintable(items));
        QVERIFY2(items.contains(u"attribute.user = "_s + backends[0].id), qPrintable(items));
        bool found = false;
        QCOMPARE(keychainKey(backends[0].id, &found), kSecret);
        QVERIFY(found);

        const QByteArray bytes = settingsFileBytes();
        QVERIFY2(bytes.contains("Team server"), bytes.constData()); // the right file
        QVERIFY2(bytes.contains("127.0.0.1:9/winnow"), bytes.constData());
        QVERIFY2(!bytes.contains(kSecret.toUtf8()), bytes.constData());
    }

    void reopening_readsTheKeyMasked_andRevealsIt()
    {
        {
            auto dialog = makeDialog();
            addCustomBackend(*dialog, u"Hub"_s, u"https://automl.example.com"_s, kSecret);
            QVERIFY(pressOk(*dialog));
        }
        auto dialog = makeDialog();
        dialog->showPage(SettingsDialog::Page::Backends);
        QVERIFY(keysLoaded(*dialog));
        auto* key = child<QLineEdit>(dialog.get(), u"apiKeyEdit"_s);
        QCOMPARE(key->text(), kSecret);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(!key->displayText().contains(kSecret));
        auto* reveal = dialog->findChild<QAction*>(u"revealApiKeyAction"_s);
        QVERIFY(reveal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QCOMPARE(key->displayText(), kSecret);
        QCOMPARE(reveal->text(), u"Hide API key"_s);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        // Nothing changed: Apply stays off.
        auto* buttons = child<QDialogButtonBox>(dialog.get(), u"settingsButtons"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled());
    }

    void removingABackend_deletesItsKey()
    {
        QString id;
        {
            auto dialog = makeDialog();
            addCustomBackend(*dialog, u"Short-lived"_s, u"https://gone.example.com"_s, kSecret);
            QVERIFY(pressOk(*dialog));
            id = BackendConfigStore().load().value(0).id;
        }
        QVERIFY(secretToolSearch().contains(u"attribute.user = "_s + id));

        auto dialog = makeDialog();
        dialog->showPage(SettingsDialog::Page::Backends);
        QVERIFY(keysLoaded(*dialog));
        QTest::mouseClick(child<QToolButton>(dialog.get(), u"removeBackendButton"_s),
                          Qt::LeftButton);
        QCOMPARE(dialog->backendsPage()->model()->rowCount(), 0);
        QVERIFY(pressOk(*dialog));

        QVERIFY(BackendConfigStore().load().isEmpty());
        QVERIFY(!secretToolSearch().contains(u"attribute.user = "_s + id));
        bool found = true;
        keychainKey(id, &found);
        QVERIFY(!found);
        QVERIFY(!settingsFileBytes().contains(id.toUtf8()));
    }

    void clearingTheKey_removesItFromTheKeychain()
    {
        QString id;
        {
            auto dialog = makeDialog();
            addCustomBackend(*dialog, u"Keyless"_s, u"https://open.example.com"_s, kSecret);
            QVERIFY(pressOk(*dialog));
            id = BackendConfigStore().load().value(0).id;
        }
        auto dialog = makeDialog();
        dialog->showPage(SettingsDialog::Page::Backends);
        QVERIFY(keysLoaded(*dialog));
        auto* key = child<QLineEdit>(dialog.get(), u"apiKeyEdit"_s);
        key->selectAll();
        QTest::keyClick(key, Qt::Key_Delete);
        QVERIFY(key->text().isEmpty());
        QVERIFY(pressOk(*dialog));
        QVERIFY(!secretToolSearch().contains(u"attribute.user = "_s + id));
        QCOMPARE(BackendConfigStore().load().size(), 1);
    }

    void testConnection_reportsTheServicesJobs()
    {
        LocalMlHubServer server(kSecret, 3);
        QVERIFY(server.isListening());
        auto dialog = makeDialog();
        addCustomBackend(*dialog, u"Local hub"_s, server.url().toString(), kSecret);
        const QString message = testConnection(*dialog);
        QCOMPARE(message, u"Connected: 3 jobs on the service."_s);
        QCOMPARE(child<InlineMessage>(dialog.get(), u"connectionTestMessage"_s)->kind(),
                 InlineMessage::Kind::Success);
        QCOMPARE(server.lastApiKeyHeader(), kSecret.toUtf8());
        QCOMPARE(server.lastAuthorizationHeader(), "Bearer " + kSecret.toUtf8());
        saveScreenshot(dialog.get(), u"settings-connection-ok.png"_s);
        // Testing saves nothing.
        QVERIFY(BackendConfigStore().load().isEmpty());
    }

    void testConnection_withAWrongKey_reportsHttp401()
    {
        LocalMlHubServer server(kSecret, 3);
        auto dialog = makeDialog();
        addCustomBackend(*dialog, u"Local hub"_s, server.url().toString(), u"not-the-key"_s);
        const QString message = testConnection(*dialog);
        QVERIFY2(message.contains(u"refused the API key"_s), qPrintable(message));
        QVERIFY2(message.contains(u"HTTP 401"_s), qPrintable(message));
        QCOMPARE(child<InlineMessage>(dialog.get(), u"connectionTestMessage"_s)->kind(),
                 InlineMessage::Kind::Error);
        saveScreenshot(dialog.get(), u"settings-connection-401.png"_s);
    }

    void testConnection_toASilentServer_timesOut()
    {
        SilentServer server;
        auto dialog = makeDialog();
        dialog->backendsPage()->setConnectionTimeout(600ms);
        addCustomBackend(*dialog, u"Silent"_s, server.url().toString(), kSecret);
        const QString message = testConnection(*dialog);
        QVERIFY2(message.contains(u"did not answer within 0.6 seconds"_s), qPrintable(message));
    }

    void testConnection_canBeCancelled()
    {
        SilentServer server;
        auto dialog = makeDialog();
        addCustomBackend(*dialog, u"Silent"_s, server.url().toString(), kSecret);
        auto* button = child<QPushButton>(dialog.get(), u"testConnectionButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), u"Cancel Test"_s);
        QTRY_COMPARE(server.connectionCount(), 1);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* message = child<InlineMessage>(dialog.get(), u"connectionTestMessage"_s);
        QCOMPARE(message->text(), u"Connection test cancelled."_s);
        QCOMPARE(button->text(), u"&Test Connection"_s);
    }

    void incompleteBackend_isNotSaved()
    {
        auto dialog = makeDialog();
        dialog->showPage(SettingsDialog::Page::Backends);
        QTest::mouseClick(child<QToolButton>(dialog.get(), u"addBackendButton"_s), Qt::LeftButton);
        auto* kind = child<QComboBox>(dialog.get(), u"backendKindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(winnow::client::BackendKind::Custom)));
        emit kind->activated(kind->currentIndex());
        QVERIFY(!child<QPushButton>(dialog.get(), u"testConnectionButton"_s)->isEnabled());
        QVERIFY(!pressOk(*dialog));
        QVERIFY(dialog->isVisible());
        auto* message = child<InlineMessage>(dialog.get(), u"settingsMessage"_s);
        QVERIFY2(message->text().contains(u"address"_s), qPrintable(message->text()));
        QVERIFY(BackendConfigStore().load().isEmpty());
    }

    void mlHubKinds_showTheirFixedAddress()
    {
        auto dialog = makeDialog();
        dialog->showPage(SettingsDialog::Page::Backends);
        QTest::mouseClick(child<QToolButton>(dialog.get(), u"addBackendButton"_s), Qt::LeftButton);
        auto* kind = child<QComboBox>(dialog.get(), u"backendKindCombo"_s);
        auto* url = child<QLineEdit>(dialog.get(), u"backendUrlEdit"_s);
        kind->setCurrentIndex(kind->findData(int(winnow::client::BackendKind::MlHubStaging)));
        emit kind->activated(kind->currentIndex());
        QCOMPARE(url->text(), u"https://c3po-stg.ml.semantixhub.com"_s);
        QVERIFY(url->isReadOnly());
        QVERIFY(pressOk(*dialog));
        QCOMPARE(BackendConfigStore().load().value(0).url,
                 QUrl(u"https://c3po-stg.ml.semantixhub.com"_s));
    }

    void generalSettings_areSaved_andAnnounced()
    {
        auto dialog = makeDialog();
        QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);
        QSignalSpy messages(dialog.get(), &SettingsDialog::messageRequested);
        child<QSpinBox>(dialog.get(), u"pollingIntervalSpin"_s)->setValue(45);
        child<QSpinBox>(dialog.get(), u"generationsSpin"_s)->setValue(12);
        child<QSpinBox>(dialog.get(), u"populationSizeSpin"_s)->setValue(30);
        child<QSpinBox>(dialog.get(), u"timeBudgetSpin"_s)->setValue(10);
        child<QSpinBox>(dialog.get(), u"seedSpin"_s)->setValue(7);
        child<QSpinBox>(dialog.get(), u"testFractionSpin"_s)->setValue(25);
        child<QCheckBox>(dialog.get(), u"balanceClassesCheck"_s)->setChecked(true);
        const QString folder = QDir::tempPath() + u"/winnow-elsewhere"_s;
        auto* folderEdit = child<QLineEdit>(dialog.get(), u"dataDirectoryEdit"_s);
        folderEdit->setText(folder);
        auto* notice = child<InlineMessage>(dialog.get(), u"dataDirectoryNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"after it restarts"_s), qPrintable(notice->text()));
        saveScreenshot(dialog.get(), u"settings-general.png"_s);

        QVERIFY(pressOk(*dialog));
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.at(0).at(0).value<SettingsDialog::Changes>();
        QVERIFY(changes.testFlag(SettingsDialog::Change::PollingInterval));
        QVERIFY(changes.testFlag(SettingsDialog::Change::JobDefaults));
        QVERIFY(changes.testFlag(SettingsDialog::Change::DataDirectory));
        QVERIFY(!changes.testFlag(SettingsDialog::Change::Backends));
        QVERIFY(!changes.testFlag(SettingsDialog::Change::Language));
        QCOMPARE(messages.size(), 1);

        const QSettings settings;
        QCOMPARE(settings.value(u"remote/pollingIntervalSeconds"_s).toInt(), 45);
        QCOMPARE(settings.value(u"jobDefaults/generations"_s).toInt(), 12);
        QCOMPARE(settings.value(u"jobDefaults/populationSize"_s).toInt(), 30);
        QCOMPARE(settings.value(u"jobDefaults/maxRuntimeSeconds"_s).toLongLong(), 600);
        QCOMPARE(settings.value(u"jobDefaults/seed"_s).toLongLong(), 7);
        QCOMPARE(settings.value(u"jobDefaults/testFraction"_s).toDouble(), 0.25);
        QCOMPARE(settings.value(u"jobDefaults/toBalance"_s).toBool(), true);
        QCOMPARE(settings.value(u"storage/dataDirectory"_s).toString(), folder);

        // Reopened, the dialog shows what was saved; Restore Defaults brings back the engine's.
        auto again = makeDialog();
        QCOMPARE(child<QSpinBox>(again.get(), u"generationsSpin"_s)->value(), 12);
        QCOMPARE(child<QSpinBox>(again.get(), u"testFractionSpin"_s)->value(), 25);
        QTest::mouseClick(child<QPushButton>(again.get(), u"restoreJobDefaultsButton"_s),
                          Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(again.get(), u"generationsSpin"_s)->value(), 5);
        QCOMPARE(child<QSpinBox>(again.get(), u"populationSizeSpin"_s)->value(), 20);
        QCOMPARE(child<QSpinBox>(again.get(), u"timeBudgetSpin"_s)->value(), 5);
        QCOMPARE(child<QSpinBox>(again.get(), u"seedSpin"_s)->value(), 42);
        QCOMPARE(child<QSpinBox>(again.get(), u"testFractionSpin"_s)->value(), 20);
        QVERIFY(!child<QCheckBox>(again.get(), u"balanceClassesCheck"_s)->isChecked());
    }

    void cancel_savesNothing()
    {
        auto dialog = makeDialog();
        QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);
        child<QSpinBox>(dialog.get(), u"generationsSpin"_s)->setValue(99);
        // A key of its own: earlier tests leave theirs in the keychain.
        const QString neverSaved = u"never-saved-0c5e1f"_s;
        addCustomBackend(*dialog, u"Never saved"_s, u"https://x.example"_s, neverSaved);
        auto* buttons = child<QDialogButtonBox>(dialog.get(), u"settingsButtons"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!QSettings().contains(u"jobDefaults/generations"_s));
        QVERIFY(BackendConfigStore().load().isEmpty());
        QVERIFY(!secretToolSearch().contains(neverSaved));
    }

    void languageSwitch_retranslatesTheDialogAtOnce()
    {
        winnow::translations::LanguageLoader loader;
        loader.load(u"en"_s);
        auto dialog = makeDialog(&loader);
        QCOMPARE(dialog->windowTitle(), u"Settings"_s);
        QSignalSpy changed(dialog.get(), &SettingsDialog::settingsChanged);

        auto* language = child<QComboBox>(dialog.get(), u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"pt_BR"_s));
        QCOMPARE(language->currentText(), u"Português (Brasil)"_s);
        auto* buttons = child<QDialogButtonBox>(dialog.get(), u"settingsButtons"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.at(0).at(0).value<SettingsDialog::Changes>().testFlag(
            SettingsDialog::Change::Language));

        QCOMPARE(loader.currentLanguage(), u"pt_BR"_s);
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"pt_BR"_s);
        // The dialog and its pages retranslated themselves, without reopening
        // (the Portuguese of translations/winnow_pt_BR.ts).
        QTRY_COMPARE(dialog->windowTitle(), u"Configurações"_s);
        auto* tabs = child<QTabWidget>(dialog.get(), u"settingsTabs"_s);
        QCOMPARE(tabs->tabText(1), u"Back-ends"_s);
        QCOMPARE(child<QWidget>(dialog.get(), u"languageGroup"_s)->property("title").toString(),
                 u"Idioma"_s);
        QCOMPARE(child<QPushButton>(dialog.get(), u"restoreJobDefaultsButton"_s)->text(),
                 u"&Restaurar padrões"_s);
        QCOMPARE(language->itemText(0), u"Padrão do sistema"_s);
        // Language names stay in their own language.
        QCOMPARE(language->currentText(), u"Português (Brasil)"_s);
        saveScreenshot(dialog.get(), u"settings-language.png"_s);

        // And back.
        language->setCurrentIndex(language->findData(u"en"_s));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QTRY_COMPARE(dialog->windowTitle(), u"Settings"_s);
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WinnowTest"_s);
    QCoreApplication::setApplicationName(u"settings-dialog"_s);
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_settings_dialog.moc"
