#pragma once

#include <QString>

class QSettings;

namespace winnow::ui {

// The parameters a new job starts with, kept in the settings group
// "jobDefaults" (generations, populationSize, maxRuntimeSeconds, seed,
// testFraction, toBalance); the New Job dialog reads them. The defaults are
// the engine's own (docs/job-spec.md).
struct JobDefaults {
    int generations = 5;
    int populationSize = 20;
    qint64 maxRuntimeSeconds = 300;
    qint64 seed = 42;
    double testFraction = 0.2;
    bool toBalance = false;

    static JobDefaults load(const QSettings& settings);
    void save(QSettings& settings) const;

    bool operator==(const JobDefaults&) const = default;
};

// The "General" page's settings, and where each is kept:
//   remote/pollingIntervalSeconds   how often remote jobs are refreshed
//   jobDefaults/...                 see JobDefaults
//   storage/dataDirectory           the job store and job folders; empty for
//                                   the default; read once, at start
//   ui/language                     "pt_BR", "es", "en"; empty to follow the system
struct GeneralSettings {
    static constexpr int kDefaultPollingIntervalSeconds = 30;
    static constexpr int kMinimumPollingIntervalSeconds = 5;
    static constexpr int kMaximumPollingIntervalSeconds = 3600;

    int pollingIntervalSeconds = kDefaultPollingIntervalSeconds;
    JobDefaults jobDefaults;
    QString dataDirectory;
    QString language;

    static GeneralSettings load(const QSettings& settings);
    // Writes every field; QSettings::sync() is left to the caller.
    void save(QSettings& settings) const;

    // The data folder Winnow uses when none is set: the application's data
    // location (~/.local/share/Winnow/winnow on Linux).
    static QString defaultDataDirectory();

    bool operator==(const GeneralSettings&) const = default;
};

namespace settings_keys {
inline constexpr char kPollingInterval[] = "remote/pollingIntervalSeconds";
inline constexpr char kDataDirectory[] = "storage/dataDirectory";
inline constexpr char kJobDefaultsGroup[] = "jobDefaults";
} // namespace settings_keys

} // namespace winnow::ui
