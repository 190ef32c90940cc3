#include "ui/settings/settings_dialog.h"

#include "client/api_key_store.h"
#include "translations/language_loader.h"
#include "ui/settings/backends_settings_page.h"
#include "ui/settings/general_settings_page.h"
#include "ui/settings/inline_message.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

SettingsDialog::SettingsDialog(translations::LanguageLoader* languages,
                               const QString& runningDataDirectory, QWidget* parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_keys(new client::ApiKeyStore(this))
{
    setObjectName(u"settingsDialog"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setDocumentMode(false);
    m_generalPage = new GeneralSettingsPage(m_tabs);
    m_backendsPage = new BackendsSettingsPage(m_keys, m_tabs);
    m_tabs->addTab(m_generalPage, QString());
    m_tabs->addTab(m_backendsPage, QString());

    m_message = new InlineMessage(this);
    m_message->setObjectName(u"settingsMessage"_s);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    QSettings settings;
    m_savedGeneral = GeneralSettings::load(settings);
    m_generalPage->setSettings(m_savedGeneral, runningDataDirectory);
    m_backendsPage->load();

    connect(m_generalPage, &GeneralSettingsPage::changed, this, &SettingsDialog::updateButtons);
    connect(m_backendsPage, &BackendsSettingsPage::changed, this, &SettingsDialog::updateButtons);
    connect(m_backendsPage, &BackendsSettingsPage::applyFinished, this,
            &SettingsDialog::finishApply);

    retranslateUi();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(780, 580)));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(m_tabs->indexOf(m_generalPage), tr("General"));
    m_tabs->setTabText(m_tabs->indexOf(m_backendsPage), tr("Backends"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_backendsPage),
                          tr("Remote services to run jobs on, and their API keys"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentWidget(page == Page::General ? static_cast<QWidget*>(m_generalPage)
                                                   : m_backendsPage);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return m_tabs->currentWidget() == m_backendsPage ? Page::Backends : Page::General;
}

void SettingsDialog::updateButtons()
{
    const bool changed =
        m_generalPage->settings() != m_savedGeneral || m_backendsPage->hasChanges();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(changed && !m_applying);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_applying);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_applying);
    if (changed && m_message->kind() == InlineMessage::Kind::Success)
        m_message->clearMessage();
}

void SettingsDialog::apply()
{
    startApply(false);
}

void SettingsDialog::accept()
{
    startApply(true);
}

void SettingsDialog::reject()
{
    if (!m_applying)
        QDialog::reject();
}

void SettingsDialog::startApply(bool closeWhenDone)
{
    if (m_applying)
        return;
    m_message->clearMessage();
    if (const QString problem = m_generalPage->validate(); !problem.isEmpty()) {
        showPage(Page::General);
        m_message->showMessage(InlineMessage::Kind::Error, problem);
        emit applied(false);
        return;
    }

    // The settings file first: quick, and independent of the keychain.
    const GeneralSettings general = m_generalPage->settings();
    Changes changes;
    if (general.pollingIntervalSeconds != m_savedGeneral.pollingIntervalSeconds)
        changes |= Change::PollingInterval;
    if (general.jobDefaults != m_savedGeneral.jobDefaults)
        changes |= Change::JobDefaults;
    if (general.dataDirectory != m_savedGeneral.dataDirectory)
        changes |= Change::DataDirectory;
    if (general.language != m_savedGeneral.language)
        changes |= Change::Language;
    if (changes != Change::None) {
        QSettings settings;
        general.save(settings);
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            m_message->showMessage(
                InlineMessage::Kind::Error,
                tr("Could not save the settings in %1.").arg(settings.fileName()));
            emit applied(false);
            return;
        }
        m_savedGeneral = general;
    }
    if (changes.testFlag(Change::Language) && m_languages)
        m_languages->load(general.language);

    m_pendingChanges = changes;
    if (m_backendsPage->hasChanges())
        m_pendingChanges |= Change::Backends;
    m_closeWhenApplied = closeWhenDone;
    m_applying = true;
    updateButtons();
    if (m_pendingChanges.testFlag(Change::Backends)) {
        m_message->showMessage(InlineMessage::Kind::Busy, tr("Saving the API keys…"));
        m_backendsPage->apply(); // finishApply() follows
    } else {
        finishApply(true, {});
    }
}

void SettingsDialog::finishApply(bool ok, const QString& error)
{
    if (!m_applying)
        return;
    m_applying = false;
    if (m_pendingChanges != Change::None)
        emit settingsChanged(m_pendingChanges);
    if (m_pendingChanges.testFlag(Change::DataDirectory))
        emit messageRequested(QtInfoMsg,
                              tr("Winnow will use the new data folder after it restarts."));
    m_pendingChanges = Change::None;
    updateButtons();
    emit applied(ok);
    if (!ok) {
        showPage(Page::Backends);
        m_message->showMessage(InlineMessage::Kind::Error, error);
        return;
    }
    if (m_closeWhenApplied) {
        QDialog::accept();
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Success, tr("Settings saved."));
}

} // namespace winnow::ui
