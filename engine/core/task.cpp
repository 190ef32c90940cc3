#include "engine/core/task.h"

namespace winnow::engine {

std::string taskName(Task task)
{
    switch (task) {
    case Task::BinaryClassification: return "binary_classification";
    case Task::MulticlassClassification: return "multiclass_classification";
    case Task::Regression: return "regression";
    }
    return {};
}

std::optional<Task> parseTaskName(std::string_view name)
{
    if (name == "binary_classification")
        return Task::BinaryClassification;
    if (name == "multiclass_classification")
        return Task::MulticlassClassification;
    if (name == "regression")
        return Task::Regression;
    return std::nullopt;
}

std::string mlHubTaskName(Task task)
{
    return isClassification(task) ? "classification" : "regression";
}

} // namespace winnow::engine
