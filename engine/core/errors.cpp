#include "engine/core/errors.h"

namespace winnow::engine {
namespace {

std::string withLocation(const std::string& message, const std::optional<FileLocation>& at)
{
    if (!at)
        return message;
    std::string prefix = at->file;
    if (at->line > 0) {
        prefix += ":" + std::to_string(at->line);
        if (at->column > 0)
            prefix += ":" + std::to_string(at->column);
    }
    return prefix.empty() ? message : prefix + ": " + message;
}

} // namespace

InputError::InputError(const std::string& message, std::optional<FileLocation> location)
    : EngineError(ExitCode::InvalidInput, withLocation(message, location))
    , m_problem(message)
    , m_location(std::move(location))
{}

} // namespace winnow::engine
