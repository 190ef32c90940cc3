#pragma once

// A thin, exception-safe face over XGBoost's C API: every handle is freed by
// a destructor and every failing call becomes an exception that carries
// XGBGetLastError(). The C API's handles are plain pointers, so this header
// does not need XGBoost's.

#include "engine/core/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace winnow::engine::learners {

// A DMatrix holding a copy of the features (as float, the precision XGBoost
// trains in), NaN marking missing values.
class XgbMatrix {
public:
    explicit XgbMatrix(const Matrix& x);
    XgbMatrix(const Matrix& x, const Vector& labels);
    ~XgbMatrix();
    XgbMatrix(const XgbMatrix&) = delete;
    XgbMatrix& operator=(const XgbMatrix&) = delete;

    void* handle() const { return m_handle; }

private:
    void* m_handle = nullptr;
};

class XgbBooster {
public:
    // A booster that will train on `train`.
    explicit XgbBooster(const XgbMatrix& train);
    // A booster read back from saveUbj()'s bytes.
    explicit XgbBooster(const std::vector<std::uint8_t>& ubj);
    ~XgbBooster();
    XgbBooster(const XgbBooster&) = delete;
    XgbBooster& operator=(const XgbBooster&) = delete;

    void setParam(const std::string& name, const std::string& value);
    void updateOneIter(int iteration, const XgbMatrix& train);
    // The model's output, row-major: one value per row, or one per row and
    // class for multi:softprob.
    std::vector<float> predict(const XgbMatrix& data) const;
    std::vector<std::uint8_t> saveUbj() const;
    // Gain importance ("gain": mean gain of the splits on a feature) for
    // features 0..featureCount-1; zero for features never split on.
    std::vector<double> gainImportance(Index featureCount) const;

private:
    void* m_handle = nullptr;
};

} // namespace winnow::engine::learners
