#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace winnow::client {

// What kind of service a remote backend is. The two ML Hub environments have
// fixed addresses; anything else that speaks the ML Hub AutoML API (a
// winnow-server, say) is a custom URL.
enum class BackendKind { MlHubProduction, MlHubStaging, Custom };

inline constexpr BackendKind kAllBackendKinds[] = {
    BackendKind::MlHubProduction,
    BackendKind::MlHubStaging,
    BackendKind::Custom,
};

// The kind as saved in the settings: "mlhub-production", "mlhub-staging", "custom".
QString backendKindKey(BackendKind kind);
// The inverse of backendKindKey(); nothing for an unknown text.
std::optional<BackendKind> parseBackendKind(QStringView key);
// For menus and lists: "ML Hub (production)", "ML Hub (staging)", "Custom URL".
QString backendKindDisplayName(BackendKind kind);
// The address of an ML Hub environment; empty for Custom.
QUrl mlHubUrl(BackendKind kind);

// One remote service the user configured. The API key is not part of it: the
// key lives in the system keychain only (ApiKeyStore), under `id`.
struct BackendConfig {
    Q_DECLARE_TR_FUNCTIONS(winnow::client::BackendConfig)

public:
    QString id; // stable and unique; the backend id of its jobs and the key's name in the keychain
    QString name; // given by the user: "ML Hub", "Team server"
    BackendKind kind = BackendKind::MlHubProduction;
    QUrl url; // what the user entered; used for Custom only

    // A new configuration with a fresh id.
    static BackendConfig create(const QString& name, BackendKind kind, const QUrl& url = {});

    // Where requests go: the ML Hub environment's address, or `url` for Custom.
    QUrl baseUrl() const;
    // An empty string when the configuration can be used; otherwise what to
    // fix, e.g. "Enter the service's address, such as https://automl.example.com."
    QString validationError() const;

    bool operator==(const BackendConfig&) const = default;
};

// `base` with `path` appended to its path: ("https://h/api/", "automl") -> https://h/api/automl.
QUrl endpointUrl(const QUrl& base, const QString& path);

} // namespace winnow::client
