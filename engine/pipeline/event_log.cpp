#include "engine/pipeline/event_log.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace winnow::engine {

EventLog::EventLog(std::ostream* out) : m_out(out) {}

std::string EventLog::now()
{
    using namespace std::chrono;
    auto time = system_clock::now();
    auto millis = duration_cast<milliseconds>(time.time_since_epoch()).count() % 1000;
    std::time_t seconds = system_clock::to_time_t(time);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[40];
    std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
    return text;
}

double EventLog::currentProgress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

double EventLog::advance(double progress)
{
    m_progress = std::clamp(std::max(m_progress, progress), 0.0, 1.0);
    return m_progress;
}

void EventLog::write(nlohmann::json event)
{
    if (!m_out)
        return;
    event["time"] = now();
    event["contract"] = kContractVersion;
    // Replace rather than throw on invalid UTF-8 in user text (column names).
    *m_out << event.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    m_out->flush();
}

void EventLog::status(const std::string& status, double progress, const std::string& message)
{
    std::lock_guard lock(m_mutex);
    nlohmann::json event{{"type", "status"}, {"status", status}, {"progress", advance(progress)}};
    if (!message.empty())
        event["message"] = message;
    write(std::move(event));
}

void EventLog::warning(const std::string& message)
{
    std::lock_guard lock(m_mutex);
    write({{"type", "warning"}, {"message", message}});
}

void EventLog::note(const std::string& message)
{
    std::lock_guard lock(m_mutex);
    write({{"type", "note"}, {"message", message}});
}

void EventLog::candidate(nlohmann::json candidate, double progress)
{
    std::lock_guard lock(m_mutex);
    candidate["type"] = "candidate";
    candidate["progress"] = advance(progress);
    write(std::move(candidate));
}

void EventLog::progress(double progress, std::optional<double> bestScore)
{
    std::lock_guard lock(m_mutex);
    nlohmann::json event{{"type", "progress"}, {"progress", advance(progress)}};
    if (bestScore)
        event["bestScore"] = *bestScore;
    write(std::move(event));
}

void EventLog::error(const std::string& message, int exitCode)
{
    std::lock_guard lock(m_mutex);
    write({{"type", "error"}, {"message", message}, {"exitCode", exitCode}});
}

void EventLog::completed(const std::string& status, std::optional<double> bestScore,
                         const std::string& artifacts)
{
    std::lock_guard lock(m_mutex);
    nlohmann::json event{{"type", "status"}, {"status", status}};
    if (status == "Completed")
        event["progress"] = advance(1.0);
    else
        event["progress"] = m_progress;
    if (bestScore)
        event["bestScore"] = *bestScore;
    if (!artifacts.empty())
        event["artifacts"] = artifacts;
    write(std::move(event));
}

} // namespace winnow::engine
