#include "engine/pipeline/prepared_data.h"

#include "engine/core/errors.h"
#include "engine/data/datetime_parsing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_set>

namespace winnow::engine {
namespace {

constexpr std::size_t kFewRowsWarning = 500;
constexpr std::size_t kMaxClassesForNumbers = 20;

std::string inQuotes(const std::string& name)
{
    return "'" + name + "'";
}

std::string joinQuoted(const std::vector<std::string>& names)
{
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += i + 1 == names.size() ? " and " : ", ";
        text += inQuotes(names[i]);
    }
    return text;
}

// Closest column name by edit distance, to suggest a fix for a typo.
std::string suggestion(const Table& table, const std::string& name)
{
    auto distance = [](const std::string& a, const std::string& b) {
        std::vector<std::size_t> row(b.size() + 1);
        for (std::size_t j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (std::size_t i = 1; i <= a.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= b.size(); ++j) {
                std::size_t above = row[j];
                bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                            std::tolower(static_cast<unsigned char>(b[j - 1]));
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
                diagonal = above;
            }
        }
        return row[b.size()];
    };
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const auto& column : table.columns()) {
        std::size_t d = distance(name, column.name);
        if (d < bestDistance) {
            bestDistance = d;
            best = column.name;
        }
    }
    return best.empty() ? std::string() : " (did you mean " + inQuotes(best) + "?)";
}

const Column& requireColumn(const Table& table, const std::string& name, const std::string& role)
{
    const Column* column = table.find(name);
    if (!column)
        throw InputError("the " + role + " " + inQuotes(name) + " is not a column of the data" +
                         suggestion(table, name));
    return *column;
}

double parseSpecDate(const std::string& text, const std::string& field)
{
    auto value = parseDatetime(text);
    if (!value)
        throw InputError("job spec: '" + field + "' is not a date: \"" + text +
                         "\" (use 2023-01-31 or 2023-01-31 00:00:00 +0000 UTC)");
    return *value;
}

// The rows whose date falls in [start, end]; an end given as a bare date
// includes that whole day.
std::vector<std::size_t> rowsInDateRange(const Column& dates, const JobSpec& spec)
{
    double start = spec.startDate.empty() ? -INFINITY : parseSpecDate(spec.startDate, "startDate");
    double end = INFINITY;
    if (!spec.endDate.empty()) {
        end = parseSpecDate(spec.endDate, "endDate");
        if (spec.endDate.size() == 10)
            end += 86400.0 - 1e-3;
    }
    if (start > end)
        throw InputError("job spec: 'startDate' " + spec.startDate + " is after 'endDate' " +
                         spec.endDate);
    std::vector<std::size_t> rows;
    for (std::size_t row = 0; row < dates.size(); ++row) {
        double value = dates.values[row];
        if (!std::isnan(value) && value >= start && value <= end)
            rows.push_back(row);
    }
    return rows;
}

std::size_t distinctCount(const Column& column)
{
    if (column.type == ColumnType::Categorical) {
        std::vector<bool> seen(column.categories.size());
        std::size_t count = 0;
        for (auto code : column.codes)
            if (code >= 0 && !seen[static_cast<std::size_t>(code)]) {
                seen[static_cast<std::size_t>(code)] = true;
                ++count;
            }
        return count;
    }
    std::unordered_set<double> seen;
    for (double value : column.values)
        if (!std::isnan(value))
            seen.insert(value);
    return seen.size();
}

bool isWholeNumbers(const Column& column)
{
    return std::all_of(column.values.begin(), column.values.end(), [](double value) {
        return std::isnan(value) || (std::isfinite(value) && value == std::floor(value));
    });
}

void checkUniqueIds(const Column& ids)
{
    std::unordered_set<std::string> seen;
    seen.reserve(ids.size());
    for (std::size_t row = 0; row < ids.size(); ++row) {
        if (ids.isMissing(row))
            throw InputError("the id column " + inQuotes(ids.name) +
                             " has a missing value in data row " + std::to_string(row + 1));
        if (!seen.insert(ids.text(row)).second)
            throw InputError("the id column " + inQuotes(ids.name) + " is not unique: \"" +
                             ids.text(row) + "\" appears more than once (data row " +
                             std::to_string(row + 1) + ")");
    }
}

} // namespace

