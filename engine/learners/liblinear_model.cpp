#include "engine/learners/liblinear_model.h"

#include "engine/core/errors.h"
#include "engine/learners/learner_support.h"

#include <linear.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace winnow::engine::learners {
namespace {

int solverCode(LiblinearSolver solver)
{
    switch (solver) {
    case LiblinearSolver::L2Logistic: return L2R_LR;
    case LiblinearSolver::L1Logistic: return L1R_LR;
    case LiblinearSolver::L2SquaredHingeDual: return L2R_L2LOSS_SVC_DUAL;
    case LiblinearSolver::L1SquaredHinge: return L1R_L2LOSS_SVC;
    case LiblinearSolver::SvrAbsoluteDual: return L2R_L1LOSS_SVR_DUAL;
    case LiblinearSolver::SvrSquaredDual: return L2R_L2LOSS_SVR_DUAL;
    }
    return L2R_LR;
}

bool isRegressionSolver(LiblinearSolver solver)
{
    return solver == LiblinearSolver::SvrAbsoluteDual || solver == LiblinearSolver::SvrSquaredDual;
}

void discardOutput(const char*) {}

// liblinear keeps its print function and the rand() its dual solvers draw
// from in global state, so training is serialised.
std::mutex& liblinearMutex()
{
    static std::mutex mutex;
    return mutex;
}

// x's rows in liblinear's sparse form: (1-based index, value) pairs ending
// with the bias feature and a terminator of index -1.
class SparseRows {
public:
    explicit SparseRows(const Matrix& x)
    {
        const Index rows = x.rows(), cols = x.cols();
        std::vector<std::size_t> starts;
        starts.reserve(static_cast<std::size_t>(rows));
        m_nodes.reserve(static_cast<std::size_t>(rows * (cols + 2)));
        for (Index i = 0; i < rows; ++i) {
            starts.push_back(m_nodes.size());
            for (Index j = 0; j < cols; ++j)
                if (x(i, j) != 0.0)
                    m_nodes.push_back({static_cast<int>(j + 1), x(i, j)});
            m_nodes.push_back({static_cast<int>(cols + 1), 1.0});
            m_nodes.push_back({-1, 0.0});
        }
        for (std::size_t start : starts)
            m_rows.push_back(&m_nodes[start]);
    }
    feature_node** rows() { return m_rows.data(); }

private:
    std::vector<feature_node> m_nodes;
    std::vector<feature_node*> m_rows;
};

struct ModelDeleter {
    void operator()(model* m) const { free_and_destroy_model(&m); }
};

} // namespace

LinearFunctions trainLiblinear(const Matrix& x, const std::vector<double>& y,
                               const LiblinearSettings& settings, std::uint64_t seed)
{
    requireFinite(x, "liblinear");
    SparseRows rows(x);
    std::vector<double> targets = y;
    problem prob{};
    prob.l = static_cast<int>(x.rows());
    prob.n = static_cast<int>(x.cols() + 1);
    prob.y = targets.data();
    prob.x = rows.rows();
    prob.bias = 1.0;

    parameter param{};
    param.solver_type = solverCode(settings.solver);
    param.eps = settings.tolerance;
    param.C = settings.c;
    param.p = settings.svrEpsilon;

    std::unique_ptr<model, ModelDeleter> trained;
    {
        std::lock_guard lock(liblinearMutex());
        set_print_string_function(discardOutput);
        if (const char* problemText = check_parameter(&prob, &param))
            libraryFailure("liblinear", problemText);
        std::srand(static_cast<unsigned>(seed));
        trained.reset(train(&prob, &param));
    }
    if (!trained)
        libraryFailure("liblinear", "training returned no model");

    // For a classifier, label_idx selects the class whose decision is
    // positive; liblinear orders labels by first appearance.
    int labelIndex = 0;
    if (!isRegressionSolver(settings.solver) && trained->nr_class == 2 && trained->label[0] != 1)
        labelIndex = 1;
    LinearFunctions result;
    result.weights.resize(1, x.cols());
    for (Index j = 0; j < x.cols(); ++j)
        result.weights(0, j) = get_decfun_coef(trained.get(), static_cast<int>(j + 1), labelIndex);
    result.bias.resize(1);
    result.bias[0] = get_decfun_bias(trained.get(), labelIndex);
    return result;
}

void LiblinearClassifier::fit(const Matrix& x, const std::vector<int>& classes, int classCount,
                              const LiblinearSettings& settings, const RunContext& context)
{
    std::vector<bool> seen(static_cast<std::size_t>(classCount), false);
    for (int c : classes)
        seen[static_cast<std::size_t>(c)] = true;
    std::vector<int> present;
    for (int c = 0; c < classCount; ++c)
        if (seen[static_cast<std::size_t>(c)])
            present.push_back(c);

    // The positive class of each problem.
    std::vector<int> positives;
    if (present.size() == 2)
        positives = {present[1]};
    else if (present.size() > 2)
        positives = present;

    LinearFunctions functions;
    functions.weights.resize(static_cast<Index>(positives.size()), x.cols());
    functions.bias.resize(static_cast<Index>(positives.size()));
    std::vector<double> y(classes.size());
    for (std::size_t p = 0; p < positives.size(); ++p) {
        context.checkpoint();
        for (std::size_t i = 0; i < classes.size(); ++i)
            y[i] = classes[i] == positives[p] ? 1.0 : -1.0;
        auto problem = trainLiblinear(x, y, settings, context.seed + p);
        functions.weights.row(static_cast<Index>(p)) = problem.weights.row(0);
        functions.bias[static_cast<Index>(p)] = problem.bias[0];
    }
    context.checkpoint();
    m_present = std::move(present);
    m_functions = std::move(functions);
    m_featureCount = x.cols();
}

Matrix LiblinearClassifier::decisionValues(const Matrix& x) const
{
    Matrix values = x * m_functions.weights.transpose();
    values.rowwise() += m_functions.bias.transpose();
    return values;
}

void LiblinearClassifier::save(SavedState& state) const
{
    state.values["presentClasses"] = m_present;
    state.values["featureCount"] = m_featureCount;
    state.values["problems"] = m_functions.weights.rows();
    state.arrays["weights"] = toArray(m_functions.weights);
    state.arrays["bias"] = toArray(m_functions.bias);
}

void LiblinearClassifier::load(const SavedState& state, int classCount)
{
    m_featureCount = savedInt(state, "featureCount", 0, 1 << 30);
    const int problems = savedInt(state, "problems", 0, classCount);
    const auto& present = state.value("presentClasses");
    m_present.clear();
    if (!present.is_array() || present.empty())
        throw InputError("model file: 'presentClasses' must be a non-empty list");
    for (const auto& c : present) {
        if (!c.is_number_integer() || c.get<int>() < 0 || c.get<int>() >= classCount)
            throw InputError("model file: 'presentClasses' holds " + c.dump());
        m_present.push_back(c.get<int>());
    }
    const std::size_t expected = m_present.size() == 1   ? 0
                                 : m_present.size() == 2 ? 1
                                                         : m_present.size();
    if (static_cast<std::size_t>(problems) != expected)
        throw InputError("model file: the linear model's problem count does not fit its classes");
    m_functions.weights =
        matrixFromArray(state.array("weights"), problems, m_featureCount, "weights");
    m_functions.bias = vectorFromArray(state.array("bias"), problems, "bias");
}

} // namespace winnow::engine::learners
