#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QListView;

namespace winnow::models {
class BackendListModel;
}

namespace winnow::ui {

// Paints a backend in the sidebar: its icon and name, and on the right its
// number of jobs, with a dot while some of them run.
class BackendItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

// The left sidebar: "Backends", then All jobs, this computer and each
// remote service with their job counts. Choosing one shows only its jobs.
class BackendSidebar : public QWidget {
    Q_OBJECT

public:
    explicit BackendSidebar(models::BackendListModel* model, QWidget* parent = nullptr);

    QListView* listView() const { return m_list; }
    // "" for All jobs.
    QString currentBackendId() const;
    void setCurrentBackendId(const QString& id);

signals:
    void backendChosen(const QString& backendId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    models::BackendListModel* m_model;
    QLabel* m_heading = nullptr;
    QListView* m_list = nullptr;
    QString m_current;
};

} // namespace winnow::ui
