#include "engine/pipeline/trainer.h"

#include "engine/artifacts/pipeline_page.h"
#include "engine/data/csv_reader.h"
#include "engine/metrics/evaluation.h"
#include "engine/pipeline/cross_validation.h"
#include "engine/pipeline/data_profile.h"
#include "engine/pipeline/feature_ranking.h"
#include "engine/pipeline/model.h"
#include "engine/pipeline/model_file.h"
#include "engine/pipeline/permutation_importance.h"
#include "engine/pipeline/prepared_data.h"
#include "engine/pipeline/sampling.h"
#include "engine/pipeline/search.h"
#include "winnow/version.h"

#include <chrono>
#include <sstream>
#include <thread>

namespace winnow::engine {
namespace {

using Clock = RunContext::Clock;

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

Vector pickValues(const Vector& values, const RowList& rows)
{
    Vector out(static_cast<Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[static_cast<Index>(i)] = values[static_cast<Index>(rows[i])];
    return out;
}

Evaluation evaluateModel(const Model& model, const Table& features, const Vector& target,
                         std::uint64_t seed)
{
    if (isClassification(model.info().task)) {
        std::vector<int> truth(static_cast<std::size_t>(target.size()));
        for (Index i = 0; i < target.size(); ++i)
            truth[static_cast<std::size_t>(i)] = static_cast<int>(target[i]);
        return evaluateClassification(truth, model.predictProba(features), model.info().labels);
    }
    Vector predicted = model.predict(features);
    return evaluateRegression(std::span<const double>(target.data(), target.size()),
                              std::span<const double>(predicted.data(), predicted.size()), seed);
}

// The rows of one split as the user knows them: id, features, target.
std::string splitCsv(const PreparedData& data, const RowList& rows)
{
    Table table;
    if (data.ids)
        table.addColumn(data.ids->take(rows));
    Table features = data.features.takeRows(rows);
    for (const auto& column : features.columns())
        table.addColumn(column);
    Column target;
    target.name = data.target.name;
    if (isClassification(data.target.task)) {
        std::vector<std::string> labels;
        for (auto row : rows)
            labels.push_back(
                data.target
                    .labels[static_cast<std::size_t>(data.target.values[static_cast<Index>(row)])]);
        target = Column::categorical(data.target.name, labels);
    } else {
        target = Column::numeric(data.target.name, {});
        for (auto row : rows)
            target.values.push_back(data.target.values[static_cast<Index>(row)]);
    }
    table.addColumn(std::move(target));
    std::ostringstream out;
    table.writeCsv(out);
    return out.str();
}

nlohmann::json targetLabels(const Target& target)
{
    nlohmann::json labels = nlohmann::json::array();
    if (!isClassification(target.task))
        return labels;
    for (const auto& label : target.labels) {
        if (target.labelsNumeric) {
            double value = std::stod(label);
            if (value == static_cast<double>(static_cast<long long>(value)))
                labels.push_back(static_cast<long long>(value));
            else
                labels.push_back(value);
        } else {
            labels.push_back(label);
        }
    }
    return labels;
}

// What pipeline.html draws: the input columns, each step with its kind and
// parameters, and the score that chose this pipeline.
nlohmann::json pipelinePage(const Model& model, const PreparedData& data, double score)
{
    nlohmann::json steps = model.pipelineSteps();
    std::size_t encoderSteps = model.encoder().describeSteps().size();
    for (std::size_t i = 0; i < steps.size(); ++i)
        steps[i]["kind"] = i < encoderSteps        ? "encoder"
                           : i + 1 == steps.size() ? "learner"
                                                   : "transformer";
    return {{"title", "Pipeline for " + data.target.name},
            {"inputs", data.features.columnNames()},
            {"target", data.target.name},
            {"steps", steps},
            {"score", {{"scoring", scoringName(data.scoring)}, {"value", score}}}};
}

} // namespace

std::string specFingerprint(const JobSpec& spec)
{
    // Budgets do not change which candidates exist or how they score.
    nlohmann::json document = spec.toJson();
    document.erase("maxRuntimeSeconds");
    document.erase("maxRuntimePerCandidateSeconds");
    document.erase("maxCandidates");
    return std::to_string(std::hash<std::string>{}(document.dump())) + "-" + kVersion;
}

Trainer::Trainer(Options options, EventLog& events)
    : m_options(std::move(options))
    , m_events(events)
{}

ExitCode Trainer::run()
{
    const JobSpec& spec = m_options.spec;
    const auto started = Clock::now();
    const auto deadline = started + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(spec.maxRuntimeSeconds));
    const auto& out = m_options.outDir;
    auto stopRequested = [&] { return m_options.stopFlag && m_options.stopFlag->load(); };

    RunContext context;
    context.threads = m_options.threads > 0
                          ? m_options.threads
                          : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    context.seed = spec.seed;
    context.stopFlag = m_options.stopFlag;

