#pragma once

#include "ui/settings/general_settings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace winnow::ui {

class InlineMessage;

// The "General" page of the settings: how often remote jobs are refreshed,
// the parameters new jobs start with, the data folder and the language.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget* parent = nullptr);

    // Shows `settings`; `runningDataDirectory` is the folder this run of
    // Winnow uses, so the page can say when a change waits for a restart.
    void setSettings(const GeneralSettings& settings, const QString& runningDataDirectory);
    // What the page shows now.
    GeneralSettings settings() const;

    // Empty when the settings can be saved; otherwise what to fix.
    QString validate() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslateUi();
    void chooseDataDirectory();
    void restoreJobDefaults();
    void showJobDefaults(const JobDefaults& defaults);
    void updateDataDirectoryNotice();

    QString m_runningDataDirectory;
    qint64 m_loadedRuntimeSeconds = JobDefaults{}.maxRuntimeSeconds;

    QGroupBox* m_remoteGroup = nullptr;
    QLabel* m_pollingLabel = nullptr;
    QSpinBox* m_pollingSpin = nullptr;

    QGroupBox* m_defaultsGroup = nullptr;
    QLabel* m_generationsLabel = nullptr;
    QSpinBox* m_generationsSpin = nullptr;
    QLabel* m_populationLabel = nullptr;
    QSpinBox* m_populationSpin = nullptr;
    QLabel* m_timeBudgetLabel = nullptr;
    QSpinBox* m_timeBudgetSpin = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QLabel* m_testFractionLabel = nullptr;
    QSpinBox* m_testPercentSpin = nullptr;
    QCheckBox* m_balanceCheck = nullptr;
    QPushButton* m_restoreDefaultsButton = nullptr;

    QGroupBox* m_storageGroup = nullptr;
    QLabel* m_dataDirectoryLabel = nullptr;
    QLineEdit* m_dataDirectoryEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    InlineMessage* m_dataDirectoryNotice = nullptr;

    QGroupBox* m_languageGroup = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_languageCombo = nullptr;
};

} // namespace winnow::ui
