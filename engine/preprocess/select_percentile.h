#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Keeps the given percentile of columns with the highest scores, as
// scikit-learn's SelectPercentile: scored by the ANOVA F statistic
// (f_classif) for classification and by the F statistic of a univariate
// regression (f_regression) for regression, see feature_scores.h.
//
// Selection follows scikit-learn exactly: NaN scores count as the lowest;
// columns scoring above the (100 - percentile)th percentile of the scores
// are kept, and columns tied at that percentile are added in column order
// while fewer than floor(columns * percentile / 100) are kept. Where
// scikit-learn would keep nothing (every score tied), the first column
// with the highest score is kept, so the step never returns an empty
// matrix.
class SelectPercentile : public Transformer {
public:
    static constexpr const char* kName = "selectpercentile";
    // percentile: integer in [1, 99], default 10.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    explicit SelectPercentile(int percentile);

    std::string name() const override { return kName; }
    nlohmann::json params() const override { return {{"percentile", m_percentile}}; }
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

    // After fit: the input columns kept, ascending, and every column's score.
    const std::vector<Index>& kept() const { return m_kept; }
    const Vector& scores() const { return m_scores; }

    // The mask scikit-learn's SelectPercentile computes from scores.
    static std::vector<Index> selectByPercentile(const Vector& scores, double percentile);

private:
    int m_percentile;
    Index m_width = -1; // -1 until fitted
    Vector m_scores;
    std::vector<Index> m_kept;
};

} // namespace winnow::engine
