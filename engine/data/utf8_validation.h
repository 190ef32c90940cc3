#pragma once

#include <cstddef>
#include <string_view>

namespace winnow::engine {

// The offset of the first byte that is not part of valid UTF-8 (overlong
// forms, surrogates and code points past U+10FFFF are invalid), or npos.
// Runs of ASCII are checked 16 bytes at a time.
std::size_t findInvalidUtf8(std::string_view text);

} // namespace winnow::engine
