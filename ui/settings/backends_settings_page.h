#pragma once

#include "client/backend_config.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <chrono>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace winnow::client {
class ApiKeyStore;
class ConnectionTestJob;
} // namespace winnow::client

namespace winnow::models {
class BackendConfigListModel;
}

namespace winnow::ui {

class InlineMessage;

// The "Backends" page of the settings: the remote services jobs can run on.
// Each has a name, a kind (ML Hub production or staging, or a custom URL),
// the URL, and an API key that is read from and written to the system
// keychain only. "Test connection" lists the service's jobs with the key as
// typed.
//
// Edits stay in the page until apply(): it saves the list (BackendConfigStore),
// then writes the changed keys and deletes the keys of removed backends, and
// reports with applyFinished() once the keychain is done.
class BackendsSettingsPage : public QWidget {
    Q_OBJECT

public:
    // `keys` must outlive the page.
    explicit BackendsSettingsPage(client::ApiKeyStore* keys, QWidget* parent = nullptr);
    ~BackendsSettingsPage() override;

    // Reads the saved backends, then their keys from the keychain.
    void load();
    bool hasChanges() const;
    // Where "Test connection" waits for an answer; 15 s unless set.
    void setConnectionTimeout(std::chrono::milliseconds timeout) { m_connectionTimeout = timeout; }

    // Empty when every backend can be saved; otherwise what to fix (and the
    // page shows the backend concerned).
    QString validate();
    void apply();
    bool isApplying() const { return m_pendingRequests > 0; }

    models::BackendConfigListModel* model() const { return m_model; }

signals:
    void changed();
    // apply() is done: the list is saved and the keychain has answered.
    void applyFinished(bool ok, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the page knows of one backend's API key.
    struct KeyState {
        QString key;
        bool loading = false; // a keychain read is on its way
        bool changed = false; // edited since the last load or apply
        QString error;        // why it could not be read
    };

    void createWidgets();
    void retranslateUi();

    void readKey(const QString& backendId);
    void addBackend();
    void removeSelectedBackend();
    void showBackend(int row);
    int currentRow() const;
    void updateCurrentBackend();
    void updateKeyField();
    void updateEditorState();
    void setKeyRevealed(bool revealed);
    void onKeyEdited(const QString& text);

    void testConnection();
    void cancelConnectionTest();
    void onConnectionTestFinished(bool ok);
    void finishRequest(const QString& error);

    client::ApiKeyStore* m_keys;
    QNetworkAccessManager* m_network = nullptr;
    models::BackendConfigListModel* m_model = nullptr;
    QHash<QString, KeyState> m_keyStates;
    QList<client::BackendConfig> m_saved;
    bool m_updatingEditor = false;

    QLabel* m_intro = nullptr;
    QListView* m_list = nullptr;
    QToolButton* m_addButton = nullptr;
    QToolButton* m_removeButton = nullptr;
    QStackedWidget* m_editorStack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_kindCombo = nullptr;
    QLineEdit* m_urlEdit = nullptr;
    QLineEdit* m_keyEdit = nullptr;
    QAction* m_revealAction = nullptr;
    QLabel* m_keyHint = nullptr;
    InlineMessage* m_formMessage = nullptr;
    QPushButton* m_testButton = nullptr;
    InlineMessage* m_testMessage = nullptr;

    QPointer<client::ConnectionTestJob> m_test;
    QString m_testedBackendId;
    std::chrono::milliseconds m_connectionTimeout{15000};

    int m_pendingRequests = 0;
    QStringList m_applyErrors;
};

} // namespace winnow::ui
