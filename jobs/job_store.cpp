#include "jobs/job_store.h"

#include "jobs/logging.h"
#include "jobs/mlhub_json.h"
#include "jobs/page_token.h"
#include "jobs/schema_migrations.h"
#include "jobs/sql_support.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

// How long a write waits for another connection's write to finish.
constexpr int busyTimeoutMs = 5000;
// SQLite's page cache for this connection, in KiB: holds the indexes and
// recent rows of a long history, so listing does not re-read them from the file.
constexpr int pageCacheKiB = 16 * 1024;

QAtomicInteger<quint64> connectionCounter;

// --- Values as the database keeps them ---------------------------------------

// Qt binds a null QString as SQL NULL; columns that must hold text get "".
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant realOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> realFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}

QString sortName(const Job& job)
{
    return job.displayName().toCaseFolded();
}

// Values JobStore keeps in a normal form, so that what is read back equals
// what was written: progress in [0, 1], no NaN scores, timeline times set.
void normalize(Job& job, const QDateTime& now)
{
    job.progress = std::isfinite(job.progress) ? std::clamp(job.progress, 0.0, 1.0) : 0.0;
    if (job.bestScore && !std::isfinite(*job.bestScore))
        job.bestScore.reset();
    for (TimelineEntry& entry : job.timeline) {
        if (!entry.time.isValid())
            entry.time = now;
    }
}

// --- Job fields and the columns they live in ----------------------------------

struct Column {
    QString name;
    QVariant value;
};

// The columns a field is stored in. sort_name, which depends on both the
// name and the spec, is written separately (see applyChanges).
QList<Column> columnsOf(JobField field, const Job& job)
{
    switch (field) {
    case JobField::Name: return {{u"name"_s, text(job.name)}};
    case JobField::Spec:
        return {{u"spec_json"_s, compactJson(mlhub::specToJson(job.spec))},
                {u"feature_table"_s, text(job.spec.featureTableName)},
                {u"target_name"_s, text(job.spec.targetName)},
                {u"task"_s, text(job.spec.task)},
                {u"scoring"_s, text(job.spec.scoring)}};
    case JobField::Status: return {{u"status"_s, text(job.statusText())}};
    case JobField::SecondaryStatus: return {{u"secondary_status"_s, text(job.secondaryStatus)}};
    case JobField::Progress: return {{u"progress"_s, job.progress}};
    case JobField::BestScore: return {{u"best_score"_s, realOrNull(job.bestScore)}};
    case JobField::FailureReason: return {{u"failure_reason"_s, text(job.failureReason)}};
    case JobField::RemoteId: return {{u"remote_id"_s, nullable(job.remoteId)}};
    case JobField::ArtifactUri: return {{u"artifact_uri"_s, text(job.artifactUri)}};
    case JobField::ArtifactDir: return {{u"artifact_dir"_s, text(job.artifactDir)}};
    case JobField::DataPath: return {{u"data_path"_s, text(job.dataPath)}};
    case JobField::Tags:
        return {{u"tags_json"_s, compactJson(QJsonArray::fromStringList(job.tags))}};
    case JobField::CreatedAt: return {{u"created_at"_s, sql::timeValue(job.createdAt)}};
    case JobField::UpdatedAt: return {{u"updated_at"_s, sql::timeValue(job.updatedAt)}};
    case JobField::StartedAt: return {{u"started_at"_s, sql::timeValue(job.startedAt)}};
    case JobField::EndedAt: return {{u"ended_at"_s, sql::timeValue(job.endedAt)}};
    case JobField::None:
    case JobField::Timeline:
    case JobField::Artifacts: return {};
    }
    return {};
}

void copyField(JobField field, const Job& from, Job& to)
{
    switch (field) {
    case JobField::Name: to.name = from.name; break;
    case JobField::Spec: to.spec = from.spec; break;
    case JobField::Status: to.setStatusText(from.statusText()); break;
    case JobField::SecondaryStatus: to.secondaryStatus = from.secondaryStatus; break;
    case JobField::Progress: to.progress = from.progress; break;
    case JobField::BestScore: to.bestScore = from.bestScore; break;
    case JobField::FailureReason: to.failureReason = from.failureReason; break;
    case JobField::RemoteId: to.remoteId = from.remoteId; break;
    case JobField::ArtifactUri: to.artifactUri = from.artifactUri; break;
    case JobField::ArtifactDir: to.artifactDir = from.artifactDir; break;
    case JobField::DataPath: to.dataPath = from.dataPath; break;
    case JobField::Tags: to.tags = from.tags; break;
    case JobField::CreatedAt: to.createdAt = from.createdAt; break;
    case JobField::UpdatedAt: to.updatedAt = from.updatedAt; break;
    case JobField::StartedAt: to.startedAt = from.startedAt; break;
    case JobField::EndedAt: to.endedAt = from.endedAt; break;
    case JobField::Timeline: to.timeline = from.timeline; break;
    case JobField::None:
    case JobField::Artifacts: break;
    }
}

QList<JobField> eachField(JobFields fields)
{
    QList<JobField> each;
    for (quint32 bit = 1; bit != 0 && bit <= quint32(JobField::Artifacts); bit <<= 1) {
        if (fields.testFlag(JobField(bit)))
            each << JobField(bit);
    }
    return each;
}

