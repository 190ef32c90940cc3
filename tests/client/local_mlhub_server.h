#pragma once

// Test servers on loopback ports for the remote-backend tests: one that answers
// the ML Hub's "list jobs" call like the service, checking both authentication
// headers, and one that accepts connections and never answers.

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace winnow::testing {

class LocalMlHubServer {
public:
    // Serves GET <pathPrefix>/automl for `apiKey` with `jobCount` jobs.
    LocalMlHubServer(const QString& apiKey, int jobCount, const QString& pathPrefix = {})
        : m_apiKey(apiKey.toUtf8())
        , m_jobCount(jobCount)
        , m_pathPrefix(pathPrefix)
    {
        m_server.route(pathPrefix + QStringLiteral("/automl"),
                       [this](const QHttpServerRequest& request) { return answer(request); });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(m_pathPrefix));
    }
    int requestCount() const { return m_requests; }
    QByteArray lastApiKeyHeader() const { return m_lastApiKey; }
    QByteArray lastAuthorizationHeader() const { return m_lastAuthorization; }

private:
    // Header names are matched without regard to case, as HTTP requires.
    static QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
    {
        const auto headers = request.headers();
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    QHttpServerResponse answer(const QHttpServerRequest& request)
    {
        ++m_requests;
        m_lastApiKey = header(request, "x-api-key");
        m_lastAuthorization = header(request, "authorization");
        if (m_lastApiKey != m_apiKey || m_lastAuthorization != "Bearer " + m_apiKey) {
            return QHttpServerResponse(
                QJsonObject{{QStringLiteral("message"), QStringLiteral("invalid api key")}},
                QHttpServerResponse::StatusCode::Unauthorized);
        }
        QJsonArray jobs;
        for (int i = 0; i < m_jobCount; ++i) {
            jobs.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("651ec3562e0e8d99b600659%1").arg(i)},
                {QStringLiteral("featureTableName"), QStringLiteral("creditcard_demo")},
                {QStringLiteral("targetName"), QStringLiteral("class")},
                {QStringLiteral("status"), QStringLiteral("FINISHED")},
                {QStringLiteral("createdAt"), QStringLiteral("2023-10-17 16:47:14.289 +0000 UTC")},
            });
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("resources"), jobs}});
    }

    QHttpServer m_server;
    QByteArray m_apiKey;
    int m_jobCount;
    QString m_pathPrefix;
    quint16 m_port = 0;
    int m_requests = 0;
    QByteArray m_lastApiKey;
    QByteArray m_lastAuthorization;
};

// Accepts connections and reads what comes, but never answers.
class SilentServer {
public:
    SilentServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_connections << socket;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { socket->readAll(); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int connectionCount() const { return int(m_connections.size()); }

private:
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_connections;
};

} // namespace winnow::testing
