#include "jobs/mlhub_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace winnow::jobs::mlhub {

namespace {

// The keys, written once.
namespace key {
constexpr QLatin1StringView id{"id"};
constexpr QLatin1StringView featureTableName{"featureTableName"};
constexpr QLatin1StringView featuresSelected{"featuresSelected"};
constexpr QLatin1StringView idColumn{"idColumn"};
constexpr QLatin1StringView targetName{"targetName"};
constexpr QLatin1StringView startDate{"startDate"};
constexpr QLatin1StringView endDate{"endDate"};
constexpr QLatin1StringView task{"task"};
constexpr QLatin1StringView scoring{"scoring"};
constexpr QLatin1StringView numFeatures{"numFeatures"};
constexpr QLatin1StringView generations{"generations"};
constexpr QLatin1StringView toBalance{"toBalance"};
constexpr QLatin1StringView toBalanceDashed{"to-balance"}; // the product documentation's spelling
constexpr QLatin1StringView populationSize{"populationSize"};
constexpr QLatin1StringView testFraction{"testFraction"};
constexpr QLatin1StringView seed{"seed"};
constexpr QLatin1StringView maxRuntimeSeconds{"maxRuntimeSeconds"};
constexpr QLatin1StringView maxRuntimePerCandidateSeconds{"maxRuntimePerCandidateSeconds"};
constexpr QLatin1StringView maxCandidates{"maxCandidates"};
constexpr QLatin1StringView algorithms{"algorithms"};
constexpr QLatin1StringView dateColumn{"dateColumn"};

constexpr QLatin1StringView status{"status"};
constexpr QLatin1StringView artifactUri{"artifactUri"};
constexpr QLatin1StringView createdAt{"createdAt"};
constexpr QLatin1StringView updatedAt{"updatedAt"};
constexpr QLatin1StringView name{"name"};
constexpr QLatin1StringView secondaryStatus{"secondaryStatus"};
constexpr QLatin1StringView progress{"progress"};
constexpr QLatin1StringView bestScore{"bestScore"};
constexpr QLatin1StringView failureReason{"failureReason"};
constexpr QLatin1StringView startedAt{"startedAt"};
constexpr QLatin1StringView endedAt{"endedAt"};
constexpr QLatin1StringView tags{"tags"};
constexpr QLatin1StringView timeline{"timeline"};
constexpr QLatin1StringView time{"time"};
constexpr QLatin1StringView resources{"resources"};
} // namespace key

const QStringList& specKeys()
{
    static const QStringList keys{
        key::featureTableName,
        key::featuresSelected,
        key::idColumn,
        key::targetName,
        key::startDate,
        key::endDate,
        key::task,
        key::scoring,
        key::numFeatures,
        key::generations,
        key::toBalance,
        key::toBalanceDashed,
        key::populationSize,
        key::testFraction,
        key::seed,
        key::maxRuntimeSeconds,
        key::maxRuntimePerCandidateSeconds,
        key::maxCandidates,
        key::algorithms,
        key::dateColumn,
    };
    return keys;
}

// Fields of a job object that describe the job rather than what it trains.
const QStringList& jobKeys()
{
    static const QStringList keys{
        key::id,        key::status,          key::artifactUri, key::createdAt, key::updatedAt,
        key::name,      key::secondaryStatus, key::progress,    key::bestScore, key::failureReason,
        key::startedAt, key::endedAt,         key::tags,        key::timeline,
    };
    return keys;
}

// How a JSON value looks, for error messages: `the string "abc"`, `an array`.
QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return u"the number %1"_s.arg(value.toDouble());
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(37) + u"..."_s;
        return u"the string \"%1\""_s.arg(text);
    }
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"nothing"_s;
    }
    return u"an unknown value"_s;
}

