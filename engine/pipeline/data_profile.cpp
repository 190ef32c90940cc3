#include "engine/pipeline/data_profile.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace winnow::engine {

nlohmann::json profileColumn(const Column& column, std::size_t topValues)
{
    nlohmann::json profile{{"name", column.name},
                           {"type", columnTypeName(column.type)},
                           {"missing", column.missingCount()}};
    if (column.type == ColumnType::Categorical) {
        std::vector<std::size_t> counts(column.categories.size(), 0);
        for (auto code : column.codes)
            if (code >= 0)
                ++counts[static_cast<std::size_t>(code)];
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (counts[i] > 0)
                order.push_back(i);
        profile["distinct"] = order.size();
        std::stable_sort(order.begin(), order.end(),
                         [&](auto a, auto b) { return counts[a] > counts[b]; });
        nlohmann::json top = nlohmann::json::array();
        for (std::size_t i = 0; i < std::min(topValues, order.size()); ++i)
            top.push_back({{"value", column.categories[order[i]]}, {"count", counts[order[i]]}});
        profile["topValues"] = top;
        return profile;
    }
    std::unordered_map<double, std::size_t> distinct;
    double sum = 0.0;
    double low = INFINITY;
    double high = -INFINITY;
    std::size_t present = 0;
    for (double value : column.values) {
        if (std::isnan(value))
            continue;
        ++present;
        ++distinct[value];
        sum += value;
        low = std::min(low, value);
        high = std::max(high, value);
    }
    profile["distinct"] = distinct.size();
    if (present == 0)
        return profile;
    double mean = sum / double(present);
    double squares = 0.0;
    for (double value : column.values)
        if (!std::isnan(value))
            squares += (value - mean) * (value - mean);
    double std = present > 1 ? std::sqrt(squares / double(present - 1)) : 0.0;
    if (column.type == ColumnType::Datetime) {
        profile["min"] = formatDatetime(low);
        profile["max"] = formatDatetime(high);
        return profile;
    }
    profile["min"] = low;
    profile["max"] = high;
    profile["mean"] = mean;
    profile["std"] = std;
    if (column.type == ColumnType::Boolean)
        profile["trueShare"] = mean;
    return profile;
}

nlohmann::json profileColumns(const Table& table, std::size_t topValues)
{
    nlohmann::json profiles = nlohmann::json::array();
    for (const auto& column : table.columns())
        profiles.push_back(profileColumn(column, topValues));
    return profiles;
}

} // namespace winnow::engine
