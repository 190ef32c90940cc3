#include "engine/pipeline/sampling.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace winnow::engine {
namespace {

std::vector<RowList> rowsByClass(const Target& target, const RowList& rows)
{
    std::vector<RowList> byClass(static_cast<std::size_t>(target.classCount()));
    for (auto row : rows)
        byClass[static_cast<std::size_t>(target.values[static_cast<Index>(row)])].push_back(row);
    return byClass;
}

} // namespace

TrainTestSplit splitTrainTest(const Target& target, double testFraction, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    TrainTestSplit split;
    RowList all(static_cast<std::size_t>(target.values.size()));
    for (std::size_t row = 0; row < all.size(); ++row)
        all[row] = row;
    if (!isClassification(target.task)) {
        std::shuffle(all.begin(), all.end(), random);
        auto testRows = static_cast<std::size_t>(std::round(testFraction * double(all.size())));
        testRows = std::clamp<std::size_t>(testRows, 1, all.size() - 1);
        split.test.assign(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(testRows));
        split.train.assign(all.begin() + static_cast<std::ptrdiff_t>(testRows), all.end());
    } else {
        split.stratified = true;
        for (auto& rows : rowsByClass(target, all)) {
            std::shuffle(rows.begin(), rows.end(), random);
            auto testRows =
                static_cast<std::size_t>(std::round(testFraction * double(rows.size())));
            testRows = std::clamp<std::size_t>(testRows, 1, rows.size() - 1);
            split.test.insert(split.test.end(), rows.begin(),
                              rows.begin() + static_cast<std::ptrdiff_t>(testRows));
            split.train.insert(split.train.end(),
                               rows.begin() + static_cast<std::ptrdiff_t>(testRows), rows.end());
        }
    }
    // Sorted rows keep train.csv and test.csv in the file's order.
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.test.begin(), split.test.end());
    return split;
}

std::vector<RowList> makeFolds(const Target& target, const RowList& rows, int folds,
                               std::uint64_t seed)
{
    std::mt19937_64 random(seed ^ 0x9e3779b97f4a7c15ULL);
    std::vector<RowList> result(static_cast<std::size_t>(folds));
    auto deal = [&](RowList group, std::size_t& next) {
        std::shuffle(group.begin(), group.end(), random);
        for (auto row : group) {
            result[next].push_back(row);
            next = (next + 1) % result.size();
        }
    };
    std::size_t next = 0;
    if (isClassification(target.task))
        for (auto& group : rowsByClass(target, rows))
            deal(std::move(group), next);
    else
        deal(rows, next);
    for (auto& fold : result)
        std::sort(fold.begin(), fold.end());
    return result;
}

RowList complement(const RowList& all, const RowList& part)
{
    RowList sortedPart = part;
    std::sort(sortedPart.begin(), sortedPart.end());
    RowList rest;
    rest.reserve(all.size() - std::min(all.size(), part.size()));
    for (auto row : all)
        if (!std::binary_search(sortedPart.begin(), sortedPart.end(), row))
            rest.push_back(row);
    return rest;
}

double minorityShare(const Target& target, const RowList& rows)
{
    if (!isClassification(target.task) || rows.empty())
        return 0.0;
    std::size_t smallest = rows.size();
    for (const auto& group : rowsByClass(target, rows))
        smallest = std::min(smallest, group.size());
    return double(smallest) / double(rows.size());
}

Balancing balanceClasses(const Target& target, RowList& rows, std::uint64_t seed)
{
    Balancing balancing;
    balancing.rowsBefore = rows.size();
    balancing.minorityShareBefore = minorityShare(target, rows);
    balancing.rowsAfter = rows.size();
    balancing.minorityShareAfter = balancing.minorityShareBefore;
    if (!isClassification(target.task) || balancing.minorityShareBefore >= 0.20)
        return balancing;

    std::mt19937_64 random(seed ^ 0xb5ad4eceda1ce2a9ULL);
    auto groups = rowsByClass(target, rows);
    std::size_t largest = 0;
    std::size_t smallest = rows.size();
    for (const auto& group : groups) {
        largest = std::max(largest, group.size());
        smallest = std::min(smallest, group.size());
    }
    RowList balanced;
    if (balancing.minorityShareBefore < 0.01) {
        balancing.method = "oversample";
        for (const auto& group : groups) {
            balanced.insert(balanced.end(), group.begin(), group.end());
            std::uniform_int_distribution<std::size_t> pick(0, group.size() - 1);
            for (std::size_t extra = group.size(); extra < largest; ++extra)
                balanced.push_back(group[pick(random)]);
        }
    } else {
        balancing.method = "undersample";
        for (auto group : groups) {
            std::shuffle(group.begin(), group.end(), random);
            balanced.insert(balanced.end(), group.begin(),
                            group.begin() + static_cast<std::ptrdiff_t>(smallest));
        }
    }
    std::sort(balanced.begin(), balanced.end());
    rows = std::move(balanced);
    balancing.rowsAfter = rows.size();
    balancing.minorityShareAfter = minorityShare(target, rows);
    return balancing;
}

} // namespace winnow::engine
