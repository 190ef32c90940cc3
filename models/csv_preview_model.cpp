#include "models/csv_preview_model.h"

#include "engine/core/errors.h"
#include "models/column_profile.h"
#include "models/csv_block_reader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <new>
#include <optional>

using namespace Qt::StringLiterals;

namespace winnow::models {
namespace {

// Longer cells show their whole text in a tool tip.
constexpr qsizetype kLongCell = 40;

CsvProblem problemFrom(const engine::InputError& error, const QString& file)
{
    CsvProblem problem;
    problem.file = file;
    problem.message = QString::fromStdString(error.problem());
    if (const auto& location = error.location()) {
        if (!location->file.empty())
            problem.file = QString::fromStdString(location->file);
        problem.line = static_cast<qint64>(location->line);
        problem.column = static_cast<int>(location->column);
    }
    return problem;
}

// Runs `work` on the global thread pool and hands its result to `apply`
// on `owner`'s thread; nothing happens if `owner` is gone by then.
template <typename Result, typename Work, typename Apply>
void runInBackground(QObject* owner, Work work, Apply apply)
{
    auto* watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, apply = std::move(apply)]() mutable {
                         apply(watcher->future().takeResult());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Catches what reading can throw and turns it into a problem with the file.
template <typename Work>
CsvProblem guarded(const QString& file, Work work)
{
    try {
        work();
    } catch (const engine::InputError& error) {
        return problemFrom(error, file);
    } catch (const std::bad_alloc&) {
        return {file, 0, 0,
                QCoreApplication::translate("winnow::models::CsvPreviewModel",
                                            "not enough memory to read the file")};
    } catch (const std::exception& error) {
        return {file, 0, 0, QString::fromStdString(error.what())};
    }
    return {};
}

std::map<std::string, engine::ColumnType>
toEngineTypes(const QHash<QString, engine::ColumnType>& types)
{
    std::map<std::string, engine::ColumnType> result;
    for (auto it = types.begin(); it != types.end(); ++it)
        result[it.key().toStdString()] = it.value();
    return result;
}

std::filesystem::path toPath(const QString& file)
{
    return std::filesystem::path(QFile::encodeName(file).toStdString());
}

} // namespace

QString CsvProblem::text() const
{
    const QString name = QFileInfo(file).fileName();
    if (line > 0 && column > 0)
        return QCoreApplication::translate("winnow::models::CsvProblem",
                                           "%1, line %2, column %3: %4")
            .arg(name, QLocale().toString(line), QLocale().toString(column), message);
    if (line > 0)
        return QCoreApplication::translate("winnow::models::CsvProblem", "%1, line %2: %3")
            .arg(name, QLocale().toString(line), message);
    if (!name.isEmpty())
        return QCoreApplication::translate("winnow::models::CsvProblem", "%1: %2")
            .arg(name, message);
    return message;
}

struct CsvPreviewModel::HeadResult {
    CsvHead head;
    std::optional<engine::Table> retyped;
    CsvProblem error;
    CsvProblem typeError;
    qint64 bytesRead = 0;
    bool atEnd = false;
};

struct CsvPreviewModel::BlockResult {
    engine::Table rows;
    CsvProblem error;
    qint64 bytesRead = 0;
    bool atEnd = false;
};

struct CsvPreviewModel::RetypeResult {
    engine::Table sample;
    CsvProblem error;
};

CsvPreviewModel::CsvPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_headBytes(qint64(CsvBlockReader::kDefaultHeadBytes))
    , m_sample(std::make_shared<const engine::Table>())
{}

CsvPreviewModel::~CsvPreviewModel() = default;

void CsvPreviewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void CsvPreviewModel::clear()
{
    setFile({});
}

void CsvPreviewModel::setFile(const QString& path,
                              const QHash<QString, engine::ColumnType>& forcedTypes)
{
    ++m_generation;
    m_forcedTypes = forcedTypes;
    beginResetModel();
    m_file = path;
    m_reader.reset();
    m_columnNames.clear();
    m_inferredTypes.clear();
    m_sample = std::make_shared<const engine::Table>();
    m_blocks.clear();
    m_rowCount = 0;
    m_delimiter = ',';
    m_sampleIsWholeFile = false;
    m_estimatedRows = 0;
    m_complete = false;
    m_bytesRead = 0;
    m_error = {};
    m_typeError = {};
    m_appliedRetypeGeneration = m_retypeGeneration;
    const bool wasFetching = m_fetching;
    m_fetching = false;
    // The state changes inside the reset, so that whatever the reset makes
    // a view or tester ask (canFetchMore...) gets answers about the new file.
    const State before = m_state;
    m_state = path.isEmpty() ? State::Empty : State::Loading;
    if (!path.isEmpty())
        m_reader = std::make_shared<CsvBlockReader>(toPath(path), std::size_t(m_headBytes));
    endResetModel();
    if (wasFetching)
        emit fetchingChanged(false);
    if (m_state != before)
        emit stateChanged(m_state);
    if (path.isEmpty()) {
        emit sampleChanged();
        return;
    }
    const auto forced = toEngineTypes(m_forcedTypes);
    const quint64 generation = m_generation;
    runInBackground<HeadResult>(
        this,
        [reader = m_reader, forced, path] {
            HeadResult result;
            result.error = guarded(path, [&] { result.head = reader->readHead(); });
            if (result.error.isNull() && !forced.empty()) {
                result.typeError =
                    guarded(path, [&] { result.retyped = reader->retypedHead(forced); });
            }
            result.bytesRead = qint64(reader->bytesRead());
            result.atEnd = reader->atEnd();
            return result;
        },
        [this, generation](HeadResult result) {
            if (generation == m_generation)
                applyHead(std::move(result));
        });
}

void CsvPreviewModel::applyHead(HeadResult result)
{
    m_bytesRead = result.bytesRead;
    if (!result.error.isNull()) {
        m_error = result.error;
        m_complete = true;
        setState(State::Failed);
        return;
    }
    CsvHead& head = result.head;
    beginResetModel();
    m_state = State::Ready;
    for (const engine::Column& column : head.typed.columns()) {
        m_columnNames << QString::fromStdString(column.name);
        m_inferredTypes.push_back(column.type);
    }
    m_delimiter = head.delimiter;
    m_sampleIsWholeFile = head.complete;
    m_estimatedRows = qint64(head.estimatedRows);
    m_complete = result.atEnd;
    m_typeError = result.typeError;
    m_sample = std::make_shared<const engine::Table>(result.retyped ? std::move(*result.retyped)
                                                                    : std::move(head.typed));
    const int rows = int(std::min<std::size_t>(head.written.rowCount(), std::size_t(INT_MAX)));
    if (rows > 0) {
        m_blocks.push_back(Block{0, std::move(head.written)});
        m_rowCount = rows;
    }
    endResetModel();
    emit stateChanged(m_state);
    emit sampleChanged();
    if (!m_typeError.isNull())
        emit typeErrorChanged();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columnNames.size());
}

engine::ColumnType CsvPreviewModel::columnType(int column) const
{
    if (column >= 0 && std::size_t(column) < m_sample->columnCount())
        return m_sample->column(std::size_t(column)).type;
    return inferredType(column);
}

engine::ColumnType CsvPreviewModel::inferredType(int column) const
{
    if (column >= 0 && std::size_t(column) < m_inferredTypes.size())
        return m_inferredTypes[std::size_t(column)];
    return engine::ColumnType::Categorical;
}

const CsvPreviewModel::Block* CsvPreviewModel::blockAt(int row, int* rowInBlock) const
{
    auto after = std::upper_bound(m_blocks.begin(), m_blocks.end(), row,
                                  [](int r, const Block& block) { return r < block.firstRow; });
    if (after == m_blocks.begin())
        return nullptr;
    const Block& block = *std::prev(after);
    *rowInBlock = row - block.firstRow;
    return &block;
}

QVariant CsvPreviewModel::rawValue(const engine::Column& written, int rowInBlock, int row,
                                   int column) const
{
    if (written.isMissing(std::size_t(rowInBlock)))
        return {};
    // The head's rows are typed already, exactly as the engine reads them.
    if (std::size_t(row) < m_sample->rowCount() && std::size_t(column) < m_sample->columnCount()) {
        const engine::Column& typed = m_sample->column(std::size_t(column));
        const std::size_t r = std::size_t(row);
        if (typed.isMissing(r))
            return {};
        switch (typed.type) {
        case engine::ColumnType::Numeric: return typed.values[r];
        case engine::ColumnType::Boolean: return typed.values[r] != 0.0;
        case engine::ColumnType::Datetime:
            return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(typed.values[r] * 1000.0)),
                                                  Qt::UTC);
        case engine::ColumnType::Categorical: return QString::fromStdString(typed.text(r));
        }
    }
    // Further down, from the text: close enough to sort by.
    const QString text =
        QString::fromStdString(
            written.categories[std::size_t(written.codes[std::size_t(rowInBlock)])])
            .trimmed();
    switch (columnType(column)) {
    case engine::ColumnType::Numeric: {
        bool ok = false;
        const double value = QLocale::c().toDouble(text, &ok);
        return ok ? QVariant(value) : QVariant(text);
    }
    case engine::ColumnType::Boolean: return text.compare(u"true"_s, Qt::CaseInsensitive) == 0;
    case engine::ColumnType::Datetime: {
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODateWithMs);
        return time.isValid() ? QVariant(time) : QVariant(text);
    }
    case engine::ColumnType::Categorical: return text;
    }
    return text;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    int rowInBlock = 0;
    const Block* block = blockAt(index.row(), &rowInBlock);
    if (!block || std::size_t(index.column()) >= block->written.columnCount())
        return {};
    const engine::Column& written = block->written.column(std::size_t(index.column()));
    const bool missing = written.isMissing(std::size_t(rowInBlock));
    auto text = [&] {
        return missing
                   ? QString()
                   : QString::fromStdString(
                         written.categories[std::size_t(written.codes[std::size_t(rowInBlock)])]);
    };
    switch (role) {
    case Qt::DisplayRole: return text();
    case Qt::ToolTipRole: {
        const QString value = text();
        return value.size() > kLongCell ? QVariant(value) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return columnType(index.column()) == engine::ColumnType::Numeric
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case MissingRole: return missing;
    case RawValueRole: return rawValue(written, rowInBlock, index.row(), index.column());
    default: return {};
    }
}

