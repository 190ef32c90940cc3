#include "engine/pipeline/leaderboard.h"

#include "engine/pipeline/model_file.h"

#include <algorithm>
#include <fstream>

namespace winnow::engine {

nlohmann::json CandidateResult::toJson() const
{
    nlohmann::json document{{"index", index},
                            {"summary", definition.summary()},
                            {"definition", definition.toJson()},
                            {"algorithm", definition.algorithm},
                            {"status", status},
                            {"fitSeconds", fitSeconds}};
    document["score"] = score ? nlohmann::json(*score) : nlohmann::json();
    if (!message.empty())
        document["message"] = message;
    return document;
}

CandidateResult CandidateResult::fromJson(const nlohmann::json& document)
{
    CandidateResult result;
    result.index = document.at("index").get<int>();
    result.definition = PipelineDefinition::fromJson(document.at("definition"));
    result.status = document.at("status").get<std::string>();
    if (document.contains("score") && document["score"].is_number())
        result.score = document["score"].get<double>();
    result.fitSeconds = document.value("fitSeconds", 0.0);
    result.message = document.value("message", "");
    return result;
}

Leaderboard::Leaderboard(Scoring scoring) : m_scoring(scoring) {}

const CandidateResult* Leaderboard::best() const
{
    return m_best ? &m_candidates[*m_best] : nullptr;
}

bool Leaderboard::add(CandidateResult result)
{
    m_candidates.push_back(std::move(result));
    const auto& added = m_candidates.back();
    if (!added.score)
        return false;
    if (m_best && orientedScore(m_scoring, *added.score) <=
                      orientedScore(m_scoring, *m_candidates[*m_best].score))
        return false;
    m_best = m_candidates.size() - 1;
    return true;
}

const CandidateResult* Leaderboard::find(const PipelineDefinition& definition) const
{
    for (const auto& candidate : m_candidates)
        if (candidate.definition == definition)
            return &candidate;
    return nullptr;
}

nlohmann::json Leaderboard::toJson() const
{
    std::vector<const CandidateResult*> ranked;
    for (const auto& candidate : m_candidates)
        ranked.push_back(&candidate);
    std::stable_sort(ranked.begin(), ranked.end(), [&](auto* a, auto* b) {
        if (a->score.has_value() != b->score.has_value())
            return a->score.has_value();
        return a->score &&
               orientedScore(m_scoring, *a->score) > orientedScore(m_scoring, *b->score);
    });
    nlohmann::json rows = nlohmann::json::array();
    int rank = 1;
    for (const auto* candidate : ranked) {
        auto row = candidate->toJson();
        row["rank"] = candidate->score ? nlohmann::json(rank++) : nlohmann::json();
        rows.push_back(row);
    }
    return {{"scoring", scoringName(m_scoring)},
            {"greaterIsBetter", greaterIsBetter(m_scoring)},
            {"candidates", rows}};
}

void Leaderboard::saveCheckpoint(const std::filesystem::path& file,
                                 const std::string& fingerprint) const
{
    nlohmann::json candidates = nlohmann::json::array();
    for (const auto& candidate : m_candidates)
        candidates.push_back(candidate.toJson());
    nlohmann::json document{{"fingerprint", fingerprint},
                            {"scoring", scoringName(m_scoring)},
                            {"candidates", candidates}};
    writeFileAtomically(file, document.dump(1));
}

bool Leaderboard::loadCheckpoint(const std::filesystem::path& file, const std::string& fingerprint)
{
    std::ifstream in(file);
    if (!in)
        return false;
    try {
        auto document = nlohmann::json::parse(in);
        if (document.at("fingerprint").get<std::string>() != fingerprint)
            return false;
        Leaderboard loaded(m_scoring);
        for (const auto& candidate : document.at("candidates"))
            loaded.add(CandidateResult::fromJson(candidate));
        *this = std::move(loaded);
        return true;
    } catch (const std::exception&) {
        // A damaged checkpoint only costs the work it recorded.
        return false;
    }
}

} // namespace winnow::engine
