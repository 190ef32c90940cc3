#include "engine/pipeline/job_spec.h"

#include "engine/core/errors.h"

#include <fstream>
#include <sstream>

namespace winnow::engine {
namespace {

using nlohmann::json;

std::string describe(const json& value)
{
    std::string text = value.dump();
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

[[noreturn]] void badField(const std::string& field, const std::string& expected, const json& value)
{
    throw InputError("job spec: '" + field + "' must be " + expected + ", not " + describe(value));
}

std::string readString(const json& value, const std::string& field)
{
    if (value.is_null())
        return {};
    if (!value.is_string())
        badField(field, "a string", value);
    return value.get<std::string>();
}

// Services send numbers as strings at times ("numFeatures": "5"); accept both.
double readNumber(const json& value, const std::string& field)
{
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        std::size_t used = 0;
        try {
            double number = std::stod(text, &used);
            if (used == text.size())
                return number;
        } catch (const std::exception&) {
        }
    }
    badField(field, "a number", value);
}

int readInteger(const json& value, const std::string& field, int low, int high)
{
    double number = readNumber(value, field);
    if (number != static_cast<double>(static_cast<long long>(number)) || number < low ||
        number > high)
        badField(field,
                 "a whole number from " + std::to_string(low) + " to " + std::to_string(high),
                 value);
    return static_cast<int>(number);
}

bool readBool(const json& value, const std::string& field)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (text == "true")
            return true;
        if (text == "false")
            return false;
    }
    badField(field, "true or false", value);
}

// A list of names, as a JSON array or as one comma-separated string (the ML
// Hub's SDK sends featuresSelected either way).
std::vector<std::string> readNames(const json& value, const std::string& field)
{
    std::vector<std::string> names;
    auto add = [&](std::string name) {
        auto first = name.find_first_not_of(" \t");
        auto last = name.find_last_not_of(" \t");
        if (first != std::string::npos)
            names.push_back(name.substr(first, last - first + 1));
    };
    if (value.is_null())
        return names;
    if (value.is_string()) {
        std::stringstream stream(value.get<std::string>());
        std::string part;
        while (std::getline(stream, part, ','))
            add(part);
        return names;
    }
    if (!value.is_array())
        badField(field, "a list of column names", value);
    for (const auto& item : value) {
        if (!item.is_string())
            badField(field, "a list of column names", value);
        add(item.get<std::string>());
    }
    return names;
}

} // namespace

JobSpec JobSpec::fromJson(const json& document)
{
    if (!document.is_object())
        throw InputError("job spec: expected a JSON object, not " + describe(document));
    JobSpec spec;
    for (const auto& [key, value] : document.items()) {
        if (key == "featureTableName")
            spec.featureTableName = readString(value, key);
        else if (key == "featuresSelected")
            spec.featuresSelected = readNames(value, key);
        else if (key == "idColumn")
            spec.idColumn = readString(value, key);
        else if (key == "targetName")
            spec.targetName = readString(value, key);
        else if (key == "dateColumn")
            spec.dateColumn = readString(value, key);
        else if (key == "startDate")
            spec.startDate = readString(value, key);
        else if (key == "endDate")
            spec.endDate = readString(value, key);
        else if (key == "task") {
            spec.task = readString(value, key);
            if (!spec.task.empty() && spec.task != "classification" && spec.task != "regression")
                badField(key, "\"classification\" or \"regression\"", value);
        } else if (key == "scoring") {
            std::string name = readString(value, key);
            if (!name.empty()) {
                spec.scoring = parseScoring(name);
                if (!spec.scoring) {
                    std::string known;
                    for (auto scoring : allScorings())
                        known += (known.empty() ? "" : ", ") + scoringName(scoring);
                    badField(key, "one of " + known, value);
                }
            }
        } else if (key == "numFeatures") {
            if (!value.is_null())
                spec.numFeatures = readInteger(value, key, 1, 1'000'000);
        } else if (key == "generations")
            spec.generations = readInteger(value, key, 0, 10'000);
        else if (key == "toBalance" || key == "to-balance")
            spec.toBalance = readBool(value, key);
        else if (key == "populationSize")
            spec.populationSize = readInteger(value, key, 2, 10'000);
        else if (key == "testFraction") {
            spec.testFraction = readNumber(value, key);
            if (!(spec.testFraction >= 0.05 && spec.testFraction <= 0.5))
                badField(key, "a fraction from 0.05 to 0.5", value);
        } else if (key == "seed") {
            double seed = readNumber(value, key);
            if (seed < 0 || seed != static_cast<double>(static_cast<std::uint64_t>(seed)))
                badField(key, "a non-negative whole number", value);
            spec.seed = static_cast<std::uint64_t>(seed);
        } else if (key == "maxRuntimeSeconds") {
            spec.maxRuntimeSeconds = readNumber(value, key);
            if (!(spec.maxRuntimeSeconds >= 1))
                badField(key, "at least 1 second", value);
        } else if (key == "maxRuntimePerCandidateSeconds") {
            spec.maxRuntimePerCandidateSeconds = readNumber(value, key);
            if (!(spec.maxRuntimePerCandidateSeconds >= 1))
                badField(key, "at least 1 second", value);
        } else if (key == "maxCandidates")
            spec.maxCandidates = readInteger(value, key, 0, 1'000'000);
        else if (key == "algorithms")
            spec.algorithms = readNames(value, key);
        else
            spec.extra[key] = value;
    }
    if (spec.featureTableName.empty())
        throw InputError("job spec: 'featureTableName' (the data file) is required");
    if (spec.targetName.empty())
        throw InputError("job spec: 'targetName' (the column to predict) is required");
    if ((!spec.startDate.empty() || !spec.endDate.empty()) && spec.dateColumn.empty())
        throw InputError("job spec: 'startDate'/'endDate' need 'dateColumn', the column "
                         "holding each row's date");
    return spec;
}

json JobSpec::toJson() const
{
    json document = extra;
    document["featureTableName"] = featureTableName;
    if (!featuresSelected.empty())
        document["featuresSelected"] = featuresSelected;
    if (!idColumn.empty())
        document["idColumn"] = idColumn;
    document["targetName"] = targetName;
    if (!dateColumn.empty())
        document["dateColumn"] = dateColumn;
    if (!startDate.empty())
        document["startDate"] = startDate;
    if (!endDate.empty())
        document["endDate"] = endDate;
    if (!task.empty())
        document["task"] = task;
    if (scoring)
        document["scoring"] = scoringName(*scoring);
    if (numFeatures)
        document["numFeatures"] = *numFeatures;
    document["generations"] = generations;
    document["toBalance"] = toBalance;
    document["populationSize"] = populationSize;
    document["testFraction"] = testFraction;
    document["seed"] = seed;
    document["maxRuntimeSeconds"] = maxRuntimeSeconds;
    document["maxRuntimePerCandidateSeconds"] = maxRuntimePerCandidateSeconds;
    document["maxCandidates"] = maxCandidates;
    if (!algorithms.empty())
        document["algorithms"] = algorithms;
    return document;
}

JobSpec readJobSpec(const std::string& path)
{
    std::ifstream file(path);
    if (!file)
        throw InputError("cannot open the job spec '" + path + "'");
    json document;
    try {
        document = json::parse(file);
    } catch (const json::parse_error& error) {
        throw InputError("the job spec '" + path + "' is not valid JSON: " + error.what());
    }
    try {
        return JobSpec::fromJson(document);
    } catch (const InputError& error) {
        throw InputError(path + ": " + error.what());
    }
}

} // namespace winnow::engine