// --- Reading rows ------------------------------------------------------------

const QString jobColumns =
    u"id, backend, remote_id, name, status, secondary_status, progress, best_score, "
    "failure_reason, spec_json, artifact_uri, artifact_dir, data_path, tags_json, created_at, "
    "updated_at, started_at, ended_at, feature_table, target_name, task, scoring"_s;

Job jobFromRow(const QSqlQuery& row)
{
    Job job;
    job.id = row.value(0).toString();
    job.backend = row.value(1).toString();
    job.remoteId = row.value(2).toString();
    job.name = row.value(3).toString();
    job.setStatusText(row.value(4).toString());
    job.secondaryStatus = row.value(5).toString();
    job.progress = row.value(6).toDouble();
    job.bestScore = realFrom(row.value(7));
    job.failureReason = row.value(8).toString();

    const QJsonDocument specDocument = QJsonDocument::fromJson(row.value(9).toString().toUtf8());
    Result<JobSpec> spec = mlhub::specFromJson(specDocument.object());
    if (spec && specDocument.isObject()) {
        job.spec = std::move(spec).value();
    } else {
        // Still show the job, with the spec fields the table keeps apart.
        qCWarning(lcJobs) << "job" << job.id << "has an unreadable spec:" << spec.errorString();
        job.spec.featureTableName = row.value(18).toString();
        job.spec.targetName = row.value(19).toString();
        job.spec.task = row.value(20).toString();
        job.spec.scoring = row.value(21).toString();
    }

    job.artifactUri = row.value(10).toString();
    job.artifactDir = row.value(11).toString();
    job.dataPath = row.value(12).toString();
    for (const QJsonValue& tag : arrayFrom(row.value(13)))
        job.tags << tag.toString();
    job.createdAt = sql::timeFrom(row.value(14));
    job.updatedAt = sql::timeFrom(row.value(15));
    job.startedAt = sql::timeFrom(row.value(16));
    job.endedAt = sql::timeFrom(row.value(17));
    return job;
}

const QString summaryColumns =
    u"id, backend, remote_id, name, status, secondary_status, progress, best_score, "
    "task, scoring, feature_table, target_name, failure_reason, created_at, updated_at, "
    "started_at, ended_at"_s;

JobSummary summaryFromRow(const QSqlQuery& row)
{
    JobSummary summary;
    summary.id = row.value(0).toString();
    summary.backend = row.value(1).toString();
    summary.remoteId = row.value(2).toString();
    summary.statusText = row.value(4).toString();
    summary.secondaryStatus = row.value(5).toString();
    summary.progress = row.value(6).toDouble();
    summary.bestScore = realFrom(row.value(7));
    summary.task = row.value(8).toString();
    summary.scoring = row.value(9).toString();
    summary.featureTableName = row.value(10).toString();
    summary.targetName = row.value(11).toString();
    summary.failureReason = row.value(12).toString();
    summary.createdAt = sql::timeFrom(row.value(13));
    summary.updatedAt = sql::timeFrom(row.value(14));
    summary.startedAt = sql::timeFrom(row.value(15));
    summary.endedAt = sql::timeFrom(row.value(16));

    Job named; // the display name, by the same rule as Job's
    named.id = summary.id;
    named.name = row.value(3).toString();
    named.spec.featureTableName = summary.featureTableName;
    named.spec.targetName = summary.targetName;
    summary.displayName = named.displayName();
    return summary;
}

// --- Listing -----------------------------------------------------------------

struct Condition {
    QStringList clauses;
    QVariantList values;

    QString sql() const
    {
        return clauses.isEmpty() ? QString() : u" WHERE "_s + clauses.join(u" AND "_s);
    }
};

Condition conditionFor(const JobFilter& filter)
{
    Condition condition;
    auto add = [&](const QString& clause, const QVariant& value) {
        condition.clauses << clause;
        condition.values << value;
    };
    if (!filter.status.isEmpty())
        add(u"status = ?"_s, filter.status);
    if (!filter.nameContains.isEmpty())
        add(u"instr(sort_name, ?) > 0"_s, filter.nameContains.toCaseFolded());
    if (filter.createdAfter.isValid())
        add(u"created_at > ?"_s, filter.createdAfter.toMSecsSinceEpoch());
    if (filter.createdBefore.isValid())
        add(u"created_at < ?"_s, filter.createdBefore.toMSecsSinceEpoch());
    if (filter.updatedAfter.isValid())
        add(u"updated_at > ?"_s, filter.updatedAfter.toMSecsSinceEpoch());
    if (filter.updatedBefore.isValid())
        add(u"updated_at < ?"_s, filter.updatedBefore.toMSecsSinceEpoch());
    if (!filter.backend.isEmpty())
        add(u"backend = ?"_s, filter.backend);
    return condition;
}

// The column each order sorts by, and the index that serves it. None is ever
// NULL, so keyset comparisons work; ties go by seq, the order jobs were added.
QString sortColumn(JobSortKey key)
{
    switch (key) {
    case JobSortKey::Name: return u"sort_name"_s;
    case JobSortKey::CreatedAt: return u"created_at"_s;
    case JobSortKey::UpdatedAt: return u"updated_at"_s;
    case JobSortKey::Status: return u"status"_s;
    case JobSortKey::BestScore: return u"score_key"_s;
    }
    return u"created_at"_s;
}

