#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace winnow::engine {

// Which points of a curve of `count` points to keep so that at most about
// `limit` remain: evenly spaced ones, always the first and the last, and
// every index in `anchors` (the KS point, say). Ascending, without repeats;
// every index when the curve is already short enough.
std::vector<std::size_t> curvePointsToKeep(std::size_t count, std::size_t limit,
                                           std::initializer_list<std::size_t> anchors = {});

// `size` distinct indices below `count`, in ascending order, drawn at random
// from `seed`. The same seed gives the same indices on every platform
// (nothing depends on a standard library's distributions); every index when
// count <= size.
std::vector<std::size_t> sampleIndices(std::size_t count, std::size_t size, std::uint64_t seed);

} // namespace winnow::engine