// Reads typed fields from one object, remembering the first field that could
// not be read. Absent and null fields read as "not given".
class FieldReader {
public:
    explicit FieldReader(const QJsonObject& object) : m_object(object) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error{ErrorKind::InvalidData, {}}); }

    bool has(QLatin1StringView name) const { return isGiven(m_object.value(name)); }

    QString text(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return {};
        if (value.isString())
            return value.toString();
        if (value.isDouble()) // an id or a column name that looks like a number
            return numberText(value.toDouble());
        fail(name, u"a string"_s, value);
        return {};
    }

    std::optional<double> number(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return std::nullopt;
        if (value.isDouble())
            return value.toDouble();
        if (value.isString()) {
            bool ok = false;
            const double parsed = value.toString().trimmed().toDouble(&ok);
            if (ok && std::isfinite(parsed))
                return parsed;
        }
        fail(name, u"a number"_s, value);
        return std::nullopt;
    }

    std::optional<qint64> integer(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return std::nullopt;
        double parsed = std::numeric_limits<double>::quiet_NaN();
        if (value.isDouble()) {
            parsed = value.toDouble();
        } else if (value.isString()) {
            bool ok = false;
            const QString trimmed = value.toString().trimmed();
            const qint64 whole = trimmed.toLongLong(&ok);
            if (ok)
                return whole;
            parsed = trimmed.toDouble(&ok);
            if (!ok)
                parsed = std::numeric_limits<double>::quiet_NaN();
        }
        // 2^53: beyond it a double no longer holds every whole number.
        constexpr double limit = 9007199254740992.0;
        if (std::isfinite(parsed) && parsed == std::floor(parsed) && std::abs(parsed) <= limit)
            return qint64(parsed);
        fail(name, u"a whole number"_s, value);
        return std::nullopt;
    }

    std::optional<int> smallInteger(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        const std::optional<qint64> parsed = integer(name);
        if (!parsed)
            return std::nullopt;
        if (*parsed < std::numeric_limits<int>::min() ||
            *parsed > std::numeric_limits<int>::max()) {
            fail(name, u"a whole number that fits in 32 bits"_s, value);
            return std::nullopt;
        }
        return int(*parsed);
    }

    std::optional<bool> boolean(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return std::nullopt;
        if (value.isBool())
            return value.toBool();
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return value.toDouble() == 1;
        if (value.isString()) {
            const QString word = value.toString().trimmed().toLower();
            if (word == "true"_L1 || word == "1"_L1 || word == "yes"_L1)
                return true;
            if (word == "false"_L1 || word == "0"_L1 || word == "no"_L1)
                return false;
        }
        fail(name, u"true or false"_s, value);
        return std::nullopt;
    }

    // An array of strings, or one string: comma-separated names, or a JSON
    // array written as text.
    QStringList textList(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return {};
        if (value.isString()) {
            const QString text = value.toString().trimmed();
            if (text.startsWith(u'[')) {
                const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
                if (document.isArray())
                    return stringsOf(name, document.array(), value);
            }
            QStringList items;
            for (const QString& item : text.split(u',', Qt::SkipEmptyParts)) {
                if (!item.trimmed().isEmpty())
                    items << item.trimmed();
            }
            return items;
        }
        if (value.isArray())
            return stringsOf(name, value.toArray(), value);
        fail(name, u"a list of names"_s, value);
        return {};
    }

    QDate date(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value) || (value.isString() && value.toString().trimmed().isEmpty()))
            return {};
        if (value.isString()) {
            if (const auto parsed = parseDate(value.toString()))
                return *parsed;
        }
        fail(name, u"a date such as \"2023-01-01\""_s, value);
        return {};
    }

    QDateTime timestamp(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value) || (value.isString() && value.toString().trimmed().isEmpty()))
            return {};
        if (value.isString()) {
            if (const auto parsed = parseTimestamp(value.toString()))
                return *parsed;
        }
        fail(name, u"a time such as \"2023-10-17T16:47:14.289Z\""_s, value);
        return {};
    }

    QJsonArray array(QLatin1StringView name)
    {
        const QJsonValue value = m_object.value(name);
        if (!isGiven(value))
            return {};
        if (value.isArray())
            return value.toArray();
        fail(name, u"an array"_s, value);
        return {};
    }

    void fail(QLatin1StringView name, const QString& expected, const QJsonValue& found)
    {
        if (!m_error) {
            m_error =
                Error{ErrorKind::InvalidData,
                      u"field '%1': expected %2, found %3"_s.arg(name, expected, describe(found))};
        }
    }

    void failMissing(QLatin1StringView name)
    {
        if (!m_error)
            m_error = Error{ErrorKind::InvalidData, u"field '%1' is missing"_s.arg(name)};
    }

