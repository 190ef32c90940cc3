#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace winnow::ui {

// Follows a text file that another process appends to (a running job's
// events.jsonl), reading what was added since the last poll on a worker
// thread. Only whole lines are reported; a line still being written waits
// for the next poll. A file that shrank was replaced: reading starts over
// and restarted() says so.
class TextFileFollower : public QObject {
    Q_OBJECT

public:
    explicit TextFileFollower(QObject* parent = nullptr);

    // Starts following `path` from its beginning; an empty path stops.
    void setFile(const QString& path);
    QString file() const { return m_path; }
    // Reads what was appended. A poll while a read runs is done after it.
    void poll();
    bool isReading() const { return m_reading; }

signals:
    void linesAppended(const QStringList& lines);
    void restarted();
    // A poll found nothing new (or no file); tests wait for this.
    void caughtUp();

private:
    struct Chunk {
        QStringList lines;
        qint64 offset = 0;
        bool restarted = false;
    };
    static Chunk read(const QString& path, qint64 offset);
    void startRead();

    QString m_path;
    qint64 m_offset = 0;
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_pollAgain = false;
};

} // namespace winnow::ui
