#include "models/column_profile_model.h"
#include "models/csv_preview_model.h"
#include "newjob_test_support.h"
#include "ui/newjob/duration_spin_box.h"
#include "ui/newjob/field_message.h"
#include "ui/newjob/new_job_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace winnow;
using newjob_test::FakeBackend;
using ui::FieldMessage;
using ui::NewJobDialog;

namespace {

template <typename T>
T* child(const QWidget& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Waits until the dialog has read its file and settled.
bool settle(NewJobDialog& dialog)
{
    QElapsedTimer timer;
    timer.start();
    auto busy = [&] {
        const auto state = dialog.previewModel()->state();
        return state == models::CsvPreviewModel::State::Loading ||
               dialog.previewModel()->isRetyping();
    };
    while (busy() && timer.elapsed() < 10000)
        QTest::qWait(5);
    QTest::qWait(10);
    return !busy();
}

QString messageOf(const NewJobDialog& dialog, const QString& name)
{
    const FieldMessage* message = child<FieldMessage>(dialog, name);
    return message && message->isVisibleTo(&dialog) ? message->text() : QString();
}

bool isError(const NewJobDialog& dialog, const QString& name)
{
    const FieldMessage* message = child<FieldMessage>(dialog, name);
    return message && message->isVisibleTo(&dialog) && message->kind() == FieldMessage::Kind::Error;
}

void choose(QComboBox* combo, const QString& text)
{
    const int at = combo->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    combo->setCurrentIndex(at);
}

std::unique_ptr<QMimeData> dragOf(const QStringList& paths)
{
    auto data = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    data->setUrls(urls);
    return data;
}

bool drop(QWidget& target, const QMimeData* data)
{
    const QPoint centre = target.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    dropEvent.setAccepted(false);
    QCoreApplication::sendEvent(&target, &dropEvent);
    return dropEvent.isAccepted();
}

// The folder screenshots go to: $WINNOW_SCREENSHOT_DIR, or none.
QString screenshotFolder()
{
    return qEnvironmentVariable("WINNOW_SCREENSHOT_DIR");
}

} // namespace

class TestNewJobDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"WinnowTests"_s);
        QCoreApplication::setApplicationName(u"test_ui_newjob_new_job_dialog"_s);
        m_local = std::make_unique<FakeBackend>(jobs::localBackendId(), u"This computer"_s,
                                                jobs::BackendCapability::Stop |
                                                    jobs::BackendCapability::Predict);
    }

    void init()
    {
        QSettings().clear();
        m_directory = std::make_unique<QTemporaryDir>();
    }

    void churnSample_isPrefilledFromTheFile()
    {
        ui::JobDefaults defaults;
        defaults.generations = 7;
        defaults.populationSize = 30;
        defaults.maxRuntimeSeconds = 900;
        defaults.seed = 1234;
        defaults.testFraction = 0.25;
        NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv()}, defaults);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(settle(dialog));

        QCOMPARE(dialog.currentFile(), newjob_test::sampleChurnCsv());
        auto* preview = child<QTableView>(dialog, u"previewView"_s);
        QCOMPARE(preview->model()->rowCount(), 1000);
        QCOMPARE(preview->model()->columnCount(), 17);
        QVERIFY(child<QLabel>(dialog, u"fileInfo"_s)->text().contains(u"1,000 rows"_s));

        QCOMPARE(child<QComboBox>(dialog, u"targetCombo"_s)->currentText(), u"churned"_s);
        QCOMPARE(child<QComboBox>(dialog, u"idCombo"_s)->currentText(), u"customer_id"_s);
        auto* task = child<QComboBox>(dialog, u"taskCombo"_s);
        QCOMPARE(task->currentData().toString(), QString());
        QVERIFY2(task->currentText().contains(u"binary classification"_s),
                 qPrintable(task->currentText()));
        QVERIFY(messageOf(dialog, u"taskMessage"_s).contains(u"the target holds text"_s));
        auto* scoring = child<QComboBox>(dialog, u"scoringCombo"_s);
        QCOMPARE(scoring->currentData().toString(), u"f1"_s);
        QVERIFY(scoring->currentText().contains(u"default"_s));
        // Only scorings that fit a binary task.
        QVERIFY(scoring->findData(u"ks"_s) >= 0);
        QVERIFY(scoring->findData(u"roc_auc"_s) >= 0);
        QCOMPARE(scoring->findData(u"mse"_s), -1);
        QCOMPARE(scoring->findData(u"r2"_s), -1);

        // Features: every column but the target and the id.
        QCOMPARE(dialog.columnModel()->selectedFeatures().size(), 15);
        auto* keep = child<QSpinBox>(dialog, u"numFeaturesSpin"_s);
        QCOMPARE(keep->value(), 0);
        QCOMPARE(keep->text(), u"All"_s);
        QCOMPARE(keep->maximum(), 15);
        QCOMPARE(child<QComboBox>(dialog, u"dateCombo"_s)->currentData().toString(), QString());
        QVERIFY(child<QComboBox>(dialog, u"dateCombo"_s)->findText(u"signup_date"_s) > 0);
        QVERIFY(!child<QDateEdit>(dialog, u"startEdit"_s)->isEnabled());

        // The classes' balance as pandas counts it.
        QString error;
        const QJsonObject pandas = newjob_test::runPython(
            u"profile_columns.py"_s, {newjob_test::sampleChurnCsv(), u"churned"_s}, &error);
        if (pandas.isEmpty())
            QFAIL(qPrintable(error));
        const double share = pandas.value(u"minority_share"_s).toDouble();
        const QString balance = child<QLabel>(dialog, u"balanceNote"_s)->text();
        const QRegularExpressionMatch shown =
            QRegularExpression(u"^nothing to do \\(minority ([0-9.]+) %\\)$"_s).match(balance);
        QVERIFY2(shown.hasMatch(), qPrintable(balance));
        QVERIFY(qAbs(shown.captured(1).toDouble() - 100.0 * share) <= 0.5);

        // The defaults.
        QCOMPARE(child<QSpinBox>(dialog, u"generationsSpin"_s)->value(), 7);
        QCOMPARE(child<QSpinBox>(dialog, u"populationSpin"_s)->value(), 30);
        QCOMPARE(child<ui::DurationSpinBox>(dialog, u"budgetSpin"_s)->text(), u"15 min"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"seedSpin"_s)->value(), 1234);
        QCOMPARE(child<QSpinBox>(dialog, u"testFractionSpin"_s)->value(), 25);

        QVERIFY(dialog.canStart());
        QVERIFY(child<QPushButton>(dialog, u"startButton"_s)->isEnabled());
        QVERIFY(dialog.problems().isEmpty());

        const jobs::Job job = dialog.job();
        QCOMPARE(job.backend, u"local"_s);
        QCOMPARE(job.dataPath, newjob_test::sampleChurnCsv());
        QCOMPARE(job.spec.featureTableName, newjob_test::sampleChurnCsv());
        QCOMPARE(job.spec.targetName, u"churned"_s);
        QCOMPARE(job.spec.idColumn, u"customer_id"_s);
        QVERIFY(job.spec.task.isEmpty());
        QCOMPARE(job.spec.scoring, u"f1"_s);
        QVERIFY(job.spec.featuresSelected.isEmpty()); // every usable column
        QVERIFY(!job.spec.numFeatures);
        QCOMPARE(job.spec.generations, 7);
        QCOMPARE(job.spec.populationSize, 30);
        QCOMPARE(job.spec.maxRuntimeSeconds, 900);
        QCOMPARE(job.spec.seed, 1234);
        QCOMPARE(job.spec.testFraction, 0.25);
        QCOMPARE(job.spec.toBalance, false);
        QVERIFY(job.spec.dateColumn.isEmpty());
        QVERIFY(!job.spec.otherFields.contains(u"columnTypes"_s));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(child<QPushButton>(dialog, u"startButton"_s), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
    }

    void problems_showBesideTheirFieldsAndStartFollows()
    {
        const QString path = m_directory->filePath(u"dated.csv"_s);
        QByteArray text = "row_id,day,group,constant,amount,outcome\n";
        for (int i = 0; i < 60; ++i)
            text += QByteArray::number(i + 1) + ",2024-01-" +
                    QByteArray::number(1 + i % 28).rightJustified(2, '0') + ',' +
                    (i % 3 ? "a" : "b") + ",same," + QByteArray::number(i * 1.5) + ',' +
                    (i % 4 ? "no" : "yes") + '\n';
        QVERIFY(newjob_test::writeFile(path, text));
        NewJobDialog dialog({m_local.get()}, {path}, ui::JobDefaults{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(settle(dialog));
        auto* start = child<QPushButton>(dialog, u"startButton"_s);
        auto* target = child<QComboBox>(dialog, u"targetCombo"_s);
        auto* id = child<QComboBox>(dialog, u"idCombo"_s);
        QCOMPARE(target->currentText(), u"outcome"_s);
        QCOMPARE(id->currentText(), u"row_id"_s);
        QVERIFY(start->isEnabled());

        // The id column is the target.
        choose(id, u"outcome"_s);
        QVERIFY(isError(dialog, u"idMessage"_s));
        QVERIFY(messageOf(dialog, u"idMessage"_s).contains(u"target"_s));
        QVERIFY(!start->isEnabled());
        QVERIFY(!dialog.canStart());
        QVERIFY(child<FieldMessage>(dialog, u"newJobSummary"_s)->text().contains(u"problem"_s));
        // An id that repeats.
        choose(id, u"group"_s);
        QVERIFY(isError(dialog, u"idMessage"_s));
        QVERIFY2(messageOf(dialog, u"idMessage"_s).contains(u"not unique"_s),
                 qPrintable(messageOf(dialog, u"idMessage"_s)));
        QVERIFY(!start->isEnabled());
        choose(id, u"row_id"_s);
        QVERIFY(messageOf(dialog, u"idMessage"_s).isEmpty());
        QVERIFY(start->isEnabled());

        // A constant target (the whole file was read: an error).
        choose(target, u"constant"_s);
        QVERIFY(isError(dialog, u"targetMessage"_s));
        QVERIFY(messageOf(dialog, u"targetMessage"_s).contains(u"nothing to learn"_s));
        QVERIFY(!start->isEnabled());
        choose(target, u"outcome"_s);
        QVERIFY(start->isEnabled());

        // Regression on text.
        auto* task = child<QComboBox>(dialog, u"taskCombo"_s);
        task->setCurrentIndex(task->findData(u"regression"_s));
        QVERIFY(isError(dialog, u"taskMessage"_s));
        QVERIFY(!start->isEnabled());
        // The scorings follow the task.
        QCOMPARE(child<QComboBox>(dialog, u"scoringCombo"_s)->currentData().toString(), u"mse"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"balanceCheck"_s)->isEnabled());
        task->setCurrentIndex(0);
        QCOMPARE(child<QComboBox>(dialog, u"scoringCombo"_s)->currentData().toString(), u"f1"_s);
        QVERIFY(start->isEnabled());

        // Dates: start after end, then a range with no rows.
        auto* date = child<QComboBox>(dialog, u"dateCombo"_s);
        choose(date, u"day"_s);
        auto* startCheck = child<QCheckBox>(dialog, u"startCheck"_s);
        auto* endCheck = child<QCheckBox>(dialog, u"endCheck"_s);
        auto* startEdit = child<QDateEdit>(dialog, u"startEdit"_s);
        auto* endEdit = child<QDateEdit>(dialog, u"endEdit"_s);
        QCOMPARE(startEdit->date(), QDate(2024, 1, 1)); // the sample's span
        QCOMPARE(endEdit->date(), QDate(2024, 1, 28));
        startCheck->setChecked(true);
        endCheck->setChecked(true);
        QVERIFY(startEdit->isEnabled());
        QVERIFY(start->isEnabled());
        startEdit->setDate(QDate(2024, 2, 1));
        QVERIFY(isError(dialog, u"dateMessage"_s));
        QVERIFY(messageOf(dialog, u"dateMessage"_s).contains(u"after the end"_s));
        QVERIFY(!start->isEnabled());
        endEdit->setDate(QDate(2024, 3, 1));
        QVERIFY(isError(dialog, u"dateMessage"_s));
        QVERIFY(messageOf(dialog, u"dateMessage"_s).contains(u"No row"_s));
        QVERIFY(!start->isEnabled());
        startEdit->setDate(QDate(2024, 1, 10));
        QVERIFY(messageOf(dialog, u"dateMessage"_s).isEmpty());
        QVERIFY(start->isEnabled());
        QCOMPARE(dialog.job().spec.startDate, QDate(2024, 1, 10));
        QCOMPARE(dialog.job().spec.endDate, QDate(2024, 3, 1));

        // Features: none checked, then how many can be kept.
        auto* tabs = child<QTabWidget>(dialog, u"dataTabs"_s);
        tabs->setCurrentIndex(1);
        QVERIFY(tabs->tabIcon(1).isNull());
        QTest::mouseClick(child<QPushButton>(dialog, u"checkNoneButton"_s), Qt::LeftButton);
        QVERIFY(isError(dialog, u"featuresMessage"_s));
        QVERIFY(isError(dialog, u"columnsMessage"_s));
        QVERIFY(!tabs->tabIcon(1).isNull()); // seen from the Preview tab too
        QVERIFY(!start->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, u"checkAllButton"_s), Qt::LeftButton);
        auto* keep = child<QSpinBox>(dialog, u"numFeaturesSpin"_s);
        QCOMPARE(keep->maximum(), 4); // day, group, constant, amount
        keep->setValue(3);
        QVERIFY(start->isEnabled());
        models::ColumnProfileModel* columns = dialog.columnModel();
        columns->setSelected(columns->indexOf(u"amount"_s), false);
        columns->setSelected(columns->indexOf(u"group"_s), false);
        QCOMPARE(keep->maximum(), 2);
        QVERIFY(keep->value() <= 2);
        QVERIFY(child<QLabel>(dialog, u"numFeaturesNote"_s)->text().contains(u"2"_s));

        // A type that does not fit the values.
        columns->setData(
            columns->index(columns->indexOf(u"group"_s), models::ColumnProfileModel::TypeColumn),
            int(engine::ColumnType::Numeric));
        QVERIFY(settle(dialog));
        QVERIFY(isError(dialog, u"columnsMessage"_s));
        QVERIFY2(messageOf(dialog, u"columnsMessage"_s).contains(u"line 2, column 3"_s),
                 qPrintable(messageOf(dialog, u"columnsMessage"_s)));
        QVERIFY(!start->isEnabled());
        columns->setData(
            columns->index(columns->indexOf(u"group"_s), models::ColumnProfileModel::TypeColumn),
            int(engine::ColumnType::Categorical));
        QVERIFY(settle(dialog));
        QVERIFY(start->isEnabled());
    }

    void job_carriesTheChoicesMade()
    {
        NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv()}, ui::JobDefaults{});
        dialog.show();
        QVERIFY(settle(dialog));
        child<QLineEdit>(dialog, u"nameEdit"_s)->setText(u"Churn, weekly"_s);
        auto* scoring = child<QComboBox>(dialog, u"scoringCombo"_s);
        scoring->setCurrentIndex(scoring->findData(u"roc_auc"_s));
        child<QCheckBox>(dialog, u"balanceCheck"_s)->setChecked(true);
        models::ColumnProfileModel* columns = dialog.columnModel();
        columns->setSelected(columns->indexOf(u"region"_s), false);
        columns->setData(columns->index(columns->indexOf(u"satisfaction_score"_s),
                                        models::ColumnProfileModel::TypeColumn),
                         int(engine::ColumnType::Categorical));
        QVERIFY(settle(dialog));
        child<QSpinBox>(dialog, u"numFeaturesSpin"_s)->setValue(8);
        choose(child<QComboBox>(dialog, u"dateCombo"_s), u"last_contact"_s);
        child<QCheckBox>(dialog, u"endCheck"_s)->setChecked(true);
        child<QDateEdit>(dialog, u"endEdit"_s)->setDate(QDate(2024, 6, 30));
        child<QSpinBox>(dialog, u"generationsSpin"_s)->setValue(3);
        auto* budget = child<ui::DurationSpinBox>(dialog, u"budgetSpin"_s);
        budget->setFocus();
        budget->selectAll();
        QTest::keyClicks(budget, u"1h30"_s);
        QTest::keyClick(budget, Qt::Key_Tab);
        QVERIFY(dialog.canStart());

        const jobs::Job job = dialog.job();
        QCOMPARE(job.name, u"Churn, weekly"_s);
        QCOMPARE(job.spec.scoring, u"roc_auc"_s);
        QCOMPARE(job.spec.toBalance, true);
        QCOMPARE(job.spec.numFeatures, 8);
        QCOMPARE(job.spec.featuresSelected.size(), 14);
        QVERIFY(!job.spec.featuresSelected.contains(u"region"_s));
        QVERIFY(!job.spec.featuresSelected.contains(u"churned"_s));
        QVERIFY(!job.spec.featuresSelected.contains(u"customer_id"_s));
        QVERIFY(job.spec.featuresSelected.contains(u"last_contact"_s)); // checked, so a feature too
        QCOMPARE(job.spec.dateColumn, u"last_contact"_s);
        QVERIFY(job.spec.startDate.isNull());
        QCOMPARE(job.spec.endDate, QDate(2024, 6, 30));
        QCOMPARE(job.spec.generations, 3);
        QCOMPARE(job.spec.maxRuntimeSeconds, 5400);
        QCOMPARE(job.spec.otherFields.value(u"columnTypes"_s).toObject(),
                 (QJsonObject{{u"satisfaction_score"_s, u"categorical"_s}}));
        // The preview shows the chosen type.
        const int column = columns->indexOf(u"satisfaction_score"_s);
        QCOMPARE(dialog.previewModel()
                     ->headerData(column, Qt::Horizontal, models::CsvPreviewModel::ColumnTypeRole)
                     .toString(),
                 u"categorical"_s);
    }

    void droppedFiles_areOfferedInOneDialog()
    {
        const QString second = m_directory->filePath(u"second.csv"_s);
        QVERIFY(newjob_test::writeFile(
            second, "key,x1,x2,label\nk1,1,2,a\nk2,3,4,b\nk3,5,6,a\nk4,7,8,b\n"));
        QFile::copy(second, m_directory->filePath(u"plain-copy.csv"_s));
        const QString notCsv = m_directory->filePath(u"notes.txt"_s);
        QVERIFY(newjob_test::writeFile(notCsv, "hello"));

        // As the main window hands over dropped files.
        NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv(), notCsv, second},
                            ui::JobDefaults{});
        dialog.show();
        QVERIFY(settle(dialog));
        auto* files = child<QComboBox>(dialog, u"fileCombo"_s);
        QCOMPARE(dialog.files(), (QStringList{newjob_test::sampleChurnCsv(), second}));
        QCOMPARE(files->currentText(), u"customer_churn.csv"_s);
        QCOMPARE(dialog.currentFile(), newjob_test::sampleChurnCsv());

        // A choice made for the first file survives a look at the second.
        auto* target = child<QComboBox>(dialog, u"targetCombo"_s);
        choose(target, u"plan"_s);
        files->setCurrentIndex(1);
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.currentFile(), second);
        QCOMPARE(dialog.previewModel()->columnCount(), 4);
        QCOMPARE(target->currentText(), u"label"_s);
        QCOMPARE(child<QComboBox>(dialog, u"idCombo"_s)->currentText(), u"key"_s);
        files->setCurrentIndex(0);
        QVERIFY(settle(dialog));
        QCOMPARE(target->currentText(), u"plan"_s);

        // More files dropped on the dialog join the list; the first is shown.
        const QString copy = m_directory->filePath(u"plain-copy.csv"_s);
        auto data = dragOf({notCsv, copy});
        QVERIFY(drop(dialog, data.get()));
        QVERIFY(settle(dialog));
        QCOMPARE(dialog.files().size(), 3);
        QCOMPARE(dialog.currentFile(), copy);
        auto nothing = dragOf({notCsv});
        QVERIFY(!drop(dialog, nothing.get()));
    }

    void choices_areRememberedPerFile()
    {
        {
            NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv()},
                                ui::JobDefaults{});
            dialog.show();
            QVERIFY(settle(dialog));
            choose(child<QComboBox>(dialog, u"idCombo"_s), u"None"_s);
            auto* scoring = child<QComboBox>(dialog, u"scoringCombo"_s);
            scoring->setCurrentIndex(scoring->findData(u"ks"_s));
            dialog.columnModel()->setSelected(dialog.columnModel()->indexOf(u"plan"_s), false);
            dialog.columnModel()->setData(
                dialog.columnModel()->index(dialog.columnModel()->indexOf(u"addon_services"_s),
                                            models::ColumnProfileModel::TypeColumn),
                int(engine::ColumnType::Categorical));
            QVERIFY(settle(dialog));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        NewJobDialog again({m_local.get()}, {newjob_test::sampleChurnCsv()}, ui::JobDefaults{});
        again.show();
        QVERIFY(settle(again));
        QCOMPARE(child<QComboBox>(again, u"idCombo"_s)->currentText(), u"None"_s);
        QCOMPARE(child<QComboBox>(again, u"scoringCombo"_s)->currentData().toString(), u"ks"_s);
        QVERIFY(!again.columnModel()->selectedFeatures().contains(u"plan"_s));
        QVERIFY(again.columnModel()->selectedFeatures().contains(u"region"_s));
        QCOMPARE(again.columnModel()->forcedTypes(),
                 (QHash<QString, engine::ColumnType>{
                     {u"addon_services"_s, engine::ColumnType::Categorical}}));
        const int column = again.columnModel()->indexOf(u"addon_services"_s);
        QCOMPARE(again.previewModel()->columnType(column), engine::ColumnType::Categorical);
    }

    void backends_decideWhereTheDataComesFrom()
    {
        // Only this computer: one choice, nothing else listed.
        {
            NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv()},
                                ui::JobDefaults{});
            auto* backends = child<QComboBox>(dialog, u"backendCombo"_s);
            QCOMPARE(backends->count(), 1);
            QVERIFY(!backends->isEnabled());
            QVERIFY(!child<QLineEdit>(dialog, u"featureTableEdit"_s)->isVisibleTo(&dialog));
        }
        FakeBackend server(u"server-1"_s, u"Lab server"_s,
                           jobs::BackendCapability::UploadData | jobs::BackendCapability::Stop);
        FakeBackend hub(u"hub-1"_s, u"ML Hub (production)"_s, jobs::BackendCapability::ListHistory);
        NewJobDialog dialog({m_local.get(), &server, &hub}, {newjob_test::sampleChurnCsv()},
                            ui::JobDefaults{});
        dialog.show();
        QVERIFY(settle(dialog));
        auto* backends = child<QComboBox>(dialog, u"backendCombo"_s);
        QCOMPARE(backends->count(), 3);
        QVERIFY(backends->isEnabled());
        auto* table = child<QLineEdit>(dialog, u"featureTableEdit"_s);
        auto* note = child<QLabel>(dialog, u"backendNote"_s);

        backends->setCurrentIndex(backends->findData(u"hub-1"_s));
        QCOMPARE(dialog.selectedBackend(), &hub);
        QVERIFY(table->isVisibleTo(&dialog));
        QCOMPARE(table->text(), u"customer_churn"_s);
        QVERIFY(note->text().contains(u"feature table"_s));
        QVERIFY(dialog.canStart());
        jobs::Job job = dialog.job();
        QCOMPARE(job.backend, u"hub-1"_s);
        QVERIFY(job.dataPath.isEmpty());
        QCOMPARE(job.spec.featureTableName, u"customer_churn"_s);
        table->clear();
        QVERIFY(isError(dialog, u"featureTableMessage"_s));
        QVERIFY(!dialog.canStart());
        table->setText(u"churn_features"_s);
        QVERIFY(dialog.canStart());

        backends->setCurrentIndex(backends->findData(u"server-1"_s));
        QVERIFY(!table->isVisibleTo(&dialog));
        QVERIFY(note->text().contains(u"uploaded"_s));
        job = dialog.job();
        QCOMPARE(job.backend, u"server-1"_s);
        QCOMPARE(job.dataPath, newjob_test::sampleChurnCsv());
        QCOMPARE(job.spec.featureTableName, u"customer_churn.csv"_s);
        dialog.accept();

        // The backend chosen last is chosen next time.
        NewJobDialog next({m_local.get(), &server, &hub}, {}, ui::JobDefaults{});
        QCOMPARE(next.selectedBackend(), &server);
    }

    void everyField_isNamedAndReachableByKeyboard()
    {
        NewJobDialog dialog({m_local.get()}, {newjob_test::sampleChurnCsv()}, ui::JobDefaults{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(settle(dialog));
        const QStringList inputs = {
            u"fileCombo"_s,      u"nameEdit"_s,     u"backendCombo"_s,    u"targetCombo"_s,
            u"taskCombo"_s,      u"scoringCombo"_s, u"idCombo"_s,         u"dateCombo"_s,
            u"startEdit"_s,      u"endEdit"_s,      u"numFeaturesSpin"_s, u"generationsSpin"_s,
            u"populationSpin"_s, u"budgetSpin"_s,   u"seedSpin"_s,        u"testFractionSpin"_s,
            u"previewView"_s,    u"columnsView"_s,  u"columnSearch"_s};
        for (const QString& name : inputs) {
            auto* widget = child<QWidget>(dialog, name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(name));
        }
        // Each form field has a label whose mnemonic leads to it.
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QStringList buddies;
        for (const QLabel* label : labels)
            if (label->buddy())
                buddies << label->buddy()->objectName();
        for (const QString& name :
             {u"targetCombo"_s, u"idCombo"_s, u"scoringCombo"_s, u"nameEdit"_s,
              u"numFeaturesSpin"_s, u"budgetSpin"_s, u"fileCombo"_s})
            QVERIFY2(buddies.contains(name), qPrintable(name));

        // Tab walks the form in reading order.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QWidget>(dialog, u"targetCombo"_s)->setFocus();
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"targetCombo"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"taskCombo"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"scoringCombo"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"idCombo"_s);
        // Enter starts the job.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void screenshots_ofTheSampleAndAWideFile()
    {
        const QString wide = m_directory->filePath(u"wide_sensor_readings.csv"_s);
        QByteArray text = "reading_id";
        for (int c = 0; c < 240; ++c)
            text += ",sensor_" + QByteArray::number(c).rightJustified(3, '0');
        text += ",failure\n";
        for (int r = 0; r < 400; ++r) {
            text += "R" + QByteArray::number(100000 + r);
            for (int c = 0; c < 240; ++c)
                text += ',' + QByteArray::number((r * 7 + c * 13) % 1000 / 10.0);
            text += r % 40 == 0 ? ",1\n" : ",0\n";
        }
        QVERIFY(newjob_test::writeFile(wide, text));

        for (const QString& file : {newjob_test::sampleChurnCsv(), wide}) {
            NewJobDialog dialog({m_local.get()}, {file}, ui::JobDefaults{});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(settle(dialog));
            QVERIFY(dialog.canStart());
            if (file == wide) {
                QCOMPARE(child<QComboBox>(dialog, u"targetCombo"_s)->currentText(), u"failure"_s);
                QCOMPARE(child<QComboBox>(dialog, u"idCombo"_s)->currentText(), u"reading_id"_s);
                QCOMPARE(dialog.columnModel()->selectedFeatures().size(), 240);
                QVERIFY(
                    child<QLabel>(dialog, u"balanceNote"_s)->text().startsWith(u"undersample"_s));
            }
            const QImage shot = dialog.grab().toImage();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.width() > 600);
            if (const QString folder = screenshotFolder(); !folder.isEmpty()) {
                const QString base = QFileInfo(file).completeBaseName();
                shot.save(folder + u"/newjob-"_s + base + u".png"_s);
                child<QTabWidget>(dialog, u"dataTabs"_s)->setCurrentIndex(1);
                QTest::qWait(20);
                dialog.grab().save(folder + u"/newjob-"_s + base + u"-columns.png"_s);
                // A dark theme, with a problem showing.
                QPalette dark;
                dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
                dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
                dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
                dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
                dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
                dialog.setPalette(dark);
                choose(child<QComboBox>(dialog, u"idCombo"_s),
                       child<QComboBox>(dialog, u"targetCombo"_s)->currentText());
                child<QTabWidget>(dialog, u"dataTabs"_s)->setCurrentIndex(0);
                QTest::qWait(20);
                dialog.grab().save(folder + u"/newjob-"_s + base + u"-dark.png"_s);
            }
        }
    }

private:
    std::unique_ptr<FakeBackend> m_local;
    std::unique_ptr<QTemporaryDir> m_directory;
};

QTEST_MAIN(TestNewJobDialog)
#include "test_ui_newjob_new_job_dialog.moc"
