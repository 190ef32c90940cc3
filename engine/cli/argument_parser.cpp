#include "engine/cli/argument_parser.h"

#include "engine/core/errors.h"

#include <cmath>
#include <sstream>

namespace winnow::engine {
namespace {

[[noreturn]] void usageError(const std::string& message)
{
    throw EngineError(ExitCode::UsageError, message + " (see --help)");
}

} // namespace

ArgumentParser::ArgumentParser(std::string usage, std::string summary)
    : m_usage(std::move(usage))
    , m_summary(std::move(summary))
{}

void ArgumentParser::addOption(const std::string& name, const std::string& valueName,
                               const std::string& help)
{
    m_entries.push_back({name, valueName, help});
}

void ArgumentParser::addFlag(const std::string& name, const std::string& help)
{
    m_entries.push_back({name, {}, help});
}

void ArgumentParser::addSection(const std::string& title)
{
    m_entries.push_back({title, {}, {}, true});
}

const ArgumentParser::Entry* ArgumentParser::find(const std::string& name) const
{
    for (const auto& entry : m_entries)
        if (!entry.isSection && entry.name == name)
            return &entry;
    return nullptr;
}

bool ArgumentParser::parse(std::span<char* const> arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        std::string argument = arguments[i];
        if (argument == "--help" || argument == "-h")
            return false;
        if (argument.rfind("--", 0) != 0)
            usageError("unexpected argument '" + argument + "'");
        std::string name = argument.substr(2);
        std::optional<std::string> inlineValue;
        if (auto equals = name.find('='); equals != std::string::npos) {
            inlineValue = name.substr(equals + 1);
            name = name.substr(0, equals);
        }
        const Entry* entry = find(name);
        if (!entry)
            usageError("unknown option '--" + name + "'");
        if (entry->valueName.empty()) {
            if (inlineValue)
                usageError("'--" + name + "' takes no value");
            m_values[name] = "true";
            continue;
        }
        if (inlineValue) {
            m_values[name] = *inlineValue;
        } else {
            if (i + 1 >= arguments.size())
                usageError("'--" + name + "' needs a value (" + entry->valueName + ")");
            m_values[name] = arguments[++i];
        }
    }
    return true;
}

bool ArgumentParser::has(const std::string& name) const
{
    return m_values.count(name) > 0;
}

std::optional<std::string> ArgumentParser::value(const std::string& name) const
{
    auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string ArgumentParser::required(const std::string& name) const
{
    auto found = value(name);
    if (!found || found->empty())
        usageError("'--" + name + "' is required");
    return *found;
}

std::optional<double> ArgumentParser::number(const std::string& name) const
{
    auto text = value(name);
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        double parsed = std::stod(*text, &used);
        if (used == text->size() && std::isfinite(parsed))
            return parsed;
    } catch (const std::exception&) {
    }
    usageError("'--" + name + "' must be a number, not '" + *text + "'");
}

std::optional<long long> ArgumentParser::integer(const std::string& name) const
{
    auto text = value(name);
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        long long parsed = std::stoll(*text, &used);
        if (used == text->size())
            return parsed;
    } catch (const std::exception&) {
    }
    usageError("'--" + name + "' must be a whole number, not '" + *text + "'");
}

std::string ArgumentParser::help() const
{
    std::ostringstream out;
    out << "Usage: " << m_usage << "\n\n" << m_summary << "\n";
    for (const auto& entry : m_entries) {
        if (entry.isSection) {
            out << "\n" << entry.name << ":\n";
            continue;
        }
        std::string left =
            "  --" + entry.name + (entry.valueName.empty() ? "" : " " + entry.valueName);
        out << left;
        if (left.size() < 30)
            out << std::string(30 - left.size(), ' ');
        else
            out << "\n" << std::string(30, ' ');
        out << entry.help << "\n";
    }
    out << "  --help                      show this help\n";
    return out.str();
}

} // namespace winnow::engine
