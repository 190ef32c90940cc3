#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace winnow::engine {

// What a job learns. The spec says "classification" or "regression"; the
// engine tells binary and multiclass apart from the target's distinct values.
enum class Task { BinaryClassification, MulticlassClassification, Regression };

inline bool isClassification(Task task)
{
    return task != Task::Regression;
}

// "binary_classification", "multiclass_classification", "regression".
std::string taskName(Task task);
std::optional<Task> parseTaskName(std::string_view name);

// The ML Hub spelling: "classification" or "regression".
std::string mlHubTaskName(Task task);

} // namespace winnow::engine
