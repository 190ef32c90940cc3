#include "engine/data/table.h"

#include <charconv>
#include <cmath>
#include <ctime>
#include <stdexcept>
#include <unordered_map>

namespace winnow::engine {

std::string columnTypeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Numeric: return "numeric";
    case ColumnType::Boolean: return "boolean";
    case ColumnType::Categorical: return "categorical";
    case ColumnType::Datetime: return "datetime";
    }
    return {};
}

std::optional<ColumnType> parseColumnType(std::string_view name)
{
    for (auto type :
         {ColumnType::Numeric, ColumnType::Boolean, ColumnType::Categorical, ColumnType::Datetime})
        if (columnTypeName(type) == name)
            return type;
    return std::nullopt;
}

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

std::string formatDatetime(double seconds)
{
    if (std::isnan(seconds))
        return {};
    double whole = std::floor(seconds);
    auto millis = static_cast<int>(std::lround((seconds - whole) * 1000.0));
    auto t = static_cast<std::time_t>(whole);
    if (millis == 1000) {
        ++t;
        millis = 0;
    }
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[40];
    if (tm.tm_hour == 0 && tm.tm_min == 0 && tm.tm_sec == 0 && millis == 0)
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
    else if (millis == 0)
        std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    else {
        char base[32];
        std::strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
        std::snprintf(buffer, sizeof buffer, "%s.%03dZ", base, millis);
    }
    return buffer;
}

Column Column::numeric(std::string name, std::vector<double> values)
{
    Column column;
    column.name = std::move(name);
    column.type = ColumnType::Numeric;
    column.values = std::move(values);
    return column;
}

Column Column::categorical(std::string name, const std::vector<std::string>& texts)
{
    Column column;
    column.name = std::move(name);
    column.type = ColumnType::Categorical;
    column.codes.reserve(texts.size());
    std::unordered_map<std::string, std::int32_t> index;
    for (const auto& text : texts) {
        if (text.empty()) {
            column.codes.push_back(-1);
            continue;
        }
        auto [it, added] = index.try_emplace(text, static_cast<std::int32_t>(index.size()));
        if (added)
            column.categories.push_back(text);
        column.codes.push_back(it->second);
    }
    return column;
}

std::size_t Column::size() const
{
    return type == ColumnType::Categorical ? codes.size() : values.size();
}

bool Column::isMissing(std::size_t row) const
{
    return type == ColumnType::Categorical ? codes[row] < 0 : std::isnan(values[row]);
}

std::size_t Column::missingCount() const
{
    std::size_t count = 0;
    for (std::size_t row = 0, n = size(); row < n; ++row)
        count += isMissing(row) ? 1 : 0;
    return count;
}

std::string Column::text(std::size_t row) const
{
    if (isMissing(row))
        return {};
    switch (type) {
    case ColumnType::Numeric: return formatNumber(values[row]);
    case ColumnType::Boolean: return values[row] != 0.0 ? "true" : "false";
    case ColumnType::Datetime: return formatDatetime(values[row]);
    case ColumnType::Categorical: return categories[static_cast<std::size_t>(codes[row])];
    }
    return {};
}

Column Column::take(std::span<const std::size_t> rows) const
{
    Column out;
    out.name = name;
    out.type = type;
    if (type == ColumnType::Categorical) {
        out.categories = categories;
        out.codes.reserve(rows.size());
        for (auto row : rows)
            out.codes.push_back(codes.at(row));
    } else {
        out.values.reserve(rows.size());
        for (auto row : rows)
            out.values.push_back(values.at(row));
    }
    return out;
}

std::size_t Column::memoryBytes() const
{
    std::size_t bytes = sizeof(Column) + name.capacity() + values.capacity() * sizeof(double) +
                        codes.capacity() * sizeof(std::int32_t);
    for (const auto& category : categories)
        bytes += sizeof(std::string) + category.capacity();
    return bytes;
}

std::optional<std::size_t> Table::indexOf(std::string_view name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name)
            return i;
    return std::nullopt;
}

const Column* Table::find(std::string_view name) const
{
    auto index = indexOf(name);
    return index ? &m_columns[*index] : nullptr;
}

std::vector<std::string> Table::columnNames() const
{
    std::vector<std::string> names;
    names.reserve(m_columns.size());
    for (const auto& column : m_columns)
        names.push_back(column.name);
    return names;
}

void Table::addColumn(Column column)
{
    if (indexOf(column.name))
        throw std::invalid_argument("duplicate column name '" + column.name + "'");
    if (m_columns.empty())
        m_rows = column.size();
    else if (column.size() != m_rows)
        throw std::invalid_argument("column '" + column.name + "' has " +
                                    std::to_string(column.size()) + " rows, the table " +
                                    std::to_string(m_rows));
    m_columns.push_back(std::move(column));
}

void Table::removeColumn(std::string_view name)
{
    if (auto index = indexOf(name))
        m_columns.erase(m_columns.begin() + static_cast<std::ptrdiff_t>(*index));
    if (m_columns.empty())
        m_rows = 0;
}

Table Table::takeRows(std::span<const std::size_t> rows) const
{
    Table out;
    for (const auto& column : m_columns)
        out.addColumn(column.take(rows));
    out.m_rows = rows.size();
    return out;
}

Table Table::selectColumns(std::span<const std::string> names) const
{
    Table out;
    for (const auto& name : names) {
        const Column* column = find(name);
        if (!column)
            throw std::invalid_argument("no column named '" + name + "'");
        out.addColumn(*column);
    }
    return out;
}

namespace {

void writeField(std::ostream& out, const std::string& text, char delimiter)
{
    bool quote = text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string::npos;
    if (!quote) {
        out << text;
        return;
    }
    out << '"';
    for (char c : text) {
        if (c == '"')
            out << '"';
        out << c;
    }
    out << '"';
}

} // namespace

void Table::writeCsv(std::ostream& out, char delimiter) const
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (c > 0)
            out << delimiter;
        writeField(out, m_columns[c].name, delimiter);
    }
    out << '\n';
    for (std::size_t row = 0; row < m_rows; ++row) {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                out << delimiter;
            writeField(out, m_columns[c].text(row), delimiter);
        }
        out << '\n';
    }
}

std::size_t Table::memoryBytes() const
{
    std::size_t bytes = sizeof(Table);
    for (const auto& column : m_columns)
        bytes += column.memoryBytes();
    return bytes;
}

} // namespace winnow::engine
