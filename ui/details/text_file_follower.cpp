#include "ui/details/text_file_follower.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace winnow::ui {

namespace {
// The most read in one poll, so a huge log arrives in pieces the view can take.
constexpr qint64 kMaxChunk = 4 * 1024 * 1024;
} // namespace

TextFileFollower::TextFileFollower(QObject* parent) : QObject(parent) {}

void TextFileFollower::setFile(const QString& path)
{
    m_path = path;
    m_offset = 0;
    ++m_generation; // a read of the previous file still running is dropped
    m_reading = false;
    m_pollAgain = false;
}

void TextFileFollower::poll()
{
    if (m_path.isEmpty())
        return;
    if (m_reading) {
        m_pollAgain = true;
        return;
    }
    startRead();
}

void TextFileFollower::startRead()
{
    m_reading = true;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Chunk>(this);
    connect(watcher, &QFutureWatcher<Chunk>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_reading = false;
        const Chunk chunk = watcher->result();
        m_offset = chunk.offset;
        if (chunk.restarted)
            emit restarted();
        if (!chunk.lines.isEmpty())
            emit linesAppended(chunk.lines);
        // A full chunk means more is waiting.
        if (m_pollAgain || !chunk.lines.isEmpty()) {
            m_pollAgain = false;
            startRead();
        } else {
            emit caughtUp();
        }
    });
    watcher->setFuture(QtConcurrent::run(&TextFileFollower::read, m_path, m_offset));
}

TextFileFollower::Chunk TextFileFollower::read(const QString& path, qint64 offset)
{
    Chunk chunk;
    chunk.offset = offset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return chunk;
    if (file.size() < offset) {
        chunk.restarted = true;
        offset = 0;
        chunk.offset = 0;
    }
    if (!file.seek(offset))
        return chunk;
    const QByteArray bytes = file.read(kMaxChunk);
    const qsizetype end = bytes.lastIndexOf('\n');
    if (end < 0)
        return chunk;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    for (const QByteArray& line : lines) {
        QByteArray text = line;
        if (text.endsWith('\r'))
            text.chop(1);
        chunk.lines.append(QString::fromUtf8(text));
    }
    chunk.offset = offset + end + 1;
    return chunk;
}

} // namespace winnow::ui
