#include "engine/core/errors.h"
#include "engine/preprocess/datetime_column_encoder.h"
#include "engine/preprocess/table_encoder.h"

#include "reference_python.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

using namespace winnow::engine;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

Column valuesColumn(std::string name, ColumnType type, std::vector<double> values)
{
    Column column = Column::numeric(std::move(name), std::move(values));
    column.type = type;
    return column;
}

Table tableOf(std::vector<Column> columns)
{
    Table table;
    for (auto& column : columns)
        table.addColumn(std::move(column));
    return table;
}

// A table as the reference script reads it: columns with null for missing.
nlohmann::json toJson(const Table& table)
{
    nlohmann::json columns = nlohmann::json::array();
    for (const auto& column : table.columns()) {
        nlohmann::json values = nlohmann::json::array();
        for (std::size_t row = 0; row < column.size(); ++row) {
            if (column.isMissing(row))
                values.push_back(nullptr);
            else if (column.type == ColumnType::Categorical)
                values.push_back(column.text(row));
            else
                values.push_back(column.values[row]);
        }
        columns.push_back(
            {{"name", column.name}, {"type", columnTypeName(column.type)}, {"values", values}});
    }
    return columns;
}

// Training rows: numbers with and without gaps, a boolean with gaps, a
// city with two rare categories and some missing, a colour without either.
Table trainingTable()
{
    std::mt19937_64 random(4242);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::bernoulli_distribution coin(0.3);
    const int rows = 200;
    std::vector<double> age, income, member;
    std::vector<std::string> city, colour;
    for (int i = 0; i < rows; ++i) {
        age.push_back(i % 10 == 3 ? kNaN : std::round(40.0 + 12.0 * normal(random)));
        income.push_back(50000.0 + 5000.0 * normal(random));
        member.push_back(i % 17 == 5 ? kNaN : (coin(random) ? 1.0 : 0.0));
        city.push_back(i < 80    ? "Paris"
                       : i < 140 ? "Rome"
                       : i < 180 ? "Oslo"
                       : i < 186 ? "Lima"
                       : i < 190 ? "Kiev"
                                 : "");
        colour.push_back(i % 3 == 0 ? "red" : (i % 3 == 1 ? "green" : "blue"));
    }
    std::shuffle(city.begin(), city.end(), random);
    return tableOf({Column::numeric("age", age), Column::numeric("income", income),
                    valuesColumn("member", ColumnType::Boolean, member),
                    Column::categorical("city", city), Column::categorical("colour", colour)});
}

// Later rows: columns in another order plus one the encoder never saw,
// unseen categories, and gaps where training had none.
Table laterTable()
{
    std::vector<double> age, income, member;
    std::vector<std::string> city, colour, note;
    const std::vector<std::string> cities{"Paris", "Tokyo", "", "Lima", "Oslo", "Rome", "Kiev"};
    const std::vector<std::string> colours{"red", "purple", "", "green", "blue"};
    for (int i = 0; i < 30; ++i) {
        age.push_back(i % 4 == 0 ? kNaN : 20.0 + i);
        income.push_back(i == 7 ? kNaN : 40000.0 + 1000.0 * i);
        member.push_back(i % 5 == 0 ? kNaN : double(i % 2));
        city.push_back(cities[std::size_t(i) % cities.size()]);
        colour.push_back(colours[std::size_t(i) % colours.size()]);
        note.push_back("n" + std::to_string(i));
    }
    return tableOf({Column::categorical("colour", colour), Column::categorical("note", note),
                    valuesColumn("member", ColumnType::Boolean, member),
                    Column::categorical("city", city), Column::numeric("income", income),
                    Column::numeric("age", age)});
}

// Times with known calendars, from 1684 to 2255 (pandas' range), across
// leap days, the epoch and times of day.
std::vector<double> knownTimes()
{
    return {0,          -1,          951782400,   951868799,  -2208988800, 4102444800,
            1709164800, 1697561234,  -9000000000, 9000000000, 1234567890,  86399,
            -86400,     -2203891200, 1583020800,  1000000000};
}

bool bitIdentical(const Matrix& a, const Matrix& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

Index outputIndex(const TableEncoder& encoder, const std::string& name)
{
    const auto& names = encoder.outputNames();
    auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : Index(it - names.begin());
}

EncoderOptions optionsWith(EncoderOptions::Imputation imputation, double minFrequency)
{
    EncoderOptions options;
    options.imputation = imputation;
    options.minCategoryFrequency = minFrequency;
    return options;
}

} // namespace

