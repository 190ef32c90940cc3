#include "models/backend_config_list_model.h"

using namespace Qt::StringLiterals;

namespace winnow::models {

int BackendConfigListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backends.size());
}

QVariant BackendConfigListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::BackendConfig& backend = m_backends.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const QString name = backend.name.trimmed();
        return name.isEmpty() ? tr("Unnamed backend") : name;
    }
    case Qt::ToolTipRole:
        return backend.validationError().isEmpty() ? backend.baseUrl().toDisplayString()
                                                   : backend.validationError();
    case Qt::AccessibleDescriptionRole:
    case DetailRole: {
        const QString host = backend.baseUrl().host();
        const QString kind = client::backendKindDisplayName(backend.kind);
        return host.isEmpty() || backend.kind != client::BackendKind::Custom
                   ? kind
                   : u"%1 · %2"_s.arg(kind, host);
    }
    case IdRole: return backend.id;
    case KindRole: return int(backend.kind);
    case UrlRole: return backend.baseUrl().toString();
    case ValidRole: return backend.validationError().isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> BackendConfigListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "backendId");
    names.insert(KindRole, "kind");
    names.insert(UrlRole, "url");
    names.insert(DetailRole, "detail");
    names.insert(ValidRole, "valid");
    return names;
}

void BackendConfigListModel::setBackends(const QList<client::BackendConfig>& backends)
{
    beginResetModel();
    m_backends = backends;
    endResetModel();
}

void BackendConfigListModel::setBackend(int row, const client::BackendConfig& backend)
{
    if (row < 0 || row >= m_backends.size() || m_backends[row] == backend)
        return;
    m_backends[row] = backend;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

int BackendConfigListModel::addBackend(const client::BackendConfig& backend)
{
    const int row = int(m_backends.size());
    beginInsertRows({}, row, row);
    m_backends.append(backend);
    endInsertRows();
    return row;
}

void BackendConfigListModel::removeBackend(int row)
{
    if (row < 0 || row >= m_backends.size())
        return;
    beginRemoveRows({}, row, row);
    m_backends.removeAt(row);
    endRemoveRows();
}

int BackendConfigListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_backends.size(); ++row) {
        if (m_backends[row].id == id)
            return row;
    }
    return -1;
}

} // namespace winnow::models
