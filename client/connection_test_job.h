#pragma once

#include "client/network_job.h"

namespace winnow::client {

// "Test connection": lists the service's AutoML jobs (GET <base>/automl, as
// the ML Hub's list_jobs does) with an API key, and reports how many there
// are. Proves at once that the address is right, the service speaks the ML
// Hub API and the key is accepted.
class ConnectionTestJob : public NetworkJob {
    Q_OBJECT

public:
    ConnectionTestJob(QNetworkAccessManager* network, const QUrl& baseUrl, const QString& apiKey,
                      QObject* parent = nullptr);

    // After success: the number of jobs the service listed.
    int jobCount() const { return m_jobCount; }

protected:
    QNetworkReply* sendRequest() override;
    QString readReply(const QByteArray& body) override;

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    int m_jobCount = 0;
};

} // namespace winnow::client
