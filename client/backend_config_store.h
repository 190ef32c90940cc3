#pragma once

#include "client/backend_config.h"
#include "jobs/result.h"

#include <QCoreApplication>
#include <QList>

class QSettings;

namespace winnow::client {

// The configured remote services, kept in the application's settings as the
// array "backends" of {id, name, kind, url}. API keys are never written here:
// they belong in the keychain (ApiKeyStore).
class BackendConfigStore {
    Q_DECLARE_TR_FUNCTIONS(winnow::client::BackendConfigStore)

public:
    // Reads and writes `settings`; the application's own settings (QSettings())
    // when null. The store does not own `settings`.
    explicit BackendConfigStore(QSettings* settings = nullptr);
    ~BackendConfigStore();
    BackendConfigStore(const BackendConfigStore&) = delete;
    BackendConfigStore& operator=(const BackendConfigStore&) = delete;

    // The saved services, in the order saved. Entries without an id or with a
    // kind this version does not know are skipped (and logged), so a newer
    // Winnow's settings never break an older one.
    QList<BackendConfig> load() const;
    // Replaces the saved list and writes it to disk at once.
    jobs::Result<void> save(const QList<BackendConfig>& backends);

private:
    QSettings* settings() const;

    QSettings* m_settings = nullptr;
    QSettings* m_ownSettings = nullptr;
};

} // namespace winnow::client
