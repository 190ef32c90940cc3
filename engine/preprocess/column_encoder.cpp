#include "engine/preprocess/column_encoder.h"

#include "engine/core/errors.h"
#include "engine/preprocess/datetime_column_encoder.h"
#include "engine/preprocess/frequency_column_encoder.h"
#include "engine/preprocess/numeric_column_encoder.h"
#include "engine/preprocess/one_hot_column_encoder.h"

#include <algorithm>

namespace winnow::engine {

namespace {

// How often each category of a column occurs in its rows. A column's
// category list may name categories none of its rows has (rows taken from
// a larger table keep the whole list); those are left out.
struct CategoryCounts {
    std::vector<std::string> categories; // present ones, sorted
    std::vector<std::size_t> counts;     // parallel to categories
    std::size_t missing = 0;
};

CategoryCounts countCategories(const Column& column)
{
    std::vector<std::size_t> byCode(column.categories.size(), 0);
    CategoryCounts counts;
    for (auto code : column.codes) {
        if (code < 0)
            ++counts.missing;
        else
            ++byCode[static_cast<std::size_t>(code)];
    }
    std::vector<std::size_t> present;
    for (std::size_t code = 0; code < byCode.size(); ++code)
        if (byCode[code] > 0)
            present.push_back(code);
    std::sort(present.begin(), present.end(), [&](std::size_t a, std::size_t b) {
        return column.categories[a] < column.categories[b];
    });
    for (auto code : present) {
        counts.categories.push_back(column.categories[code]);
        counts.counts.push_back(byCode[code]);
    }
    return counts;
}

std::unique_ptr<ColumnEncoder> fitFrequency(const Column& column, const CategoryCounts& counts)
{
    const auto rows = static_cast<double>(column.codes.size());
    std::vector<double> shares;
    for (auto count : counts.counts)
        shares.push_back(static_cast<double>(count) / rows);
    const double missingShare = static_cast<double>(counts.missing) / rows;
    // Equal shares everywhere would make a constant column.
    std::vector<double> seen = shares;
    if (counts.missing > 0)
        seen.push_back(missingShare);
    if (std::adjacent_find(seen.begin(), seen.end(), std::not_equal_to<>()) == seen.end())
        return nullptr;
    return std::make_unique<FrequencyColumnEncoder>(
        ColumnSchema{column.name, column.type}, counts.categories, std::move(shares), missingShare);
}

std::unique_ptr<ColumnEncoder> fitCategorical(const Column& column, const EncoderOptions& options)
{
    const CategoryCounts counts = countCategories(column);
    const auto rows = static_cast<double>(column.codes.size());
    if (static_cast<double>(counts.categories.size()) > options.maxUniqueFraction * rows)
        return fitFrequency(column, counts);

    // As scikit-learn's min_frequency given as a share: a category is rare
    // when its count is below share * rows.
    const double rare = options.minCategoryFrequency * rows;
    std::vector<std::string> kept;
    bool pooled = false;
    for (std::size_t i = 0; i < counts.categories.size(); ++i) {
        if (static_cast<double>(counts.counts[i]) < rare)
            pooled = true;
        else
            kept.push_back(counts.categories[i]);
    }
    if (kept.size() > static_cast<std::size_t>(options.maxOneHotCategories))
        return fitFrequency(column, counts);

    bool missingLevel = false;
    if (counts.missing > 0) {
        if (static_cast<double>(counts.missing) < rare)
            pooled = true;
        else
            missingLevel = true;
    }
    const std::size_t levels = kept.size() + (missingLevel ? 1 : 0) + (pooled ? 1 : 0);
    if (levels < 2)
        return nullptr;
    return std::make_unique<OneHotColumnEncoder>(ColumnSchema{column.name, column.type},
                                                 std::move(kept), missingLevel, pooled);
}

} // namespace

double imputationValue(std::vector<double>& values, EncoderOptions::Imputation imputation)
{
    if (imputation == EncoderOptions::Imputation::MostFrequent) {
        std::sort(values.begin(), values.end());
        double best = values.front();
        std::size_t bestCount = 0;
        for (std::size_t i = 0; i < values.size();) {
            std::size_t j = i;
            while (j < values.size() && values[j] == values[i])
                ++j;
            if (j - i > bestCount) { // strictly more: ties keep the smaller value
                best = values[i];
                bestCount = j - i;
            }
            i = j;
        }
        return best;
    }
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    // Even count: the mean of the two middle values, the lower being the
    // largest of those before the partition point.
    return (*std::max_element(values.begin(), middle) + *middle) / 2.0;
}

std::unique_ptr<ColumnEncoder> fitColumnEncoder(const Column& column, const EncoderOptions& options)
{
    switch (column.type) {
    case ColumnType::Numeric:
    case ColumnType::Boolean: return NumericColumnEncoder::fit(column, options);
    case ColumnType::Datetime: return DatetimeColumnEncoder::fit(column, options);
    case ColumnType::Categorical: return fitCategorical(column, options);
    }
    return nullptr;
}

std::unique_ptr<ColumnEncoder> loadColumnEncoder(const nlohmann::json& json,
                                                 const SavedState& state, const std::string& prefix)
{
    auto type = parseColumnType(json.at("type").get<std::string>());
    if (!type)
        throw InputError("model file: unknown column type " + json.at("type").dump());
    ColumnSchema schema{json.at("name").get<std::string>(), *type};
    const auto encoding = json.at("encoding").get<std::string>();
    if (encoding == "simpleimputer")
        return NumericColumnEncoder::load(std::move(schema), json, state, prefix);
    if (encoding == "onehotencoder")
        return OneHotColumnEncoder::load(std::move(schema), json);
    if (encoding == "frequencyencoder")
        return FrequencyColumnEncoder::load(std::move(schema), json, state, prefix);
    if (encoding == "datetimeexpander")
        return DatetimeColumnEncoder::load(std::move(schema), json, state, prefix);
    throw InputError("model file: unknown column encoding '" + encoding + "'");
}

} // namespace winnow::engine
