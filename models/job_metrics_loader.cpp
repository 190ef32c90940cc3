#include "models/job_metrics_loader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace winnow::models {

JobMetricsLoader::JobMetricsLoader(QObject* parent) : QObject(parent) {}

JobMetricsLoader::~JobMetricsLoader() = default;

void JobMetricsLoader::load(const QString& metadataPath)
{
    m_path = metadataPath;
    m_loading = true;
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, generation] { deliver(watcher, generation); });
    watcher->setFuture(QtConcurrent::run([metadataPath] {
        jobs::Result<JobMetricsDocument> result = readJobMetrics(metadataPath);
        Outcome outcome;
        if (result)
            outcome.document = std::move(result.value());
        else
            outcome.error = result.error().message;
        return outcome;
    }));
}

void JobMetricsLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

void JobMetricsLoader::deliver(QFutureWatcher<Outcome>* watcher, quint64 generation)
{
    watcher->deleteLater();
    if (generation != m_generation)
        return; // a later request replaced this one
    m_loading = false;
    Outcome outcome = watcher->result();
    if (outcome.document)
        emit loaded(*outcome.document);
    else
        emit failed(outcome.error);
}

} // namespace winnow::models
