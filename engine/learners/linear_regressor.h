#pragma once

#include "engine/learners/learner.h"

namespace winnow::engine::learners {

// A regressor of the form x . coefficients + intercept, fitted by a
// subclass's solve(); prediction and saving are shared.
class LinearRegressor : public Learner {
public:
    LinearRegressor(std::string name, nlohmann::json params);
    LinearRegressor(std::string name, const SavedState& state);

    std::string name() const override { return m_name; }
    nlohmann::json params() const override { return m_params; }
    void fit(const Matrix& x, const Vector& y, const RunContext& context) override;
    Matrix predictProba(const Matrix& x) const override;
    Vector predict(const Matrix& x) const override;
    SavedState save() const override;

    const Vector& coefficients() const { return m_coefficients; }
    double intercept() const { return m_intercept; }

protected:
    // Coefficients for centred data: xc and yc have mean zero.
    virtual Vector solve(const Matrix& xc, const Vector& yc, const RunContext& context) const = 0;

private:
    std::string m_name;
    nlohmann::json m_params;
    bool m_fitted = false;
    Vector m_coefficients;
    double m_intercept = 0.0;
};

} // namespace winnow::engine::learners