Task inferTask(const Column& target, std::string* reason)
{
    std::size_t distinct = distinctCount(target);
    auto explain = [&](Task task, std::string why) {
        if (reason)
            *reason = std::move(why);
        return task;
    };
    auto classes = [&](std::string why) {
        return explain(distinct <= 2 ? Task::BinaryClassification : Task::MulticlassClassification,
                       std::move(why));
    };
    if (target.type == ColumnType::Categorical)
        return classes("the target holds text");
    if (target.type == ColumnType::Boolean)
        return classes("the target holds true/false values");
    if (target.type == ColumnType::Datetime)
        return explain(Task::Regression, "the target holds dates");
    std::size_t present = target.size() - target.missingCount();
    if (distinct <= 2)
        return classes("the target has two distinct values");
    if (isWholeNumbers(target) && distinct <= kMaxClassesForNumbers && distinct * 10 < present)
        return classes("the target has " + std::to_string(distinct) + " distinct whole numbers");
    return explain(Task::Regression,
                   "the target has " + std::to_string(distinct) + " distinct numeric values");
}

Target encodeTarget(const Column& column, Task task)
{
    Target target;
    target.name = column.name;
    target.task = task;
    std::size_t n = column.size();
    target.values.resize(static_cast<Index>(n));
    if (task == Task::Regression) {
        if (column.type == ColumnType::Categorical)
            throw InputError("the target " + inQuotes(column.name) +
                             " holds text, so it cannot be predicted by a regression; "
                             "use task \"classification\"");
        for (std::size_t row = 0; row < n; ++row)
            target.values[static_cast<Index>(row)] = column.values[row];
        return target;
    }
    if (column.type == ColumnType::Categorical) {
        // Labels sorted as text; codes remapped to their sorted position.
        std::vector<std::int32_t> order(column.categories.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<std::int32_t>(i);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) {
            return column.categories[static_cast<std::size_t>(a)] <
                   column.categories[static_cast<std::size_t>(b)];
        });
        std::vector<bool> used(column.categories.size());
        for (auto code : column.codes)
            if (code >= 0)
                used[static_cast<std::size_t>(code)] = true;
        std::vector<int> position(column.categories.size(), -1);
        for (auto code : order)
            if (used[static_cast<std::size_t>(code)]) {
                position[static_cast<std::size_t>(code)] = static_cast<int>(target.labels.size());
                target.labels.push_back(column.categories[static_cast<std::size_t>(code)]);
            }
        for (std::size_t row = 0; row < n; ++row)
            target.values[static_cast<Index>(row)] =
                position[static_cast<std::size_t>(column.codes[row])];
        return target;
    }
    std::map<double, int> index;
    for (double value : column.values)
        index.emplace(value, 0);
    int next = 0;
    for (auto& [value, position] : index) {
        position = next++;
        target.labels.push_back(column.type == ColumnType::Boolean ? (value != 0 ? "true" : "false")
                                                                   : formatNumber(value));
    }
    target.labelsNumeric = column.type == ColumnType::Numeric;
    for (std::size_t row = 0; row < n; ++row)
        target.values[static_cast<Index>(row)] = index.at(column.values[row]);
    return target;
}