private:
    static bool isGiven(const QJsonValue& value) { return !value.isUndefined() && !value.isNull(); }

    static QString numberText(double value)
    {
        if (value == std::floor(value) && std::abs(value) < 1e15)
            return QString::number(qint64(value));
        return QString::number(value, 'g', 17);
    }

    QStringList stringsOf(QLatin1StringView name, const QJsonArray& array, const QJsonValue& whole)
    {
        QStringList items;
        for (const QJsonValue& item : array) {
            if (!item.isString()) {
                fail(name, u"a list of names"_s, whole);
                return {};
            }
            items << item.toString();
        }
        return items;
    }

    QJsonObject m_object;
    std::optional<Error> m_error;
};

Result<QJsonDocument> parseDocument(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorKind::InvalidData,
                     u"malformed JSON at offset %1: %2"_s.arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    return document;
}

Result<QJsonObject> parseObject(const QByteArray& json, const QString& what)
{
    Result<QJsonDocument> document = parseDocument(json);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error{ErrorKind::InvalidData,
                     u"expected %1 (a JSON object), found %2"_s.arg(
                         what, document->isArray() ? u"an array"_s : u"a single value"_s)};
    }
    return document->object();
}

Error withContext(const QString& context, const Error& error)
{
    return Error{error.kind, u"%1: %2"_s.arg(context, error.message)};
}

template <typename T>
void putOptional(QJsonObject& object, QLatin1StringView name, const std::optional<T>& value)
{
    if (value)
        object.insert(name, QJsonValue(*value));
}

void putTimestamp(QJsonObject& object, QLatin1StringView name, const QDateTime& time)
{
    if (time.isValid())
        object.insert(name, formatTimestamp(time));
}

} // namespace

