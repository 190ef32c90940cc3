#pragma once

#include "engine/data/table.h"

#include <nlohmann/json.hpp>

namespace winnow::engine {

// A summary of each column for metadata.json's winnow.dataProfile: type,
// missing and distinct counts, and min/max/mean/std for numbers and dates or
// the most frequent values for text.
nlohmann::json profileColumns(const Table& table, std::size_t topValues = 10);
nlohmann::json profileColumn(const Column& column, std::size_t topValues = 10);

} // namespace winnow::engine
