#include "reference_python.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <fstream>

using winnow::engine::Index;
using winnow::engine::Matrix;
using winnow::engine::Vector;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

nlohmann::json number(double value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return value;
}

double numberFrom(const nlohmann::json& value)
{
    if (value.is_string()) {
        const auto text = value.get<std::string>();
        if (text == "inf")
            return INFINITY;
        if (text == "-inf")
            return -INFINITY;
        return NAN;
    }
    return value.get<double>();
}

} // namespace

bool runReference(const QString& script, const nlohmann::json& input, nlohmann::json& output,
                  QString& error)
{
    if (!QFileInfo(kPython).isExecutable()) {
        error = QStringLiteral("%1 is missing: install Debian's python3 with python3-numpy, "
                               "python3-pandas and python3-sklearn")
                    .arg(kPython);
        return false;
    }
    const QString path = QStringLiteral(WINNOW_SOURCE_DIR "/tests/engine/preprocess/") + script;
    if (!QFileInfo::exists(path)) {
        error = QStringLiteral("the reference script %1 is missing").arg(path);
        return false;
    }
    QTemporaryDir dir;
    const QString inputPath = dir.filePath(QStringLiteral("input.json"));
    const QString outputPath = dir.filePath(QStringLiteral("output.json"));
    {
        std::ofstream file(inputPath.toStdString());
        file << input.dump();
    }
    QProcess python;
    python.start(kPython, {path, inputPath, outputPath});
    if (!python.waitForFinished(240000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        const QString messages = QString::fromLocal8Bit(python.readAllStandardError());
        error = messages.contains(QStringLiteral("ModuleNotFoundError"))
                    ? QStringLiteral("%1 lacks a library the reference needs (python3-numpy, "
                                     "python3-pandas, python3-sklearn):\n%2")
                          .arg(kPython, messages)
                    : QStringLiteral("%1 %2 failed:\n%3").arg(kPython, script, messages);
        return false;
    }
    QFile file(outputPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1 wrote no answer").arg(script);
        return false;
    }
    output = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (output.is_discarded()) {
        error = QStringLiteral("%1 wrote an answer that is not JSON").arg(script);
        return false;
    }
    return true;
}

nlohmann::json toJsonRows(const Matrix& matrix)
{
    nlohmann::json rows = nlohmann::json::array();
    for (Index i = 0; i < matrix.rows(); ++i) {
        nlohmann::json row = nlohmann::json::array();
        for (Index j = 0; j < matrix.cols(); ++j)
            row.push_back(number(matrix(i, j)));
        rows.push_back(std::move(row));
    }
    return rows;
}

nlohmann::json toJsonList(const Vector& vector)
{
    nlohmann::json list = nlohmann::json::array();
    for (Index i = 0; i < vector.size(); ++i)
        list.push_back(number(vector[i]));
    return list;
}

Matrix matrixFromJson(const nlohmann::json& rows)
{
    const auto rowCount = static_cast<Index>(rows.size());
    const auto columnCount = rowCount > 0 ? static_cast<Index>(rows[0].size()) : 0;
    Matrix matrix(rowCount, columnCount);
    for (Index i = 0; i < rowCount; ++i)
        for (Index j = 0; j < columnCount; ++j)
            matrix(i, j) =
                numberFrom(rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]);
    return matrix;
}

Vector vectorFromJson(const nlohmann::json& list)
{
    Vector vector(static_cast<Index>(list.size()));
    for (Index i = 0; i < vector.size(); ++i)
        vector[i] = numberFrom(list[static_cast<std::size_t>(i)]);
    return vector;
}

bool matricesClose(const Matrix& actual, const Matrix& expected, double relative, QString& where,
                   double absolute)
{
    if (actual.rows() != expected.rows() || actual.cols() != expected.cols()) {
        where = QStringLiteral("shape %1x%2, expected %3x%4")
                    .arg(actual.rows())
                    .arg(actual.cols())
                    .arg(expected.rows())
                    .arg(expected.cols());
        return false;
    }
    for (Index j = 0; j < expected.cols(); ++j) {
        double columnScale = 0.0;
        for (Index i = 0; i < expected.rows(); ++i)
            if (std::isfinite(expected(i, j)))
                columnScale = std::max(columnScale, std::abs(expected(i, j)));
        for (Index i = 0; i < expected.rows(); ++i) {
            const double a = actual(i, j);
            const double e = expected(i, j);
            bool same =
                std::isfinite(e)
                    ? std::isfinite(a) &&
                          std::abs(a - e) <= relative * std::abs(e) +
                                                 std::max(absolute, 1e-3 * relative * columnScale)
                    : (std::isnan(e) ? std::isnan(a) : a == e);
            if (!same) {
                where = QStringLiteral("row %1, column %2: %3, expected %4")
                            .arg(i)
                            .arg(j)
                            .arg(a, 0, 'g', 17)
                            .arg(e, 0, 'g', 17);
                return false;
            }
        }
    }
    return true;
}
