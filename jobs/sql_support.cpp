#include "jobs/sql_support.h"

#include "jobs/logging.h"

using namespace Qt::StringLiterals;

namespace winnow::jobs::sql {

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

bool isUniquenessViolation(const QSqlError& error)
{
    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE.
    const int code = error.nativeErrorCode().toInt();
    return code == 1555 || code == 2067;
}

Error failure(const QString& doing, const QSqlError& error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (sqliteCode(error)) {
    case Full:
        return {ErrorKind::DiskFull,
                u"%1: the disk is full; nothing was changed. Free some space and try again."_s.arg(
                    doing)};
    case IoError:
        return {ErrorKind::IoError,
                u"%1: the disk could not be read or written (%2); nothing was changed."_s.arg(
                    doing, detail)};
    case ReadOnly: return {ErrorKind::ReadOnly, u"%1: the job database is read-only."_s.arg(doing)};
    case Corrupt:
        return {ErrorKind::Corrupt,
                u"%1: the job database file is damaged (%2)."_s.arg(doing, detail)};
    case NotADatabase:
        return {ErrorKind::NotADatabase,
                u"%1: the file is not an SQLite database (%2)."_s.arg(doing, detail)};
    case Busy:
    case Locked:
        return {ErrorKind::Busy,
                u"%1: the job database stayed locked by another program; try again."_s.arg(doing)};
    case CantOpen:
        return {ErrorKind::IoError, u"%1: the file could not be opened (%2)."_s.arg(doing, detail)};
    case Constraint: return {ErrorKind::InvalidArgument, u"%1: %2."_s.arg(doing, detail)};
    default: return {ErrorKind::Database, u"%1: %2"_s.arg(doing, detail)};
    }
}

Result<void> exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec()) {
        qCWarning(lcJobs) << doing << query.lastError().text() << query.lastQuery();
        return failure(doing, query.lastError());
    }
    return {};
}

Result<void> exec(QSqlDatabase& db, const QString& statement, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcJobs) << doing << query.lastError().text() << statement;
        return failure(doing, query.lastError());
    }
    return {};
}

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    enum class State { Code, SingleQuoted, DoubleQuoted, LineComment, BlockComment };
    State state = State::Code;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'-' && next == u'-') {
                state = State::LineComment;
                ++i;
                continue;
            }
            if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                ++i;
                continue;
            }
            if (c == u';') {
                if (!current.trimmed().isEmpty())
                    statements << current.trimmed();
                current.clear();
                continue;
            }
            if (c == u'\'')
                state = State::SingleQuoted;
            else if (c == u'"')
                state = State::DoubleQuoted;
            current += c;
            break;
        case State::SingleQuoted: // '' inside a string leaves and re-enters it: same result
            if (c == u'\'')
                state = State::Code;
            current += c;
            break;
        case State::DoubleQuoted:
            if (c == u'"')
                state = State::Code;
            current += c;
            break;
        case State::LineComment:
            if (c == u'\n') {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                state = State::Code;
                ++i;
                current += u' ';
            }
            break;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

WriteTransaction::WriteTransaction(QSqlDatabase& db) : m_db(db) {}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin(const QString& doing)
{
    Result<void> begun = exec(m_db, u"BEGIN IMMEDIATE"_s, doing);
    m_active = begun.ok();
    return begun;
}

Result<void> WriteTransaction::commit(const QString& doing)
{
    Result<void> committed = exec(m_db, u"COMMIT"_s, doing);
    if (committed)
        m_active = false;
    else
        rollback(); // SQLite may keep the transaction open after a failed COMMIT
    return committed;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s)) {
        // After some I/O errors SQLite has already rolled back by itself.
        qCDebug(lcJobs) << "rollback:" << query.lastError().text();
    }
}

} // namespace winnow::jobs::sql