PreparedData prepareData(const JobSpec& spec, Table table)
{
    PreparedData prepared;
    prepared.rowsRead = table.rowCount();

    const Column& targetColumn = requireColumn(table, spec.targetName, "target column");
    if (!spec.idColumn.empty())
        requireColumn(table, spec.idColumn, "id column");
    if (!spec.dateColumn.empty()) {
        const Column& dates = requireColumn(table, spec.dateColumn, "date column");
        if (dates.type != ColumnType::Datetime)
            throw InputError("the date column " + inQuotes(spec.dateColumn) +
                             " does not hold dates (its values read as " +
                             columnTypeName(dates.type) + ")");
    }
    std::vector<std::string> unknown;
    for (const auto& name : spec.featuresSelected)
        if (!table.find(name))
            unknown.push_back(name);
    if (!unknown.empty())
        throw InputError(
            std::string(unknown.size() == 1 ? "the selected feature " : "the selected features ") +
            joinQuoted(unknown) + (unknown.size() == 1 ? " is not a column" : " are not columns") +
            " of the data" + (unknown.size() == 1 ? suggestion(table, unknown[0]) : ""));
    for (const auto& name : spec.featuresSelected)
        if (name == spec.targetName)
            throw InputError("the target " + inQuotes(name) + " cannot also be a feature");

    // Rows: those in the date range and with a known target.
    std::vector<std::size_t> rows;
    if (!spec.dateColumn.empty() && (!spec.startDate.empty() || !spec.endDate.empty())) {
        rows = rowsInDateRange(*table.find(spec.dateColumn), spec);
        if (rows.empty())
            throw InputError(
                "no row of the data has a '" + spec.dateColumn + "' between " +
                (spec.startDate.empty() ? std::string("the beginning") : spec.startDate) + " and " +
                (spec.endDate.empty() ? std::string("the end") : spec.endDate));
    } else {
        rows.resize(table.rowCount());
        for (std::size_t row = 0; row < rows.size(); ++row)
            rows[row] = row;
    }
    std::size_t beforeTarget = rows.size();
    std::erase_if(rows, [&](std::size_t row) { return targetColumn.isMissing(row); });
    if (rows.empty())
        throw InputError("the target " + inQuotes(spec.targetName) + " has no values");
    if (rows.size() < beforeTarget)
        prepared.warnings.push_back(std::to_string(beforeTarget - rows.size()) +
                                    " rows without a value in the target " +
                                    inQuotes(spec.targetName) + " were left out");
    if (rows.size() != table.rowCount())
        table = table.takeRows(rows);
    const Column& target = *table.find(spec.targetName);

    // Task and target.
    Task task;
    std::string reason;
    Task inferred = inferTask(target, &reason);
    if (spec.task.empty()) {
        task = inferred;
        prepared.notes.push_back("task inferred as " + taskName(task) + ": " + reason);
    } else if (spec.task == "regression") {
        task = Task::Regression;
    } else {
        std::size_t distinct = distinctCount(target);
        if (target.type == ColumnType::Numeric && !isWholeNumbers(target) && distinct > 20)
            throw InputError("the target " + inQuotes(spec.targetName) + " has " +
                             std::to_string(distinct) +
                             " distinct fractional values, which are not classes; use task "
                             "\"regression\"");
        task = distinct <= 2 ? Task::BinaryClassification : Task::MulticlassClassification;
    }
    if (distinctCount(target) < 2)
        throw InputError("the target " + inQuotes(spec.targetName) + " is constant (\"" +
                         target.text(0) + "\" in every row): there is nothing to learn");
    prepared.target = encodeTarget(target, task);
    if (isClassification(task)) {
        std::vector<std::size_t> counts(prepared.target.labels.size());
        for (Index i = 0; i < prepared.target.values.size(); ++i)
            ++counts[static_cast<std::size_t>(prepared.target.values[i])];
        for (std::size_t c = 0; c < counts.size(); ++c)
            if (counts[c] < 2)
                throw InputError("the class \"" + prepared.target.labels[c] + "\" of the target " +
                                 inQuotes(spec.targetName) + " has only " +
                                 std::to_string(counts[c]) +
                                 " row; every class needs at least 2 to be split into training "
                                 "and test rows");
    }

    prepared.scoring = spec.scoring.value_or(defaultScoring(task));
    if (!scoringFitsTask(prepared.scoring, task))
        throw InputError("the scoring \"" + scoringName(prepared.scoring) + "\" does not fit a " +
                         taskName(task) + " task; for it use one of: " + [&] {
                             std::string names;
                             for (auto scoring : allScorings())
                                 if (scoringFitsTask(scoring, task))
                                     names += (names.empty() ? "" : ", ") + scoringName(scoring);
                             return names;
                         }());
    if (!spec.scoring)
        prepared.notes.push_back("scoring " + scoringName(prepared.scoring) +
                                 " chosen as the default for " + taskName(task));

    // Ids.
    if (!spec.idColumn.empty()) {
        const Column& ids = *table.find(spec.idColumn);
        checkUniqueIds(ids);
        prepared.ids = ids;
    }

    // Features: the selection, or every column but the target, id and date.
    std::vector<std::string> candidates = spec.featuresSelected;
    if (candidates.empty())
        for (const auto& column : table.columns())
            if (column.name != spec.targetName && column.name != spec.idColumn &&
                column.name != spec.dateColumn)
                candidates.push_back(column.name);
    std::vector<std::string> usable;
    for (const auto& name : candidates) {
        if (name == spec.idColumn && !spec.idColumn.empty())
            continue;
        const Column& column = *table.find(name);
        std::size_t distinct = distinctCount(column);
        if (distinct == 0 || (distinct == 1 && column.missingCount() == 0))
            prepared.droppedFeatures.push_back(name);
        else
            usable.push_back(name);
    }
    if (!prepared.droppedFeatures.empty())
        prepared.warnings.push_back("left out " + joinQuoted(prepared.droppedFeatures) +
                                    ": constant or empty in the rows used");
    if (usable.empty())
        throw InputError("no usable feature: every candidate column is constant or empty");
    if (spec.numFeatures && static_cast<std::size_t>(*spec.numFeatures) > usable.size())
        throw InputError("numFeatures is " + std::to_string(*spec.numFeatures) + " but only " +
                         std::to_string(usable.size()) + " usable feature" +
                         (usable.size() == 1 ? " is" : "s are") + " available");
    prepared.features = table.selectColumns(usable);

    if (table.rowCount() < kFewRowsWarning)
        prepared.warnings.push_back("only " + std::to_string(table.rowCount()) +
                                    " rows: scores will vary a lot between splits; 500 or more "
                                    "rows give steadier results");
    return prepared;
}

} // namespace winnow::engine
