#include "engine/data/utf8_validation.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace winnow::engine {
namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the valid sequence starting at `at`, or 0.
std::size_t sequenceLength(const unsigned char* at, std::size_t available)
{
    unsigned char lead = at[0];
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // no overlong forms
        if (lead == 0xED)
            high = 0x9F; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F; // nothing past U+10FFFF
    } else {
        return 0;
    }
    if (available < length || at[1] < low || at[1] > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (!isContinuation(at[i]))
            return 0;
    return length;
}

} // namespace

std::size_t findInvalidUtf8(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t pos = 0;
    while (pos < size) {
#if defined(__SSE2__)
        while (pos + 16 <= size) {
            __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + pos));
            if (_mm_movemask_epi8(chunk) != 0)
                break;
            pos += 16;
        }
#endif
        if (pos >= size)
            break;
        if (bytes[pos] < 0x80) {
            ++pos;
            continue;
        }
        std::size_t length = sequenceLength(bytes + pos, size - pos);
        if (length == 0)
            return pos;
        pos += length;
    }
    return std::string_view::npos;
}

} // namespace winnow::engine