class TestPreprocessTableEncoder : public QObject {
    Q_OBJECT

private:
    nlohmann::json m_answer;
    QString m_referenceError;
    const std::vector<EncoderOptions> m_configs{
        optionsWith(EncoderOptions::Imputation::Median, 0.04),
        optionsWith(EncoderOptions::Imputation::MostFrequent, 0.1)};

private slots:
    void initTestCase()
    {
        nlohmann::json input;
        input["train"] = toJson(trainingTable());
        input["test"] = toJson(laterTable());
        for (const auto& options : m_configs)
            input["configs"].push_back({{"strategy", imputationName(options.imputation)},
                                        {"minFrequency", options.minCategoryFrequency}});
        input["dates"] = knownTimes();
        if (!runReference(QStringLiteral("sklearn_table_encoder.py"), input, m_answer,
                          m_referenceError))
            m_answer = nullptr;
    }

    void encoding_matchesColumnTransformer_data()
    {
        QTest::addColumn<int>("config");
        QTest::newRow("median, minFrequency 0.04") << 0;
        QTest::newRow("most frequent, minFrequency 0.1") << 1;
    }
    void encoding_matchesColumnTransformer()
    {
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        QFETCH(int, config);
        const auto& answer = m_answer["configs"][std::size_t(config)];
        auto encoder = TableEncoder::fit(trainingTable(), m_configs[std::size_t(config)]);

        // The same columns (scikit-learn orders "<missing>" among the
        // categories, Winnow after them, so they are matched by name).
        auto expectedNames = answer["names"].get<std::vector<std::string>>();
        auto names = encoder.outputNames();
        std::sort(expectedNames.begin(), expectedNames.end());
        std::sort(names.begin(), names.end());
        QCOMPARE(names, expectedNames);

        const auto& referenceNames = answer["names"];
        for (const char* rows : {"train", "test"}) {
            Matrix ours =
                encoder.transform(std::string(rows) == "train" ? trainingTable() : laterTable());
            Matrix expected = matrixFromJson(answer[rows]);
            Matrix reordered(ours.rows(), expected.cols());
            for (std::size_t j = 0; j < referenceNames.size(); ++j)
                reordered.col(Index(j)) =
                    ours.col(outputIndex(encoder, referenceNames[j].get<std::string>()));
            QString where;
            QVERIFY2(matricesClose(reordered, expected, 1e-12, where),
                     qPrintable(QString::fromLatin1(rows) + QStringLiteral(" rows: ") + where));
        }
    }

    void datetime_knownDatesExpandAsPandas()
    {
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        const auto times = knownTimes();
        const auto& parts = m_answer["dateParts"];
        for (auto part : kDateParts) {
            const auto expected = parts[datePartName(part)].get<std::vector<double>>();
            for (std::size_t i = 0; i < times.size(); ++i)
                QVERIFY2(datePart(times[i], part) == expected[i],
                         qPrintable(QStringLiteral("%1 of %2: %3, pandas %4")
                                        .arg(QString::fromLatin1(datePartName(part)))
                                        .arg(times[i], 0, 'f', 0)
                                        .arg(datePart(times[i], part))
                                        .arg(expected[i])));
        }

        // Through the encoder, with a gap: every part varies, so all are kept.
        auto withGap = times;
        withGap.push_back(kNaN);
        Table table = tableOf({valuesColumn("when", ColumnType::Datetime, withGap)});
        auto encoder = TableEncoder::fit(table);
        const std::vector<std::string> names{"when_year",      "when_month", "when_day",
                                             "when_dayofweek", "when_hour",  "when_missing"};
        QCOMPARE(encoder.outputNames(), names);
        Matrix out = encoder.transform(table);
        for (std::size_t p = 0; p < kDateParts.size(); ++p) {
            const auto expected = parts[datePartName(kDateParts[p])].get<std::vector<double>>();
            for (std::size_t i = 0; i < times.size(); ++i)
                QCOMPARE(out(Index(i), Index(p)), expected[i]);
        }
        QCOMPARE(out(Index(times.size()), 5), 1.0);
        QCOMPARE(out(0, 5), 0.0);
    }

    void datetime_constantPartsDropped()
    {
        // Midnights of 2023: year and hour never change.
        std::vector<double> days;
        for (int d = 0; d < 60; ++d)
            days.push_back(1672531200.0 + 86400.0 * 5 * d);
        auto encoder =
            TableEncoder::fit(tableOf({valuesColumn("day", ColumnType::Datetime, days)}));
        const std::vector<std::string> names{"day_month", "day_day", "day_dayofweek"};
        QCOMPARE(encoder.outputNames(), names);
        auto steps = encoder.describeSteps();
        QCOMPARE(steps.front()["name"], nlohmann::json("datetimeexpander"));
        QCOMPARE(steps.front()["params"]["parts"], nlohmann::json({"month", "day", "dayofweek"}));
    }

