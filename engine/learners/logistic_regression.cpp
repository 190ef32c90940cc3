#include "engine/learners/logistic_regression.h"

#include "engine/learners/liblinear_learners.h"

namespace winnow::engine::learners {

HyperSpace logisticRegressionSpace(Task)
{
    return {
        HyperParameter::logReal("C", 1e-4, 1e4, 1.0),
        HyperParameter::choice("penalty", {"l1", "l2"}, "l2"),
    };
}

LearnerInfo logisticRegressionInfo()
{
    LearnerInfo info;
    info.algorithm = "logistic_regression";
    info.classification = true;
    info.space = logisticRegressionSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("logistic_regression", logisticRegressionSpace(task), params);
        LiblinearSettings settings;
        settings.solver = resolved.at("penalty") == "l1" ? LiblinearSolver::L1Logistic
                                                         : LiblinearSolver::L2Logistic;
        settings.c = resolved.at("C").get<double>();
        return std::make_unique<LiblinearClassifierLearner>(
            "logisticregression", classCount, resolved, settings, DecisionToProbability::Logistic);
    };
    info.load = [](Task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        return std::make_unique<LiblinearClassifierLearner>("logisticregression", classCount,
                                                            DecisionToProbability::Logistic, state);
    };
    return info;
}

} // namespace winnow::engine::learners