    m_events.status("Starting", 0.0);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        throw InputError("cannot create the output folder " + out.string() + ": " + ec.message());
    // A folder holding metadata.json is a complete result; a rerun must not
    // leave an old one beside new, half-written files.
    std::filesystem::remove(out / "metadata.json", ec);

    // Analyse the data.
    m_events.status("AnalyzingData", 0.01, "reading " + spec.featureTableName);
    CsvOptions csv;
    csv.threads = static_cast<unsigned>(context.threads);
    Table table = readCsv(spec.featureTableName, csv);
    const auto read = Clock::now();
    // Every column as read, the ones the model will not use included: the
    // user wants to see why a column was left out (constant, not selected).
    const nlohmann::json dataProfile = profileColumns(table);
    PreparedData data = prepareData(spec, std::move(table));
    m_events.status("AnalyzingData", 0.03,
                    std::to_string(data.features.rowCount()) + " rows, " +
                        std::to_string(data.features.columnCount()) + " usable features, task " +
                        taskName(data.target.task) + ", scoring " + scoringName(data.scoring));
    // Threads pay off only when there is enough work to share: on small
    // data their coordination costs more than it saves.
    constexpr std::size_t kCellsWorthThreads = 250'000;
    if (m_options.threads == 0 &&
        data.features.rowCount() * data.features.columnCount() < kCellsWorthThreads)
        context.threads = 1;
    for (const auto& note : data.notes)
        m_events.note(note);
    for (const auto& warning : data.warnings)
        m_events.warning(warning);

    TrainTestSplit split = splitTrainTest(data.target, spec.testFraction, spec.seed);
    RowList fitRows = split.train;
    Balancing balancing;
    if (spec.toBalance && isClassification(data.target.task)) {
        balancing = balanceClasses(data.target, fitRows, spec.seed);
        if (balancing.method != "none")
            m_events.note(
                "classes balanced by " + balancing.method + ": the smallest class went from " +
                std::to_string(int(balancing.minorityShareBefore * 1000) / 10.0) + " % to " +
                std::to_string(int(balancing.minorityShareAfter * 1000) / 10.0) +
                " % of the training rows");
    }

    // Feature engineering: keep the numFeatures most useful columns.
    m_events.status("FeatureEngineering", 0.05);
    EncoderOptions encoderOptions;
    nlohmann::json ranking;
    if (spec.numFeatures &&
        static_cast<std::size_t>(*spec.numFeatures) < data.features.columnCount()) {
        FeatureRanking ranked = rankFeatures(data, fitRows, encoderOptions, context);
        std::vector<std::string> kept(ranked.names.begin(),
                                      ranked.names.begin() + *spec.numFeatures);
        data.features = data.features.selectColumns(kept);
        ranking = {
            {"method", ranked.method}, {"features", ranked.names}, {"scores", ranked.scores}};
        std::string list;
        for (const auto& name : kept)
            list += (list.empty() ? "" : ", ") + name;
        m_events.status("FeatureEngineering", 0.08,
                        "kept " + std::to_string(kept.size()) + " features: " + list);
    }

    // Model tuning.
    m_events.status("ModelTuning", 0.1);
    CrossValidation::Settings cvSettings;
    cvSettings.folds = CrossValidation::recommendedFolds(split.train.size());
    cvSettings.balance = spec.toBalance && isClassification(data.target.task);
    cvSettings.seed = spec.seed;
    cvSettings.encoder = encoderOptions;
    CrossValidation folds(data, split.train, cvSettings, context);

    Leaderboard leaderboard(data.scoring);
    const auto checkpoint = out / "checkpoint.json";
    const auto fingerprint = specFingerprint(spec);
    if (m_options.resume && leaderboard.loadCheckpoint(checkpoint, fingerprint))
        m_events.note("resumed: " + std::to_string(leaderboard.candidates().size()) +
                      " candidates already evaluated");
    CandidateRunner::Budget budget{deadline, spec.maxRuntimePerCandidateSeconds,
                                   spec.maxCandidates};
    CandidateRunner runner(folds, leaderboard, m_events, budget, {0.1, 0.85});
    runner.setCheckpoint(checkpoint, fingerprint);
    for (const auto& definition :
         defaultPortfolio(data.target.task, spec.algorithms, split.train.size()))
        if (!runner.evaluate(definition, context))
            break;
    const auto searched = Clock::now();

    const CandidateResult* best = leaderboard.best();
    bool stopped = stopRequested();
    if (!best) {
        if (stopped) {
            m_events.completed("Stopped", std::nullopt, {});
            return ExitCode::StoppedWithoutModel;
        }
        std::string reasons;
        for (const auto& candidate : leaderboard.candidates())
            reasons += "\n  " + candidate.definition.summary() + ": " +
                       (candidate.message.empty() ? candidate.status : candidate.message);
        if (leaderboard.candidates().empty())
            reasons = " (the time budget ran out before the first candidate)";
        throw EngineError(ExitCode::InvalidInput,
                          "no candidate pipeline could be trained" + reasons);
    }

