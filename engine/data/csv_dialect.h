#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::engine {

// The delimiter among , ; tab | that splits the first records of `head`
// into the same number of fields (at least two), quotes respected; when
// several do, the one giving the most fields; ',' when none does. `complete`
// says whether `head` is the whole text (else its last record may be cut).
char detectDelimiter(std::string_view head, bool complete);

} // namespace winnow::engine
