#include "engine/learners/linear_svm.h"

#include "engine/learners/liblinear_learners.h"

namespace winnow::engine::learners {

HyperSpace linearSvmSpace(Task task)
{
    HyperSpace space{HyperParameter::logReal("C", 1e-4, 1e2, 1.0)};
    if (isClassification(task))
        space.push_back(HyperParameter::choice("penalty", {"l1", "l2"}, "l2"));
    else
        space.push_back(HyperParameter::choice(
            "loss", {"epsilon_insensitive", "squared_epsilon_insensitive"}, "epsilon_insensitive"));
    return space;
}

LearnerInfo linearSvmInfo()
{
    LearnerInfo info;
    info.algorithm = "linear_svm";
    info.classification = true;
    info.regression = true;
    info.space = linearSvmSpace;
    info.make = [](Task task, int classCount,
                   const nlohmann::json& params) -> std::unique_ptr<Learner> {
        auto resolved = resolveParams("linear_svm", linearSvmSpace(task), params);
        LiblinearSettings settings;
        settings.c = resolved.at("C").get<double>();
        if (isClassification(task)) {
            settings.solver = resolved.at("penalty") == "l1" ? LiblinearSolver::L1SquaredHinge
                                                             : LiblinearSolver::L2SquaredHingeDual;
            return std::make_unique<LiblinearClassifierLearner>(
                "linearsvc", classCount, resolved, settings, DecisionToProbability::MonotoneScores);
        }
        settings.solver = resolved.at("loss") == "epsilon_insensitive"
                              ? LiblinearSolver::SvrAbsoluteDual
                              : LiblinearSolver::SvrSquaredDual;
        return std::make_unique<LiblinearRegressorLearner>(resolved, settings);
    };
    info.load = [](Task task, int classCount, const SavedState& state) -> std::unique_ptr<Learner> {
        if (isClassification(task))
            return std::make_unique<LiblinearClassifierLearner>(
                "linearsvc", classCount, DecisionToProbability::MonotoneScores, state);
        return std::make_unique<LiblinearRegressorLearner>(state);
    };
    return info;
}

} // namespace winnow::engine::learners