// Every listing walks the index of its order and reads the filtered columns
// from it (schema version 2), so the cost of a page does not grow with the
// history; naming the index keeps the query planner from sorting instead.
QString sortIndex(JobSortKey key)
{
    switch (key) {
    case JobSortKey::Name: return u"jobs_by_name"_s;
    case JobSortKey::CreatedAt: return u"jobs_by_created"_s;
    case JobSortKey::UpdatedAt: return u"jobs_by_updated"_s;
    case JobSortKey::Status: return u"jobs_by_status"_s;
    case JobSortKey::BestScore: return u"jobs_by_score"_s;
    }
    return u"jobs_by_created"_s;
}

QString orderBy(const JobSort& sort)
{
    const QString direction = sort.order == SortOrder::Ascending ? u"ASC"_s : u"DESC"_s;
    return u" ORDER BY %1 %2, seq %2"_s.arg(sortColumn(sort.key), direction);
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
}

Error notOpen()
{
    return {ErrorKind::InvalidArgument, u"the job database is not open"_s};
}

Error noSuchJob(const QString& id)
{
    return {ErrorKind::NotFound, u"there is no job with id %1"_s.arg(id)};
}

// Writable by us, and not marked read-only by its owner: as root, access()
// allows every write, but a file with no write permission was made
// read-only on purpose and is left alone.
bool isWritable(const QFileInfo& info)
{
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

} // namespace

JobStore::JobStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(u"winnow.jobs.%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

JobStore::~JobStore()
{
    close();
}

void JobStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime JobStore::now() const
{
    // Whole milliseconds, as the database keeps them.
    return QDateTime::fromMSecsSinceEpoch(m_clock().toMSecsSinceEpoch(), Qt::UTC);
}

// --- Opening -------------------------------------------------------------------

Result<void> JobStore::open()
{
    if (m_open)
        return {};
    if (Result<void> checked = checkFileBeforeOpening(); !checked)
        return checked;
    Result<void> opened = openConnection();
    if (!opened) {
        close();
        return opened;
    }
    m_open = true;
    qCDebug(lcJobs) << "opened" << m_path << "schema version" << m_schemaVersion;
    return {};
}

Result<void> JobStore::checkFileBeforeOpening() const
{
    if (m_path.trimmed().isEmpty())
        return Error{ErrorKind::InvalidArgument, u"no file was given for the job database"_s};

    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
        return Error{ErrorKind::IoError,
                     u"could not create the folder %1 for the job database"_s.arg(folder)};
    }
    // SQLite writes its -wal and -shm files beside the database.
    if (!isWritable(QFileInfo(folder))) {
        return Error{
            ErrorKind::ReadOnly,
            u"the folder %1 is read-only: the job database needs to write files in it"_s.arg(
                folder)};
    }
    if (!file.exists())
        return {};
    if (file.isDir()) {
        return Error{ErrorKind::InvalidArgument,
                     u"%1 is a folder, not a job database file"_s.arg(m_path)};
    }
    if (!isWritable(file)) {
        return Error{ErrorKind::ReadOnly,
                     u"%1 is read-only: Winnow needs to write to its job database"_s.arg(m_path)};
    }
    if (file.size() == 0)
        return {}; // SQLite treats an empty file as a new database

    QFile header(m_path);
    if (!header.open(QIODevice::ReadOnly))
        return Error{ErrorKind::IoError,
                     u"could not read %1: %2"_s.arg(m_path, header.errorString())};
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (header.read(sqliteMagic.size()) != sqliteMagic) {
        return Error{ErrorKind::NotADatabase,
                     u"%1 is not a job database: it is not an SQLite file"_s.arg(m_path)};
    }
    return {};
}

