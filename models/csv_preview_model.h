#pragma once

#include "engine/data/table.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace winnow::models {

class CsvBlockReader;

// Where reading a CSV file stopped and why: the engine's message, with the
// file, the line (from 1) and the field number (from 1; 0 when the whole
// line or file is meant).
struct CsvProblem {
    QString file;
    qint64 line = 0;
    int column = 0;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    // "data.csv, line 17, column 4: unterminated quoted field ...", the file
    // by its name only.
    QString text() const;

    bool operator==(const CsvProblem&) const = default;
};

// The first rows of a CSV (or .csv.gz) file, as a table to preview. It reads
// only the head (about a megabyte) on a worker thread, so a file of any size
// shows at once and the UI never waits; more rows come in blocks as a view
// scrolls down (canFetchMore/fetchMore), up to maximumRows().
//
// The file is read by the engine's CSV reader, so what it shows is what the
// engine will see: cells hold the values as written, the header names each
// column and the type the engine infers for it (from the head), and a
// malformed file gives the engine's message with its line and column.
//
// sample() holds the head's rows typed; the New Job dialog profiles the
// columns from it. Types forced with setForcedTypes() re-read the head with
// them, as the engine will read the file when given the same types.
class CsvPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        // The value as the engine reads it: a double for numeric columns, a
        // bool, a QDateTime (UTC), else the text; invalid when missing.
        RawValueRole = Qt::UserRole + 1,
        // Whether the cell is missing (empty, NA, null, ...).
        MissingRole,
        // Header: the column's name and its type's name ("numeric").
        ColumnNameRole,
        ColumnTypeRole,
    };

    enum class State { Empty, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit CsvPreviewModel(QObject* parent = nullptr);
    ~CsvPreviewModel() override;

    // Starts reading `path` and returns at once: the model is empty (Loading)
    // until the head is read, then Ready, or Failed with error().
    // `forcedTypes` are those of setForcedTypes(), from the start.
    void setFile(const QString& path, const QHash<QString, engine::ColumnType>& forcedTypes = {});
    void clear();
    QString file() const { return m_file; }
    State state() const { return m_state; }

    // How much is read up front, how many rows each fetchMore() adds, and
    // the most rows the model keeps. Take effect at the next setFile().
    void setHeadBytes(qint64 bytes) { m_headBytes = bytes; }
    void setBlockRows(int rows) { m_blockRows = qMax(1, rows); }
    int blockRows() const { return m_blockRows; }
    void setMaximumRows(int rows) { m_maximumRows = qMax(1, rows); }
    int maximumRows() const { return m_maximumRows; }

    // The head's rows, typed as the engine reads them (with the forced
    // types); empty until Ready.
    const engine::Table& sample() const { return *m_sample; }
    QStringList columnNames() const { return m_columnNames; }
    engine::ColumnType columnType(int column) const;
    // The type the engine infers, whatever is forced.
    engine::ColumnType inferredType(int column) const;
    char delimiter() const { return m_delimiter; }
    // Whether the head is the whole file, so sample() has every row.
    bool sampleIsWholeFile() const { return m_sampleIsWholeFile; }
    // Data rows in the file: exact when sampleIsWholeFile(), else estimated.
    qint64 estimatedRowCount() const { return m_estimatedRows; }
    // Whether every row of the file is in the model.
    bool isComplete() const { return m_complete; }
    bool isFetching() const { return m_fetching; }
    // Text taken from the file so far (after decompression).
    qint64 bytesRead() const { return m_bytesRead; }

    // Why loading failed (state Failed) or why fetching stopped early.
    CsvProblem error() const { return m_error; }

    // Reads the head again with these columns forced to a type; the header
    // and sample() follow once done. A value that does not fit its forced
    // type makes typeError() say where; sample() then keeps the last types
    // that fit.
    void setForcedTypes(const QHash<QString, engine::ColumnType>& types);
    QHash<QString, engine::ColumnType> forcedTypes() const { return m_forcedTypes; }
    CsvProblem typeError() const { return m_typeError; }
    bool isRetyping() const { return m_retypeGeneration != m_appliedRetypeGeneration; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged(winnow::models::CsvPreviewModel::State state);
    // sample() changed: the head was read, or read again with other types.
    void sampleChanged();
    void typeErrorChanged();
    void fetchingChanged(bool fetching);
    // Fetching more rows failed; error() says why. No more rows come.
    void fetchFailed(const winnow::models::CsvProblem& problem);

private:
    struct Block {
        int firstRow = 0;
        engine::Table written;
    };
    struct HeadResult;
    struct BlockResult;
    struct RetypeResult;

    void setState(State state);
    void applyHead(HeadResult result);
    void applyBlock(BlockResult result);
    void applyRetype(RetypeResult result);
    void startRetype();
    const Block* blockAt(int row, int* rowInBlock) const;
    QVariant rawValue(const engine::Column& written, int rowInBlock, int row, int column) const;
    QString typeLabel(int column) const;

    QString m_file;
    State m_state = State::Empty;
    qint64 m_headBytes;
    int m_blockRows = 500;
    int m_maximumRows = 100000;

    // Bumped by setFile() and clear(): results of earlier reads are dropped.
    quint64 m_generation = 0;
    std::shared_ptr<CsvBlockReader> m_reader;

    QStringList m_columnNames;
    std::vector<engine::ColumnType> m_inferredTypes;
    std::shared_ptr<const engine::Table> m_sample;
    std::vector<Block> m_blocks;
    int m_rowCount = 0;
    char m_delimiter = ',';
    bool m_sampleIsWholeFile = false;
    qint64 m_estimatedRows = 0;
    bool m_complete = false;
    bool m_fetching = false;
    qint64 m_bytesRead = 0;
    CsvProblem m_error;

    QHash<QString, engine::ColumnType> m_forcedTypes;
    CsvProblem m_typeError;
    quint64 m_retypeGeneration = 0;
    quint64 m_appliedRetypeGeneration = 0;
};

} // namespace winnow::models
