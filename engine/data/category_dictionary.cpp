#include "engine/data/category_dictionary.h"

#include <cstring>
#include <stdexcept>

namespace winnow::engine {
namespace {

std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ull;
    x ^= x >> 32;
    return x;
}

// Category texts are mostly short: they are hashed eight bytes at a time
// with a multiply-xorshift mix, which is plenty for a table that compares
// the texts anyway.
[[gnu::always_inline]] inline std::uint64_t hashText(std::string_view text)
{
    std::uint64_t hash = 0x9e3779b97f4a7c15ull ^ text.size();
    const char* p = text.data();
    std::size_t left = text.size();
    while (left >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        hash = mix(hash ^ word) * 0x9e3779b97f4a7c15ull;
        p += 8;
        left -= 8;
    }
    // The last 1 to 7 bytes, read as two overlapping halves (or single
    // bytes) rather than with a variable-length copy.
    if (left >= 4) {
        std::uint32_t low;
        std::uint32_t high;
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + left - 4, 4);
        hash = mix(hash ^ (std::uint64_t(high) << 32 | low)) * 0x9e3779b97f4a7c15ull;
    } else if (left > 0) {
        auto byte = [&](std::size_t i) { return std::uint64_t(static_cast<unsigned char>(p[i])); };
        hash = mix(hash ^ (byte(0) << 16 | byte(left / 2) << 8 | byte(left - 1))) *
               0x9e3779b97f4a7c15ull;
    }
    return mix(hash);
}

// Categories are mostly shorter than 16 bytes, and for those two
// overlapping word loads beat a call to memcmp, which showed as 7% of
// reading a file of string categories.
[[gnu::always_inline]] inline bool sameBytes(std::string_view a, std::string_view b)
{
    const std::size_t size = a.size();
    if (size != b.size())
        return false;
    const char* p = a.data();
    const char* q = b.data();
    const auto load64 = [](const char* at) {
        std::uint64_t word;
        std::memcpy(&word, at, 8);
        return word;
    };
    const auto load32 = [](const char* at) {
        std::uint32_t word;
        std::memcpy(&word, at, 4);
        return word;
    };
    if (size > 16)
        return std::memcmp(p, q, size) == 0;
    if (size >= 8)
        return load64(p) == load64(q) && load64(p + size - 8) == load64(q + size - 8);
    if (size >= 4)
        return load32(p) == load32(q) && load32(p + size - 4) == load32(q + size - 4);
    for (std::size_t i = 0; i < size; ++i) {
        if (p[i] != q[i])
            return false;
    }
    return true;
}

} // namespace

bool sameText(std::string_view a, std::string_view b)
{
    return sameBytes(a, b);
}

CategoryDictionary::CategoryDictionary() : m_mask(0) {}

std::int32_t CategoryDictionary::intern(std::string_view text)
{
    return internText(text);
}

std::int32_t CategoryDictionary::intern(std::string&& text)
{
    return internText(std::move(text));
}

template <typename Text>
std::int32_t CategoryDictionary::internText(Text&& text)
{
    if (m_slots.empty()) {
        // Allocated on first use: readers keep a dictionary for every
        // column of every chunk, most of them never used.
        m_slots.resize(64);
        m_mask = 63;
    }
    std::string_view view(text);
    std::uint64_t hash = hashText(view);
    auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t index = hash & m_mask;; index = (index + 1) & m_mask) {
        Slot& slot = m_slots[index];
        if (slot.code < 0) {
            if (m_categories.size() >= static_cast<std::size_t>(INT32_MAX))
                throw std::length_error("too many categories in one column");
            slot.hashTag = tag;
            slot.code = static_cast<std::int32_t>(m_categories.size());
            m_categories.emplace_back(std::forward<Text>(text));
            // Keep at most half the slots full so probes stay short.
            if (m_categories.size() * 2 > m_slots.size())
                grow();
            return static_cast<std::int32_t>(m_categories.size() - 1);
        }
        if (slot.hashTag == tag &&
            sameBytes(m_categories[static_cast<std::size_t>(slot.code)], view))
            return slot.code;
    }
}

void CategoryDictionary::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2);
    std::size_t mask = slots.size() - 1;
    for (std::size_t code = 0; code < m_categories.size(); ++code) {
        std::uint64_t hash = hashText(m_categories[code]);
        std::size_t index = hash & mask;
        while (slots[index].code >= 0)
            index = (index + 1) & mask;
        slots[index] = {static_cast<std::uint32_t>(hash >> 32), static_cast<std::int32_t>(code)};
    }
    m_slots = std::move(slots);
    m_mask = mask;
}

std::vector<std::string> CategoryDictionary::takeCategories()
{
    std::vector<std::string> categories = std::move(m_categories);
    m_categories.clear();
    m_slots.clear();
    m_mask = 0;
    return categories;
}

} // namespace winnow::engine