Result<void> JobStore::openConnection()
{
    const QString doing = u"could not open the job database %1"_s.arg(m_path);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return Error{ErrorKind::Database, u"%1: Qt's SQLite driver is not installed"_s.arg(doing)};
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!m_db.open())
        return sql::failure(doing, m_db.lastError());

    // Read before writing anything, so a file we refuse is left as it was.
    QSqlQuery query(m_db);
    auto readInt = [&](const QString& statement) -> Result<qint64> {
        if (!query.exec(statement) || !query.next())
            return sql::failure(doing, query.lastError());
        return query.value(0).toLongLong();
    };
    Result<qint64> version = readInt(u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    Result<qint64> applicationId = readInt(u"PRAGMA application_id"_s);
    if (!applicationId)
        return applicationId.error();
    Result<qint64> objectCount = readInt(u"SELECT count(*) FROM sqlite_schema"_s);
    if (!objectCount)
        return objectCount.error();
    query.finish();

    if (*applicationId != 0 && *applicationId != schema::applicationId) {
        return Error{
            ErrorKind::NotADatabase,
            u"%1 is an SQLite database of another program, not a job database"_s.arg(m_path)};
    }
    if (*version == 0 && *objectCount > 0) {
        return Error{
            ErrorKind::NotADatabase,
            u"%1 is an SQLite database with tables of its own, not a job database"_s.arg(m_path)};
    }
    if (*version > schema::latestVersion()) {
        return Error{ErrorKind::NewerSchema,
                     u"%1 was written by a newer version of Winnow (job database version %2; this "
                     "version knows up to %3). Update Winnow to open it."_s.arg(m_path)
                         .arg(*version)
                         .arg(schema::latestVersion())};
    }

    for (const QString& pragma :
         {u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
          u"PRAGMA cache_size = -%1"_s.arg(pageCacheKiB), u"PRAGMA journal_mode = WAL"_s,
          u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (Result<void> set = sql::exec(m_db, pragma, doing); !set)
            return set;
    }

    if (*version < schema::latestVersion()) {
        const QString upgrading = u"could not set up the job database %1"_s.arg(m_path);
        sql::WriteTransaction transaction(m_db);
        if (Result<void> begun = transaction.begin(upgrading); !begun)
            return begun;
        // Another process may have upgraded it while we waited for the lock.
        Result<qint64> current = readInt(u"PRAGMA user_version"_s);
        if (!current)
            return current.error();
        query.finish();
        if (Result<void> migrated = schema::migrate(m_db, int(*current)); !migrated)
            return migrated;
        if (Result<void> committed = transaction.commit(upgrading); !committed)
            return committed;
    }
    m_schemaVersion = schema::latestVersion();

    Result<qint64> dataVersion = readInt(u"PRAGMA data_version"_s);
    if (!dataVersion)
        return dataVersion.error();
    m_dataVersion = *dataVersion;
    return {};
}

void JobStore::close()
{
    m_open = false;
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery& JobStore::preparedStatement(const QString& sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        found = m_statements.emplace(sql, QSqlQuery(m_db)).first;
        found->second.prepare(sql);
    }
    return found->second;
}

Result<void> JobStore::checkOpen() const
{
    if (!m_open)
        return notOpen();
    return {};
}

// --- Transactions and signals ----------------------------------------------------

Result<void> JobStore::inTransaction(const QString& doing,
                                     const std::function<Result<void>()>& body)
{
    if (Result<void> open = checkOpen(); !open)
        return open;
    m_notices.clear();
    sql::WriteTransaction transaction(m_db);
    Result<void> done = transaction.begin(doing);
    if (done)
        done = body();
    if (done)
        done = transaction.commit(doing);
    if (!done) {
        transaction.rollback();
        m_notices.clear();
        return done;
    }
    emitNotices();
    return {};
}

void JobStore::notify(Notice notice)
{
    if (notice.kind == Notice::Kind::Changed) {
        for (Notice& earlier : m_notices) {
            if (earlier.id != notice.id)
                continue;
            if (earlier.kind == Notice::Kind::Added)
                return; // a job added in this transaction is reported as added, once
            if (earlier.kind == Notice::Kind::Changed) {
                earlier.fields |= notice.fields;
                return;
            }
        }
    }
    m_notices.push_back(std::move(notice));
}

void JobStore::emitNotices()
{
    // Slots may write to the store again, which collects notices anew.
    const std::vector<Notice> notices = std::exchange(m_notices, {});
    for (const Notice& notice : notices) {
        switch (notice.kind) {
        case Notice::Kind::Added: emit jobAdded(notice.id); break;
        case Notice::Kind::Changed: emit jobChanged(notice.id, notice.fields); break;
        case Notice::Kind::Removed: emit jobRemoved(notice.id); break;
        case Notice::Kind::CandidateAdded:
            emit candidateAdded(notice.id, notice.candidateIndex);
            break;
        }
    }
}

// --- Writing jobs ----------------------------------------------------------------

Result<QString> JobStore::add(const Job& job)
{
    Result<QStringList> ids = add(QList<Job>{job});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QStringList> JobStore::add(const QList<Job>& jobs)
{
    QStringList ids;
    Result<void> done = inTransaction(u"could not save the new job"_s, [&]() -> Result<void> {
        for (const Job& job : jobs) {
            Result<QString> id = insertJob(job);
            if (!id)
                return id.error();
            ids << *id;
        }
        return {};
    });
    if (!done)
        return done.error();
    return ids;
}

Result<QString> JobStore::insertJob(Job job)
{
    const QDateTime time = now();
    if (job.id.isEmpty())
        job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (job.backend.isEmpty())
        job.backend = localBackendId();
    if (!job.createdAt.isValid())
        job.createdAt = time;
    if (!job.updatedAt.isValid())
        job.updatedAt = job.createdAt;
    normalize(job, time);

    const QString doing = u"could not save job %1"_s.arg(job.id);
    QSqlQuery& insert = preparedStatement(
        u"INSERT INTO jobs (id, backend, remote_id, name, sort_name, status, "
        "secondary_status, progress, best_score, failure_reason, spec_json, "
        "feature_table, target_name, task, scoring, artifact_uri, artifact_dir, "
        "data_path, tags_json, created_at, updated_at, started_at, ended_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(job.id);
    insert.addBindValue(job.backend);
    insert.addBindValue(nullable(job.remoteId));
    insert.addBindValue(text(job.name));
    insert.addBindValue(sortName(job));
    for (JobField field :
         {JobField::Status, JobField::SecondaryStatus, JobField::Progress, JobField::BestScore,
          JobField::FailureReason, JobField::Spec, JobField::ArtifactUri, JobField::ArtifactDir,
          JobField::DataPath, JobField::Tags, JobField::CreatedAt, JobField::UpdatedAt,
          JobField::StartedAt, JobField::EndedAt}) {
        for (const Column& column : columnsOf(field, job))
            insert.addBindValue(column.value);
    }
    if (!insert.exec()) {
        if (sql::isUniquenessViolation(insert.lastError())) {
            const QString which =
                job.remoteId.isEmpty()
                    ? u"a job with id %1 already exists"_s.arg(job.id)
                    : u"job %1 of %2 is already in the list"_s.arg(job.remoteId, job.backend);
            return Error{ErrorKind::InvalidArgument, u"could not add the job: %1"_s.arg(which)};
        }
        return sql::failure(doing, insert.lastError());
    }
    if (Result<void> written = writeTimeline(job.id, job.timeline, 0); !written)
        return written.error();
    notify({Notice::Kind::Added, job.id, {}, 0});
    return job.id;
}

Result<void> JobStore::writeTimeline(const QString& id, const QList<TimelineEntry>& timeline,
                                     int firstSeq)
{
    if (firstSeq >= timeline.size())
        return {};
    QSqlQuery& insert = preparedStatement(
        u"INSERT INTO status_timeline (job_id, seq, secondary_status, time) VALUES (?, ?, ?, ?)"_s);
    for (int seq = firstSeq; seq < timeline.size(); ++seq) {
        insert.addBindValue(id);
        insert.addBindValue(seq);
        insert.addBindValue(text(timeline.at(seq).secondaryStatus));
        insert.addBindValue(sql::timeValue(timeline.at(seq).time));
        if (Result<void> done =
                sql::exec(insert, u"could not save the timeline of job %1"_s.arg(id));
            !done)
            return done;
    }
    return {};
}

Result<void> JobStore::update(const Job& job, JobFields fields)
{
    return inTransaction(u"could not save job %1"_s.arg(job.id), [&]() -> Result<void> {
        Result<Job> current = loadJob(job.id);
        if (!current)
            return current.error();
        return applyChanges(*current, job, fields & updatableJobFields(), QDateTime());
    });
}

// Writes the fields of `incoming` that differ from `current`. updatedAt is
// `updatedAt` when valid (a remote service's), else now if anything changed.
Result<void> JobStore::applyChanges(const Job& current, const Job& incoming, JobFields fields,
                                    const QDateTime& updatedAt)
{
    const QDateTime time = now();
    Job merged = current;
    for (JobField field : eachField(fields))
        copyField(field, incoming, merged);
    normalize(merged, time);

    JobFields changed;
    QList<Column> writes;
    for (JobField field : eachField(fields)) {
        const QList<Column> before = columnsOf(field, current);
        const QList<Column> after = columnsOf(field, merged);
        bool differs = false;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (before.at(i).value != after.at(i).value) {
                differs = true;
                writes << after.at(i);
            }
        }
        if (differs)
            changed |= field;
    }

    // The timeline records each new secondary status, unless given outright.
    if (!fields.testFlag(JobField::Timeline) && changed.testFlag(JobField::SecondaryStatus) &&
        !merged.secondaryStatus.isEmpty()) {
        merged.timeline << TimelineEntry{merged.secondaryStatus, time};
    }
    if (merged.timeline != current.timeline) {
        changed |= JobField::Timeline;
        const bool appended =
            current.timeline.size() < merged.timeline.size() &&
            std::equal(current.timeline.begin(), current.timeline.end(), merged.timeline.begin());
        int firstSeq = 0;
        if (appended) {
            firstSeq = int(current.timeline.size());
        } else {
            QSqlQuery clear(m_db);
            clear.prepare(u"DELETE FROM status_timeline WHERE job_id = ?"_s);
            clear.addBindValue(current.id);
            if (Result<void> done = sql::exec(clear, u"could not save job %1"_s.arg(current.id));
                !done)
                return done;
        }
        if (Result<void> done = writeTimeline(current.id, merged.timeline, firstSeq); !done)
            return done;
    }

    const QString newSortName = sortName(merged);
    if (newSortName != sortName(current))
        writes << Column{u"sort_name"_s, newSortName};

    if (updatedAt.isValid() && updatedAt != current.updatedAt) {
        writes << Column{u"updated_at"_s, sql::timeValue(updatedAt)};
        changed |= JobField::UpdatedAt;
    } else if (!updatedAt.isValid() && changed != JobFields()) {
        writes << Column{u"updated_at"_s, sql::timeValue(time)};
        changed |= JobField::UpdatedAt;
    }
    if (changed == JobFields())
        return {};

    if (!writes.isEmpty()) {
        QStringList assignments;
        for (const Column& column : std::as_const(writes))
            assignments << column.name + u" = ?"_s;
        QSqlQuery query(m_db);
        query.prepare(u"UPDATE jobs SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
        for (const Column& column : std::as_const(writes))
            query.addBindValue(column.value);
        query.addBindValue(current.id);
        if (Result<void> done = sql::exec(query, u"could not save job %1"_s.arg(current.id)); !done)
            return done;
    }
    notify({Notice::Kind::Changed, current.id, changed, 0});
    return {};
}

Result<void> JobStore::remove(const QString& id)
{
    return inTransaction(u"could not remove job %1"_s.arg(id), [&]() -> Result<void> {
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM jobs WHERE id = ?"_s);
        query.addBindValue(id);
        if (Result<void> done = sql::exec(query, u"could not remove job %1"_s.arg(id)); !done)
            return done;
        if (query.numRowsAffected() == 0)
            return noSuchJob(id);
        notify({Notice::Kind::Removed, id, {}, 0});
        return {};
    });
}

JobFields JobStore::mirroredFields()
{
    return JobField::Spec | JobField::Status | JobField::SecondaryStatus | JobField::Progress |
           JobField::BestScore | JobField::FailureReason | JobField::ArtifactUri |
           JobField::CreatedAt | JobField::StartedAt | JobField::EndedAt;
}

Result<QStringList> JobStore::upsertRemote(const QString& backend, const QList<Job>& jobs,
                                           JobFields fields)
{
    if (backend.isEmpty() || backend == localBackendId()) {
        return Error{ErrorKind::InvalidArgument,
                     u"mirroring needs the id of a remote service, not \"%1\""_s.arg(backend)};
    }
    QStringList ids;
    Result<void> done =
        inTransaction(u"could not save the jobs of %1"_s.arg(backend), [&]() -> Result<void> {
            QSqlQuery find(m_db);
            find.prepare(u"SELECT id FROM jobs WHERE backend = ? AND remote_id = ?"_s);
            for (qsizetype i = 0; i < jobs.size(); ++i) {
                Job incoming = jobs.at(i);
                if (incoming.remoteId.isEmpty()) {
                    return Error{
                        ErrorKind::InvalidArgument,
                        u"could not save the jobs of %1: job %2 in the list has no remote id"_s
                            .arg(backend)
                            .arg(i)};
                }
                incoming.backend = backend;
                find.addBindValue(backend);
                find.addBindValue(incoming.remoteId);
                if (Result<void> found = sql::exec(find, u"could not look up remote jobs"_s);
                    !found)
                    return found;
                if (!find.next()) {
                    find.finish();
                    incoming.id.clear();
                    Result<QString> id = insertJob(incoming);
                    if (!id)
                        return id.error();
                    ids << *id;
                    continue;
                }
                const QString id = find.value(0).toString();
                find.finish();
                Result<Job> current = loadJob(id);
                if (!current)
                    return current.error();
                if (Result<void> applied = applyChanges(
                        *current, incoming, fields & updatableJobFields(), incoming.updatedAt);
                    !applied)
                    return applied;
                ids << id;
            }
            return {};
        });
    if (!done)
        return done.error();
    return ids;
}

Result<Job> JobStore::findRemote(const QString& backend, const QString& remoteId)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    QSqlQuery find(m_db);
    find.prepare(u"SELECT id FROM jobs WHERE backend = ? AND remote_id = ?"_s);
    find.addBindValue(backend);
    find.addBindValue(remoteId);
    if (Result<void> done = sql::exec(find, u"could not look up job %1"_s.arg(remoteId)); !done)
        return done.error();
    if (!find.next())
        return Error{ErrorKind::NotFound, u"there is no job %1 of %2"_s.arg(remoteId, backend)};
    const QString id = find.value(0).toString();
    find.finish();
    return loadJob(id);
}

// --- Reading jobs ----------------------------------------------------------------

Result<Job> JobStore::get(const QString& id)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    return loadJob(id);
}

Result<Job> JobStore::loadJob(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM jobs WHERE id = ?"_s.arg(jobColumns));
    query.addBindValue(id);
    if (Result<void> done = sql::exec(query, u"could not read job %1"_s.arg(id)); !done)
        return done.error();
    if (!query.next())
        return noSuchJob(id);
    QList<Job> jobs{jobFromRow(query)};
    query.finish();
    if (Result<void> loaded = loadTimelines(jobs); !loaded)
        return loaded.error();
    return jobs.constFirst();
}

Result<void> JobStore::loadTimelines(QList<Job>& jobs)
{
    if (jobs.isEmpty())
        return {};
    QHash<QString, Job*> byId;
    for (Job& job : jobs)
        byId.insert(job.id, &job);
    const QStringList placeholders(jobs.size(), u"?"_s);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT job_id, secondary_status, time FROM status_timeline WHERE job_id IN "
        "(%1) ORDER BY job_id, seq"_s.arg(placeholders.join(u','))); // max 1000 jobs a page
    for (const Job& job : std::as_const(jobs))
        query.addBindValue(job.id);
    if (Result<void> done = sql::exec(query, u"could not read job timelines"_s); !done)
        return done;
    while (query.next()) {
        if (Job* job = byId.value(query.value(0).toString()))
            job->timeline << TimelineEntry{query.value(1).toString(),
                                           sql::timeFrom(query.value(2))};
    }
    return {};
}

