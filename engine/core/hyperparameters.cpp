#include "engine/core/hyperparameters.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>

namespace winnow::engine {

HyperParameter HyperParameter::integer(std::string name, int low, int high, int defaultValue)
{
    return {std::move(name), Kind::Integer, double(low), double(high), {}, defaultValue};
}

HyperParameter HyperParameter::real(std::string name, double low, double high, double defaultValue)
{
    return {std::move(name), Kind::Real, low, high, {}, defaultValue};
}

HyperParameter HyperParameter::logReal(std::string name, double low, double high,
                                       double defaultValue)
{
    return {std::move(name), Kind::LogReal, low, high, {}, defaultValue};
}

HyperParameter HyperParameter::choice(std::string name, std::vector<nlohmann::json> choices,
                                      nlohmann::json defaultValue)
{
    return {std::move(name), Kind::Choice, 0.0, 0.0, std::move(choices), std::move(defaultValue)};
}

nlohmann::json HyperParameter::sample(std::mt19937_64& random) const
{
    switch (kind) {
    case Kind::Integer: {
        std::uniform_int_distribution<long long> pick(static_cast<long long>(low),
                                                      static_cast<long long>(high));
        return pick(random);
    }
    case Kind::Real: return std::uniform_real_distribution<double>(low, high)(random);
    case Kind::LogReal:
        return std::exp(
            std::uniform_real_distribution<double>(std::log(low), std::log(high))(random));
    case Kind::Choice: {
        std::uniform_int_distribution<std::size_t> pick(0, choices.size() - 1);
        return choices[pick(random)];
    }
    }
    return defaultValue;
}

bool HyperParameter::accepts(const nlohmann::json& value) const
{
    switch (kind) {
    case Kind::Integer:
        return value.is_number_integer() && value.get<double>() >= low &&
               value.get<double>() <= high;
    case Kind::Real:
    case Kind::LogReal:
        return value.is_number() && value.get<double>() >= low && value.get<double>() <= high;
    case Kind::Choice: return std::find(choices.begin(), choices.end(), value) != choices.end();
    }
    return false;
}

nlohmann::json defaultParams(const HyperSpace& space)
{
    nlohmann::json params = nlohmann::json::object();
    for (const auto& parameter : space)
        params[parameter.name] = parameter.defaultValue;
    return params;
}

nlohmann::json sampleParams(const HyperSpace& space, std::mt19937_64& random)
{
    nlohmann::json params = nlohmann::json::object();
    for (const auto& parameter : space)
        params[parameter.name] = parameter.sample(random);
    return params;
}

nlohmann::json resolveParams(const std::string& stepName, const HyperSpace& space,
                             const nlohmann::json& params)
{
    nlohmann::json resolved = defaultParams(space);
    if (params.is_null())
        return resolved;
    if (!params.is_object())
        throw InputError("parameters of '" + stepName + "' must be a JSON object");
    for (const auto& item : params.items()) {
        const std::string& key = item.key();
        const nlohmann::json& value = item.value();
        auto it = std::find_if(space.begin(), space.end(),
                               [&](const HyperParameter& p) { return p.name == key; });
        if (it == space.end())
            throw InputError("'" + stepName + "' has no parameter '" + key + "'");
        if (!it->accepts(value))
            throw InputError("parameter '" + key + "' of '" + stepName + "' cannot be " +
                             value.dump());
        resolved[key] = value;
    }
    return resolved;
}

} // namespace winnow::engine
