#include "models/column_profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace winnow::models {
namespace {

constexpr int kExamples = 3;
constexpr qint64 kFewestRowsForRowNumbers = 10;

// The words of a column name: split at anything but letters and digits,
// and where a lower-case letter meets an upper-case one ("CustomerID").
QStringList nameWords(const QString& name)
{
    static const QRegularExpression camel(u"([a-z0-9])([A-Z])"_s);
    static const QRegularExpression separators(u"[^A-Za-z0-9]+"_s);
    QString spaced = name;
    spaced.replace(camel, u"\\1 \\2"_s);
    QStringList words = spaced.toLower().split(separators, Qt::SkipEmptyParts);
    return words;
}

bool nameSaysId(const QString& name)
{
    const QStringList words = nameWords(name);
    return words.contains(u"id"_s) || words.contains(u"uuid"_s) || words.contains(u"guid"_s);
}

// How much a name sounds like a target: 3 when it is one of the usual
// names, 2 when one of its words is, 1 when a word starts with one
// ("churned"), else 0.
int targetNameScore(const QString& name)
{
    static const QStringList targetWords = {u"target"_s, u"class"_s,   u"label"_s,
                                            u"churn"_s,  u"outcome"_s, u"y"_s};
    const QString lower = name.trimmed().toLower();
    if (targetWords.contains(lower))
        return 3;
    int score = 0;
    const QStringList words = nameWords(name);
    for (const QString& word : words) {
        for (const QString& target : targetWords) {
            if (target.size() < 2)
                continue; // "y" only as the whole name
            if (word == target)
                score = std::max(score, 2);
            else if (word.startsWith(target))
                score = std::max(score, 1);
        }
    }
    return score;
}

// Text with every letter and digit made 'x': ids of one scheme share it
// ("CUST-00001" and "CUST-00002" both give "xxxx-xxxxx").
QString shapeOf(const std::string& text)
{
    QString shape = QString::fromStdString(text);
    for (QChar& c : shape)
        if (c.isLetterOrNumber())
            c = u'x';
    return shape;
}

bool looksLikeIds(const ColumnProfile& profile, const engine::Column& column)
{
    if (!profile.unique || profile.rows < 2)
        return false;
    if (nameSaysId(profile.name))
        return column.type != engine::ColumnType::Datetime;
    switch (column.type) {
    case engine::ColumnType::Categorical: {
        // Codes follow first appearance, so in a unique column categories
        // are the values in row order.
        const QString shape = shapeOf(column.categories.front());
        bool digits = false;
        for (const std::string& value : column.categories) {
            if (shapeOf(value) != shape)
                return false;
            digits = digits || std::any_of(value.begin(), value.end(),
                                           [](char c) { return c >= '0' && c <= '9'; });
        }
        return digits;
    }
    case engine::ColumnType::Numeric:
        // Row numbers: whole and rising, over enough rows that it is no accident.
        if (profile.rows < kFewestRowsForRowNumbers)
            return false;
        for (std::size_t row = 0; row < column.values.size(); ++row) {
            const double value = column.values[row];
            if (value != std::floor(value))
                return false;
            if (row > 0 && value <= column.values[row - 1])
                return false;
        }
        return true;
    case engine::ColumnType::Boolean:
    case engine::ColumnType::Datetime: return false;
    }
    return false;
}

} // namespace

QString columnTypeText(engine::ColumnType type)
{
    switch (type) {
    case engine::ColumnType::Numeric:
        return QCoreApplication::translate("winnow::models::ColumnProfile", "Numeric");
    case engine::ColumnType::Boolean:
        return QCoreApplication::translate("winnow::models::ColumnProfile", "True/false");
    case engine::ColumnType::Categorical:
        return QCoreApplication::translate("winnow::models::ColumnProfile", "Categorical");
    case engine::ColumnType::Datetime:
        return QCoreApplication::translate("winnow::models::ColumnProfile", "Date/time");
    }
    return {};
}

