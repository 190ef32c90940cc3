#include "engine/learners/xgboost_booster.h"

#include "engine/learners/learner_support.h"

#include <xgboost/c_api.h>

#include <charconv>
#include <cstring>
#include <limits>

namespace winnow::engine::learners {
namespace {

void check(int status, const char* call)
{
    if (status != 0)
        libraryFailure("XGBoost", std::string(call) + ": " + XGBGetLastError());
}

// XGBoost reads dense data row-major, in float.
std::vector<float> rowMajorFloats(const Matrix& x)
{
    std::vector<float> values(static_cast<std::size_t>(x.size()));
    const Index cols = x.cols();
    for (Index j = 0; j < cols; ++j)
        for (Index i = 0; i < x.rows(); ++i)
            values[static_cast<std::size_t>(i * cols + j)] = static_cast<float>(x(i, j));
    return values;
}

} // namespace

XgbMatrix::XgbMatrix(const Matrix& x)
{
    auto values = rowMajorFloats(x);
    check(XGDMatrixCreateFromMat(values.data(), static_cast<bst_ulong>(x.rows()),
                                 static_cast<bst_ulong>(x.cols()),
                                 std::numeric_limits<float>::quiet_NaN(), &m_handle),
          "XGDMatrixCreateFromMat");
}

XgbMatrix::XgbMatrix(const Matrix& x, const Vector& labels) : XgbMatrix(x)
{
    std::vector<float> values(labels.data(), labels.data() + labels.size());
    check(XGDMatrixSetFloatInfo(m_handle, "label", values.data(),
                                static_cast<bst_ulong>(values.size())),
          "XGDMatrixSetFloatInfo");
}

XgbMatrix::~XgbMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
}

XgbBooster::XgbBooster(const XgbMatrix& train)
{
    DMatrixHandle matrices[] = {train.handle()};
    check(XGBoosterCreate(matrices, 1, &m_handle), "XGBoosterCreate");
}

XgbBooster::XgbBooster(const std::vector<std::uint8_t>& ubj)
{
    check(XGBoosterCreate(nullptr, 0, &m_handle), "XGBoosterCreate");
    int status = XGBoosterLoadModelFromBuffer(m_handle, ubj.data(), ubj.size());
    if (status != 0) {
        XGBoosterFree(m_handle);
        m_handle = nullptr;
        check(status, "XGBoosterLoadModelFromBuffer");
    }
}

XgbBooster::~XgbBooster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

void XgbBooster::setParam(const std::string& name, const std::string& value)
{
    check(XGBoosterSetParam(m_handle, name.c_str(), value.c_str()), "XGBoosterSetParam");
}

void XgbBooster::updateOneIter(int iteration, const XgbMatrix& train)
{
    check(XGBoosterUpdateOneIter(m_handle, iteration, train.handle()), "XGBoosterUpdateOneIter");
}

std::vector<float> XgbBooster::predict(const XgbMatrix& data) const
{
    const char* config = R"({"type": 0, "training": false, "iteration_begin": 0,)"
                         R"( "iteration_end": 0, "strict_shape": false})";
    const bst_ulong* shape = nullptr;
    bst_ulong dimensions = 0;
    const float* result = nullptr;
    check(
        XGBoosterPredictFromDMatrix(m_handle, data.handle(), config, &shape, &dimensions, &result),
        "XGBoosterPredictFromDMatrix");
    bst_ulong count = 1;
    for (bst_ulong d = 0; d < dimensions; ++d)
        count *= shape[d];
    return std::vector<float>(result, result + count);
}

std::vector<std::uint8_t> XgbBooster::saveUbj() const
{
    bst_ulong length = 0;
    const char* bytes = nullptr;
    check(XGBoosterSaveModelToBuffer(m_handle, R"({"format": "ubj"})", &length, &bytes),
          "XGBoosterSaveModelToBuffer");
    return std::vector<std::uint8_t>(bytes, bytes + length);
}

std::vector<double> XgbBooster::gainImportance(Index featureCount) const
{
    bst_ulong nameCount = 0;
    const char** names = nullptr;
    bst_ulong dimensions = 0;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    check(XGBoosterFeatureScore(m_handle, R"({"importance_type": "gain"})", &nameCount, &names,
                                &dimensions, &shape, &scores),
          "XGBoosterFeatureScore");
    std::vector<double> importance(static_cast<std::size_t>(featureCount), 0.0);
    // Without feature names XGBoost calls column j "fj" and lists only the
    // columns some split uses.
    for (bst_ulong i = 0; i < nameCount; ++i) {
        const char* name = names[i];
        std::size_t length = std::strlen(name);
        Index column = -1;
        if (length > 1 && name[0] == 'f')
            std::from_chars(name + 1, name + length, column);
        if (column < 0 || column >= featureCount)
            libraryFailure("XGBoost", std::string("unexpected feature name '") + name + "'");
        importance[static_cast<std::size_t>(column)] = scores[i];
    }
    return importance;
}

} // namespace winnow::engine::learners
