#pragma once

#include "jobs/artifact.h"
#include "jobs/job.h"
#include "jobs/result.h"

#include <QList>
#include <QString>

namespace winnow::jobs {

// The folder of one local job, `<data folder>/jobs/<job id>/`, and what the
// runner keeps in it:
//
//   job.json       the spec the engine reads (--spec)
//   out/           the engine's output folder (docs/engine-cli.md)
//   events.jsonl   every event the engine wrote, for the job's log
//   stderr.log     the last lines the engine wrote to stderr
//   engine.pid     the engine's process id while it runs
class JobFolder {
public:
    JobFolder() = default;
    JobFolder(const QString& dataFolder, const QString& jobId);

    // `<data folder>/jobs`.
    static QString jobsFolder(const QString& dataFolder);

    QString path() const { return m_path; }
    QString specFile() const;
    QString outputFolder() const;
    QString eventsLog() const;
    QString stderrLog() const;
    QString pidFile() const;
    QString metadataFile() const;
    QString checkpointFile() const;

    bool exists() const;
    // out/metadata.json exists: the engine wrote a complete result.
    bool hasResult() const;
    // out/checkpoint.json exists: a search can be resumed with --resume.
    bool hasCheckpoint() const;

    // Creates the folder; fails with a message naming the folder.
    Result<void> create() const;
    // Writes job.json (through a temporary file, so it is whole or absent),
    // with featureTableName set to `dataPath`, as the engine expects.
    Result<void> writeSpec(const JobSpec& spec, const QString& dataPath) const;
    // The result files the engine wrote, those of the contract that exist,
    // with their sizes: metadata, model, pipeline, train, test, leaderboard.
    QList<Artifact> resultArtifacts() const;
    // Deletes the folder and everything in it; a folder already gone is fine.
    Result<void> remove() const;

    // The engine that was running for this job, from engine.pid: its process
    // id if that process is alive and is a winnow-engine writing into this
    // folder (not another program that got the same id), else 0.
    qint64 liveEngineProcess() const;
    Result<void> writePid(qint64 pid) const;
    void removePid() const;

private:
    QString m_path;
};

// The artifact kinds of the engine's output files, in the contract's order.
struct ResultFile {
    QString kind;
    QString fileName;
};
QList<ResultFile> resultFiles();

} // namespace winnow::jobs