Result<bool> JobStore::jobExists(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM jobs WHERE id = ?"_s);
    query.addBindValue(id);
    if (Result<void> done = sql::exec(query, u"could not read job %1"_s.arg(id)); !done)
        return done.error();
    return query.next();
}

// --- Candidates and artifacts ------------------------------------------------------

Result<void> JobStore::addCandidate(const Candidate& incoming)
{
    const QString doing =
        u"could not save candidate %1 of job %2"_s.arg(incoming.index).arg(incoming.jobId);
    return inTransaction(doing, [&]() -> Result<void> {
        Result<bool> exists = jobExists(incoming.jobId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return noSuchJob(incoming.jobId);

        Candidate candidate = incoming;
        if (!candidate.createdAt.isValid())
            candidate.createdAt = now();
        if (candidate.score && !std::isfinite(*candidate.score))
            candidate.score.reset();

        QSqlQuery query(m_db);
        query.prepare(u"SELECT algorithm, pipeline_json, score, status, fit_seconds, message, "
                      "created_at FROM candidates WHERE job_id = ? AND idx = ?"_s);
        query.addBindValue(candidate.jobId);
        query.addBindValue(candidate.index);
        if (Result<void> done = sql::exec(query, doing); !done)
            return done;
        if (query.next()) {
            const Candidate stored{candidate.jobId,
                                   candidate.index,
                                   query.value(0).toString(),
                                   arrayFrom(query.value(1)),
                                   realFrom(query.value(2)),
                                   query.value(3).toString(),
                                   realFrom(query.value(4)),
                                   query.value(5).toString(),
                                   sql::timeFrom(query.value(6))};
            if (stored == candidate)
                return {};
        }
        query.finish();

        QSqlQuery write(m_db);
        write.prepare(u"INSERT OR REPLACE INTO candidates (job_id, idx, algorithm, pipeline_json, "
                      "score, status, fit_seconds, message, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        write.addBindValue(candidate.jobId);
        write.addBindValue(candidate.index);
        write.addBindValue(text(candidate.algorithm));
        write.addBindValue(compactJson(candidate.pipeline));
        write.addBindValue(realOrNull(candidate.score));
        write.addBindValue(text(candidate.status));
        write.addBindValue(realOrNull(candidate.fitSeconds));
        write.addBindValue(text(candidate.message));
        write.addBindValue(sql::timeValue(candidate.createdAt));
        if (Result<void> done = sql::exec(write, doing); !done)
            return done;
        notify({Notice::Kind::CandidateAdded, candidate.jobId, {}, candidate.index});
        return {};
    });
}

Result<QList<Candidate>> JobStore::candidates(const QString& jobId)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT idx, algorithm, pipeline_json, score, status, fit_seconds, message, "
                  "created_at FROM candidates WHERE job_id = ? ORDER BY idx"_s);
    query.addBindValue(jobId);
    if (Result<void> done =
            sql::exec(query, u"could not read the candidates of job %1"_s.arg(jobId));
        !done)
        return done.error();
    QList<Candidate> list;
    while (query.next()) {
        list << Candidate{jobId,
                          query.value(0).toInt(),
                          query.value(1).toString(),
                          arrayFrom(query.value(2)),
                          realFrom(query.value(3)),
                          query.value(4).toString(),
                          realFrom(query.value(5)),
                          query.value(6).toString(),
                          sql::timeFrom(query.value(7))};
    }
    return list;
}

