#include "engine/data/csv_reader.h"
#include "models/column_profile.h"
#include "models/column_profile_model.h"
#include "newjob_test_support.h"
#include "ui/newjob/duration_spin_box.h"
#include "ui/newjob/job_draft.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using winnow::engine::ColumnType;
using winnow::models::ColumnProfile;
using winnow::models::ColumnProfileModel;
using namespace winnow::ui;

namespace {

winnow::engine::Table parse(const char* text)
{
    return winnow::engine::parseCsv(text);
}

winnow::engine::Table readSample()
{
    return winnow::engine::readCsv(QFile::encodeName(newjob_test::sampleChurnCsv()).toStdString());
}

int indexOf(const QList<ColumnProfile>& columns, const QString& name)
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

std::vector<ColumnType> typesOf(const QList<ColumnProfile>& columns)
{
    std::vector<ColumnType> types;
    for (const ColumnProfile& column : columns)
        types.push_back(column.type);
    return types;
}

// A draft on the churn sample, as the dialog prefills it.
JobDraft churnDraft(const QList<ColumnProfile>& columns)
{
    JobDraft draft;
    draft.dataPath = newjob_test::sampleChurnCsv();
    draft.target = u"churned"_s;
    draft.idColumn = u"customer_id"_s;
    draft.scoring = u"f1"_s;
    for (const ColumnProfile& column : columns)
        if (column.name != draft.target && column.name != draft.idColumn)
            draft.features << column.name;
    draft.allFeatures = true;
    return draft;
}

bool hasProblem(const QList<DraftProblem>& problems, DraftField field,
                DraftProblem::Severity severity, const QString& containing)
{
    for (const DraftProblem& problem : problems)
        if (problem.field == field && problem.severity == severity &&
            problem.message.contains(containing))
            return true;
    return false;
}

QString describe(const QList<DraftProblem>& problems)
{
    QStringList lines;
    for (const DraftProblem& problem : problems)
        lines << u"%1/%2: %3"_s.arg(int(problem.field))
                     .arg(int(problem.severity))
                     .arg(problem.message);
    return lines.join(u'\n');
}

} // namespace

class TestColumns : public QObject {
    Q_OBJECT

private slots:
    void profiles_agreeWithPandas()
    {
        const winnow::engine::Table sample = readSample();
        const QList<ColumnProfile> columns = winnow::models::profileColumns(sample);
        QString error;
        const QJsonObject expected = newjob_test::runPython(
            u"profile_columns.py"_s, {newjob_test::sampleChurnCsv(), u"churned"_s}, &error);
        if (expected.isEmpty())
            QFAIL(qPrintable(error));
        const QJsonObject byName = expected.value(u"columns"_s).toObject();
        QCOMPARE(columns.size(), byName.size());
        for (const ColumnProfile& column : columns) {
            const QJsonObject pandas = byName.value(column.name).toObject();
            QVERIFY2(!pandas.isEmpty(), qPrintable(column.name));
            QCOMPARE(column.rows, expected.value(u"rows"_s).toInteger());
            QCOMPARE(column.missing, pandas.value(u"missing"_s).toInteger());
            QCOMPARE(column.distinct, pandas.value(u"distinct"_s).toInteger());
            QCOMPARE(column.unique, pandas.value(u"unique"_s).toBool());
        }
        const auto balance = winnow::models::classBalance(*sample.find("churned"));
        QVERIFY(balance);
        QCOMPARE(balance->classes, 2);
        QCOMPARE(balance->minorityLabel, u"yes"_s);
        QVERIFY(qAbs(balance->minorityShare - expected.value(u"minority_share"_s).toDouble()) <
                1e-12);
    }

