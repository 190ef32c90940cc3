#pragma once

#include "engine/core/task.h"
#include "engine/data/table.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::models {

// A column type as the user reads it: "Numeric", "True/false",
// "Categorical", "Date/time".
QString columnTypeText(engine::ColumnType type);

// What a sample of rows says about one column: enough to suggest a target,
// an id column, and to warn before a job fails on it.
struct ColumnProfile {
    QString name;
    engine::ColumnType type = engine::ColumnType::Numeric;
    qint64 rows = 0;
    qint64 missing = 0;
    qint64 distinct = 0; // distinct present values
    // Every row has a value and no two are the same.
    bool unique = false;
    // Unique, and the values look like identifiers: text of one shape
    // ("CUST-00042"), or row numbers (whole and rising, at least 10 of
    // them), or a name saying "id".
    bool idLike = false;
    // A present value found in two rows, if any (the first such).
    QString repeatedValue;
    QStringList examples; // the first few distinct values, as the engine reads them

    bool constant() const { return distinct <= 1; }
    double missingShare() const { return rows > 0 ? double(missing) / double(rows) : 0.0; }
};

QList<ColumnProfile> profileColumns(const engine::Table& sample);

// The column most likely meant as the target: one named like a target
// (target, class, label, y, churn, outcome, ... as a word of the name),
// else the last column that does not look like ids. -1 for an empty list.
// `exclude` (the id column) is never suggested unless it is the only column.
int suggestTarget(const QList<ColumnProfile>& columns, int exclude = -1);

// The column most likely holding row ids: idLike, preferring names that
// say "id". -1 when none looks like one.
int suggestIdColumn(const QList<ColumnProfile>& columns, int exclude = -1);

// How a classification target's classes are spread in the sample.
struct ClassBalance {
    int classes = 0;
    QString minorityLabel;
    qint64 minorityCount = 0;
    double minorityShare = 0.0; // of the rows that have a target value
};
std::optional<ClassBalance> classBalance(const engine::Column& target);

// What the engine does to the training rows with toBalance (docs/job-spec.md,
// "Balancing"): oversample under 1 %, undersample from 1 % to 20 %,
// nothing from 20 % on.
enum class BalanceAction { Oversample, Undersample, Nothing };
BalanceAction balanceAction(double minorityShare);

// The earliest and latest dates of a datetime column (UTC), if any.
struct DateSpan {
    double first = 0.0; // seconds since the epoch
    double last = 0.0;
};
std::optional<DateSpan> dateSpan(const engine::Column& column);
// How many values of a datetime column fall in [from, until): seconds
// since the epoch, either end open when absent.
qint64 rowsInDateRange(const engine::Column& column, std::optional<double> from,
                       std::optional<double> until);

} // namespace winnow::models
