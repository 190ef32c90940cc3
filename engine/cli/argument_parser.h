#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace winnow::engine {

// A small command-line parser for winnow-engine's subcommands: long options
// with a value (`--out DIR` or `--out=DIR`) and flags (`--balance`). Bad
// usage throws EngineError(ExitCode::UsageError) with a message that names
// the option and points to --help.
class ArgumentParser {
public:
    ArgumentParser(std::string usage, std::string summary);

    void addOption(const std::string& name, const std::string& valueName, const std::string& help);
    void addFlag(const std::string& name, const std::string& help);
    void addSection(const std::string& title);

    // Parses the arguments after the subcommand's name. Returns false when
    // --help was given (the caller prints help()).
    bool parse(std::span<char* const> arguments);

    bool has(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;
    std::optional<double> number(const std::string& name) const;
    std::optional<long long> integer(const std::string& name) const;

    std::string help() const;

private:
    struct Entry {
        std::string name;
        std::string valueName; // empty for a flag
        std::string help;
        bool isSection = false;
    };
    const Entry* find(const std::string& name) const;

    std::string m_usage;
    std::string m_summary;
    std::vector<Entry> m_entries;
    std::map<std::string, std::string> m_values;
};

} // namespace winnow::engine
