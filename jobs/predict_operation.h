#pragma once

#include "jobs/job_backend.h"

#include <QString>

namespace winnow::jobs {

class EngineProcess;
struct EngineExit;

// Applies a trained model to new rows with `winnow-engine predict`, in the
// background. It fails with the engine's own message (a column the model
// needs is missing, the file cannot be read), and cancel() kills the engine.
class PredictOperation : public JobOperation {
    Q_OBJECT

public:
    // `modelFolder` is the job's output folder.
    PredictOperation(const QString& jobId, const QString& engineProgram, const QString& modelFolder,
                     const QString& inputCsv, const QString& outputCsv, QObject* parent = nullptr);

protected:
    void abort() override;

private:
    void onFinished(const EngineExit& exit);

    EngineProcess* m_engine;
    QString m_outputCsv;
};

} // namespace winnow::jobs
