#pragma once

#include "models/job_metrics_document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace winnow::models {

// Reads a metadata.json file on a worker thread (QtConcurrent), so a large
// file never stalls the window, and reports the outcome from the event loop.
// Only the latest request counts: loading another file, or cancel(), makes
// an earlier request's outcome be dropped unseen.
class JobMetricsLoader : public QObject {
    Q_OBJECT

public:
    explicit JobMetricsLoader(QObject* parent = nullptr);
    ~JobMetricsLoader() override;

    void load(const QString& metadataPath);
    void cancel();
    bool isLoading() const { return m_loading; }
    QString path() const { return m_path; }

signals:
    void loaded(const winnow::models::JobMetricsDocument& document);
    // The file is missing, unreadable or not a model description; the
    // message names the file and says what is wrong.
    void failed(const QString& message);

private:
    struct Outcome {
        std::optional<JobMetricsDocument> document;
        QString error;
    };

    void deliver(QFutureWatcher<Outcome>* watcher, quint64 generation);

    QString m_path;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace winnow::models