    void unseenCategory_goesToOtherElseZeros()
    {
        auto encoder = TableEncoder::fit(trainingTable(), m_configs[0]);
        Matrix out = encoder.transform(laterTable());
        const Index tokyoRow = 1, purpleRow = 1;
        // city pooled Lima and Kiev into <other>, so Tokyo goes there too.
        QCOMPARE(out(tokyoRow, outputIndex(encoder, "city=<other>")), 1.0);
        double cityTotal = 0.0, colourTotal = 0.0;
        for (std::size_t j = 0; j < encoder.outputNames().size(); ++j) {
            if (encoder.sourceColumn(j) == "city")
                cityTotal += out(tokyoRow, Index(j));
            if (encoder.sourceColumn(j) == "colour")
                colourTotal += out(purpleRow, Index(j));
        }
        QCOMPARE(cityTotal, 1.0);
        // colour pooled nothing: an unseen colour sets no indicator.
        QCOMPARE(outputIndex(encoder, "colour=<other>"), Index(-1));
        QCOMPARE(colourTotal, 0.0);
    }

    void rareCategories_pooledIntoOther()
    {
        auto encoder = TableEncoder::fit(trainingTable(), m_configs[0]);
        for (const char* name :
             {"city=Paris", "city=Rome", "city=Oslo", "city=<missing>", "city=<other>"})
            QVERIFY2(outputIndex(encoder, name) >= 0, name);
        QCOMPARE(outputIndex(encoder, "city=Lima"), Index(-1));
        QCOMPARE(outputIndex(encoder, "city=Kiev"), Index(-1));
        Matrix out = encoder.transform(trainingTable());
        QCOMPARE(out.col(outputIndex(encoder, "city=<other>")).sum(), 10.0); // 6 Lima + 4 Kiev

        // With a higher minimum, missing (10 of 200) is pooled as well.
        auto stricter = TableEncoder::fit(trainingTable(), m_configs[1]);
        QCOMPARE(outputIndex(stricter, "city=<missing>"), Index(-1));
        QCOMPARE(
            stricter.transform(trainingTable()).col(outputIndex(stricter, "city=<other>")).sum(),
            20.0);
    }

    void manyCategories_fallBackToFrequency()
    {
        // 60 categories of 5 rows each: more than 50 kept categories.
        std::vector<std::string> codes;
        std::vector<double> x;
        for (int i = 0; i < 300; ++i) {
            codes.push_back("k" + std::to_string(i % 60));
            x.push_back(i);
        }
        codes[0] = "rare"; // one row: share 1/300
        auto encoder = TableEncoder::fit(
            tableOf({Column::categorical("code", codes), Column::numeric("x", x)}));
        QCOMPARE(encoder.outputNames(), (std::vector<std::string>{"code_frequency", "x"}));
        auto steps = encoder.describeSteps();
        QCOMPARE(steps.back()["name"], nlohmann::json("frequencyencoder"));
        QCOMPARE(steps.back()["params"]["columns"], nlohmann::json({"code"}));

        Table later = tableOf({Column::categorical("code", {"k1", "rare", "unseen", ""}),
                               Column::numeric("x", {1, 2, 3, 4})});
        Matrix out = encoder.transform(later);
        QCOMPARE(out(0, 0), 5.0 / 300.0);
        QCOMPARE(out(1, 0), 1.0 / 300.0);
        QCOMPARE(out(2, 0), 0.0); // unseen
        QCOMPARE(out(3, 0), 0.0); // missing, which training never had

        // Nearly every value distinct: more distinct values than half the
        // rows, so frequency too; and a column of all-distinct values has
        // one frequency for every row, a constant, so it is dropped.
        std::vector<std::string> ids, mostlyUnique;
        for (int i = 0; i < 300; ++i) {
            ids.push_back("id" + std::to_string(i));
            mostlyUnique.push_back("u" + std::to_string(i < 100 ? 0 : i));
        }
        auto idEncoder = TableEncoder::fit(
            tableOf({Column::categorical("id", ids), Column::categorical("u", mostlyUnique),
                     Column::numeric("x", x)}));
        QCOMPARE(idEncoder.outputNames(), (std::vector<std::string>{"u_frequency", "x"}));
        QCOMPARE(idEncoder.droppedColumns(), std::vector<std::string>{"id"});
    }

