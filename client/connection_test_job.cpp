#include "client/connection_test_job.h"

#include "client/backend_config.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace winnow::client {

ConnectionTestJob::ConnectionTestJob(QNetworkAccessManager* network, const QUrl& baseUrl,
                                     const QString& apiKey, QObject* parent)
    : NetworkJob(network, parent)
    , m_baseUrl(baseUrl)
    , m_apiKey(apiKey)
{}

QNetworkReply* ConnectionTestJob::sendRequest()
{
    return network()->get(mlHubRequest(endpointUrl(m_baseUrl, u"automl"_s), m_apiKey));
}

QString ConnectionTestJob::readReply(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue resources = document.object().value(u"resources"_s);
    if (parseError.error != QJsonParseError::NoError || !resources.isArray())
        return tr("%1 answered, but not with an ML Hub list of jobs; is this the address of an "
                  "ML Hub AutoML service?")
            .arg(url().host());
    m_jobCount = int(resources.toArray().size());
    return {};
}

} // namespace winnow::client
