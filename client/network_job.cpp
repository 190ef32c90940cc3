#include "client/network_job.h"

#include "client/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace winnow::client {

namespace {

// A short message the service put in an error answer ({"message": "..."} or
// {"error": "..."}), or nothing.
QString serviceMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString& key : {u"message"_s, u"error"_s, u"detail"_s}) {
        const QString text = object.value(key).toString().simplified();
        if (!text.isEmpty())
            return text.left(200);
    }
    return {};
}

QString hostText(const QUrl& url)
{
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

} // namespace

NetworkJob::NetworkJob(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkJob::onTimeout);
}

NetworkJob::~NetworkJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest NetworkJob::mlHubRequest(const QUrl& url, const QString& apiKey)
{
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", apiKey.toUtf8());
    request.setRawHeader("authorization", "Bearer " + apiKey.toUtf8());
    request.setRawHeader("accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

void NetworkJob::start()
{
    if (m_reply || m_finishing)
        return;
    m_reply = sendRequest();
    if (!m_reply) {
        finish(false, tr("The request could not be sent."));
        return;
    }
    m_url = m_reply->request().url();
    connect(m_reply, &QNetworkReply::finished, this, &NetworkJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &NetworkJob::onActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &NetworkJob::onActivity);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &NetworkJob::onActivity);
    m_timer.start(m_timeout);
}

void NetworkJob::cancel()
{
    if (m_finishing)
        return;
    m_cancelled = true;
    finish(false, tr("Cancelled."));
}

void NetworkJob::onActivity()
{
    if (m_reply)
        m_timer.start(m_timeout);
}

void NetworkJob::onTimeout()
{
    if (m_finishing)
        return;
    m_timedOut = true;
    const double seconds = std::chrono::duration<double>(m_timeout).count();
    finish(false, tr("%1 did not answer within %2 seconds.")
                      .arg(hostText(m_url), QString::number(seconds, 'g', 3)));
}

void NetworkJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finishing)
        return;
    m_timer.stop();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && m_httpStatus >= 200 && m_httpStatus < 300) {
        const QString problem = readReply(body);
        finish(problem.isEmpty(), problem);
        return;
    }
    finish(false, failureText(error, body));
}

QString NetworkJob::failureText(QNetworkReply::NetworkError error, const QByteArray& body) const
{
    const QString host = hostText(m_url);
    if (m_httpStatus != 0) {
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString status = u"HTTP %1 %2"_s.arg(m_httpStatus).arg(reason).trimmed();
        QString text;
        if (m_httpStatus == 401 || m_httpStatus == 403)
            text = tr("%1 refused the API key (%2).").arg(host, status);
        else if (m_httpStatus == 404)
            text =
                tr("%1 has no ML Hub AutoML service at %2 (%3).").arg(host, m_url.path(), status);
        else if (m_httpStatus == 429)
            text = tr("%1 is receiving too many requests; try again later (%2).").arg(host, status);
        else if (m_httpStatus >= 300 && m_httpStatus < 400)
            text = tr("%1 redirected the request to another server (%2); Winnow follows redirects "
                      "only within the same server.")
                       .arg(host, status);
        else if (m_httpStatus >= 500)
            text = tr("%1 had a problem answering (%2).").arg(host, status);
        else
            text = tr("%1 answered %2.").arg(host, status);
        if (const QString message = serviceMessage(body); !message.isEmpty())
            text += u' ' + tr("The service said: “%1”").arg(message);
        return text;
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not connect to %1: the connection was refused. Is the service running, "
                  "and is the address right?")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the server %1. Check the address and your network connection.")
            .arg(m_url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("Could not open a secure connection to %1: %2").arg(host, m_reply->errorString());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return tr("The network is not available.");
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirected the request elsewhere; Winnow follows redirects only within the "
                  "same server.")
            .arg(host);
    case QNetworkReply::ProtocolUnknownError:
        return tr("%1 is not an http:// or https:// address.").arg(m_url.toDisplayString());
    default: return tr("Could not reach %1: %2").arg(host, m_reply->errorString());
    }
}

void NetworkJob::finish(bool ok, const QString& error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_ok = ok;
    m_error = ok ? QString() : error;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (!ok && !m_cancelled)
        qCWarning(lcClient).noquote() << m_url.toDisplayString() << "failed:" << m_error;
    QMetaObject::invokeMethod(this, &NetworkJob::deliver, Qt::QueuedConnection);
}

void NetworkJob::deliver()
{
    m_finished = true;
    emit finished(m_ok);
    deleteLater();
}

} // namespace winnow::client