std::optional<QDateTime> parseTimestamp(QStringView text)
{
    // The most common form, a plain date, without the regular expression.
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
    }

    // date [T or space time [.fraction]] [offset] [zone abbreviation] [Go's monotonic "m=+1.2"]
    static const QRegularExpression pattern(
        uR"(^\s*(\d{4})-(\d{2})-(\d{2}))"
        uR"((?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)"
        uR"(\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)"
        uR"((?:\s+(?:[A-Za-z]{1,6}|[+-]\d{2,4}))?)"
        uR"((?:\s+m=[+-]?[\d.]+)?\s*$)"_s);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;

    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    int milliseconds = 0;
    if (match.hasCaptured(
            7)) // the first three digits of the fraction; the rest is finer than we keep
        milliseconds = match.captured(7).leftJustified(3, u'0').left(3).toInt();
    const QTime time =
        match.hasCaptured(4)
            ? QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                    match.hasCaptured(6) ? match.capturedView(6).toInt() : 0, milliseconds)
            : QTime(0, 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    int offsetSeconds = 0;
    const QStringView offset = match.capturedView(8);
    if (offset.startsWith(u'+') || offset.startsWith(u'-')) {
        QString digits = offset.mid(1).toString().remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 3600 + minutes * 60) * (offset.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString formatTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDate> parseDate(QStringView text)
{
    if (!parseTimestamp(text))
        return std::nullopt;
    // The date as written, whatever the offset that follows it.
    const QDate date = QDate::fromString(text.trimmed().left(10).toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString formatDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject specToJson(const JobSpec& spec)
{
    QJsonObject object = spec.otherFields;
    for (const QString& known : specKeys())
        object.remove(known);

    object.insert(key::featureTableName, spec.featureTableName);
    if (!spec.featuresSelected.isEmpty())
        object.insert(key::featuresSelected, spec.featuresSelected.join(u','));
    object.insert(key::idColumn, spec.idColumn);
    object.insert(key::targetName, spec.targetName);
    object.insert(key::startDate, formatDate(spec.startDate));
    object.insert(key::endDate, formatDate(spec.endDate));
    object.insert(key::task, spec.task);
    object.insert(key::scoring, spec.scoring);
    putOptional(object, key::numFeatures, spec.numFeatures);
    putOptional(object, key::generations, spec.generations);
    putOptional(object, key::toBalance, spec.toBalance);

    putOptional(object, key::populationSize, spec.populationSize);
    putOptional(object, key::testFraction, spec.testFraction);
    putOptional(object, key::seed, spec.seed);
    putOptional(object, key::maxRuntimeSeconds, spec.maxRuntimeSeconds);
    putOptional(object, key::maxRuntimePerCandidateSeconds, spec.maxRuntimePerCandidateSeconds);
    putOptional(object, key::maxCandidates, spec.maxCandidates);
    if (!spec.algorithms.isEmpty())
        object.insert(key::algorithms, QJsonArray::fromStringList(spec.algorithms));
    if (!spec.dateColumn.isEmpty())
        object.insert(key::dateColumn, spec.dateColumn);
    return object;
}

Result<JobSpec> specFromJson(const QJsonObject& object, const QStringList& ignoredKeys)
{
    FieldReader read(object);
    JobSpec spec;
    spec.featureTableName = read.text(key::featureTableName);
    spec.featuresSelected = read.textList(key::featuresSelected);
    spec.idColumn = read.text(key::idColumn);
    spec.targetName = read.text(key::targetName);
    spec.startDate = read.date(key::startDate);
    spec.endDate = read.date(key::endDate);
    spec.task = read.text(key::task);
    spec.scoring = read.text(key::scoring);
    spec.numFeatures = read.smallInteger(key::numFeatures);
    spec.generations = read.smallInteger(key::generations);
    spec.toBalance = read.has(key::toBalance) ? read.boolean(key::toBalance)
                                              : read.boolean(key::toBalanceDashed);

    spec.populationSize = read.smallInteger(key::populationSize);
    spec.testFraction = read.number(key::testFraction);
    spec.seed = read.integer(key::seed);
    spec.maxRuntimeSeconds = read.integer(key::maxRuntimeSeconds);
    spec.maxRuntimePerCandidateSeconds = read.integer(key::maxRuntimePerCandidateSeconds);
    spec.maxCandidates = read.smallInteger(key::maxCandidates);
    spec.algorithms = read.textList(key::algorithms);
    spec.dateColumn = read.text(key::dateColumn);
    if (read.failed())
        return read.error();

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!specKeys().contains(it.key()) && !ignoredKeys.contains(it.key()))
            spec.otherFields.insert(it.key(), it.value());
    }
    return spec;
}

QJsonObject jobToObject(const Job& job)
{
    QJsonObject object = specToJson(job.spec);
    object.insert(key::id, job.id);
    object.insert(key::status, job.statusText());
    if (!job.artifactUri.isEmpty())
        object.insert(key::artifactUri, job.artifactUri);
    putTimestamp(object, key::createdAt, job.createdAt);
    putTimestamp(object, key::updatedAt, job.updatedAt);

    if (!job.name.isEmpty())
        object.insert(key::name, job.name);
    if (!job.secondaryStatus.isEmpty())
        object.insert(key::secondaryStatus, job.secondaryStatus);
    object.insert(key::progress, job.progress);
    putOptional(object, key::bestScore, job.bestScore);
    if (!job.failureReason.isEmpty())
        object.insert(key::failureReason, job.failureReason);
    putTimestamp(object, key::startedAt, job.startedAt);
    putTimestamp(object, key::endedAt, job.endedAt);
    if (!job.tags.isEmpty())
        object.insert(key::tags, QJsonArray::fromStringList(job.tags));
    if (!job.timeline.isEmpty()) {
        QJsonArray entries;
        for (const TimelineEntry& entry : job.timeline) {
            entries.append(QJsonObject{{key::secondaryStatus, entry.secondaryStatus},
                                       {key::time, formatTimestamp(entry.time)}});
        }
        object.insert(key::timeline, entries);
    }
    return object;
}

Result<Job> jobFromObject(const QJsonObject& object)
{
    Result<JobSpec> spec = specFromJson(object, jobKeys());
    if (!spec)
        return spec.error();

    FieldReader read(object);
    Job job;
    job.backend.clear();
    job.spec = std::move(spec).value();
    job.remoteId = read.text(key::id);
    if (!read.failed() && job.remoteId.trimmed().isEmpty()) {
        if (read.has(key::id))
            read.fail(key::id, u"a job id"_s, object.value(key::id));
        else
            read.failMissing(key::id);
    }
    job.setStatusText(read.text(key::status));
    job.artifactUri = read.text(key::artifactUri);
    job.createdAt = read.timestamp(key::createdAt);
    job.updatedAt = read.timestamp(key::updatedAt);

    job.name = read.text(key::name);
    job.secondaryStatus = read.text(key::secondaryStatus);
    job.progress = std::clamp(read.number(key::progress).value_or(0.0), 0.0, 1.0);
    job.bestScore = read.number(key::bestScore);
    job.failureReason = read.text(key::failureReason);
    job.startedAt = read.timestamp(key::startedAt);
    job.endedAt = read.timestamp(key::endedAt);
    job.tags = read.textList(key::tags);

    const QJsonArray entries = read.array(key::timeline);
    for (qsizetype i = 0; i < entries.size() && !read.failed(); ++i) {
        const QJsonValue entry = entries.at(i);
        if (!entry.isObject()) {
            read.fail(key::timeline, u"a list of {secondaryStatus, time}"_s, entry);
            break;
        }
        FieldReader readEntry(entry.toObject());
        TimelineEntry parsed{readEntry.text(key::secondaryStatus), readEntry.timestamp(key::time)};
        if (readEntry.failed())
            return withContext(u"timeline[%1]"_s.arg(i), readEntry.error());
        job.timeline << parsed;
    }
    if (read.failed())
        return read.error();
    return job;
}

Result<Job> parseJob(const QByteArray& json)
{
    Result<QJsonObject> object = parseObject(json, u"a job"_s);
    if (!object)
        return object.error();
    return jobFromObject(*object);
}

QJsonObject runJobRequest(const Job& job)
{
    return specToJson(job.spec);
}

Result<Job> parseRunJobRequest(const QByteArray& json)
{
    Result<QJsonObject> object = parseObject(json, u"a job request"_s);
    if (!object)
        return object.error();
    Result<JobSpec> spec = specFromJson(*object);
    if (!spec)
        return spec.error();
    for (QLatin1StringView required : {key::featureTableName, key::targetName}) {
        if (object->value(required).toString().trimmed().isEmpty() &&
            !object->value(required).isDouble()) {
            return Error{ErrorKind::InvalidData, u"field '%1' is missing"_s.arg(required)};
        }
    }
    Job job;
    job.spec = std::move(spec).value();
    return job;
}

QJsonObject runJobResponse(const QString& id)
{
    return QJsonObject{{key::id, id}};
}

Result<QString> parseRunJobResponse(const QByteArray& json)
{
    Result<QJsonObject> object = parseObject(json, u"the answer to a job request"_s);
    if (!object)
        return object.error();
    FieldReader read(*object);
    const QString id = read.text(key::id);
    if (read.failed())
        return read.error();
    if (id.trimmed().isEmpty())
        return Error{ErrorKind::InvalidData, u"field 'id' is missing"_s};
    return id;
}

QJsonObject jobListObject(const QList<Job>& jobs)
{
    QJsonArray resources;
    for (const Job& job : jobs)
        resources.append(jobToObject(job));
    return QJsonObject{{key::resources, resources}};
}

Result<JobList> parseJobList(const QByteArray& json)
{
    Result<QJsonDocument> document = parseDocument(json);
    if (!document)
        return document.error();

    QJsonArray resources;
    if (document->isArray()) {
        resources = document->array();
    } else if (document->isObject()) {
        const QJsonValue value = document->object().value(key::resources);
        if (!value.isArray()) {
            return Error{
                ErrorKind::InvalidData,
                value.isUndefined()
                    ? u"field 'resources' is missing"_s
                    : u"field 'resources': expected an array, found %1"_s.arg(describe(value))};
        }
        resources = value.toArray();
    } else {
        return Error{ErrorKind::InvalidData, u"expected a list of jobs, found a single value"_s};
    }

    JobList list;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString context = u"resources[%1]"_s.arg(i);
        const QJsonValue entry = resources.at(i);
        if (!entry.isObject()) {
            list.skipped << u"%1: expected a job object, found %2"_s.arg(context, describe(entry));
            continue;
        }
        Result<Job> job = jobFromObject(entry.toObject());
        if (job)
            list.jobs << std::move(job).value();
        else
            list.skipped << withContext(context, job.error()).message;
    }
    return list;
}

} // namespace winnow::jobs::mlhub
