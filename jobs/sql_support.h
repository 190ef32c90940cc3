#pragma once

// Small helpers over Qt Sql's SQLite driver, private to the jobs library.

#include "jobs/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace winnow::jobs::sql {

// SQLite's primary result codes that Winnow tells apart.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

// The primary SQLite result code of a failure (the driver reports extended
// codes), or 0 when unknown.
int sqliteCode(const QSqlError& error);

// Whether a write failed because a primary key or unique index already had the value.
bool isUniquenessViolation(const QSqlError& error);

// An Error saying what was being done and why it failed, in words a user can
// act on: "could not save job X: the disk is full".
Error failure(const QString& doing, const QSqlError& error);

// Prepares and runs one statement; binds the values in order.
Result<void> exec(QSqlQuery& query, const QString& doing);
Result<void> exec(QSqlDatabase& db, const QString& statement, const QString& doing);

// Splits an SQL script into statements at semicolons outside strings,
// quoted names and comments. (CREATE TRIGGER bodies are not supported.)
QStringList splitStatements(const QString& script);

// Milliseconds since the epoch in UTC, NULL for an invalid time, and back.
QVariant timeValue(const QDateTime& time);
QDateTime timeFrom(const QVariant& value);

// A write transaction. BEGIN IMMEDIATE takes the write lock up front, so two
// connections never deadlock upgrading a read to a write; the busy timeout
// makes the second one wait. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Result<void> begin(const QString& doing);
    Result<void> commit(const QString& doing);
    void rollback();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
};

} // namespace winnow::jobs::sql
