#include "client/backend_config_store.h"

#include "client/logging.h"

#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace winnow::client {

namespace {

const QString kArray = u"backends"_s;
const QString kId = u"id"_s;
const QString kName = u"name"_s;
const QString kKind = u"kind"_s;
const QString kUrl = u"url"_s;

} // namespace

BackendConfigStore::BackendConfigStore(QSettings* settings) : m_settings(settings) {}

BackendConfigStore::~BackendConfigStore()
{
    delete m_ownSettings;
}

QSettings* BackendConfigStore::settings() const
{
    if (m_settings)
        return m_settings;
    // Made on first use, so the store can be created before the application
    // has its name (which decides the settings file).
    auto* self = const_cast<BackendConfigStore*>(this);
    if (!self->m_ownSettings)
        self->m_ownSettings = new QSettings;
    return self->m_ownSettings;
}

QList<BackendConfig> BackendConfigStore::load() const
{
    QSettings* s = settings();
    QList<BackendConfig> backends;
    const int size = s->beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        s->setArrayIndex(i);
        BackendConfig config;
        config.id = s->value(kId).toString().trimmed();
        config.name = s->value(kName).toString();
        config.url = QUrl(s->value(kUrl).toString());
        const QString kindText = s->value(kKind).toString();
        const std::optional<BackendKind> kind = parseBackendKind(kindText);
        if (config.id.isEmpty() || !kind) {
            qCWarning(lcClient) << "skipping backend" << i << "of the settings: id" << config.id
                                << "kind" << kindText;
            continue;
        }
        config.kind = *kind;
        backends << config;
    }
    s->endArray();
    return backends;
}

jobs::Result<void> BackendConfigStore::save(const QList<BackendConfig>& backends)
{
    QSettings* s = settings();
    s->remove(kArray);
    s->beginWriteArray(kArray, int(backends.size()));
    for (int i = 0; i < backends.size(); ++i) {
        const BackendConfig& config = backends[i];
        s->setArrayIndex(i);
        s->setValue(kId, config.id);
        s->setValue(kName, config.name);
        s->setValue(kKind, backendKindKey(config.kind));
        s->setValue(kUrl, config.url.toString());
    }
    s->endArray();
    // QSettings writes through a temporary file and renames it into place.
    s->sync();
    switch (s->status()) {
    case QSettings::NoError: break;
    case QSettings::AccessError:
        return jobs::Error{jobs::ErrorKind::ReadOnly,
                           tr("Could not save the backends: %1 cannot be written.")
                               .arg(QDir::toNativeSeparators(s->fileName()))};
    case QSettings::FormatError:
        return jobs::Error{jobs::ErrorKind::InvalidData,
                           tr("Could not save the backends: %1 is damaged.")
                               .arg(QDir::toNativeSeparators(s->fileName()))};
    }
    return {};
}

} // namespace winnow::client
