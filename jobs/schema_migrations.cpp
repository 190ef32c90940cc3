#include "jobs/schema_migrations.h"

#include "jobs/job.h"
#include "jobs/logging.h"
#include "jobs/sql_support.h"

#include <QFile>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace winnow::jobs::schema {

namespace {

struct Migration {
    int version;            // the version the database has after this step
    const char16_t* script; // a resource path
    std::function<Result<void>(QSqlDatabase&)> migrateData;
};

// Version 2 keeps each job's display name case-folded in sort_name; SQLite
// cannot fold case beyond ASCII, so existing rows are filled in here.
Result<void> fillSortNames(QSqlDatabase& db)
{
    const QString doing = u"could not fill in the search names of existing jobs"_s;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(u"SELECT id, name, feature_table, target_name FROM jobs"_s))
        return sql::failure(doing, select.lastError());

    QSqlQuery update(db);
    update.prepare(u"UPDATE jobs SET sort_name = ? WHERE id = ?"_s);
    while (select.next()) {
        Job job;
        job.id = select.value(0).toString();
        job.name = select.value(1).toString();
        job.spec.featureTableName = select.value(2).toString();
        job.spec.targetName = select.value(3).toString();
        update.addBindValue(job.displayName().toCaseFolded());
        update.addBindValue(job.id);
        if (Result<void> done = sql::exec(update, doing); !done)
            return done;
    }
    return {};
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1, u":/winnow/jobs/schema/001_initial.sql", nullptr},
        {2, u":/winnow/jobs/schema/002_listing_indexes.sql", fillSortNames},
    };
    return all;
}

Result<QString> readScript(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorKind::Database,
                     u"the schema script %1 is missing from this build"_s.arg(path)};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

int latestVersion()
{
    return migrations().constLast().version;
}

Result<void> migrate(QSqlDatabase& db, int fromVersion)
{
    for (const Migration& step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        if (fromVersion > 0)
            qCInfo(lcJobs) << "upgrading the job database to schema version" << step.version;
        const QString doing =
            u"could not upgrade the job database to version %1"_s.arg(step.version);
        Result<QString> script = readScript(QString::fromUtf16(step.script));
        if (!script)
            return script.error();
        for (const QString& statement : sql::splitStatements(*script)) {
            if (Result<void> done = sql::exec(db, statement, doing); !done)
                return done;
        }
        if (step.migrateData) {
            if (Result<void> done = step.migrateData(db); !done)
                return done;
        }
    }
    if (fromVersion == 0) {
        if (Result<void> done = sql::exec(db, u"PRAGMA application_id = %1"_s.arg(applicationId),
                                          u"could not mark the job database"_s);
            !done)
            return done;
    }
    return sql::exec(db, u"PRAGMA user_version = %1"_s.arg(latestVersion()),
                     u"could not record the job database's version"_s);
}

} // namespace winnow::jobs::schema