    void suggestions_findTheTargetAndIdColumns()
    {
        const QList<ColumnProfile> churn = winnow::models::profileColumns(readSample());
        const int id = winnow::models::suggestIdColumn(churn);
        QCOMPARE(churn.value(id).name, u"customer_id"_s);
        QVERIFY(churn[id].idLike);
        QCOMPARE(churn.value(winnow::models::suggestTarget(churn, id)).name, u"churned"_s);

        // Names that say "target", whatever the case and wherever the column.
        auto suggested = [](const char* csv) {
            const QList<ColumnProfile> columns = winnow::models::profileColumns(parse(csv));
            return columns.value(winnow::models::suggestTarget(columns)).name;
        };
        QCOMPARE(suggested("Label,a,b\nx,1,2\ny,3,4\n"), u"Label"_s);
        QCOMPARE(suggested("a,y,b\n1,0,2\n3,1,4\n"), u"y"_s);
        QCOMPARE(suggested("a,is_churn,b\n1,0,2\n3,1,4\n"), u"is_churn"_s);
        QCOMPARE(suggested("OutcomeFlag,a,b\n1,0,2\n3,1,4\n"), u"OutcomeFlag"_s);
        QCOMPARE(suggested("yield,a,price\n1,0,2\n3,1,4\n"), u"price"_s); // no such name: the last
        // Ids: text of one shape, or rising whole numbers, or a name that says so.
        auto suggestedId = [](const char* csv) {
            const QList<ColumnProfile> columns = winnow::models::profileColumns(parse(csv));
            return columns.value(winnow::models::suggestIdColumn(columns)).name;
        };
        QCOMPARE(suggestedId("name,ref,x\nAnn,A-01,1\nBob,A-02,1\nCy,A-03,2\n"), u"ref"_s);
        QCOMPARE(suggestedId("x,row,v\n5,1,0.5\n5,2,0.25\n6,3,0.75\n4,4,1\n4,5,2\n4,6,3\n"
                             "4,7,4\n4,8,5\n4,9,6\n4,10,7\n"),
                 u"row"_s);
        QCOMPARE(suggestedId("x,row,v\n5,1,0.5\n5,2,0.25\n6,3,0.75\n"),
                 QString()); // too few to tell
        QCOMPARE(suggestedId("x,CustomerID,v\n5,9,0.5\n5,3,0.25\n6,4,0.75\n"), u"CustomerID"_s);
        QCOMPARE(suggestedId("x,id,v\n5,1,0.5\n5,1,0.25\n6,4,0.75\n"), QString()); // repeats
        QCOMPARE(suggestedId("paid,v\n1.5,1\n2.5,2\n"), QString());
    }

    void balanceAction_followsTheEnginesThresholds()
    {
        using winnow::models::BalanceAction;
        QCOMPARE(winnow::models::balanceAction(0.004), BalanceAction::Oversample);
        QCOMPARE(winnow::models::balanceAction(0.0099), BalanceAction::Oversample);
        QCOMPARE(winnow::models::balanceAction(0.01), BalanceAction::Undersample);
        QCOMPARE(winnow::models::balanceAction(0.08), BalanceAction::Undersample);
        QCOMPARE(winnow::models::balanceAction(0.1999), BalanceAction::Undersample);
        QCOMPARE(winnow::models::balanceAction(0.20), BalanceAction::Nothing);
        QCOMPARE(winnow::models::balanceAction(0.31), BalanceAction::Nothing);
    }