Result<void> JobStore::setArtifacts(const QString& jobId, const QList<Artifact>& incoming)
{
    const QString doing = u"could not save the artifacts of job %1"_s.arg(jobId);
    QList<Artifact> sorted = incoming;
    std::sort(sorted.begin(), sorted.end(), [](const Artifact& a, const Artifact& b) {
        return std::tie(a.kind, a.location) < std::tie(b.kind, b.location);
    });
    return inTransaction(doing, [&]() -> Result<void> {
        Result<bool> exists = jobExists(jobId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return noSuchJob(jobId);
        Result<QList<Artifact>> current = artifacts(jobId);
        if (!current)
            return current.error();
        if (*current == sorted)
            return {};

        QSqlQuery clear(m_db);
        clear.prepare(u"DELETE FROM artifacts WHERE job_id = ?"_s);
        clear.addBindValue(jobId);
        if (Result<void> done = sql::exec(clear, doing); !done)
            return done;
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO artifacts (job_id, kind, location, size, sha256) "
                       "VALUES (?, ?, ?, ?, ?)"_s);
        for (const Artifact& artifact : std::as_const(sorted)) {
            insert.addBindValue(jobId);
            insert.addBindValue(text(artifact.kind));
            insert.addBindValue(text(artifact.location));
            insert.addBindValue(artifact.size ? QVariant(*artifact.size)
                                              : QVariant(QMetaType::fromType<qint64>()));
            insert.addBindValue(nullable(artifact.sha256));
            if (Result<void> done = sql::exec(insert, doing); !done)
                return done;
        }
        QSqlQuery touch(m_db);
        touch.prepare(u"UPDATE jobs SET updated_at = ? WHERE id = ?"_s);
        touch.addBindValue(sql::timeValue(now()));
        touch.addBindValue(jobId);
        if (Result<void> done = sql::exec(touch, doing); !done)
            return done;
        notify({Notice::Kind::Changed, jobId, JobField::Artifacts | JobField::UpdatedAt, 0});
        return {};
    });
}

