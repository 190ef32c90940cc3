#include "jobs/engine_outcome.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace winnow::jobs {

namespace {

JobOutcome failed(const QString& reason)
{
    return {JobStatus::Failed, reason, false};
}

JobOutcome stoppedWithResultIf(bool resultComplete)
{
    return {JobStatus::Stopped, {}, resultComplete};
}

} // namespace

QString crashReason(int signal)
{
    if (signal <= 0)
        return u"engine crashed"_s;
    return u"engine crashed (signal %1, %2)"_s.arg(signal).arg(
        QString::fromLocal8Bit(::strsignal(signal)));
}

JobOutcome outcomeOf(const EngineExit& exit, bool resultComplete, bool stopRequested)
{
    switch (exit.kind) {
    case EngineExit::Kind::FailedToStart: return failed(exit.message);
    case EngineExit::Kind::Crashed:
        // Our own SIGKILL after the grace period, or the engine's second-
        // signal exit: the user stopped it.
        if (stopRequested)
            return stoppedWithResultIf(resultComplete);
        return failed(crashReason(exit.code));
    case EngineExit::Kind::Exited: break;
    }

    switch (exit.code) {
    case exit_code::success:
        // Never show a half-written result.
        if (!resultComplete)
            return failed(u"the engine reported success but its results are incomplete "
                          "(metadata.json is missing)"_s);
        return {JobStatus::Finished, {}, true};
    case exit_code::internalError:
    case exit_code::usageError:
    case exit_code::invalidInput:
        return failed(exit.message.isEmpty()
                          ? u"the engine failed (exit code %1) without saying why"_s.arg(exit.code)
                          : exit.message);
    case exit_code::outOfMemory:
        return failed(exit.message.isEmpty() ? u"out of memory"_s : exit.message);
    case exit_code::stopped: return stoppedWithResultIf(resultComplete);
    case exit_code::stoppedWithoutModel: return stoppedWithResultIf(false);
    default: break;
    }
    QString reason = u"the engine ended with the unexpected exit code %1"_s.arg(exit.code);
    if (!exit.message.isEmpty())
        reason += u": "_s + exit.message;
    return failed(reason);
}

} // namespace winnow::jobs