QString CsvPreviewModel::typeLabel(int column) const
{
    return columnTypeText(columnType(column));
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rowCount)
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(section + 1);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= m_columnNames.size())
        return {};
    const QString& name = m_columnNames[section];
    switch (role) {
    case Qt::DisplayRole: return u"%1\n%2"_s.arg(name, typeLabel(section).toLower());
    case Qt::ToolTipRole:
        if (m_forcedTypes.contains(name))
            return tr("%1: %2, as chosen").arg(name, typeLabel(section).toLower());
        return tr("%1: %2, as the engine reads the first %Ln row(s)", nullptr,
                  int(m_sample->rowCount()))
            .arg(name, typeLabel(section).toLower());
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ColumnNameRole: return name;
    case ColumnTypeRole: return QString::fromStdString(engine::columnTypeName(columnType(section)));
    default: return {};
    }
}

bool CsvPreviewModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::Ready && m_reader && !m_complete &&
           m_error.isNull() && m_rowCount < m_maximumRows;
}

void CsvPreviewModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchingChanged(true);
    const std::size_t rows = std::size_t(std::min(m_blockRows, m_maximumRows - m_rowCount));
    const quint64 generation = m_generation;
    runInBackground<BlockResult>(
        this,
        [reader = m_reader, rows, path = m_file] {
            BlockResult result;
            result.error = guarded(path, [&] { result.rows = reader->readBlock(rows); });
            result.bytesRead = qint64(reader->bytesRead());
            result.atEnd = reader->atEnd();
            return result;
        },
        [this, generation](BlockResult result) {
            if (generation == m_generation)
                applyBlock(std::move(result));
        });
}

