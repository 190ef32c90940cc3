#include "ui/settings/general_settings_page.h"

#include "ui/settings/inline_message.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

// The languages offered, each named in itself so that anyone can find theirs.
struct LanguageChoice {
    QString code;
    QString name; // empty: "System default", translated
};

QList<LanguageChoice> languageChoices()
{
    return {
        {QString(), QString()},
        {u"en"_s, u"English"_s},
        {u"pt_BR"_s, u"Português (Brasil)"_s},
        {u"es"_s, u"Español"_s},
    };
}

QSpinBox* spinBox(QWidget* parent, const QString& objectName, int minimum, int maximum)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(110);
    return spin;
}

QLabel* buddyLabel(QWidget* buddy, const QString& objectName)
{
    auto* label = new QLabel(buddy->parentWidget());
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

int minutesShown(qint64 seconds)
{
    return int(std::max<qint64>(1, (seconds + 59) / 60));
}

QString cleanPath(const QString& path)
{
    return path.trimmed().isEmpty() ? QString()
                                    : QDir::cleanPath(QDir::fromNativeSeparators(path.trimmed()));
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"generalSettingsPage"_s);
    createWidgets();
    retranslateUi();
}

void GeneralSettingsPage::createWidgets()
{
    // Remote jobs.
    m_remoteGroup = new QGroupBox(this);
    m_remoteGroup->setObjectName(u"remoteJobsGroup"_s);
    m_pollingSpin = spinBox(m_remoteGroup, u"pollingIntervalSpin"_s,
                            GeneralSettings::kMinimumPollingIntervalSeconds,
                            GeneralSettings::kMaximumPollingIntervalSeconds);
    m_pollingSpin->setSingleStep(5);
    m_pollingLabel = buddyLabel(m_pollingSpin, u"pollingIntervalLabel"_s);
    auto* remoteForm = new QFormLayout(m_remoteGroup);
    remoteForm->addRow(m_pollingLabel, m_pollingSpin);

    // New job defaults.
    m_defaultsGroup = new QGroupBox(this);
    m_defaultsGroup->setObjectName(u"jobDefaultsGroup"_s);
    m_generationsSpin = spinBox(m_defaultsGroup, u"generationsSpin"_s, 1, 1000);
    m_populationSpin = spinBox(m_defaultsGroup, u"populationSizeSpin"_s, 2, 1000);
    m_timeBudgetSpin = spinBox(m_defaultsGroup, u"timeBudgetSpin"_s, 1, 7 * 24 * 60);
    m_seedSpin = spinBox(m_defaultsGroup, u"seedSpin"_s, 0, std::numeric_limits<int>::max());
    m_testPercentSpin = spinBox(m_defaultsGroup, u"testFractionSpin"_s, 5, 50);
    m_balanceCheck = new QCheckBox(m_defaultsGroup);
    m_balanceCheck->setObjectName(u"balanceClassesCheck"_s);
    m_restoreDefaultsButton = new QPushButton(m_defaultsGroup);
    m_restoreDefaultsButton->setObjectName(u"restoreJobDefaultsButton"_s);
    m_restoreDefaultsButton->setAutoDefault(false);
    connect(m_restoreDefaultsButton, &QPushButton::clicked, this,
            &GeneralSettingsPage::restoreJobDefaults);
    m_generationsLabel = buddyLabel(m_generationsSpin, u"generationsLabel"_s);
    m_populationLabel = buddyLabel(m_populationSpin, u"populationSizeLabel"_s);
    m_timeBudgetLabel = buddyLabel(m_timeBudgetSpin, u"timeBudgetLabel"_s);
    m_seedLabel = buddyLabel(m_seedSpin, u"seedLabel"_s);
    m_testFractionLabel = buddyLabel(m_testPercentSpin, u"testFractionLabel"_s);

    // Two columns of fields: the search on the left, the data on the right.
    auto* searchForm = new QFormLayout;
    searchForm->addRow(m_generationsLabel, m_generationsSpin);
    searchForm->addRow(m_populationLabel, m_populationSpin);
    searchForm->addRow(m_timeBudgetLabel, m_timeBudgetSpin);
    auto* dataForm = new QFormLayout;
    dataForm->addRow(m_seedLabel, m_seedSpin);
    dataForm->addRow(m_testFractionLabel, m_testPercentSpin);
    dataForm->addRow(QString(), m_balanceCheck);
    auto* defaultsColumns = new QHBoxLayout;
    defaultsColumns->addLayout(searchForm);
    defaultsColumns->addSpacing(24);
    defaultsColumns->addLayout(dataForm);
    defaultsColumns->addStretch();
    auto* defaultsLayout = new QVBoxLayout(m_defaultsGroup);
    defaultsLayout->addLayout(defaultsColumns);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addStretch();
    restoreRow->addWidget(m_restoreDefaultsButton);
    defaultsLayout->addLayout(restoreRow);

    // Storage.
    m_storageGroup = new QGroupBox(this);
    m_storageGroup->setObjectName(u"storageGroup"_s);
    m_dataDirectoryEdit = new QLineEdit(m_storageGroup);
    m_dataDirectoryEdit->setObjectName(u"dataDirectoryEdit"_s);
    m_dataDirectoryEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(m_storageGroup);
    m_browseButton->setObjectName(u"browseDataDirectoryButton"_s);
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &GeneralSettingsPage::chooseDataDirectory);
    m_dataDirectoryLabel = buddyLabel(m_dataDirectoryEdit, u"dataDirectoryLabel"_s);
    m_dataDirectoryNotice = new InlineMessage(m_storageGroup);
    m_dataDirectoryNotice->setObjectName(u"dataDirectoryNotice"_s);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataDirectoryEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto* storageForm = new QFormLayout(m_storageGroup);
    storageForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    storageForm->addRow(m_dataDirectoryLabel, folderRow);
    storageForm->addRow(QString(), m_dataDirectoryNotice);

    // Language.
    m_languageGroup = new QGroupBox(this);
    m_languageGroup->setObjectName(u"languageGroup"_s);
    m_languageCombo = new QComboBox(m_languageGroup);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    for (const LanguageChoice& choice : languageChoices())
        m_languageCombo->addItem(choice.name, choice.code);
    m_languageLabel = buddyLabel(m_languageCombo, u"languageLabel"_s);
    auto* languageForm = new QFormLayout(m_languageGroup);
    languageForm->addRow(m_languageLabel, m_languageCombo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_remoteGroup);
    layout->addWidget(m_defaultsGroup);
    layout->addWidget(m_storageGroup);
    layout->addWidget(m_languageGroup);
    layout->addStretch();

    for (QSpinBox* spin : {m_pollingSpin, m_generationsSpin, m_populationSpin, m_timeBudgetSpin,
                           m_seedSpin, m_testPercentSpin})
        connect(spin, &QSpinBox::valueChanged, this, &GeneralSettingsPage::changed);
    connect(m_balanceCheck, &QCheckBox::toggled, this, &GeneralSettingsPage::changed);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &GeneralSettingsPage::changed);
    connect(m_dataDirectoryEdit, &QLineEdit::textChanged, this, [this] {
        updateDataDirectoryNotice();
        emit changed();
    });
}