    // Refit the best candidate on every training row. It runs to the end
    // even when a stop was requested: its result is what the stop keeps.
    m_events.status("TrainingBestModel", 0.87, best->definition.summary());
    RunContext finalContext = context;
    finalContext.stopFlag = nullptr;
    Table fitTable = data.features.takeRows(fitRows);
    TableEncoder encoder = TableEncoder::fit(fitTable, encoderOptions);
    NumericPipeline pipeline = NumericPipeline::fit(
        best->definition, encoder.transform(fitTable), pickValues(data.target.values, fitRows),
        data.target.task, data.target.classCount(), finalContext);
    ModelInfo info;
    info.task = data.target.task;
    info.targetName = data.target.name;
    info.labels = data.target.labels;
    info.labelsNumeric = data.target.labelsNumeric;
    info.idColumn = spec.idColumn;
    info.scoring = scoringName(data.scoring);
    info.engineVersion = kVersion;
    info.createdAt = EventLog::now();
    Model model(std::move(info), std::move(encoder), std::move(pipeline));
    const auto fitted = Clock::now();

    // Evaluate on both splits.
    Table trainFeatures = data.features.takeRows(split.train);
    Table testFeatures = data.features.takeRows(split.test);
    Vector trainTarget = pickValues(data.target.values, split.train);
    Vector testTarget = pickValues(data.target.values, split.test);
    Evaluation trainEvaluation = evaluateModel(model, trainFeatures, trainTarget, spec.seed);
    Evaluation testEvaluation = evaluateModel(model, testFeatures, testTarget, spec.seed);
    auto importances =
        permutationImportance(model, testFeatures, testTarget, data.scoring, finalContext);

    // Write the artifacts; metadata.json last, as the mark of a complete result.
    m_events.status("WritingArtifacts", 0.95);
    writeFileAtomically(out / "train.csv", splitCsv(data, split.train));
    writeFileAtomically(out / "test.csv", splitCsv(data, split.test));
    model.save(out / "model.winnow");
    writeFileAtomically(out / "pipeline.html",
                        renderPipelineHtml(pipelinePage(model, data, *best->score)));
    writeFileAtomically(out / "leaderboard.json", leaderboard.toJson().dump(1));

    nlohmann::json importanceJson = nlohmann::json::array();
    for (const auto& item : importances)
        importanceJson.push_back({{"feature", item.feature}, {"importance", item.importance}});
    const auto finished = Clock::now();
    nlohmann::json winnow{
        {"formatVersion", 1},
        {"engineVersion", kVersion},
        {"createdAt", model.info().createdAt},
        {"task", taskName(data.target.task)},
        {"targetName", data.target.name},
        {"labels", data.target.labels},
        {"scoring", scoringName(data.scoring)},
        {"cvScore", *best->score},
        {"curves", {{"test", testEvaluation.curves}, {"train", trainEvaluation.curves}}},
        {"featureImportance", importanceJson},
        {"featureImportanceMethod", "permutation on the test split"},
        {"dataProfile", dataProfile},
        {"spec", spec.toJson()},
        {"split",
         {{"trainRows", split.train.size()},
          {"testRows", split.test.size()},
          {"testFraction", spec.testFraction},
          {"stratified", split.stratified}}},
        {"balancing",
         {{"method", balancing.method},
          {"minorityShareBefore", balancing.minorityShareBefore},
          {"minorityShareAfter", balancing.minorityShareAfter},
          {"rowsBefore", balancing.rowsBefore},
          {"rowsAfter", balancing.rowsAfter}}},
        {"timings",
         {{"readSeconds", secondsBetween(started, read)},
          {"searchSeconds", secondsBetween(read, searched)},
          {"fitSeconds", secondsBetween(searched, fitted)},
          {"totalSeconds", secondsBetween(started, finished)}}},
        {"candidatesEvaluated", leaderboard.candidates().size()},
        {"stoppedEarly", stopped},
        {"folds", folds.foldCount()},
        {"bestPipeline", best->definition.toJson()},
        {"droppedFeatures", data.droppedFeatures},
        {"warnings", data.warnings},
    };
    if (!ranking.is_null())
        winnow["featureRanking"] = ranking;
    nlohmann::json metadata{
        {"features", data.features.columnNames()}, {"metrics", testEvaluation.metrics},
        {"trainMetrics", trainEvaluation.metrics}, {"pipelineSteps", model.pipelineSteps()},
        {"target", targetLabels(data.target)},     {"winnow", winnow}};
    writeFileAtomically(out / "metadata.json",
                        metadata.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    std::filesystem::remove(checkpoint, ec);

    m_events.completed(stopped ? "Stopped" : "Completed", *best->score, out.string());
    return stopped ? ExitCode::Stopped : ExitCode::Success;
}

} // namespace winnow::engine
