#include "engine/core/saved_state.h"

#include "engine/core/errors.h"

namespace winnow::engine {
namespace {

[[noreturn]] void missing(const std::string& what, const std::string& key)
{
    throw InputError("model file: the saved state has no " + what + " '" + key +
                     "'; the file is damaged or was written by another program");
}

} // namespace

const std::vector<double>& SavedState::array(const std::string& key) const
{
    auto it = arrays.find(key);
    if (it == arrays.end())
        missing("array", key);
    return it->second;
}

const std::vector<std::uint8_t>& SavedState::blob(const std::string& key) const
{
    auto it = blobs.find(key);
    if (it == blobs.end())
        missing("blob", key);
    return it->second;
}

const nlohmann::json& SavedState::value(const std::string& key) const
{
    if (!values.is_object() || !values.contains(key))
        missing("value", key);
    return values.at(key);
}

} // namespace winnow::engine
