#pragma once

#include "engine/pipeline/job_spec.h"

#include <cstdint>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// What a job will need, judged from a sample of its file's rows and the
// file's size, before any training: the job runner refuses a job that
// cannot fit in memory, and shows the time estimate.
struct ResourceEstimate {
    std::uint64_t fileBytes = 0;
    bool compressed = false;
    std::uint64_t rows = 0; // estimated from bytes per sampled row
    std::size_t columns = 0;
    std::size_t encodedFeatures = 0; // after one-hot and date expansion
    int folds = 0;
    std::uint64_t tableBytes = 0;  // the parsed table
    std::uint64_t memoryBytes = 0; // peak for the whole job
    double secondsPerCandidate = 0.0;
    nlohmann::json columnTypes; // {"name": "numeric", ...}

    nlohmann::json toJson() const;
};

// Reads only the head of the file (well under a second on gigabytes).
ResourceEstimate estimateResources(const JobSpec& spec, std::size_t sampleRows = 2000);

// "3.2 GB", "512 MB".
std::string formatBytes(std::uint64_t bytes);

} // namespace winnow::engine
