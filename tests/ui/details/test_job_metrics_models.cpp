// Reading metadata.json and the item models over it: what a broken file
// says, how metrics are flattened and named, and the models' consistency.

#include "models/job_metrics_comparison_model.h"
#include "models/job_metrics_confusion_model.h"
#include "models/job_metrics_document.h"
#include "models/job_metrics_feature_model.h"
#include "models/job_metrics_loader.h"
#include "models/job_metrics_rows.h"
#include "models/job_metrics_table_model.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace winnow::models;

namespace {

QJsonObject binaryMetrics(double auc)
{
    return QJsonObject{
        {u"accuracy"_s, 0.8},
        {u"balancedAccuracy"_s, 0.75},
        {u"confusionMatrix"_s, QJsonObject{{u"trueNegatives"_s, 50},
                                           {u"falsePositives"_s, 10},
                                           {u"falseNegatives"_s, 5},
                                           {u"truePositives"_s, 35}}},
        {u"f1"_s, QJsonObject{{u"class0"_s, 0.87}, {u"class1"_s, 0.82}}},
        {u"ks"_s, 0.6},
        {u"precision"_s, QJsonObject{{u"class0"_s, 0.9}, {u"class1"_s, 0.78}}},
        {u"recall"_s, QJsonObject{{u"class0"_s, 0.83}, {u"class1"_s, 0.875}}},
        {u"rocAuc"_s, auc},
    };
}

QJsonObject rocCurve()
{
    return QJsonObject{{u"fpr"_s, QJsonArray{0.0, 0.0, 0.5, 1.0}},
                       {u"tpr"_s, QJsonArray{0.0, 0.5, 1.0, 1.0}},
                       {u"thresholds"_s, QJsonArray{1.9, 0.9, 0.4, 0.1}}};
}

QJsonObject binaryDocument(double auc = 0.875)
{
    QJsonObject curves{
        {u"roc"_s, rocCurve()},
        {u"ks"_s, QJsonObject{{u"thresholds"_s, QJsonArray{0.1, 0.4, 0.9}},
                              {u"cdfPositive"_s, QJsonArray{0.0, 0.0, 0.5}},
                              {u"cdfNegative"_s, QJsonArray{0.0, 0.5, 1.0}},
                              {u"statistic"_s, 0.5},
                              {u"threshold"_s, 0.4}}},
        {u"precisionRecall"_s, QJsonObject{{u"precision"_s, QJsonArray{0.5, 0.66, 1.0, 1.0}},
                                           {u"recall"_s, QJsonArray{1.0, 1.0, 0.5, 0.0}},
                                           {u"thresholds"_s, QJsonArray{0.1, 0.4, 0.9}},
                                           {u"averagePrecision"_s, 0.83}}}};
    QJsonObject winnow{
        {u"formatVersion"_s, 1},
        {u"task"_s, u"binary_classification"_s},
        {u"targetName"_s, u"churned"_s},
        {u"labels"_s, QJsonArray{u"no"_s, u"yes"_s}},
        {u"scoring"_s, u"f1"_s},
        {u"cvScore"_s, 0.7},
        {u"curves"_s, QJsonObject{{u"test"_s, curves}, {u"train"_s, curves}}},
        {u"featureImportance"_s,
         QJsonArray{QJsonObject{{u"feature"_s, u"a"_s}, {u"importance"_s, 0.05}},
                    QJsonObject{{u"feature"_s, u"b"_s}, {u"importance"_s, 0.2}}}},
        {u"dataProfile"_s,
         QJsonArray{
             QJsonObject{{u"name"_s, u"id"_s}, {u"type"_s, u"categorical"_s}, {u"missing"_s, 0}},
             QJsonObject{{u"name"_s, u"a"_s},
                         {u"type"_s, u"numeric"_s},
                         {u"missing"_s, 2},
                         {u"min"_s, 1.0},
                         {u"max"_s, 9.0},
                         {u"mean"_s, 4.0}},
             QJsonObject{
                 {u"name"_s, u"b"_s},
                 {u"type"_s, u"categorical"_s},
                 {u"missing"_s, 0},
                 {u"distinct"_s, 3},
                 {u"topValues"_s, QJsonArray{QJsonObject{{u"value"_s, u"x"_s}, {u"count"_s, 40}}}}},
             QJsonObject{{u"name"_s, u"c"_s}, {u"type"_s, u"numeric"_s}, {u"missing"_s, 100}},
             QJsonObject{
                 {u"name"_s, u"churned"_s}, {u"type"_s, u"categorical"_s}, {u"missing"_s, 0}}}},
        {u"droppedFeatures"_s, QJsonArray{u"c"_s}},
        {u"spec"_s, QJsonObject{{u"idColumn"_s, u"id"_s}}},
        {u"split"_s, QJsonObject{{u"trainRows"_s, 400}, {u"testRows"_s, 100}}},
        {u"candidatesEvaluated"_s, 4},
    };
    QJsonObject trainMetrics = binaryMetrics(0.95);
    trainMetrics.insert(u"ks"_s, QJsonValue::Null);
    return QJsonObject{{u"features"_s, QJsonArray{u"a"_s, u"b"_s}},
                       {u"metrics"_s, binaryMetrics(auc)},
                       {u"trainMetrics"_s, trainMetrics},
                       {u"pipelineSteps"_s, QJsonArray{}},
                       {u"target"_s, QJsonArray{u"no"_s, u"yes"_s}},
                       {u"winnow"_s, winnow}};
}

JobMetricsDocument parsed(const QJsonObject& object)
{
    auto result = parseJobMetrics(QJsonDocument(object).toJson(), u"/results/metadata.json"_s);
    if (!result)
        qFatal("parse failed: %s", qPrintable(result.errorString()));
    return *result;
}

} // namespace

class TestJobMetricsModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_readsCurvesAndLabels()
    {
        const JobMetricsDocument document = parsed(binaryDocument());
        QCOMPARE(document.task, MetricsTask::BinaryClassification);
        QCOMPARE(document.labels, (QStringList{u"no"_s, u"yes"_s}));
        QCOMPARE(document.test.roc.size(), 1);
        QCOMPARE(document.test.roc.first().label, u"yes"_s);
        QCOMPARE(document.test.roc.first().auc, 0.875);
        QCOMPARE(document.test.roc.first().fpr, (QList<double>{0.0, 0.0, 0.5, 1.0}));
        QVERIFY(document.test.ks);
        QCOMPARE(document.test.ks->statisticIndex(), 1);
        QCOMPARE(document.test.confusion.labels, (QStringList{u"no"_s, u"yes"_s}));
        QCOMPARE(document.test.confusion.count(1, 1), 35);
        QCOMPARE(document.test.confusion.count(0, 1), 10);
        QCOMPARE(document.test.confusion.total(), 100);
        QCOMPARE(document.importanceByRank().first().feature, u"b"_s);
        QCOMPARE(document.rowCount(DataSplit::Test), 100);
    }

    void parse_brokenFiles_sayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"winnow\": ") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::newRow("no winnow part")
            << QByteArray("{\"metrics\": {}}") << u"\"winnow\" part is missing"_s;
        QJsonObject unknownTask = binaryDocument();
        QJsonObject winnow = unknownTask.value(u"winnow"_s).toObject();
        winnow.insert(u"task"_s, u"ranking"_s);
        unknownTask.insert(u"winnow"_s, winnow);
        QTest::newRow("unknown task")
            << QJsonDocument(unknownTask).toJson() << u"unknown task \"ranking\""_s;
        QJsonObject uneven = binaryDocument();
        winnow = uneven.value(u"winnow"_s).toObject();
        QJsonObject curves = winnow.value(u"curves"_s).toObject();
        QJsonObject test = curves.value(u"test"_s).toObject();
        QJsonObject roc = rocCurve();
        roc.insert(u"tpr"_s, QJsonArray{0.0, 1.0});
        test.insert(u"roc"_s, roc);
        curves.insert(u"test"_s, test);
        winnow.insert(u"curves"_s, curves);
        uneven.insert(u"winnow"_s, winnow);
        QTest::newRow("uneven curve")
            << QJsonDocument(uneven).toJson()
            << u"winnow.curves.test.roc: fpr, tpr and thresholds differ in length"_s;
    }

    void parse_brokenFiles_sayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto result = parseJobMetrics(json, u"/results/metadata.json"_s);
        QVERIFY(!result);
        QVERIFY2(result.errorString().contains(expected), qPrintable(result.errorString()));
        QVERIFY2(result.errorString().contains(u"metadata.json"_s),
                 qPrintable(result.errorString()));
    }

    void read_missingFile_isNotFound()
    {
        QTemporaryDir folder;
        auto result = readJobMetrics(folder.filePath(u"metadata.json"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, winnow::jobs::ErrorKind::NotFound);
        QVERIFY(result.errorString().contains(u"does not exist"_s));
    }

    void loader_reportsFromEventLoop()
    {
        QTemporaryDir folder;
        QFile good(folder.filePath(u"metadata.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(binaryDocument()).toJson());
        good.close();
        JobMetricsLoader loader;
        QSignalSpy loaded(&loader, &JobMetricsLoader::loaded);
        QSignalSpy failed(&loader, &JobMetricsLoader::failed);
        loader.load(folder.filePath(u"missing.json"_s));
        loader.load(good.fileName()); // only the latest request counts
        QVERIFY(loader.isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(loaded.first().first().value<JobMetricsDocument>().targetName, u"churned"_s);
    }

    void metricEntries_nameClassesByLabel()
    {
        const JobMetricsDocument document = parsed(binaryDocument());
        const QList<MetricEntry> entries =
            metricEntries(document.test.metrics, document.task, document.labels);
        QStringList keys;
        for (const MetricEntry& entry : entries)
            keys << entry.key;
        // Headline metrics first, counts last, every number present.
        QCOMPARE(keys.first(), u"accuracy"_s);
        QVERIFY(keys.indexOf(u"rocAuc"_s) < keys.indexOf(u"precision:yes"_s));
        QVERIFY(keys.contains(u"precision:no"_s));
        QVERIFY(keys.contains(u"f1:yes"_s));
        QCOMPARE(keys.last(), u"confusionMatrix:truePositives"_s);
        QCOMPARE(keys.size(), 4 + 3 * 2 + 4);
        const MetricEntry& auc = entries.at(keys.indexOf(u"rocAuc"_s));
        QCOMPARE(auc.name, u"ROC AUC"_s);
        QCOMPARE(entries.at(keys.indexOf(u"precision:yes"_s)).name, u"Precision, class yes"_s);
        QVERIFY(entries.at(keys.indexOf(u"confusionMatrix:truePositives"_s)).isCount);
    }

    void tableModel_showsBothSplitsAndUndefinedValues()
    {
        JobMetricsTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parsed(binaryDocument()));
        const int ks = model.rowOfKey(u"ks"_s);
        QVERIFY(ks >= 0);
        QCOMPARE(model.index(ks, JobMetricsTableModel::MetricColumn).data().toString(),
                 u"KS statistic"_s);
        QCOMPARE(model.index(ks, JobMetricsTableModel::TestColumn)
                     .data(JobMetricsTableModel::SortRole)
                     .toDouble(),
                 0.6);
        // null on the train split: shown as undefined, not as 0.
        QCOMPARE(model.index(ks, JobMetricsTableModel::TrainColumn).data().toString(), u"—"_s);
        QVERIFY(!model.index(ks, JobMetricsTableModel::TrainColumn)
                     .data(JobMetricsTableModel::SortRole)
                     .isValid());
        QVERIFY(model.headerData(JobMetricsTableModel::TestColumn, Qt::Horizontal)
                    .toString()
                    .contains(u"100"_s));
        const int tp = model.rowOfKey(u"confusionMatrix:truePositives"_s);
        QCOMPARE(model.index(tp, JobMetricsTableModel::TestColumn).data().toString(), u"35"_s);
    }

    void confusionModel_normalisesByTrueClass()
    {
        const JobMetricsDocument document = parsed(binaryDocument());
        JobMetricsConfusionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(document.test.confusion);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data(JobMetricsConfusionModel::CountRole).toLongLong(), 10);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNormalized(true);
        QCOMPARE(changed.count(), 1);
        // Row "no": 50 + 10 rows.
        QCOMPARE(model.index(0, 1).data(JobMetricsConfusionModel::ShareRole).toDouble(),
                 10.0 / 60.0);
        QVERIFY(model.index(0, 1).data().toString().startsWith(u"16.7"_s));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"yes"_s);
    }

    void featureModel_listsFeaturesFirstByImportance()
    {
        JobMetricsFeatureModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parsed(binaryDocument()));
        QCOMPARE(model.featureCount(), 2);
        QCOMPARE(model.index(0, JobMetricsFeatureModel::NameColumn).data().toString(), u"b"_s);
        QCOMPARE(model.index(1, JobMetricsFeatureModel::NameColumn).data().toString(), u"a"_s);
        QCOMPARE(model.index(0, 0).data(JobMetricsFeatureModel::RelativeImportanceRole).toDouble(),
                 1.0);
        QCOMPARE(model.index(1, 0).data(JobMetricsFeatureModel::RelativeImportanceRole).toDouble(),
                 0.25);
        QStringList uses;
        for (int row = 0; row < model.rowCount(); ++row)
            uses << model.index(row, JobMetricsFeatureModel::NameColumn).data().toString() + u'=' +
                        model.index(row, JobMetricsFeatureModel::UseColumn).data().toString();
        QVERIFY2(uses.contains(u"churned=Target"_s), qPrintable(uses.join(u", "_s)));
        QVERIFY2(uses.contains(u"id=Row id"_s), qPrintable(uses.join(u", "_s)));
        QVERIFY2(uses.contains(u"c=Dropped: constant or empty"_s), qPrintable(uses.join(u", "_s)));
        QVERIFY(model.index(0, JobMetricsFeatureModel::TopValuesColumn)
                    .data()
                    .toString()
                    .contains(u"x (40)"_s));
    }

    void comparisonModel_flagsBestPerRow()
    {
        JobMetricsComparisonModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs({{u"1"_s, u"first"_s, parsed(binaryDocument(0.80))},
                       {u"2"_s, u"second"_s, parsed(binaryDocument(0.90))}});
        QCOMPARE(model.columnCount(), 3);
        const int auc = model.rowOfKey(u"rocAuc"_s);
        QCOMPARE(model.bestColumns(auc), (QList<int>{2}));
        QVERIFY(model.index(auc, 2).data(JobMetricsComparisonModel::IsBestRole).toBool());
        // Equal values are both best; counts have no best.
        QCOMPARE(model.bestColumns(model.rowOfKey(u"accuracy"_s)), (QList<int>{1, 2}));
        QVERIFY(model.bestColumns(model.rowOfKey(u"confusionMatrix:truePositives"_s)).isEmpty());
    }

    void comparisonModel_errorsAreBestWhenSmallest()
    {
        auto regression = [](double mse) {
            QJsonObject object{{u"metrics"_s, QJsonObject{{u"mse"_s, mse},
                                                          {u"rmse"_s, std::sqrt(mse)},
                                                          {u"mae"_s, mse / 60},
                                                          {u"r2"_s, 1.0 - mse / 6000}}},
                               {u"winnow"_s, QJsonObject{{u"task"_s, u"regression"_s},
                                                         {u"curves"_s, QJsonObject{}}}}};
            return parsed(object);
        };
        JobMetricsComparisonModel model;
        model.setJobs({{u"1"_s, u"a"_s, regression(3000)}, {u"2"_s, u"b"_s, regression(2500)}});
        QCOMPARE(model.bestColumns(model.rowOfKey(u"mse"_s)), (QList<int>{2}));
        QCOMPARE(model.bestColumns(model.rowOfKey(u"r2"_s)), (QList<int>{2}));
    }
};

QTEST_MAIN(TestJobMetricsModels)
#include "test_job_metrics_models.moc"
