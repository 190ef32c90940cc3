#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace winnow::ui {

// A library Winnow is built on, what it does for Winnow, and its licence as
// an SPDX identifier (or "Public domain").
struct ThirdPartyComponent {
    QString name;
    QString purpose;
    QString licence;
};

// Help > About Winnow: the version, what Winnow does, the Qt it was built
// with and runs on, and the licences of the libraries it uses.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QList<ThirdPartyComponent> thirdPartyComponents();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_name = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_licence = nullptr;
    QLabel* m_qtVersions = nullptr;
    QLabel* m_componentsHeading = nullptr;
    QTreeWidget* m_components = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace winnow::ui
