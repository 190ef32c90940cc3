#include "engine/pipeline/resource_estimate.h"

#include "engine/data/csv_reader.h"
#include "engine/pipeline/cross_validation.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace winnow::engine {
namespace {

// Bytes the process needs before it holds any data: code, libraries,
// thread stacks, allocator arenas.
constexpr std::uint64_t kBaseBytes = 150ull << 20;
// One-hot encoding keeps at most this many columns per text column
// (engine/preprocess/encoder_options.h), plus an "other" column.
constexpr std::size_t kMaxOneHot = 51;

std::size_t distinctCodes(const Column& column)
{
    std::set<std::int32_t> seen(column.codes.begin(), column.codes.end());
    seen.erase(-1);
    return seen.size();
}

} // namespace

std::string formatBytes(std::uint64_t bytes)
{
    char text[32];
    if (bytes >= (1ull << 30))
        std::snprintf(text, sizeof text, "%.1f GB", double(bytes) / double(1ull << 30));
    else
        std::snprintf(text, sizeof text, "%.0f MB", std::ceil(double(bytes) / double(1ull << 20)));
    return text;
}

nlohmann::json ResourceEstimate::toJson() const
{
    return {{"fileBytes", fileBytes},
            {"compressed", compressed},
            {"rows", rows},
            {"columns", columns},
            {"encodedFeatures", encodedFeatures},
            {"folds", folds},
            {"tableBytes", tableBytes},
            {"memoryBytes", memoryBytes},
            {"memory", formatBytes(memoryBytes)},
            {"secondsPerCandidate", secondsPerCandidate},
            {"columnTypes", columnTypes}};
}

ResourceEstimate estimateResources(const JobSpec& spec, std::size_t sampleRows)
{
    CsvShape shape = sampleCsv(spec.featureTableName, sampleRows);
    ResourceEstimate estimate;
    estimate.fileBytes = shape.fileBytes;
    estimate.compressed = shape.compressed;
    estimate.rows = shape.estimatedRows;
    estimate.columns = shape.sample.columnCount();
    estimate.columnTypes = nlohmann::json::object();

    std::set<std::string> features(spec.featuresSelected.begin(), spec.featuresSelected.end());
    double bytesPerRow = 0.0;
    for (const auto& column : shape.sample.columns()) {
        estimate.columnTypes[column.name] = columnTypeName(column.type);
        bool categorical = column.type == ColumnType::Categorical;
        bytesPerRow += categorical ? sizeof(std::int32_t) : sizeof(double);
        bool isFeature = features.empty()
                             ? column.name != spec.targetName && column.name != spec.idColumn &&
                                   column.name != spec.dateColumn
                             : features.count(column.name) > 0;
        if (!isFeature)
            continue;
        std::size_t width = 1;
        if (categorical)
            width = std::min(distinctCodes(column), kMaxOneHot);
        else if (column.type == ColumnType::Datetime)
            width = 5;
        if (column.missingCount() > 0)
            width += 1;
        estimate.encodedFeatures += width;
    }
    if (spec.numFeatures && estimate.columns > 0)
        estimate.encodedFeatures = std::max<std::size_t>(
            1, estimate.encodedFeatures * std::size_t(*spec.numFeatures) / estimate.columns);

    double rows = double(estimate.rows);
    double trainRows = rows * (1.0 - spec.testFraction);
    estimate.folds = CrossValidation::recommendedFolds(static_cast<std::size_t>(trainRows));
    estimate.tableBytes = static_cast<std::uint64_t>(rows * bytesPerRow);
    double matrix = trainRows * double(estimate.encodedFeatures) * sizeof(double);
    // The reader peaks at about 1.5 times the table; every fold keeps its
    // encoded training and validation rows (about the training set once per
    // fold); the final fit encodes the training rows once more, and the
    // learners copy their input (XGBoost into floats and histograms).
    double folds = std::max(1, estimate.folds);
    double peak = 1.5 * double(estimate.tableBytes) + folds * matrix + 2.0 * matrix;
    estimate.memoryBytes = kBaseBytes + static_cast<std::uint64_t>(peak);
    // Gradient boosting on histogram bins costs roughly 40 ns per row and
    // feature for its default rounds, on every fold.
    estimate.secondsPerCandidate =
        std::max(0.05, 40e-9 * trainRows * double(estimate.encodedFeatures) * folds);
    return estimate;
}

} // namespace winnow::engine