    void constantColumns_droppedAndNotRequired()
    {
        std::vector<double> x, same(50, 3.0), gapsOnly(50, 3.0), empty(50, kNaN);
        for (int i = 0; i < 50; ++i)
            x.push_back(i);
        gapsOnly[7] = kNaN;
        std::vector<std::string> single(50, "only");
        auto encoder = TableEncoder::fit(
            tableOf({Column::numeric("x", x), Column::numeric("same", same),
                     Column::numeric("gapsOnly", gapsOnly), Column::numeric("empty", empty),
                     Column::categorical("single", single),
                     valuesColumn("flag", ColumnType::Boolean, std::vector<double>(50, 1.0))}));
        // A value constant apart from gaps still says where the gaps were.
        QCOMPARE(encoder.outputNames(), (std::vector<std::string>{"x", "gapsOnly_missing"}));
        QCOMPARE(encoder.droppedColumns(),
                 (std::vector<std::string>{"same", "empty", "single", "flag"}));
        const std::vector<ColumnSchema> schema{{"x", ColumnType::Numeric},
                                               {"gapsOnly", ColumnType::Numeric}};
        QCOMPARE(encoder.inputSchema(), schema);
        Matrix out = encoder.transform(
            tableOf({Column::numeric("gapsOnly", {1, kNaN}), Column::numeric("x", {5, 6})}));
        QCOMPARE(out(0, 0), 5.0);
        QCOMPARE(out(1, 1), 1.0);
    }

    void missingColumns_errorNamesThemAll()
    {
        auto encoder = TableEncoder::fit(trainingTable());
        Table later = laterTable();
        later.removeColumn("age");
        later.removeColumn("city");
        try {
            encoder.transform(later);
            QFAIL("transform accepted a table without two of its columns");
        } catch (const InputError& error) {
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(message.contains(QStringLiteral("'age'")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("'city'")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("'income'")), qPrintable(message));
        }
    }

    void wrongType_errorNamesColumn()
    {
        auto encoder = TableEncoder::fit(trainingTable());
        Table later = laterTable();
        later.removeColumn("income");
        std::vector<std::string> texts(later.rowCount(), "lots");
        later.addColumn(Column::categorical("income", texts));
        try {
            encoder.transform(later);
            QFAIL("transform accepted text in a numeric column");
        } catch (const InputError& error) {
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(message.contains(QStringLiteral("'income'")), qPrintable(message));
        }
        // Numbers and booleans stand in for each other.
        Table relaxed = laterTable();
        relaxed.column(*relaxed.indexOf("member")).type = ColumnType::Numeric;
        QCOMPARE(encoder.transform(relaxed).rows(), Index(30));
    }

    void columnOrderAndExtras_doNotMatter()
    {
        auto encoder = TableEncoder::fit(trainingTable());
        Table later = laterTable();
        const std::vector<std::string> trainingOrder{"age", "income", "member", "city", "colour"};
        Table ordered = later.selectColumns(trainingOrder);
        QVERIFY(bitIdentical(encoder.transform(later), encoder.transform(ordered)));
    }

    void gapsUnseenInTraining_filledWithoutIndicator()
    {
        auto encoder = TableEncoder::fit(trainingTable());
        QCOMPARE(outputIndex(encoder, "income_missing"), Index(-1));
        QVERIFY(outputIndex(encoder, "age_missing") >= 0);
        Matrix out = encoder.transform(laterTable());
        QVERIFY(out.allFinite());
        // Row 7 lacks income: it gets the training median.
        std::vector<double> incomes = trainingTable().find("income")->values;
        std::sort(incomes.begin(), incomes.end());
        QCOMPARE(out(7, outputIndex(encoder, "income")), (incomes[99] + incomes[100]) / 2.0);
    }

    void saveThenLoad_transformsBitIdentical()
    {
        for (const auto& options : m_configs) {
            auto encoder = TableEncoder::fit(trainingTable(), options);
            SavedState state = encoder.save();
            auto loaded = TableEncoder::load(state);
            QVERIFY(loaded.save() == state);
            QCOMPARE(loaded.outputNames(), encoder.outputNames());
            QCOMPARE(loaded.inputSchema(), encoder.inputSchema());
            QCOMPARE(loaded.droppedColumns(), encoder.droppedColumns());
            QCOMPARE(loaded.describeSteps(), encoder.describeSteps());
            QVERIFY(bitIdentical(loaded.transform(laterTable()), encoder.transform(laterTable())));
        }
    }

