#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

namespace QKeychain {
class Job;
}

namespace winnow::client {

// One read, write or removal of an API key in the system keychain. Like a
// JobOperation: finished() comes exactly once, always from the event loop,
// and the request deletes itself afterwards (keep it in a QPointer).
class ApiKeyRequest : public QObject {
    Q_OBJECT

public:
    enum class Action { Read, Write, Remove };

    Action action() const { return m_action; }
    QString backendId() const { return m_backendId; }

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_ok; }
    // After a successful read: whether the keychain holds a key for the
    // backend, and the key (empty when not found).
    bool found() const { return m_found; }
    QString key() const { return m_key; }
    // Why the request failed, in words for the user.
    QString errorString() const { return m_error; }
    // How many times the keychain was asked: 2 when a read was retried.
    int attempts() const { return m_attempts; }

signals:
    void finished(bool ok);

private:
    friend class ApiKeyStore;
    ApiKeyRequest(Action action, const QString& service, const QString& backendId,
                  const QString& key, std::chrono::milliseconds retryDelay, QObject* parent);

    void start();
    void onJobFinished(QKeychain::Job* job);
    void finish(bool ok, const QString& error = {});
    void deliver();

    Action m_action;
    QString m_service;
    QString m_backendId;
    QString m_key;
    QString m_error;
    std::chrono::milliseconds m_retryDelay;
    int m_attempts = 0;
    bool m_found = false;
    bool m_ok = false;
    bool m_finishing = false;
    bool m_finished = false;
};

// The API keys of the remote backends, one per backend id, in the system
// keychain (the Secret Service on Linux: GNOME Keyring, KWallet) under the
// service "Winnow". There is no plaintext fallback: without a keychain, keys
// cannot be stored, and the requests say so.
//
// A read that fails for any reason but "no such key" is tried once more after
// retryDelay(): at login the keychain may start after Winnow does.
class ApiKeyStore : public QObject {
    Q_OBJECT

public:
    static QString serviceName();

    explicit ApiKeyStore(QObject* parent = nullptr);

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    ApiKeyRequest* read(const QString& backendId);
    // Stores `key`; an empty key removes the backend's key instead.
    ApiKeyRequest* write(const QString& backendId, const QString& key);
    // Removes the backend's key; succeeds also when there was none.
    ApiKeyRequest* remove(const QString& backendId);

private:
    ApiKeyRequest* startRequest(ApiKeyRequest::Action action, const QString& backendId,
                                const QString& key);

    std::chrono::milliseconds m_retryDelay{2000};
};

} // namespace winnow::client
