#include "ui/about_dialog.h"

#include "resources/resources.h"
#include "winnow/version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

constexpr int kIconSize = 72;

enum ComponentColumn { NameColumn, PurposeColumn, LicenceColumn, ComponentColumnCount };

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);

    auto* icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(
        resources::applicationIcon().pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    m_name = makeLabel(this, u"aboutName"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_version = makeLabel(this, u"aboutVersion"_s);
    m_version->setForegroundRole(QPalette::PlaceholderText);

    m_description = makeLabel(this, u"aboutDescription"_s);
    m_licence = makeLabel(this, u"aboutLicence"_s);
    m_licence->setOpenExternalLinks(true);
    m_qtVersions = makeLabel(this, u"aboutQtVersions"_s);
    m_qtVersions->setForegroundRole(QPalette::PlaceholderText);

    m_componentsHeading = makeLabel(this, u"aboutComponentsHeading"_s);
    QFont headingFont = m_componentsHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_componentsHeading->setFont(headingFont);

    m_components = new QTreeWidget(this);
    m_components->setObjectName(u"aboutComponents"_s);
    m_components->setColumnCount(ComponentColumnCount);
    m_components->setRootIsDecorated(false);
    m_components->setAlternatingRowColors(true);
    m_components->setUniformRowHeights(true);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setFocusPolicy(Qt::NoFocus);
    m_components->setStyleSheet(u"QTreeWidget::item { padding: 4px 6px; }"_s);
    m_components->header()->setStretchLastSection(false);
    m_components->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_components->header()->setSectionResizeMode(PurposeColumn, QHeaderView::Stretch);
    m_components->header()->setSectionResizeMode(LicenceColumn, QHeaderView::ResizeToContents);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_name);
    heading->addWidget(m_version);
    heading->addSpacing(10);
    heading->addWidget(m_description);

    auto* top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(m_licence);
    layout->addWidget(m_qtVersions);
    layout->addSpacing(8);
    layout->addWidget(m_componentsHeading);
    layout->addWidget(m_components, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    resize(640, 540);
}

QList<ThirdPartyComponent> AboutDialog::thirdPartyComponents()
{
    return {
        {u"Qt 6"_s, tr("Windows, charts, networking and settings"), u"LGPL-3.0-only"_s},
        {u"XGBoost"_s, tr("Gradient-boosted trees"), u"Apache-2.0"_s},
        {u"liblinear"_s, tr("Linear models and support vector machines"), u"BSD-3-Clause"_s},
        {u"Eigen"_s, tr("Linear algebra"), u"MPL-2.0"_s},
        {u"nlohmann-json"_s, tr("Reading and writing JSON"), u"MIT"_s},
        {u"Graphviz"_s, tr("Pipeline diagrams"), u"EPL-1.0"_s},
        {u"QtKeychain"_s, tr("Keeping credentials in the system keychain"), u"BSD-3-Clause"_s},
        {u"zlib"_s, tr("Reading gzipped CSV files"), u"Zlib"_s},
        {u"SQLite"_s, tr("The job database"), tr("Public domain")},
    };
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Winnow"));
    m_name->setText(tr("Winnow"));
    m_version->setText(tr("Version %1").arg(QLatin1StringView(winnow::kVersion)));
    m_description->setText(
        tr("Winnow finds good machine-learning models for tables. Give it a CSV file and the "
           "column to predict: it prepares the data, tries and tunes many models on this "
           "computer or on a remote backend, and shows you how the best ones score."));
    m_licence->setText(
        tr("Winnow is free software, released under the GNU General Public License, version 3 "
           "or later. <a href=\"%1\">Project home page</a>")
            .arg(QStringLiteral(WINNOW_HOMEPAGE_URL)));
    m_qtVersions->setText(
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion())));
    m_componentsHeading->setText(tr("Winnow is built on these libraries:"));
    m_components->setHeaderLabels({tr("Library"), tr("Used for"), tr("Licence")});
    m_components->setAccessibleName(tr("Libraries and their licences"));

    m_components->clear();
    const QList<ThirdPartyComponent> components = thirdPartyComponents();
    for (const ThirdPartyComponent& component : components) {
        auto* item = new QTreeWidgetItem(m_components);
        item->setText(NameColumn, component.name);
        item->setText(PurposeColumn, component.purpose);
        item->setText(LicenceColumn, component.licence);
    }
}

} // namespace winnow::ui