    void columnModel_checksFeaturesAndForcesTypes()
    {
        const QList<ColumnProfile> columns = winnow::models::profileColumns(readSample());
        ColumnProfileModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setColumns(columns, typesOf(columns));
        QCOMPARE(model.rowCount(), columns.size());
        QCOMPARE(model.selectedFeatures().size(), columns.size());

        const int target = indexOf(columns, u"churned"_s);
        const int id = indexOf(columns, u"customer_id"_s);
        QSignalSpy selection(&model, &ColumnProfileModel::selectionChanged);
        model.setRoles(target, id, -1);
        QCOMPARE(selection.count(), 1);
        QCOMPARE(model.usableCount(), columns.size() - 2);
        QCOMPARE(model.selectedFeatures().size(), columns.size() - 2);
        QVERIFY(!model.selectedFeatures().contains(u"churned"_s));
        QVERIFY(!(model.flags(model.index(target, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(0 == id ? 1 : 0, 0)) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.data(model.index(target, ColumnProfileModel::RoleColumn)).toString(),
                 u"Target"_s);
        QCOMPARE(model.data(model.index(id, ColumnProfileModel::RoleColumn)).toString(), u"Id"_s);
        QVERIFY(!model.setData(model.index(target, 0), Qt::Checked, Qt::CheckStateRole));

        // Unchecking through the model's check state, as a view does.
        const int region = indexOf(columns, u"region"_s);
        QSignalSpy changed(&model, &ColumnProfileModel::dataChanged);
        QVERIFY(model.setData(model.index(region, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(region, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(region, 0));
        QVERIFY(!model.selectedFeatures().contains(u"region"_s));
        QCOMPARE(model.data(model.index(region, 0), Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);

        // A type other than the inferred one is forced; the inferred one again is not.
        const int tenure = indexOf(columns, u"tenure_months"_s);
        QSignalSpy forced(&model, &ColumnProfileModel::forcedTypesChanged);
        QVERIFY(model.setData(model.index(tenure, ColumnProfileModel::TypeColumn),
                              int(ColumnType::Categorical)));
        QCOMPARE(forced.count(), 1);
        QCOMPARE(model.forcedTypes(),
                 (QHash<QString, ColumnType>{{u"tenure_months"_s, ColumnType::Categorical}}));
        QCOMPARE(model.data(model.index(tenure, ColumnProfileModel::TypeColumn)).toString(),
                 u"Categorical"_s);
        QVERIFY(model.setData(model.index(tenure, ColumnProfileModel::TypeColumn),
                              int(ColumnType::Numeric)));
        QVERIFY(model.forcedTypes().isEmpty());
        QVERIFY(!model.setData(model.index(tenure, ColumnProfileModel::TypeColumn), 17));

        // The same columns again keep the choices and report only what changed.
        model.setSelected(region, false);
        changed.clear();
        model.setColumns(columns, typesOf(columns));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!model.selectedFeatures().contains(u"region"_s));

        model.setAllSelected(true);
        QCOMPARE(model.selectedFeatures().size(), model.usableCount());
        model.setAllSelected(false);
        QVERIFY(model.selectedFeatures().isEmpty());
    }

    void draft_ofTheSampleIsValidAndMakesTheSpec()
    {
        const winnow::engine::Table sample = readSample();
        SampleFacts facts{&sample, winnow::models::profileColumns(sample), true};
        JobDraft draft = churnDraft(facts.columns);
        const QList<DraftProblem> problems = validateDraft(draft, facts);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        const auto task = effectiveTask(draft, facts);
        QVERIFY(task);
        QCOMPARE(task->task, winnow::engine::Task::BinaryClassification);

        draft.name = u"  Churn, first try "_s;
        draft.allFeatures = false;
        draft.features.removeAll(u"region"_s);
        draft.numFeatures = 5;
        draft.toBalance = true;
        draft.dateColumn = u"signup_date"_s;
        draft.startDate = QDate(2019, 1, 1);
        draft.columnTypes.insert(u"tenure_months"_s, ColumnType::Categorical);
        const winnow::jobs::Job job = jobFromDraft(draft);
        QCOMPARE(job.name, u"Churn, first try"_s);
        QCOMPARE(job.backend, u"local"_s);
        QCOMPARE(job.dataPath, newjob_test::sampleChurnCsv());
        QCOMPARE(job.spec.featureTableName, newjob_test::sampleChurnCsv());
        QCOMPARE(job.spec.targetName, u"churned"_s);
        QCOMPARE(job.spec.idColumn, u"customer_id"_s);
        QCOMPARE(job.spec.featuresSelected.size(), facts.columns.size() - 3);
        QCOMPARE(job.spec.numFeatures, 5);
        QCOMPARE(job.spec.toBalance, true);
        QCOMPARE(job.spec.dateColumn, u"signup_date"_s);
        QCOMPARE(job.spec.startDate, QDate(2019, 1, 1));
        QVERIFY(job.spec.endDate.isNull());
        QCOMPARE(job.spec.scoring, u"f1"_s);
        QVERIFY(job.spec.task.isEmpty());
        QCOMPARE(job.spec.otherFields.value(u"columnTypes"_s).toObject(),
                 (QJsonObject{{u"tenure_months"_s, u"categorical"_s}}));

        draft.source = DataSource::FeatureTable;
        draft.featureTable = u" churn_2024 "_s;
        const winnow::jobs::Job remote = jobFromDraft(draft);
        QVERIFY(remote.dataPath.isEmpty());
        QCOMPARE(remote.spec.featureTableName, u"churn_2024"_s);
    }

    void draft_problemsNameWhatIsWrong()
    {
        using Severity = DraftProblem::Severity;
        const winnow::engine::Table sample = readSample();
        const SampleFacts whole{&sample, winnow::models::profileColumns(sample), true};
        const SampleFacts head{&sample, whole.columns, false};
        const JobDraft good = churnDraft(whole.columns);

        JobDraft draft = good;
        draft.idColumn = u"churned"_s;
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::IdColumn, Severity::Error,
                           u"target"_s));

        draft = good;
        draft.idColumn = u"region"_s;
        QVERIFY2(hasProblem(validateDraft(draft, whole), DraftField::IdColumn, Severity::Error,
                            u"not unique"_s),
                 qPrintable(describe(validateDraft(draft, whole))));
        draft.idColumn = u"last_contact"_s; // 42 rows without one
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::IdColumn, Severity::Error,
                           u"42 row"_s));

        const winnow::engine::Table constant = parse("a,b,c\n1,x,k\n2,x,k\n3,y,k\n");
        const SampleFacts constantFacts{&constant, winnow::models::profileColumns(constant), true};
        JobDraft constantDraft;
        constantDraft.dataPath = u"c.csv"_s;
        constantDraft.target = u"c"_s;
        constantDraft.features = {u"a"_s, u"b"_s};
        QVERIFY(hasProblem(validateDraft(constantDraft, constantFacts), DraftField::Target,
                           Severity::Error, u"nothing to learn"_s));
        // Only the head read: a warning, as later rows may differ.
        const SampleFacts constantHead{&constant, constantFacts.columns, false};
        QVERIFY(hasProblem(validateDraft(constantDraft, constantHead), DraftField::Target,
                           Severity::Warning, u"in the first 3 rows"_s));

        draft = good;
        draft.numFeatures = int(draft.features.size()) + 1;
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::NumFeatures, Severity::Error,
                           u"checked"_s));
        draft = good;
        draft.features.clear();
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::Features, Severity::Error,
                           u"at least one"_s));

        draft = good;
        draft.task = u"regression"_s;
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::Task, Severity::Error,
                           u"holds text"_s));
        QVERIFY(
            hasProblem(validateDraft(draft, whole), DraftField::Scoring, Severity::Error, u"f1"_s));

        draft = good;
        draft.dateColumn = u"signup_date"_s;
        draft.startDate = QDate(2024, 3, 1);
        draft.endDate = QDate(2024, 2, 1);
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::DateRange, Severity::Error,
                           u"after"_s));
        draft.startDate = QDate(2031, 1, 1);
        draft.endDate = QDate(2031, 12, 31);
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::DateRange, Severity::Error,
                           u"No row"_s));
        QVERIFY(hasProblem(validateDraft(draft, head), DraftField::DateRange, Severity::Warning,
                           u"No row"_s));
        draft.dateColumn = u"region"_s;
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::DateRange, Severity::Error,
                           u"dates"_s));

        draft = good;
        draft.source = DataSource::FeatureTable;
        QVERIFY(hasProblem(validateDraft(draft, whole), DraftField::FeatureTable, Severity::Error,
                           u"feature table"_s));

        const winnow::engine::Table single = parse("only\n1\n2\n");
        const SampleFacts singleFacts{&single, winnow::models::profileColumns(single), true};
        JobDraft singleDraft;
        singleDraft.dataPath = u"s.csv"_s;
        singleDraft.target = u"only"_s;
        QVERIFY(hasProblem(validateDraft(singleDraft, singleFacts), DraftField::Target,
                           Severity::Error, u"single column"_s));
    }

    void durationSpinBox_readsAndWritesDurations()
    {
        QCOMPARE(DurationSpinBox::durationText(45), u"45 s"_s);
        QCOMPARE(DurationSpinBox::durationText(300), u"5 min"_s);
        QCOMPARE(DurationSpinBox::durationText(5400), u"1 h 30 min"_s);
        QCOMPARE(DurationSpinBox::durationText(3630), u"1 h 30 s"_s);
        QCOMPARE(DurationSpinBox::parseDuration(u"90 s"_s), 90);
        QCOMPARE(DurationSpinBox::parseDuration(u"1h30"_s), 5400);
        QCOMPARE(DurationSpinBox::parseDuration(u"1 h 30 min"_s), 5400);
        QCOMPARE(DurationSpinBox::parseDuration(u"10"_s), 600);
        QCOMPARE(DurationSpinBox::parseDuration(u"2 hours"_s), 7200);
        QCOMPARE(DurationSpinBox::parseDuration(u"soon"_s), -1);

        DurationSpinBox spin;
        spin.setValue(300);
        spin.stepBy(1);
        QCOMPARE(spin.value(), 360);
        spin.setValue(600);
        spin.stepBy(1);
        QCOMPARE(spin.value(), 900);
        spin.stepBy(-1);
        QCOMPARE(spin.value(), 600);
        spin.stepBy(-1);
        QCOMPARE(spin.value(), 540);
        spin.setValue(60);
        spin.stepBy(-1);
        QCOMPARE(spin.value(), 50);
        QCOMPARE(spin.text(), u"50 s"_s);
    }
};

QTEST_MAIN(TestColumns)
#include "test_ui_newjob_columns.moc"
