#include "learner_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>

namespace winnow::test {

using engine::Index;
using engine::Matrix;
using engine::Vector;

namespace {

double onGrid(double value)
{
    return std::round(value * 65536.0) / 65536.0;
}

void writeCsv(const QString& path, const Dataset& data)
{
    std::ofstream out(path.toStdString());
    char buffer[64];
    for (Index i = 0; i < data.x.rows(); ++i) {
        std::snprintf(buffer, sizeof buffer, "%.17g", data.y[i]);
        out << buffer;
        for (Index j = 0; j < data.x.cols(); ++j) {
            std::snprintf(buffer, sizeof buffer, ",%.17g", data.x(i, j));
            out << buffer;
        }
        out << '\n';
    }
}

} // namespace

Matrix gridFeatures(Index rows, Index cols, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    Matrix x(rows, cols);
    for (Index i = 0; i < rows; ++i)
        for (Index j = 0; j < cols; ++j)
            x(i, j) = onGrid(normal(random));
    return x;
}

Dataset classificationData(Index rows, Index cols, int classes, std::uint64_t seed)
{
    Dataset data{gridFeatures(rows, cols, seed), Vector(rows)};
    std::mt19937_64 random(seed + 1);
    std::normal_distribution<double> normal;
    Matrix weights(cols, classes);
    for (Index j = 0; j < cols; ++j)
        for (int c = 0; c < classes; ++c)
            weights(j, c) = normal(random);
    Matrix scores = data.x * weights;
    for (Index i = 0; i < rows; ++i) {
        Index best = 0;
        for (int c = 0; c < classes; ++c) {
            scores(i, c) += 0.5 * normal(random) + 0.3 * std::sin(3.0 * data.x(i, 0));
            if (scores(i, c) > scores(i, best))
                best = c;
        }
        data.y[i] = double(best);
    }
    return data;
}

Dataset regressionData(Index rows, Index cols, std::uint64_t seed)
{
    Dataset data{gridFeatures(rows, cols, seed), Vector(rows)};
    std::mt19937_64 random(seed + 1);
    std::normal_distribution<double> normal;
    Vector weights(cols);
    for (Index j = 0; j < cols; ++j)
        weights[j] = normal(random);
    for (Index i = 0; i < rows; ++i)
        data.y[i] = data.x.row(i).dot(weights) + 0.5 * data.x(i, 0) * data.x(i, 0) +
                    0.3 * normal(random) + 2.0;
    return data;
}

Dataset slice(const Dataset& data, Index begin, Index end)
{
    return {data.x.middleRows(begin, end - begin), data.y.segment(begin, end - begin)};
}

ReferenceResult runReference(const QTemporaryDir& dir, nlohmann::json request, const Dataset& train,
                             const Dataset& test)
{
    ReferenceResult result;
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python)) {
        result.error = QStringLiteral("/usr/bin/python3 is missing (install python3 and "
                                      "python3-sklearn): the reference results cannot be made");
        return result;
    }
    const QString trainPath = dir.filePath(QStringLiteral("train.csv"));
    const QString testPath = dir.filePath(QStringLiteral("test.csv"));
    const QString requestPath = dir.filePath(QStringLiteral("request.json"));
    const QString resultPath = dir.filePath(QStringLiteral("result.json"));
    writeCsv(trainPath, train);
    writeCsv(testPath, test);
    request["train"] = trainPath.toStdString();
    request["test"] = testPath.toStdString();
    {
        std::ofstream out(requestPath.toStdString());
        out << request.dump();
    }
    QFile::remove(resultPath);

    const QString script =
        QStringLiteral(WINNOW_SOURCE_DIR "/tests/engine/learners/reference_models.py");
    QProcess process;
    process.start(python, {script, requestPath, resultPath});
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        result.error = QStringLiteral("reference_models.py failed (exit %1): %2")
                           .arg(process.exitCode())
                           .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return result;
    }
    std::ifstream in(resultPath.toStdString());
    try {
        result.json = nlohmann::json::parse(in);
    } catch (const std::exception& error) {
        result.error = QStringLiteral("unreadable reference result: %1")
                           .arg(QString::fromStdString(error.what()));
    }
    return result;
}

double relativeDifference(const Matrix& a, const Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return INFINITY;
    double worst = 0.0;
    for (Index i = 0; i < a.rows(); ++i)
        for (Index j = 0; j < a.cols(); ++j)
            worst = std::max(worst, std::abs(a(i, j) - b(i, j)) / std::max(1.0, std::abs(b(i, j))));
    return worst;
}

Matrix jsonMatrix(const nlohmann::json& rows)
{
    Matrix m(static_cast<Index>(rows.size()),
             rows.empty() ? 0 : static_cast<Index>(rows[0].size()));
    for (Index i = 0; i < m.rows(); ++i)
        for (Index j = 0; j < m.cols(); ++j)
            m(i, j) = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)].get<double>();
    return m;
}

Vector jsonVector(const nlohmann::json& values)
{
    Vector v(static_cast<Index>(values.size()));
    for (Index i = 0; i < v.size(); ++i)
        v[i] = values[static_cast<std::size_t>(i)].get<double>();
    return v;
}

} // namespace winnow::test
