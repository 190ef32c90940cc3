#pragma once

#include "client/backend_config.h"

#include <QAbstractListModel>
#include <QList>

namespace winnow::models {

// The remote backends being edited in the settings dialog, one row each:
// the name to show, and the kind and address beneath it.
class BackendConfigListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the backend id
        KindRole,                  // int: client::BackendKind
        UrlRole,                   // QString: where requests go
        DetailRole,                // QString: "ML Hub (production) · c3po.ml.semantixhub.com"
        ValidRole,                 // bool: whether the configuration can be used
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QList<client::BackendConfig> backends() const { return m_backends; }
    void setBackends(const QList<client::BackendConfig>& backends);
    client::BackendConfig backend(int row) const { return m_backends.value(row); }
    // Replaces a row, announcing only that row as changed.
    void setBackend(int row, const client::BackendConfig& backend);
    // Appends a row and returns its number.
    int addBackend(const client::BackendConfig& backend);
    void removeBackend(int row);
    int rowOf(const QString& id) const;

private:
    QList<client::BackendConfig> m_backends;
};

} // namespace winnow::models
