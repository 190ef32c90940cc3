#pragma once

#include <QString>

#include <optional>

namespace winnow::jobs {

// One result file of a job: on this computer (a path in the job's artifact
// folder) or on a remote service (a URI to download it from).
struct Artifact {
    QString kind;     // "metadata", "model", "pipeline", "train", "test", "leaderboard", ...
    QString location; // a local path or a remote URI
    std::optional<qint64> size; // bytes, when known
    QString sha256;             // hex, when known

    bool operator==(const Artifact&) const = default;
};

} // namespace winnow::jobs