Result<QList<Artifact>> JobStore::artifacts(const QString& jobId)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT kind, location, size, sha256 FROM artifacts WHERE job_id = ? "
                  "ORDER BY kind, location"_s);
    query.addBindValue(jobId);
    if (Result<void> done =
            sql::exec(query, u"could not read the artifacts of job %1"_s.arg(jobId));
        !done)
        return done.error();
    QList<Artifact> list;
    while (query.next()) {
        Artifact artifact{query.value(0).toString(), query.value(1).toString(), std::nullopt,
                          query.value(3).toString()};
        if (!query.value(2).isNull())
            artifact.size = query.value(2).toLongLong();
        list << artifact;
    }
    return list;
}

// --- Listing -------------------------------------------------------------------------

Result<JobPage> JobStore::list(const JobQuery& request)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    if (request.pageSize < 1 || request.pageSize > 1000) {
        return Error{ErrorKind::InvalidArgument,
                     u"a page holds 1 to 1000 jobs, not %1"_s.arg(request.pageSize)};
    }
    const QByteArray digest = paging::queryDigest(request.filter, request.sort);
    Condition condition = conditionFor(request.filter);
    if (!request.pageToken.isEmpty()) {
        Result<paging::Cursor> cursor = paging::decode(request.pageToken);
        if (!cursor)
            return cursor.error();
        if (cursor->queryDigest != digest) {
            return Error{ErrorKind::InvalidArgument,
                         u"the page token belongs to a list with another filter or order; start "
                         "again from the first page"_s};
        }
        const QString comparison = request.sort.order == SortOrder::Ascending ? u">"_s : u"<"_s;
        condition.clauses << u"(%1, seq) %2 (?, ?)"_s.arg(sortColumn(request.sort.key), comparison);
        condition.values << cursor->lastKey << cursor->lastSeq;
    }

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1, %2, seq FROM jobs INDEXED BY %3%4%5 LIMIT ?"_s.arg(
        jobColumns, sortColumn(request.sort.key), sortIndex(request.sort.key), condition.sql(),
        orderBy(request.sort)));
    bindAll(query, condition.values);
    query.addBindValue(request.pageSize + 1); // one more tells whether another page follows
    if (Result<void> done = sql::exec(query, u"could not list jobs"_s); !done)
        return done.error();

    JobPage page;
    QVariant lastKey;
    qint64 lastSeq = 0;
    bool more = false;
    const int keyColumn = query.record().count() - 2;
    while (query.next()) {
        if (page.jobs.size() == request.pageSize) {
            more = true;
            break;
        }
        page.jobs << jobFromRow(query);
        lastKey = query.value(keyColumn);
        lastSeq = query.value(keyColumn + 1).toLongLong();
    }
    query.finish();
    if (Result<void> loaded = loadTimelines(page.jobs); !loaded)
        return loaded.error();
    if (more) {
        page.nextPageToken =
            paging::encode({request.sort.key, request.sort.order, digest, lastKey, lastSeq});
    }
    return page;
}

