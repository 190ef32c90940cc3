#include "engine/preprocess/pca.h"

#include "engine/core/errors.h"
#include "engine/preprocess/step_support.h"

#include <Eigen/QR>
#include <Eigen/SVD>

#include <algorithm>

namespace winnow::engine {

using namespace preprocess;

namespace {

bool isCount(const nlohmann::json& value)
{
    return value.is_number_integer() && value.get<long long>() >= 1;
}

bool isFraction(const nlohmann::json& value)
{
    return value.is_number() && value.get<double>() > 0.0 && value.get<double>() < 1.0;
}

// The right singular vectors and singular values of a centred matrix.
// A tall matrix is first reduced to its triangular QR factor, which has
// the same singular values and right vectors at a fraction of the cost.
Eigen::BDCSVD<Matrix> rightSingularVectors(const Matrix& centred)
{
    if (centred.rows() > centred.cols()) {
        Eigen::HouseholderQR<Matrix> qr(centred);
        const Index n = centred.cols();
        Matrix r = qr.matrixQR().topRows(n).triangularView<Eigen::Upper>();
        return Eigen::BDCSVD<Matrix>(r, Eigen::ComputeThinV);
    }
    return Eigen::BDCSVD<Matrix>(centred, Eigen::ComputeThinV);
}

} // namespace

HyperSpace Pca::space()
{
    return {HyperParameter::choice("nComponents", {0.5, 0.75, 0.9, 0.95, 0.99}, 0.95),
            HyperParameter::choice("whiten", {false, true}, false)};
}

std::unique_ptr<Transformer> Pca::make(const nlohmann::json& params)
{
    // nComponents also takes any count or fraction, beyond the values the
    // search draws, so it is checked here rather than by the space.
    nlohmann::json rest = params.is_null() ? nlohmann::json::object() : params;
    nlohmann::json components = space()[0].defaultValue;
    if (rest.is_object() && rest.contains("nComponents")) {
        components = rest["nComponents"];
        rest.erase("nComponents");
        if (!isCount(components) && !isFraction(components))
            throw InputError("parameter 'nComponents' of 'pca' cannot be " + components.dump() +
                             ": it is a count of at least 1 or a fraction between 0 and 1");
    }
    auto resolved = resolveParams(kName, space(), rest);
    return std::make_unique<Pca>(components, resolved["whiten"].get<bool>());
}

Pca::Pca(nlohmann::json components, bool whiten)
    : m_requested(std::move(components))
    , m_whiten(whiten)
{}

nlohmann::json Pca::params() const
{
    return {{"nComponents", m_requested}, {"whiten", m_whiten}};
}

void Pca::fit(const Matrix& x, const Vector&, Task, const RunContext& context)
{
    requireFinite(x, kName);
    if (x.rows() < 2)
        throw InputError("pca needs at least 2 rows to fit, given " + std::to_string(x.rows()));
    m_means = columnMeans(x);
    const Matrix centred = x.rowwise() - m_means.transpose();
    context.checkpoint();
    auto svd = rightSingularVectors(centred);
    context.checkpoint();

    const Vector& singular = svd.singularValues();
    const Vector variance = singular.array().square() / static_cast<double>(x.rows() - 1);
    const double total = variance.sum();
    const Vector ratio = total > 0.0 ? Vector(variance / total) : Vector::Zero(variance.size());

    const Index available = variance.size();
    Index kept = 0;
    if (isCount(m_requested)) {
        kept = std::min<Index>(m_requested.get<long long>(), available);
    } else if (total == 0.0) {
        kept = std::min<Index>(1, available); // no variance to explain: one component
    } else {
        double wanted = m_requested.get<double>();
        double cumulative = 0.0;
        while (kept < available) {
            cumulative += ratio[kept++];
            if (cumulative > wanted)
                break;
        }
    }

    m_components = svd.matrixV().leftCols(kept).transpose();
    for (Index k = 0; k < kept; ++k) {
        Index largest = 0;
        m_components.row(k).cwiseAbs().maxCoeff(&largest);
        if (m_components(k, largest) < 0.0)
            m_components.row(k) *= -1.0;
    }
    m_explainedVariance = variance.head(kept);
    m_explainedVarianceRatio = ratio.head(kept);
    m_fitted = true;
}

Matrix Pca::transform(const Matrix& x) const
{
    requireFitted(m_fitted, kName);
    requireWidth(x, m_means.size(), kName);
    Matrix out = (x.rowwise() - m_means.transpose()) * m_components.transpose();
    if (m_whiten) {
        Vector deviations = m_explainedVariance.cwiseSqrt();
        replaceTinyScales(deviations);
        out.array().rowwise() /= deviations.transpose().array();
    }
    return out;
}

std::vector<std::string> Pca::outputNames(const std::vector<std::string>&) const
{
    std::vector<std::string> names;
    for (Index k = 0; k < m_components.rows(); ++k)
        names.push_back("pca" + std::to_string(k));
    return names;
}

SavedState Pca::save() const
{
    SavedState state;
    state.values["params"] = params();
    state.values["fitted"] = m_fitted;
    if (m_fitted) {
        state.values["componentCount"] = m_components.rows();
        state.arrays["means"] = toArray(m_means);
        // Row-major: one component after another.
        Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = m_components;
        state.arrays["components"].assign(rows.data(), rows.data() + rows.size());
        state.arrays["explainedVariance"] = toArray(m_explainedVariance);
        state.arrays["explainedVarianceRatio"] = toArray(m_explainedVarianceRatio);
    }
    return state;
}

std::unique_ptr<Transformer> Pca::load(const SavedState& state)
{
    auto step = make(state.value("params"));
    auto& pca = static_cast<Pca&>(*step);
    if (state.value("fitted").get<bool>()) {
        const Index kept = state.value("componentCount").get<Index>();
        pca.m_means = toVector(state.array("means"));
        const Index width = pca.m_means.size();
        Vector flat = savedVector(state, "components", kept * width, kName);
        pca.m_components = Eigen::Map<
            const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            flat.data(), kept, width);
        pca.m_explainedVariance = savedVector(state, "explainedVariance", kept, kName);
        pca.m_explainedVarianceRatio = savedVector(state, "explainedVarianceRatio", kept, kName);
        pca.m_fitted = true;
    }
    return step;
}

} // namespace winnow::engine
