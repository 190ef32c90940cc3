#include "engine/learners/learner_support.h"

#include "engine/core/errors.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace winnow::engine::learners {

void requireColumns(const Matrix& x, Index expected, const std::string& learner)
{
    if (x.cols() != expected)
        throw InputError(learner + ": expected " + std::to_string(expected) +
                         " feature columns, got " + std::to_string(x.cols()));
}

void requireFinite(const Matrix& x, const std::string& learner)
{
    if (!x.allFinite())
        throw InputError(learner +
                         ": the features hold missing or infinite values; impute them first");
}

void requireTrainingShape(const Matrix& x, const Vector& y, const std::string& learner)
{
    if (x.rows() == 0)
        throw InputError(learner + ": no training rows");
    if (x.rows() != y.size())
        throw InputError(learner + ": " + std::to_string(x.rows()) + " rows of features but " +
                         std::to_string(y.size()) + " target values");
    if (!y.allFinite())
        throw InputError(learner + ": the target holds missing or infinite values");
}

std::vector<int> classIndices(const Vector& y, int classCount, const std::string& learner)
{
    std::vector<int> classes(static_cast<std::size_t>(y.size()));
    for (Index i = 0; i < y.size(); ++i) {
        double value = y[i];
        if (!(value >= 0.0 && value < classCount) || value != std::floor(value))
            throw InputError(learner + ": target value " + std::to_string(value) +
                             " is not a class index in [0, " + std::to_string(classCount) + ")");
        classes[static_cast<std::size_t>(i)] = static_cast<int>(value);
    }
    return classes;
}

void requireFitted(bool fitted, const std::string& learner)
{
    if (!fitted)
        throw std::logic_error(learner + ": predict called before fit");
}

Vector argmaxRows(const Matrix& scores)
{
    Vector best(scores.rows());
    for (Index i = 0; i < scores.rows(); ++i) {
        Index arg = 0;
        for (Index j = 1; j < scores.cols(); ++j)
            if (scores(i, j) > scores(i, arg))
                arg = j;
        best[i] = static_cast<double>(arg);
    }
    return best;
}

Matrix softmaxRows(const Matrix& scores)
{
    Matrix result(scores.rows(), scores.cols());
    for (Index i = 0; i < scores.rows(); ++i) {
        double top = scores.row(i).maxCoeff();
        double total = 0.0;
        for (Index j = 0; j < scores.cols(); ++j) {
            // exp(-inf) is 0: a class the model never saw gets no mass.
            result(i, j) = std::exp(scores(i, j) - top);
            total += result(i, j);
        }
        result.row(i) /= total;
    }
    return result;
}

std::vector<double> toArray(const Matrix& m)
{
    return std::vector<double>(m.data(), m.data() + m.size());
}

std::vector<double> toArray(const Vector& v)
{
    return std::vector<double>(v.data(), v.data() + v.size());
}

Matrix matrixFromArray(const std::vector<double>& values, Index rows, Index cols,
                       const std::string& what)
{
    if (rows < 0 || cols < 0 || static_cast<std::size_t>(rows * cols) != values.size())
        throw InputError("model file: '" + what + "' has " + std::to_string(values.size()) +
                         " values, expected " + std::to_string(rows) + " x " +
                         std::to_string(cols));
    return Eigen::Map<const Matrix>(values.data(), rows, cols);
}

Vector vectorFromArray(const std::vector<double>& values, Index size, const std::string& what)
{
    return matrixFromArray(values, size, 1, what);
}

int savedInt(const SavedState& state, const std::string& key, int low, int high)
{
    const auto& value = state.value(key);
    if (!value.is_number_integer() || value.get<long long>() < low || value.get<long long>() > high)
        throw InputError("model file: value '" + key + "' is " + value.dump() +
                         ", expected an integer in [" + std::to_string(low) + ", " +
                         std::to_string(high) + "]");
    return value.get<int>();
}

void parallelFor(int threads, Index count, const std::function<void(Index, Index)>& work)
{
    if (count <= 0)
        return;
    Index chunks = std::clamp<Index>(threads, 1, count);
    if (chunks == 1) {
        work(0, count);
        return;
    }
    std::exception_ptr failure;
    std::mutex failureMutex;
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(chunks));
    for (Index c = 0; c < chunks; ++c) {
        Index begin = count * c / chunks;
        Index end = count * (c + 1) / chunks;
        pool.emplace_back([&, begin, end] {
            try {
                work(begin, end);
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
            }
        });
    }
    for (auto& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
}

void libraryFailure(const std::string& library, const std::string& message)
{
    throw EngineError(ExitCode::InternalError, library + " failed: " + message);
}

} // namespace winnow::engine::learners
