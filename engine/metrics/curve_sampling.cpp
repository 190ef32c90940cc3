#include "engine/metrics/curve_sampling.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace winnow::engine {
namespace {

// A uniform integer in [0, bound) from the generator's raw output, by
// rejection: std::uniform_int_distribution differs between libraries.
std::uint64_t randomBelow(std::mt19937_64& random, std::uint64_t bound)
{
    const std::uint64_t limit = std::mt19937_64::max() - std::mt19937_64::max() % bound;
    std::uint64_t draw = random();
    while (draw >= limit)
        draw = random();
    return draw % bound;
}

} // namespace

std::vector<std::size_t> curvePointsToKeep(std::size_t count, std::size_t limit,
                                           std::initializer_list<std::size_t> anchors)
{
    std::vector<std::size_t> kept;
    if (count <= limit || count < 2 || limit < 2) {
        kept.resize(count);
        std::iota(kept.begin(), kept.end(), std::size_t{0});
        return kept;
    }
    kept.reserve(limit + anchors.size());
    for (std::size_t i = 0; i < limit; ++i)
        kept.push_back(i * (count - 1) / (limit - 1)); // first and last included
    for (std::size_t anchor : anchors)
        if (anchor < count)
            kept.push_back(anchor);
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());
    return kept;
}

std::vector<std::size_t> sampleIndices(std::size_t count, std::size_t size, std::uint64_t seed)
{
    std::vector<std::size_t> indices(count);
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    if (count <= size)
        return indices;
    // The first `size` steps of a Fisher-Yates shuffle.
    std::mt19937_64 random(seed);
    for (std::size_t i = 0; i < size; ++i) {
        auto j = i + static_cast<std::size_t>(randomBelow(random, count - i));
        std::swap(indices[i], indices[j]);
    }
    indices.resize(size);
    std::sort(indices.begin(), indices.end());
    return indices;
}

} // namespace winnow::engine
