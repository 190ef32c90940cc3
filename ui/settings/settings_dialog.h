#pragma once

#include "ui/settings/general_settings.h"

#include <QDialog>
#include <QFlags>

class QDialogButtonBox;
class QTabWidget;

namespace winnow::translations {
class LanguageLoader;
}
namespace winnow::client {
class ApiKeyStore;
}

namespace winnow::ui {

class BackendsSettingsPage;
class GeneralSettingsPage;
class InlineMessage;

// Winnow's settings: "General" (refresh interval of remote jobs, the defaults
// of new jobs, the data folder, the language) and "Backends" (the remote
// services and their API keys).
//
// OK and Apply save everything: the settings file, then the API keys in the
// keychain. What can change at once does: the language is switched through
// the LanguageLoader, and settingsChanged() tells the rest of the app what
// changed. Only the data folder waits for the next start, and the page says so.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { General, Backends };

    enum class Change : quint32 {
        None = 0,
        PollingInterval = 1u << 0, // GeneralSettings::pollingIntervalSeconds
        JobDefaults = 1u << 1,     // the "jobDefaults" group
        DataDirectory = 1u << 2,   // applies after a restart
        Language = 1u << 3,        // already switched when the signal comes
        Backends = 1u << 4,        // the list of backends or an API key
    };
    Q_DECLARE_FLAGS(Changes, Change)

    // `languages` is the application's loader, used to switch language at
    // once; when null, the new language is saved and used at the next start.
    // `runningDataDirectory` is the data folder this run of Winnow uses.
    explicit SettingsDialog(translations::LanguageLoader* languages,
                            const QString& runningDataDirectory, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    GeneralSettingsPage* generalPage() const { return m_generalPage; }
    BackendsSettingsPage* backendsPage() const { return m_backendsPage; }
    client::ApiKeyStore* apiKeyStore() const { return m_keys; }

    // Saves what the pages show; the same as pressing Apply.
    void apply();
    bool isApplying() const { return m_applying; }

public slots:
    void accept() override;
    void reject() override;

signals:
    // After OK or Apply, once everything is saved, when something changed.
    void settingsChanged(winnow::ui::SettingsDialog::Changes changes);
    // A message for the main window's message bar.
    void messageRequested(QtMsgType level, const QString& text);
    // Apply has finished, successfully or not (for tests and busy cursors).
    void applied(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void startApply(bool closeWhenDone);
    void finishApply(bool ok, const QString& error);

    translations::LanguageLoader* m_languages;
    client::ApiKeyStore* m_keys;
    GeneralSettings m_savedGeneral;
    QTabWidget* m_tabs = nullptr;
    GeneralSettingsPage* m_generalPage = nullptr;
    BackendsSettingsPage* m_backendsPage = nullptr;
    InlineMessage* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    bool m_applying = false;
    bool m_closeWhenApplied = false;
    Changes m_pendingChanges;
};

} // namespace winnow::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(winnow::ui::SettingsDialog::Changes)
