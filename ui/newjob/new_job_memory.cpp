#include "ui/newjob/new_job_memory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

constexpr QLatin1StringView kChoicesKey{"newJob/fileChoices"};
constexpr QLatin1StringView kBackendKey{"newJob/backend"};

QString fileKey(const QString& file)
{
    return QFileInfo(file).absoluteFilePath();
}

QJsonObject toJson(const QString& file, const FileChoices& choices)
{
    QJsonObject object;
    object.insert(u"file"_s, fileKey(file));
    object.insert(u"target"_s, choices.target);
    object.insert(u"idColumn"_s, choices.idColumn);
    object.insert(u"noIdColumn"_s, choices.noIdColumn);
    object.insert(u"dateColumn"_s, choices.dateColumn);
    if (choices.startDate)
        object.insert(u"startDate"_s, choices.startDate->toString(Qt::ISODate));
    if (choices.endDate)
        object.insert(u"endDate"_s, choices.endDate->toString(Qt::ISODate));
    object.insert(u"task"_s, choices.task);
    object.insert(u"scoring"_s, choices.scoring);
    object.insert(u"uncheckedFeatures"_s, QJsonArray::fromStringList(choices.uncheckedFeatures));
    object.insert(u"numFeatures"_s, choices.numFeatures);
    object.insert(u"toBalance"_s, choices.toBalance);
    QJsonObject types;
    for (auto it = choices.columnTypes.begin(); it != choices.columnTypes.end(); ++it)
        types.insert(it.key(), QString::fromStdString(engine::columnTypeName(it.value())));
    object.insert(u"columnTypes"_s, types);
    object.insert(u"featureTable"_s, choices.featureTable);
    return object;
}

std::optional<QDate> dateFrom(const QJsonValue& value)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

FileChoices fromJson(const QJsonObject& object)
{
    FileChoices choices;
    choices.target = object.value(u"target"_s).toString();
    choices.idColumn = object.value(u"idColumn"_s).toString();
    choices.noIdColumn = object.value(u"noIdColumn"_s).toBool();
    choices.dateColumn = object.value(u"dateColumn"_s).toString();
    choices.startDate = dateFrom(object.value(u"startDate"_s));
    choices.endDate = dateFrom(object.value(u"endDate"_s));
    choices.task = object.value(u"task"_s).toString();
    choices.scoring = object.value(u"scoring"_s).toString();
    const QJsonArray unchecked = object.value(u"uncheckedFeatures"_s).toArray();
    for (const QJsonValue& name : unchecked)
        choices.uncheckedFeatures << name.toString();
    choices.numFeatures = qMax(0, object.value(u"numFeatures"_s).toInt());
    choices.toBalance = object.value(u"toBalance"_s).toBool();
    const QJsonObject types = object.value(u"columnTypes"_s).toObject();
    for (auto it = types.begin(); it != types.end(); ++it)
        if (auto type = engine::parseColumnType(it.value().toString().toStdString()))
            choices.columnTypes.insert(it.key(), *type);
    choices.featureTable = object.value(u"featureTable"_s).toString();
    return choices;
}

QJsonArray storedList()
{
    const QSettings settings;
    return QJsonDocument::fromJson(settings.value(kChoicesKey).toString().toUtf8()).array();
}

} // namespace

std::optional<FileChoices> NewJobMemory::choicesFor(const QString& file) const
{
    const QString key = fileKey(file);
    const QJsonArray list = storedList();
    for (const QJsonValue& entry : list)
        if (entry.toObject().value(u"file"_s).toString() == key)
            return fromJson(entry.toObject());
    return std::nullopt;
}

void NewJobMemory::remember(const QString& file, const FileChoices& choices)
{
    const QString key = fileKey(file);
    QJsonArray list;
    list.append(toJson(file, choices));
    const QJsonArray before = storedList();
    for (const QJsonValue& entry : before) {
        if (list.size() >= kMaximumFiles)
            break;
        if (entry.toObject().value(u"file"_s).toString() != key)
            list.append(entry);
    }
    QSettings settings;
    settings.setValue(kChoicesKey,
                      QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

QString NewJobMemory::lastBackend() const
{
    return QSettings().value(kBackendKey).toString();
}

void NewJobMemory::setLastBackend(const QString& id)
{
    QSettings().setValue(kBackendKey, id);
}

} // namespace winnow::ui
