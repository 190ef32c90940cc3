#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace winnow::client {

// One REST call to a remote backend. Each call is a subclass that builds its
// request (sendRequest) and reads the answer (readReply); this base owns the
// rules they share:
// - the ML Hub's two authentication headers (mlHubRequest);
// - a timeout that counts from the last network activity, not from the start;
// - redirects followed only within the same origin, so the API key never
//   travels to another host and HTTPS is never downgraded;
// - failures turned into a sentence for the user (errorString), with the
//   HTTP status kept apart (httpStatus) for callers that react to it.
// finished() comes exactly once, from the event loop; the job deletes itself
// afterwards (keep it in a QPointer).
class NetworkJob : public QObject {
    Q_OBJECT

public:
    // `network` must outlive the job.
    explicit NetworkJob(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~NetworkJob() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Applies to requests started afterwards. The default is 30 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();

    bool isRunning() const { return m_reply != nullptr; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_ok; }
    bool wasCancelled() const { return m_cancelled; }
    bool timedOut() const { return m_timedOut; }
    // The answer's HTTP status, 0 when none arrived.
    int httpStatus() const { return m_httpStatus; }
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }

    // A request to `url` carrying the ML Hub's authentication headers
    // (x-api-key and authorization: Bearer, both with `apiKey`) and the
    // redirect policy above.
    static QNetworkRequest mlHubRequest(const QUrl& url, const QString& apiKey);

public slots:
    // Stops the request; the job then finishes with ok == false and
    // wasCancelled(). Does nothing once finished.
    void cancel();

signals:
    void finished(bool ok);

protected:
    QNetworkAccessManager* network() const { return m_network; }
    // Sends the call's request; the base watches the reply it returns.
    virtual QNetworkReply* sendRequest() = 0;
    // Reads a successful (2xx) answer's body. Returns an empty string when
    // it is what the call expects, else what is wrong with it.
    virtual QString readReply(const QByteArray& body) = 0;

private:
    void onActivity();
    void onTimeout();
    void onReplyFinished();
    QString failureText(QNetworkReply::NetworkError error, const QByteArray& body) const;
    void finish(bool ok, const QString& error = {});
    void deliver();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{30000};
    QUrl m_url;
    QString m_error;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_ok = false;
    bool m_finishing = false;
    bool m_finished = false;
};

} // namespace winnow::client