    void damagedState_throwsInputError()
    {
        SavedState state = TableEncoder::fit(trainingTable()).save();
        SavedState noFill = state;
        noFill.arrays.erase("column0.fill");
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::load(noFill));
        SavedState badKind = state;
        badKind.values["columns"][3]["encoding"] = "targetencoder";
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::load(badKind));
        SavedState badType = state;
        badType.values["columns"][0]["keepValue"] = "yes";
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::load(badType));
        SavedState newer = state;
        newer.values["format"] = 2;
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::load(newer));
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::load(SavedState{}));
    }

    void describeSteps_optionsRoundTrip()
    {
        std::vector<double> times;
        for (int i = 0; i < 200; ++i)
            times.push_back(1.6e9 + 3600.0 * 7 * i);
        for (const auto& options : m_configs) {
            Table table = trainingTable();
            table.addColumn(valuesColumn("when", ColumnType::Datetime, times));
            auto encoder = TableEncoder::fit(table, options);
            auto steps = encoder.describeSteps();
            std::vector<std::string> names;
            for (const auto& step : steps)
                names.push_back(step["name"].get<std::string>());
            QCOMPARE(names, (std::vector<std::string>{"datetimeexpander", "simpleimputer",
                                                      "onehotencoder"}));
            QCOMPARE(steps[1]["params"]["strategy"],
                     nlohmann::json(imputationName(options.imputation)));
            QCOMPARE(steps[1]["params"]["addIndicator"], nlohmann::json(true));
            QCOMPARE(steps[2]["params"]["minFrequency"],
                     nlohmann::json(options.minCategoryFrequency));
            QCOMPARE(steps[2]["params"]["columns"], nlohmann::json({"city", "colour"}));

            EncoderOptions back = encoderOptionsFromSteps(steps);
            QVERIFY(back == options);
            auto refitted = TableEncoder::fit(table, back);
            QVERIFY(refitted.save() == encoder.save());
        }
        // Only the steps that apply are described.
        auto numeric = TableEncoder::fit(tableOf({Column::numeric("x", {1, 2, 3})}));
        QCOMPARE(numeric.describeSteps().size(), std::size_t(1));
        QCOMPARE(numeric.describeSteps()[0]["params"]["addIndicator"], nlohmann::json(false));
        QVERIFY_THROWS_EXCEPTION(
            InputError, encoderOptionsFromSteps(
                            {{{"name", "simpleimputer"}, {"params", {{"strategy", "mean"}}}}}));
    }

    void sourceColumn_mapsEveryOutput()
    {
        auto encoder = TableEncoder::fit(trainingTable());
        const auto& names = encoder.outputNames();
        for (std::size_t j = 0; j < names.size(); ++j) {
            const auto& source = encoder.sourceColumn(j);
            QVERIFY2(names[j] == source || names[j].rfind(source + "_", 0) == 0 ||
                         names[j].rfind(source + "=", 0) == 0,
                     names[j].c_str());
        }
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, encoder.sourceColumn(names.size()));
    }

    void clashingNames_madeUnique()
    {
        auto encoder = TableEncoder::fit(tableOf(
            {Column::numeric("a", {1, kNaN, 3, 4}), Column::numeric("a_missing", {5, 6, 7, 9})}));
        QCOMPARE(encoder.outputNames(),
                 (std::vector<std::string>{"a", "a_missing", "a_missing (2)"}));
        QCOMPARE(encoder.sourceColumn(2), std::string("a_missing"));
    }

    void unusableTraining_throwsInputError()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, TableEncoder::fit(Table{}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 TableEncoder::fit(tableOf({Column::numeric("x", {})})));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 TableEncoder::fit(tableOf({Column::numeric("x", {2, 2, 2})})));
        EncoderOptions bad;
        bad.minCategoryFrequency = 1.5;
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 TableEncoder::fit(tableOf({Column::numeric("x", {1, 2})}), bad));
    }

    void infinities_treatedAsMissing()
    {
        const double inf = std::numeric_limits<double>::infinity();
        auto encoder = TableEncoder::fit(tableOf({Column::numeric("x", {1, inf, 3, -inf, 5})}));
        QCOMPARE(encoder.outputNames(), (std::vector<std::string>{"x", "x_missing"}));
        Matrix out = encoder.transform(tableOf({Column::numeric("x", {inf, 2})}));
        QCOMPARE(out(0, 0), 3.0);
        QCOMPARE(out(0, 1), 1.0);
        QCOMPARE(out(1, 0), 2.0);
    }
};

QTEST_APPLESS_MAIN(TestPreprocessTableEncoder)
#include "test_preprocess_table_encoder.moc"
