#include "engine/pipeline/search.h"

#include "engine/learners/learner.h"

#include <algorithm>
#include <chrono>

namespace winnow::engine {
namespace {

// Methods whose fit depends on the scale of the inputs.
bool needsScaling(const std::string& algorithm)
{
    return algorithm == "logistic_regression" || algorithm == "linear_svm" || algorithm == "knn" ||
           algorithm == "ridge" || algorithm == "elastic_net";
}

double secondsSince(RunContext::Clock::time_point start)
{
    return std::chrono::duration<double>(RunContext::Clock::now() - start).count();
}

} // namespace

std::vector<PipelineDefinition>
defaultPortfolio(Task task, const std::vector<std::string>& algorithms, std::size_t trainRows)
{
    std::vector<PipelineDefinition> portfolio;
    auto allowed = [&](const LearnerInfo& info) {
        if (!info.supports(task))
            return false;
        if (!algorithms.empty())
            return std::find(algorithms.begin(), algorithms.end(), info.algorithm) !=
                   algorithms.end();
        // Brute-force neighbours grow quadratically; leave them out of large
        // data unless asked for by name.
        return !(info.algorithm == "knn" && trainRows > 50'000);
    };
    for (const auto& info : learnerRegistry()) {
        if (!allowed(info))
            continue;
        PipelineDefinition definition;
        if (needsScaling(info.algorithm))
            definition.transformers.push_back({"standardscaler", nlohmann::json::object()});
        definition.algorithm = info.algorithm;
        portfolio.push_back(definition);
    }
    return portfolio;
}

CandidateRunner::CandidateRunner(const CrossValidation& folds, Leaderboard& leaderboard,
                                 EventLog& events, Budget budget, Progress progress)
    : m_folds(folds)
    , m_leaderboard(leaderboard)
    , m_events(events)
    , m_budget(budget)
    , m_progress(progress)
    , m_start(RunContext::Clock::now())
{}

void CandidateRunner::setCheckpoint(std::filesystem::path file, std::string fingerprint)
{
    m_checkpointFile = std::move(file);
    m_fingerprint = std::move(fingerprint);
}

double CandidateRunner::reserveSeconds() const
{
    const CandidateResult* best = m_leaderboard.best();
    if (!best)
        return 1.0;
    int folds = std::max(1, m_folds.foldCount());
    // One fit on all rows costs about one fold's fit scaled by the extra
    // rows; a holdout fold holds four fifths of them.
    double perFold = best->fitSeconds / folds;
    double scale = folds == 1 ? 1.25 : double(folds) / double(folds - 1);
    return 1.0 + 1.5 * perFold * scale;
}

bool CandidateRunner::canContinue(const RunContext& context) const
{
    if (context.stopFlag && context.stopFlag->load())
        return false;
    if (m_budget.maxCandidates > 0 &&
        static_cast<int>(m_leaderboard.candidates().size()) >= m_budget.maxCandidates)
        return false;
    auto left = std::chrono::duration<double>(m_budget.deadline - RunContext::Clock::now()).count();
    return left > reserveSeconds() + 0.5;
}

double CandidateRunner::progressNow() const
{
    double total = std::chrono::duration<double>(m_budget.deadline - m_start).count();
    double fraction = total > 0 ? std::clamp(secondsSince(m_start) / total, 0.0, 1.0) : 1.0;
    if (m_budget.maxCandidates > 0)
        fraction = std::max(fraction, double(m_leaderboard.candidates().size()) /
                                          double(m_budget.maxCandidates));
    return m_progress.from + (m_progress.to - m_progress.from) * std::min(fraction, 1.0);
}

bool CandidateRunner::evaluate(const PipelineDefinition& definition, const RunContext& context)
{
    if (m_leaderboard.find(definition))
        return true;
    if (!canContinue(context))
        return false;

    auto left = std::chrono::duration<double>(m_budget.deadline - RunContext::Clock::now()).count();
    double limit = std::min(m_budget.perCandidateSeconds, left - reserveSeconds());
    RunContext limited = context.withTimeLimit(std::chrono::duration<double>(limit));

    CandidateResult result;
    result.index = m_leaderboard.nextIndex();
    result.definition = definition;
    auto started = RunContext::Clock::now();
    try {
        result.score = m_folds.score(definition, m_leaderboard.scoring(), limited);
        result.status = "Completed";
    } catch (const StopRequested&) {
        result.status = "TimedOut";
        result.message = "stopped after " + std::to_string(int(secondsSince(started))) + " s";
        if (context.stopFlag && context.stopFlag->load())
            return false; // a stop request: the candidate is unfinished, not slow
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& error) {
        result.status = "Failed";
        result.message = error.what();
    }
    result.fitSeconds = secondsSince(started);
    ++m_evaluatedHere;

    bool isBest = m_leaderboard.add(result);
    nlohmann::json event = result.toJson();
    event["scoring"] = scoringName(m_leaderboard.scoring());
    event["best"] = isBest;
    event["pipeline"] = definition.toJson()["transformers"];
    event["pipeline"].push_back(
        {{"name", definition.algorithm}, {"params", definition.learnerParams}});
    if (const auto* best = m_leaderboard.best())
        event["bestScore"] = *best->score;
    m_events.candidate(event, progressNow());
    if (!m_checkpointFile.empty())
        m_leaderboard.saveCheckpoint(m_checkpointFile, m_fingerprint);
    return true;
}

} // namespace winnow::engine
