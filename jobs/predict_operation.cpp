#include "jobs/predict_operation.h"

#include "jobs/engine_outcome.h"
#include "jobs/engine_process.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

PredictOperation::PredictOperation(const QString& jobId, const QString& engineProgram,
                                   const QString& modelFolder, const QString& inputCsv,
                                   const QString& outputCsv, QObject* parent)
    : JobOperation(parent)
    , m_engine(new EngineProcess(this))
    , m_outputCsv(outputCsv)
{
    setJobId(jobId);
    connect(m_engine, &EngineProcess::finished, this, &PredictOperation::onFinished);
    m_engine->start(engineProgram, {u"predict"_s, u"--model"_s, modelFolder, u"--data"_s, inputCsv,
                                    u"--out"_s, outputCsv});
}

void PredictOperation::abort()
{
    m_engine->kill();
}

void PredictOperation::onFinished(const EngineExit& exit)
{
    switch (exit.kind) {
    case EngineExit::Kind::FailedToStart: finish(false, exit.message); return;
    case EngineExit::Kind::Crashed: finish(false, crashReason(exit.code)); return;
    case EngineExit::Kind::Exited: break;
    }
    if (exit.code != exit_code::success) {
        finish(false, exit.message.isEmpty()
                          ? u"the prediction failed (exit code %1)"_s.arg(exit.code)
                          : exit.message);
        return;
    }
    if (!QFileInfo::exists(m_outputCsv)) {
        finish(false, u"the engine wrote no predictions to %1"_s.arg(m_outputCsv));
        return;
    }
    finish(true);
}

} // namespace winnow::jobs
