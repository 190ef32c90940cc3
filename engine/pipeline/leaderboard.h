#pragma once

#include "engine/core/scoring.h"
#include "engine/pipeline/pipeline_definition.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// One evaluated candidate of a search.
struct CandidateResult {
    int index = 0;
    PipelineDefinition definition;
    std::string status;          // "Completed", "Failed" or "TimedOut"
    std::optional<double> score; // cross-validated, in the scoring's units
    double fitSeconds = 0.0;     // all folds together
    std::string message;         // why it failed

    nlohmann::json toJson() const;
    static CandidateResult fromJson(const nlohmann::json& document);
};

// Every candidate a search evaluated, and which is best. It is also the
// search's checkpoint: saved after each candidate, it lets `train --resume`
// skip what was already done.
class Leaderboard {
public:
    explicit Leaderboard(Scoring scoring);

    Scoring scoring() const { return m_scoring; }
    const std::vector<CandidateResult>& candidates() const { return m_candidates; }
    const CandidateResult* best() const;
    // Adds a result; returns whether it is the new best.
    bool add(CandidateResult result);
    const CandidateResult* find(const PipelineDefinition& definition) const;
    int nextIndex() const { return static_cast<int>(m_candidates.size()); }

    // Candidates ranked best first (failed ones last), as leaderboard.json.
    nlohmann::json toJson() const;

    // The checkpoint is tied to the spec it was made for: a fingerprint of
    // the spec guards against resuming another job's search.
    void saveCheckpoint(const std::filesystem::path& file, const std::string& fingerprint) const;
    // Loads a checkpoint when it exists and matches; otherwise leaves the
    // leaderboard empty and returns false.
    bool loadCheckpoint(const std::filesystem::path& file, const std::string& fingerprint);

private:
    Scoring m_scoring;
    std::vector<CandidateResult> m_candidates;
    std::optional<std::size_t> m_best;
};

} // namespace winnow::engine
