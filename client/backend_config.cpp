#include "client/backend_config.h"

#include <QUuid>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace winnow::client {

namespace {

constexpr std::array<std::pair<BackendKind, QStringView>, 3> kindKeys{{
    {BackendKind::MlHubProduction, u"mlhub-production"},
    {BackendKind::MlHubStaging, u"mlhub-staging"},
    {BackendKind::Custom, u"custom"},
}};

} // namespace

QString backendKindKey(BackendKind kind)
{
    for (const auto& [known, key] : kindKeys) {
        if (known == kind)
            return key.toString();
    }
    return u"custom"_s;
}

std::optional<BackendKind> parseBackendKind(QStringView key)
{
    for (const auto& [kind, known] : kindKeys) {
        if (key.trimmed().compare(known, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString backendKindDisplayName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::MlHubProduction: return BackendConfig::tr("ML Hub (production)");
    case BackendKind::MlHubStaging: return BackendConfig::tr("ML Hub (staging)");
    case BackendKind::Custom: return BackendConfig::tr("Custom URL");
    }
    return {};
}

QUrl mlHubUrl(BackendKind kind)
{
    switch (kind) {
    case BackendKind::MlHubProduction: return QUrl(u"https://c3po.ml.semantixhub.com"_s);
    case BackendKind::MlHubStaging: return QUrl(u"https://c3po-stg.ml.semantixhub.com"_s);
    case BackendKind::Custom: break;
    }
    return {};
}

BackendConfig BackendConfig::create(const QString& name, BackendKind kind, const QUrl& url)
{
    BackendConfig config;
    config.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    config.name = name;
    config.kind = kind;
    config.url = kind == BackendKind::Custom ? url : mlHubUrl(kind);
    return config;
}

QUrl BackendConfig::baseUrl() const
{
    return kind == BackendKind::Custom ? url : mlHubUrl(kind);
}

QString BackendConfig::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the backend a name.");
    if (kind != BackendKind::Custom)
        return {};
    if (url.isEmpty())
        return tr("Enter the service's address, such as https://automl.example.com.");
    if (!url.isValid())
        return tr("The address is not a valid URL: %1").arg(url.errorString());
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return tr("The address must start with https:// or http://.");
    if (url.host().isEmpty())
        return tr("The address has no host name.");
    return {};
}

QUrl endpointUrl(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u'/' + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace winnow::client