Result<QList<JobSummary>> JobStore::listAll(const JobFilter& filter, const JobSort& sort)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    const Condition condition = conditionFor(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM jobs INDEXED BY %2%3%4"_s.arg(
        summaryColumns, sortIndex(sort.key), condition.sql(), orderBy(sort)));
    bindAll(query, condition.values);
    if (Result<void> done = sql::exec(query, u"could not list jobs"_s); !done)
        return done.error();
    QList<JobSummary> summaries;
    while (query.next())
        summaries << summaryFromRow(query);
    return summaries;
}

Result<JobCounts> JobStore::counts()
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT backend, status, count(*) FROM jobs GROUP BY backend, status"_s))
        return sql::failure(u"could not count jobs"_s, query.lastError());
    JobCounts counts;
    while (query.next()) {
        const QString backend = query.value(0).toString();
        const QString status = query.value(1).toString();
        const int count = query.value(2).toInt();
        counts.total += count;
        counts.byBackend[backend] += count;
        counts.byStatus[status] += count;
        counts.byBackendAndStatus[backend][status] += count;
    }
    return counts;
}

Result<bool> JobStore::hasExternalChanges()
{
    Result<QVariant> version = pragma(u"data_version"_s);
    if (!version)
        return version.error();
    const qint64 current = version->toLongLong();
    const bool changed = current != m_dataVersion;
    m_dataVersion = current;
    return changed;
}

Result<QVariant> JobStore::pragma(const QString& name)
{
    if (Result<void> open = checkOpen(); !open)
        return open.error();
    static const QRegularExpression identifier(u"^[a-z_]+$"_s);
    if (!identifier.match(name).hasMatch())
        return Error{ErrorKind::InvalidArgument, u"\"%1\" is not a PRAGMA name"_s.arg(name)};
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA %1"_s.arg(name)) || !query.next())
        return sql::failure(u"could not read PRAGMA %1"_s.arg(name), query.lastError());
    return query.value(0);
}

} // namespace winnow::jobs
