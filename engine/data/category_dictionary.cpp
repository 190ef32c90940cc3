#include "engine/data/category_dictionary.h"

#include <functional>
#include <stdexcept>

namespace winnow::engine {
namespace {

std::uint64_t hashText(std::string_view text)
{
    return std::hash<std::string_view>{}(text);
}

} // namespace

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
        if (slot.hashTag == tag && m_categories[static_cast<std::size_t>(slot.code)] == view)
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
