#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::engine {

enum class ColumnType { Numeric, Boolean, Categorical, Datetime };

std::string columnTypeName(ColumnType type); // "numeric", "boolean", "categorical", "datetime"
std::optional<ColumnType> parseColumnType(std::string_view name);

// One column of a table. Which storage is used depends on the type:
//   Numeric      values, NaN where missing
//   Boolean      values as 0 or 1, NaN where missing
//   Datetime     values as seconds since 1970-01-01T00:00:00Z, NaN where missing
//   Categorical  codes into `categories` (in order of first appearance), -1 where missing
struct Column {
    std::string name;
    ColumnType type = ColumnType::Numeric;
    std::vector<double> values;
    std::vector<std::int32_t> codes;
    std::vector<std::string> categories;

    static Column numeric(std::string name, std::vector<double> values);
    static Column categorical(std::string name, const std::vector<std::string>& texts);

    std::size_t size() const;
    bool isMissing(std::size_t row) const;
    std::size_t missingCount() const;
    // The value as it would be written to a CSV file: numbers in their
    // shortest exact form, booleans as true/false, datetimes in ISO 8601
    // (UTC), categories as their text; "" when missing.
    std::string text(std::size_t row) const;
    // The rows given, in that order.
    Column take(std::span<const std::size_t> rows) const;
    std::size_t memoryBytes() const;
};

// A columnar, in-memory table: what the CSV reader produces and what the
// preprocessing steps consume. All columns have the same number of rows.
class Table {
public:
    Table() = default;

    std::size_t rowCount() const { return m_rows; }
    std::size_t columnCount() const { return m_columns.size(); }
    const Column& column(std::size_t index) const { return m_columns.at(index); }
    Column& column(std::size_t index) { return m_columns.at(index); }
    const std::vector<Column>& columns() const { return m_columns; }

    std::optional<std::size_t> indexOf(std::string_view name) const;
    const Column* find(std::string_view name) const;
    std::vector<std::string> columnNames() const;

    // Appends a column; throws std::invalid_argument when its length differs
    // from the table's or its name is already taken.
    void addColumn(Column column);
    void removeColumn(std::string_view name);

    Table takeRows(std::span<const std::size_t> rows) const;
    // The named columns, in the order given; throws std::invalid_argument
    // naming the first column that does not exist.
    Table selectColumns(std::span<const std::string> names) const;

    // Writes a header and one line per row, RFC 4180 quoting where needed.
    void writeCsv(std::ostream& out, char delimiter = ',') const;
    std::size_t memoryBytes() const;

private:
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
};

// Formats a datetime value (seconds since the epoch, UTC) as ISO 8601:
// "2023-10-17" when it falls on midnight, else "2023-10-17T16:47:14Z"
// (with milliseconds when it has them).
std::string formatDatetime(double secondsSinceEpoch);
// Formats a double in its shortest form that reads back exactly.
std::string formatNumber(double value);

} // namespace winnow::engine
