#include "ui/settings/general_settings.h"

#include "translations/language_loader.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace winnow::ui {

namespace {

QString jobDefaultsKey(const char* name)
{
    return QLatin1StringView(settings_keys::kJobDefaultsGroup) + u'/' + QLatin1StringView(name);
}

// A saved number, or the fallback when the saved value is missing or not a number.
template <typename T>
T number(const QSettings& settings, const QString& key, T fallback)
{
    bool ok = false;
    const QVariant value = settings.value(key);
    if constexpr (std::is_floating_point_v<T>) {
        const double read = value.toDouble(&ok);
        return ok ? T(read) : fallback;
    } else {
        const qlonglong read = value.toLongLong(&ok);
        return ok ? T(read) : fallback;
    }
}

} // namespace

JobDefaults JobDefaults::load(const QSettings& settings)
{
    const JobDefaults fallback;
    JobDefaults defaults;
    defaults.generations =
        std::max(1, number(settings, jobDefaultsKey("generations"), fallback.generations));
    defaults.populationSize =
        std::max(2, number(settings, jobDefaultsKey("populationSize"), fallback.populationSize));
    defaults.maxRuntimeSeconds = std::max<qint64>(
        1, number(settings, jobDefaultsKey("maxRuntimeSeconds"), fallback.maxRuntimeSeconds));
    defaults.seed = number(settings, jobDefaultsKey("seed"), fallback.seed);
    defaults.testFraction = std::clamp(
        number(settings, jobDefaultsKey("testFraction"), fallback.testFraction), 0.05, 0.5);
    defaults.toBalance = settings.value(jobDefaultsKey("toBalance"), fallback.toBalance).toBool();
    return defaults;
}

void JobDefaults::save(QSettings& settings) const
{
    settings.setValue(jobDefaultsKey("generations"), generations);
    settings.setValue(jobDefaultsKey("populationSize"), populationSize);
    settings.setValue(jobDefaultsKey("maxRuntimeSeconds"), maxRuntimeSeconds);
    settings.setValue(jobDefaultsKey("seed"), seed);
    settings.setValue(jobDefaultsKey("testFraction"), testFraction);
    settings.setValue(jobDefaultsKey("toBalance"), toBalance);
}

GeneralSettings GeneralSettings::load(const QSettings& settings)
{
    GeneralSettings general;
    general.pollingIntervalSeconds =
        std::clamp(number(settings, QLatin1StringView(settings_keys::kPollingInterval),
                          kDefaultPollingIntervalSeconds),
                   kMinimumPollingIntervalSeconds, kMaximumPollingIntervalSeconds);
    general.jobDefaults = JobDefaults::load(settings);
    general.dataDirectory =
        settings.value(QLatin1StringView(settings_keys::kDataDirectory)).toString();
    general.language =
        settings.value(QLatin1StringView(translations::kLanguageSettingKey)).toString();
    return general;
}

void GeneralSettings::save(QSettings& settings) const
{
    settings.setValue(QLatin1StringView(settings_keys::kPollingInterval), pollingIntervalSeconds);
    jobDefaults.save(settings);
    if (dataDirectory.isEmpty())
        settings.remove(QLatin1StringView(settings_keys::kDataDirectory));
    else
        settings.setValue(QLatin1StringView(settings_keys::kDataDirectory), dataDirectory);
    settings.setValue(QLatin1StringView(translations::kLanguageSettingKey), language);
}

QString GeneralSettings::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace winnow::ui