void GeneralSettingsPage::retranslateUi()
{
    m_remoteGroup->setTitle(tr("Remote jobs"));
    m_pollingLabel->setText(tr("&Refresh every:"));
    m_pollingSpin->setSuffix(tr(" s"));
    m_pollingSpin->setToolTip(tr("How often Winnow asks remote backends how their jobs are doing"));

    m_defaultsGroup->setTitle(tr("New job defaults"));
    m_generationsLabel->setText(tr("&Generations:"));
    m_generationsSpin->setToolTip(tr("Generations of the genetic search"));
    m_populationLabel->setText(tr("&Population size:"));
    m_populationSpin->setToolTip(tr("Candidate pipelines in each generation"));
    m_timeBudgetLabel->setText(tr("&Time budget:"));
    m_timeBudgetSpin->setSuffix(tr(" min"));
    m_timeBudgetSpin->setToolTip(tr("The most a whole job may take, final model included"));
    m_seedLabel->setText(tr("Random &seed:"));
    m_seedSpin->setToolTip(tr("The same seed repeats the same splits and search"));
    m_testFractionLabel->setText(tr("Test &rows:"));
    m_testPercentSpin->setSuffix(tr(" %"));
    m_testPercentSpin->setToolTip(tr("Share of the rows held out to measure the final model"));
    m_balanceCheck->setText(tr("&Balance classes"));
    m_balanceCheck->setToolTip(
        tr("Rebalance the classes of the training rows of a classification job"));
    m_restoreDefaultsButton->setText(tr("Restore &Defaults"));
    m_restoreDefaultsButton->setToolTip(tr("Put back the engine's own defaults"));

    m_storageGroup->setTitle(tr("Storage"));
    m_dataDirectoryLabel->setText(tr("&Data folder:"));
    m_dataDirectoryEdit->setPlaceholderText(
        QDir::toNativeSeparators(GeneralSettings::defaultDataDirectory()));
    m_dataDirectoryEdit->setToolTip(
        tr("Where Winnow keeps its job history and each job's results. Leave empty for the "
           "default folder."));
    m_dataDirectoryEdit->setAccessibleName(tr("Data folder"));
    m_browseButton->setText(tr("Bro&wse…"));
    m_browseButton->setToolTip(tr("Choose the data folder"));
    updateDataDirectoryNotice();

    m_languageGroup->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageCombo->setToolTip(tr("Winnow switches to the new language as soon as you apply it"));
}

void GeneralSettingsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void GeneralSettingsPage::setSettings(const GeneralSettings& settings,
                                      const QString& runningDataDirectory)
{
    const QSignalBlocker blocker(this);
    m_runningDataDirectory = cleanPath(runningDataDirectory);
    m_pollingSpin->setValue(settings.pollingIntervalSeconds);
    showJobDefaults(settings.jobDefaults);
    m_dataDirectoryEdit->setText(QDir::toNativeSeparators(settings.dataDirectory));
    int language = m_languageCombo->findData(settings.language);
    m_languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    updateDataDirectoryNotice();
}

void GeneralSettingsPage::showJobDefaults(const JobDefaults& defaults)
{
    m_generationsSpin->setValue(defaults.generations);
    m_populationSpin->setValue(defaults.populationSize);
    m_loadedRuntimeSeconds = defaults.maxRuntimeSeconds;
    m_timeBudgetSpin->setValue(minutesShown(defaults.maxRuntimeSeconds));
    m_seedSpin->setValue(int(std::clamp<qint64>(defaults.seed, 0, m_seedSpin->maximum())));
    m_testPercentSpin->setValue(int(std::lround(defaults.testFraction * 100)));
    m_balanceCheck->setChecked(defaults.toBalance);
}

GeneralSettings GeneralSettingsPage::settings() const
{
    GeneralSettings settings;
    settings.pollingIntervalSeconds = m_pollingSpin->value();
    settings.jobDefaults.generations = m_generationsSpin->value();
    settings.jobDefaults.populationSize = m_populationSpin->value();
    // Minutes are shown; a budget saved in seconds stays exact unless changed here.
    settings.jobDefaults.maxRuntimeSeconds =
        m_timeBudgetSpin->value() == minutesShown(m_loadedRuntimeSeconds)
            ? m_loadedRuntimeSeconds
            : qint64(m_timeBudgetSpin->value()) * 60;
    settings.jobDefaults.seed = m_seedSpin->value();
    settings.jobDefaults.testFraction = m_testPercentSpin->value() / 100.0;
    settings.jobDefaults.toBalance = m_balanceCheck->isChecked();
    settings.dataDirectory = cleanPath(m_dataDirectoryEdit->text());
    settings.language = m_languageCombo->currentData().toString();
    return settings;
}

QString GeneralSettingsPage::validate() const
{
    const QString folder = cleanPath(m_dataDirectoryEdit->text());
    if (folder.isEmpty())
        return {};
    const QFileInfo info(folder);
    if (!info.isAbsolute())
        return tr("The data folder must be a full path, such as %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + u"/Winnow"_s));
    if (info.exists() && !info.isDir())
        return tr("The data folder %1 is a file.").arg(QDir::toNativeSeparators(folder));
    return {};
}

void GeneralSettingsPage::chooseDataDirectory()
{
    const QString start = m_dataDirectoryEdit->text().trimmed().isEmpty()
                              ? GeneralSettings::defaultDataDirectory()
                              : m_dataDirectoryEdit->text().trimmed();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the Data Folder"), start);
    if (!folder.isEmpty())
        m_dataDirectoryEdit->setText(QDir::toNativeSeparators(folder));
}

void GeneralSettingsPage::restoreJobDefaults()
{
    showJobDefaults(JobDefaults{});
}

void GeneralSettingsPage::updateDataDirectoryNotice()
{
    QString chosen = cleanPath(m_dataDirectoryEdit->text());
    if (chosen.isEmpty())
        chosen = cleanPath(GeneralSettings::defaultDataDirectory());
    if (const QString problem = validate(); !problem.isEmpty()) {
        m_dataDirectoryNotice->showMessage(InlineMessage::Kind::Warning, problem);
    } else if (!m_runningDataDirectory.isEmpty() && chosen != m_runningDataDirectory) {
        m_dataDirectoryNotice->showMessage(
            InlineMessage::Kind::Information,
            tr("Winnow will use this folder after it restarts. Jobs already in %1 stay there.")
                .arg(QDir::toNativeSeparators(m_runningDataDirectory)));
    } else {
        m_dataDirectoryNotice->clearMessage();
    }
}

} // namespace winnow::ui
