#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::engine {

// Whether `a` and `b` hold the same bytes; what the dictionary compares
// texts with, quicker than std::string_view's == on short texts.
bool sameText(std::string_view a, std::string_view b);

// The distinct texts of a categorical column, each with a code in order of
// first appearance. An open-addressing hash table over the texts: the CSV
// reader looks up one field per row, so lookups must not allocate.
class CategoryDictionary {
public:
    CategoryDictionary();

    // The text's code, adding it when new.
    std::int32_t intern(std::string_view text);
    std::int32_t intern(std::string&& text);

    std::size_t size() const { return m_categories.size(); }
    const std::vector<std::string>& categories() const { return m_categories; }
    std::vector<std::string> takeCategories();

private:
    struct Slot {
        std::uint32_t hashTag = 0;
        std::int32_t code = -1; // -1: empty
    };

    template <typename Text>
    std::int32_t internText(Text&& text);
    void grow();

    std::vector<Slot> m_slots;
    std::vector<std::string> m_categories;
    std::size_t m_mask;
};

} // namespace winnow::engine