void CsvPreviewModel::applyBlock(BlockResult result)
{
    m_bytesRead = result.bytesRead;
    const int rows =
        int(std::min<std::size_t>(result.rows.rowCount(), std::size_t(m_maximumRows - m_rowCount)));
    if (rows > 0) {
        beginInsertRows({}, m_rowCount, m_rowCount + rows - 1);
        m_blocks.push_back(Block{m_rowCount, std::move(result.rows)});
        m_rowCount += rows;
        endInsertRows();
    }
    m_complete = result.atEnd;
    m_fetching = false;
    emit fetchingChanged(false);
    if (!result.error.isNull()) {
        m_error = result.error;
        emit fetchFailed(m_error);
    }
}

void CsvPreviewModel::setForcedTypes(const QHash<QString, engine::ColumnType>& types)
{
    if (types == m_forcedTypes)
        return;
    m_forcedTypes = types;
    if (m_state == State::Ready)
        startRetype();
    // While loading, the head is read with them from the start.
}

void CsvPreviewModel::startRetype()
{
    const quint64 retype = ++m_retypeGeneration;
    const quint64 generation = m_generation;
    runInBackground<RetypeResult>(
        this,
        [reader = m_reader, forced = toEngineTypes(m_forcedTypes), path = m_file] {
            RetypeResult result;
            result.error = guarded(path, [&] { result.sample = reader->retypedHead(forced); });
            return result;
        },
        [this, generation, retype](RetypeResult result) {
            if (generation == m_generation && retype == m_retypeGeneration) {
                m_appliedRetypeGeneration = retype;
                applyRetype(std::move(result));
            }
        });
}

void CsvPreviewModel::applyRetype(RetypeResult result)
{
    const bool hadError = !m_typeError.isNull();
    m_typeError = result.error;
    if (m_typeError.isNull()) {
        std::vector<int> changed;
        for (std::size_t c = 0; c < result.sample.columnCount(); ++c)
            if (c >= m_sample->columnCount() ||
                m_sample->column(c).type != result.sample.column(c).type)
                changed.push_back(int(c));
        m_sample = std::make_shared<const engine::Table>(std::move(result.sample));
        for (int column : changed) {
            emit headerDataChanged(Qt::Horizontal, column, column);
            // Numbers align right and sort as numbers.
            if (m_rowCount > 0)
                emit dataChanged(index(0, column), index(m_rowCount - 1, column),
                                 {Qt::TextAlignmentRole, RawValueRole});
        }
        emit sampleChanged();
    }
    if (hadError || !m_typeError.isNull())
        emit typeErrorChanged();
}

} // namespace winnow::models