QList<ColumnProfile> profileColumns(const engine::Table& sample)
{
    QList<ColumnProfile> profiles;
    profiles.reserve(static_cast<qsizetype>(sample.columnCount()));
    for (const engine::Column& column : sample.columns()) {
        ColumnProfile profile;
        profile.name = QString::fromStdString(column.name);
        profile.type = column.type;
        profile.rows = static_cast<qint64>(column.size());
        profile.missing = static_cast<qint64>(column.missingCount());

        // Distinct values, and the first few of them in row order.
        std::vector<std::size_t> firstRows;
        std::optional<std::size_t> repeatedRow;
        if (column.type == engine::ColumnType::Categorical) {
            std::vector<bool> seen(column.categories.size());
            for (std::size_t row = 0; row < column.codes.size(); ++row) {
                const std::int32_t code = column.codes[row];
                if (code < 0)
                    continue;
                if (seen[static_cast<std::size_t>(code)]) {
                    if (!repeatedRow)
                        repeatedRow = row;
                    continue;
                }
                seen[static_cast<std::size_t>(code)] = true;
                ++profile.distinct;
                if (firstRows.size() < kExamples)
                    firstRows.push_back(row);
            }
        } else {
            std::unordered_set<double> seen;
            for (std::size_t row = 0; row < column.values.size(); ++row) {
                const double value = column.values[row];
                if (std::isnan(value))
                    continue;
                if (!seen.insert(value).second) {
                    if (!repeatedRow)
                        repeatedRow = row;
                } else if (firstRows.size() < kExamples) {
                    firstRows.push_back(row);
                }
            }
            profile.distinct = static_cast<qint64>(seen.size());
        }
        if (repeatedRow)
            profile.repeatedValue = QString::fromStdString(column.text(*repeatedRow));
        for (std::size_t row : firstRows)
            profile.examples << QString::fromStdString(column.text(row));
        profile.unique =
            profile.rows > 0 && profile.missing == 0 && profile.distinct == profile.rows;
        profile.idLike = looksLikeIds(profile, column);
        profiles << profile;
    }
    return profiles;
}

int suggestTarget(const QList<ColumnProfile>& columns, int exclude)
{
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < columns.size(); ++i) {
        if (i == exclude)
            continue;
        const int score = targetNameScore(columns[i].name);
        if (score > 0 && score >= bestScore) { // ties: the later column
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        return best;
    for (int i = int(columns.size()) - 1; i >= 0; --i)
        if (i != exclude && !columns[i].idLike)
            return i;
    for (int i = int(columns.size()) - 1; i >= 0; --i)
        if (i != exclude)
            return i;
    return columns.isEmpty() ? -1 : 0;
}

int suggestIdColumn(const QList<ColumnProfile>& columns, int exclude)
{
    int firstIdLike = -1;
    for (int i = 0; i < columns.size(); ++i) {
        if (i == exclude || !columns[i].idLike)
            continue;
        if (nameSaysId(columns[i].name))
            return i;
        if (firstIdLike < 0)
            firstIdLike = i;
    }
    return firstIdLike;
}

std::optional<ClassBalance> classBalance(const engine::Column& target)
{
    // Class -> (rows, first row), keyed by code or by value.
    std::map<double, std::pair<qint64, std::size_t>> classes;
    qint64 present = 0;
    for (std::size_t row = 0; row < target.size(); ++row) {
        if (target.isMissing(row))
            continue;
        const double key = target.type == engine::ColumnType::Categorical
                               ? double(target.codes[row])
                               : target.values[row];
        auto [it, added] = classes.try_emplace(key, 0, row);
        ++it->second.first;
        ++present;
    }
    if (classes.empty())
        return std::nullopt;
    auto smallest =
        std::min_element(classes.begin(), classes.end(), [](const auto& a, const auto& b) {
            return a.second.first < b.second.first;
        });
    ClassBalance balance;
    balance.classes = static_cast<int>(classes.size());
    balance.minorityLabel = QString::fromStdString(target.text(smallest->second.second));
    balance.minorityCount = smallest->second.first;
    balance.minorityShare = double(smallest->second.first) / double(present);
    return balance;
}

BalanceAction balanceAction(double minorityShare)
{
    if (minorityShare < 0.01)
        return BalanceAction::Oversample;
    if (minorityShare < 0.20)
        return BalanceAction::Undersample;
    return BalanceAction::Nothing;
}

std::optional<DateSpan> dateSpan(const engine::Column& column)
{
    if (column.type != engine::ColumnType::Datetime)
        return std::nullopt;
    std::optional<DateSpan> span;
    for (double value : column.values) {
        if (std::isnan(value))
            continue;
        if (!span)
            span = DateSpan{value, value};
        span->first = std::min(span->first, value);
        span->last = std::max(span->last, value);
    }
    return span;
}

qint64 rowsInDateRange(const engine::Column& column, std::optional<double> from,
                       std::optional<double> until)
{
    qint64 count = 0;
    for (double value : column.values) {
        if (std::isnan(value))
            continue;
        if ((!from || value >= *from) && (!until || value < *until))
            ++count;
    }
    return count;
}

} // namespace winnow::models
