#include "engine/core/errors.h"
#include "engine/data/byte_source.h"
#include "engine/data/category_dictionary.h"
#include "engine/data/csv_reader.h"
#include "engine/data/csv_structure.h"
#include "engine/data/datetime_parsing.h"
#include "engine/data/fast_number.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <zlib.h>

#include <cmath>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>

using namespace winnow::engine;

namespace {

Table parse(const std::string& text, CsvOptions options = {})
{
    return parseCsv(text, options, "data.csv");
}

// The error parsing `text` throws; fails the test when there is none.
std::optional<InputError> errorOf(const std::string& text, CsvOptions options = {})
{
    try {
        parse(text, options);
    } catch (const InputError& error) {
        return error;
    }
    return std::nullopt;
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

void writeFile(const QString& path, const std::string& bytes)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Compresses `text` as one gzip member per piece.
void writeGzip(const QString& path, const std::vector<std::string>& pieces)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    for (const auto& piece : pieces) {
        z_stream stream{};
        deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
        std::string compressed(deflateBound(&stream, piece.size()) + 64, '\0');
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
        stream.avail_in = static_cast<uInt>(piece.size());
        stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
        stream.avail_out = static_cast<uInt>(compressed.size());
        deflate(&stream, Z_FINISH);
        out.write(compressed.data(), static_cast<std::streamsize>(stream.total_out));
        deflateEnd(&stream);
    }
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Compares two tables cell by cell; returns where they first differ.
QString difference(const Table& a, const Table& b)
{
    if (a.rowCount() != b.rowCount() || a.columnCount() != b.columnCount())
        return QStringLiteral("shapes differ: %1x%2 vs %3x%4")
            .arg(a.rowCount())
            .arg(a.columnCount())
            .arg(b.rowCount())
            .arg(b.columnCount());
    for (std::size_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.column(c);
        const Column& y = b.column(c);
        if (x.name != y.name || x.type != y.type || x.categories != y.categories ||
            x.codes != y.codes)
            return QStringLiteral("column %1 differs in name, type, categories or codes").arg(c);
        for (std::size_t r = 0; r < x.values.size(); ++r)
            if (!sameValue(x.values[r], y.values[r]))
                return QStringLiteral("column %1 row %2 differs").arg(c).arg(r);
    }
    return {};
}

#define QVERIFY_LOCATION(error, expectedLine, expectedColumn)                                      \
    do {                                                                                           \
        QVERIFY2((error).has_value(), "expected an InputError");                                   \
        QVERIFY((error)->location().has_value());                                                  \
        QCOMPARE(qs((error)->location()->file), QStringLiteral("data.csv"));                       \
        QCOMPARE((error)->location()->line, std::size_t(expectedLine));                            \
        QCOMPARE((error)->location()->column, std::size_t(expectedColumn));                        \
    } while (false)

double epoch(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
             double second = 0)
{
    return static_cast<double>(daysFromCivil(year, month, day)) * 86400.0 + hour * 3600.0 +
           minute * 60.0 + second;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    // ----------------------------------------------------------- dialect

    void parse_simpleFile_readsTypedColumns()
    {
        Table table = parse("id,name,flag,when\n1,ann,true,2023-01-01\n2,bob,False,2023-01-02\n");
        QCOMPARE(table.rowCount(), std::size_t(2));
        QCOMPARE(table.columnCount(), std::size_t(4));
        QCOMPARE(table.column(0).type, ColumnType::Numeric);
        QCOMPARE(table.column(1).type, ColumnType::Categorical);
        QCOMPARE(table.column(2).type, ColumnType::Boolean);
        QCOMPARE(table.column(3).type, ColumnType::Datetime);
        QCOMPARE(table.column(0).values, (std::vector<double>{1, 2}));
        QCOMPARE(table.column(1).categories, (std::vector<std::string>{"ann", "bob"}));
        QCOMPARE(table.column(2).values, (std::vector<double>{1, 0}));
        QCOMPARE(table.column(3).values[1], epoch(2023, 1, 2));
    }

    void parse_quotedFields_keepDelimitersQuotesAndLineBreaks()
    {
        Table table = parse("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"line1\nline2\",\"\"\n"
                            "\"crlf\r\ninside\", \"spaced\" \n");
        QCOMPARE(table.rowCount(), std::size_t(3));
        const Column& a = table.column(0);
        QCOMPARE(a.text(0), std::string("x,y"));
        QCOMPARE(a.text(1), std::string("line1\nline2"));
        QCOMPARE(a.text(2), std::string("crlf\r\ninside"));
        const Column& b = table.column(1);
        QCOMPARE(b.text(0), std::string("say \"hi\""));
        QVERIFY(b.isMissing(1)); // "" is empty, so missing
        QCOMPARE(b.text(2), std::string("spaced"));
    }

    void parse_lineEndings_crlfLfAndNoFinalBreakReadAlike()
    {
        Table lf = parse("a,b\n1,x\n2,y\n");
        Table crlf = parse("a,b\r\n1,x\r\n2,y\r\n");
        Table unterminated = parse("a,b\n1,x\n2,y");
        Table unterminatedCrlf = parse("a,b\r\n1,x\r\n2,y\r");
        QCOMPARE(difference(lf, crlf), QString());
        QCOMPARE(difference(lf, unterminated), QString());
        QCOMPARE(difference(lf, unterminatedCrlf), QString());
        QCOMPARE(lf.rowCount(), std::size_t(2));
    }

    void parse_byteOrderMark_isSkipped()
    {
        Table table = parse("\xEF\xBB\xBFname,x\nä,1\n");
        QCOMPARE(qs(table.column(0).name), QStringLiteral("name"));
        QCOMPARE(qs(table.column(0).text(0)), QString::fromUtf8("ä"));
    }

    void parse_delimiters_areDetected_data()
    {
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QStringLiteral(",");
        QTest::newRow("semicolon") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("\t");
        QTest::newRow("pipe") << QStringLiteral("|");
    }
    void parse_delimiters_areDetected()
    {
        QFETCH(QString, delimiter);
        std::string d = delimiter.toStdString();
        // Commas inside quotes and in decimals must not fool the detection.
        std::string text = "a" + d + "b" + d + "c\n\"1,5\"" + d + "x" + d + "3\n\"2,5\"" + d +
                           "\"y" + d + "z\"" + d + "4\n";
        Table table = parse(text);
        QCOMPARE(table.columnCount(), std::size_t(3));
        QCOMPARE(table.column(0).text(0), std::string("1,5"));
        QCOMPARE(table.column(1).text(1), "y" + d + "z");
        QCOMPARE(table.column(2).values, (std::vector<double>{3, 4}));
    }

    void parse_givenDelimiter_overridesDetection()
    {
        CsvOptions options;
        options.delimiter = ';';
        Table table = parse("a,b;c\n1,2;3\n", options);
        QCOMPARE(table.columnCount(), std::size_t(2));
        QCOMPARE(qs(table.column(0).name), QStringLiteral("a,b"));
    }

    void parse_impossibleDelimiter_isAnError()
    {
        for (char delimiter : {'"', '\n', '\r', '\0'}) {
            CsvOptions options;
            options.delimiter = delimiter;
            QVERIFY(errorOf("a,b\n1,2\n", options).has_value());
        }
    }

    void parse_blankLines_areSkipped()
    {
        Table table = parse("\na,b\n\n1,2\n\r\n3,4\n\n");
        QCOMPARE(table.rowCount(), std::size_t(2));
        QCOMPARE(table.column(1).values, (std::vector<double>{2, 4}));
    }

    void parse_singleColumn_readsEveryLine()
    {
        Table table = parse("x\n1\n2\n\"\"\n3");
        QCOMPARE(table.columnCount(), std::size_t(1));
        QCOMPARE(table.rowCount(), std::size_t(4));
        QVERIFY(table.column(0).isMissing(2));
    }

    // ----------------------------------------------------------- types

    void categoryDictionary_agreesWithAHashMap()
    {
        // Texts of every length from 0 to 40 that differ in one byte only,
        // at every position, or only in length: the cases a shortcut in
        // comparing texts could get wrong. Codes are in order of first
        // appearance, as a plain hash map assigns them.
        std::vector<std::string> texts;
        for (std::size_t length = 0; length <= 40; ++length) {
            const std::string base(length, 'a');
            texts.push_back(base);
            for (std::size_t at = 0; at < length; ++at) {
                std::string changed = base;
                changed[at] = 'b';
                texts.push_back(changed);
            }
            texts.push_back(base + '\0');
        }
        // The comparison on its own: the hash would hide most of its mistakes.
        for (const std::string& a : texts) {
            for (const std::string& b : texts) {
                if (sameText(a, b) != (a == b))
                    QFAIL(qPrintable(QStringLiteral("sameText is wrong on texts of %1 and %2 bytes")
                                         .arg(a.size())
                                         .arg(b.size())));
            }
        }
        std::mt19937 random(7);
        std::uniform_int_distribution<std::size_t> pick(0, texts.size() - 1);
        CategoryDictionary dictionary;
        std::unordered_map<std::string, std::int32_t> reference;
        for (int i = 0; i < 20000; ++i) {
            const std::string& text = texts[pick(random)];
            const auto [it, added] = reference.emplace(text, std::int32_t(reference.size()));
            QCOMPARE(dictionary.intern(std::string_view(text)), it->second);
        }
        QCOMPARE(dictionary.size(), reference.size());
        for (const auto& [text, code] : reference)
            QCOMPARE(dictionary.categories()[std::size_t(code)], text);
    }

    void readNumber_agreesWithFromChars()
    {
        // Random strings of number characters, of every length around the
        // eight-digit steps of the fast path, each followed by a delimiter.
        std::mt19937_64 random(17);
        const std::string alphabet = "0123456789000.-+eE,x";
        for (int i = 0; i < 300000; ++i) {
            std::string text;
            std::size_t length = random() % 30;
            bool plain = random() % 2 == 0;
            for (std::size_t k = 0; k < length; ++k)
                text += plain ? static_cast<char>('0' + random() % 10)
                              : alphabet[random() % alphabet.size()];
            if (plain && length > 3 && random() % 2)
                text[random() % length] = '.';
            text += ',';
            const char* begin = text.data();
            const char* end = text.data() + text.size();
            double fast = 0, reference = 0;
            const char* fastEnd = readNumber(begin, end, fast);
            auto [referenceEnd, status] =
                std::from_chars(begin, end, reference, std::chars_format::general);
            bool referenceOk = status == std::errc() && referenceEnd != begin;
            QVERIFY2((fastEnd != nullptr) == referenceOk, text.c_str());
            if (referenceOk) {
                QVERIFY2(fastEnd == referenceEnd, text.c_str());
                QVERIFY2(std::memcmp(&fast, &reference, sizeof fast) == 0, text.c_str());
            }
        }
    }

    void parse_numbers_allFormsAreNumeric()
    {
        Table table = parse("n\n42\n-7\n+3.5\n.5\n5.\n1e3\n-2.5E-2\n+1e+2\n 8 \n\"9\"\n");
        const Column& n = table.column(0);
        QCOMPARE(n.type, ColumnType::Numeric);
        QCOMPARE(n.values, (std::vector<double>{42, -7, 3.5, 0.5, 5, 1000, -0.025, 100, 8, 9}));
    }

    void parse_numbersAndText_areCategoricalWithTextKept()
    {
        Table table = parse("zip\n01234\n98765\nunknown\n1.50\n");
        const Column& zip = table.column(0);
        QCOMPARE(zip.type, ColumnType::Categorical);
        QCOMPARE(zip.categories, (std::vector<std::string>{"01234", "98765", "unknown", "1.50"}));
    }

    void parse_booleans_anyCaseButNotYesNo()
    {
        Table table = parse("b,answer\ntrue,yes\nFALSE,no\nTrue,yes\nfAlSe,no\n");
        QCOMPARE(table.column(0).type, ColumnType::Boolean);
        QCOMPARE(table.column(0).values, (std::vector<double>{1, 0, 1, 0}));
        QCOMPARE(table.column(1).type, ColumnType::Categorical);
    }

    void parse_mixedKinds_areCategorical()
    {
        Table table = parse("a,b,c\n1,true,2023-01-01\ntrue,2023-01-01,3\n");
        for (std::size_t c = 0; c < 3; ++c)
            QCOMPARE(table.column(c).type, ColumnType::Categorical);
    }

    void parse_datetimes_everyFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        const double base = epoch(2023, 10, 17);
        const double at = epoch(2023, 10, 17, 16, 47, 14); // 16:47:14 UTC
        QTest::newRow("date") << QStringLiteral("2023-10-17") << base;
        QTest::newRow("T") << QStringLiteral("2023-10-17T16:47:14") << at;
        QTest::newRow("space") << QStringLiteral("2023-10-17 16:47:14") << at;
        QTest::newRow("minutes") << QStringLiteral("2023-10-17T16:47")
                                 << epoch(2023, 10, 17, 16, 47);
        QTest::newRow("fraction") << QStringLiteral("2023-10-17T16:47:14.25") << at + 0.25;
        QTest::newRow("Z") << QStringLiteral("2023-10-17T16:47:14Z") << at;
        QTest::newRow("plus") << QStringLiteral("2023-10-17T18:47:14+02:00") << at;
        QTest::newRow("minus") << QStringLiteral("2023-10-17T11:17:14-05:30") << at;
        QTest::newRow("compact offset") << QStringLiteral("2023-10-17T18:47:14+0200") << at;
        QTest::newRow("fraction Z") << QStringLiteral("2023-10-17T16:47:14.5Z") << at + 0.5;
        QTest::newRow("ml hub") << QStringLiteral("2022-01-01 00:00:00 +0000 UTC")
                                << epoch(2022, 1, 1);
        QTest::newRow("ml hub fraction")
            << QStringLiteral("2023-10-17 16:47:14.289 +0000 UTC") << at + 0.289;
        QTest::newRow("ml hub offset") << QStringLiteral("2023-10-17 18:47:14 +0200 CEST") << at;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << epoch(2024, 2, 29);
        QTest::newRow("before 1970") << QStringLiteral("1969-12-31T23:59:59Z") << -1.0;
    }
    void parse_datetimes_everyFormat()
    {
        QFETCH(QString, text);
        QFETCH(double, expected);
        Table table = parse("t\n" + text.toStdString() + "\n\n");
        QCOMPARE(table.column(0).type, ColumnType::Datetime);
        QVERIFY2(std::abs(table.column(0).values[0] - expected) < 1e-6,
                 qPrintable(QString::number(table.column(0).values[0], 'f', 6)));
    }

    void parse_impossibleDatetimes_areText_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : {"2023-02-29", "2023-13-01", "2023-01-32", "2023-01-01T24:00:00",
                                 "2023-01-01T10:60", "2023-1-01", "2023/01/01", "01/02/2023",
                                 "2023-01-01T10", "2023-01-01 10:00:00 +0000 utc"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void parse_impossibleDatetimes_areText()
    {
        QFETCH(QString, text);
        Table table = parse("t\n" + text.toStdString() + "\n");
        QCOMPARE(table.column(0).type, ColumnType::Categorical);
    }

    void parse_missingMarkers_anyCase_data()
    {
        QTest::addColumn<QString>("marker");
        for (const char* marker : {"", "NA", "na", "N/A", "n/a", "NaN", "nan", "NAN", "null",
                                   "NULL", "Null", "None", "none", "NONE", " NA ", "\"\""})
            QTest::newRow(marker) << QString::fromLatin1(marker);
    }
    void parse_missingMarkers_anyCase()
    {
        QFETCH(QString, marker);
        std::string m = marker.toStdString();
        Table table = parse("n,b,t,c\n1,true,2023-01-01,x\n" + m + "," + m + "," + m + "," + m +
                            "\n3,false,2023-01-02,y\n");
        QCOMPARE(table.column(0).type, ColumnType::Numeric);
        QCOMPARE(table.column(1).type, ColumnType::Boolean);
        QCOMPARE(table.column(2).type, ColumnType::Datetime);
        QCOMPARE(table.column(3).type, ColumnType::Categorical);
        for (std::size_t c = 0; c < 4; ++c) {
            QVERIFY(table.column(c).isMissing(1));
            QCOMPARE(table.column(c).missingCount(), std::size_t(1));
        }
        QCOMPARE(table.column(3).categories, (std::vector<std::string>{"x", "y"}));
    }

    void parse_allMissingColumn_isNumeric()
    {
        Table table = parse("a,b\n1,\n2,NA\n");
        QCOMPARE(table.column(1).type, ColumnType::Numeric);
        QCOMPARE(table.column(1).missingCount(), std::size_t(2));
    }

    void parse_textLateInNumericColumn_isCategoricalWithAllTexts()
    {
        // The first rows look numeric; the text comes long after the rows
        // the reader samples to guess types.
        std::string text = "id,value\n";
        for (int i = 0; i < 30000; ++i)
            text += std::to_string(i) + "," + std::to_string(i % 7) + ".0\n";
        text += "30000,seven\n30001,\n";
        Table table = parse(text);
        const Column& value = table.column(1);
        QCOMPARE(value.type, ColumnType::Categorical);
        QCOMPARE(value.categories.size(), std::size_t(8));
        QCOMPARE(value.categories.front(), std::string("0.0"));
        QCOMPARE(value.text(29999), std::to_string(29999 % 7) + ".0");
        QCOMPARE(value.text(30000), std::string("seven"));
        QVERIFY(value.isMissing(30001));
        QCOMPARE(table.column(0).type, ColumnType::Numeric);
    }

    // ----------------------------------------------------------- options

    void parse_maxRows_readsOnlyTheFirstRows()
    {
        std::string text = "a,b\n";
        for (int i = 0; i < 1000; ++i)
            text += std::to_string(i) + ",x" + std::to_string(i) + "\n";
        text += "oops,ragged,row\n";
        CsvOptions options;
        options.maxRows = 10;
        Table table = parse(text, options);
        QCOMPARE(table.rowCount(), std::size_t(10));
        QCOMPARE(table.column(0).values.back(), 9.0);
        QCOMPARE(table.column(1).categories.size(), std::size_t(10));
        options.maxRows = 5000;
        QVERIFY(errorOf(text, options).has_value());
    }

    void parse_maxRows_stopsRightAfterABlockEndingInALineBreak()
    {
        // The second record ends exactly on the scanner's 64-byte block.
        std::string text = "a,b\n1,2\n3," + std::string(57, 'x') + "\n4,5\n";
        QCOMPARE(text.find('\n', 8), std::size_t(67));
        CsvOptions options;
        options.maxRows = 2;
        Table table = parse(text, options);
        QCOMPARE(table.rowCount(), std::size_t(2));
        QCOMPARE(table.column(1).text(1), std::string(57, 'x'));
    }

    void parse_maxRows_typesComeFromTheRowsRead()
    {
        CsvOptions options;
        options.maxRows = 1;
        Table table = parse("a,b\n1,\n2,text\n", options);
        QCOMPARE(table.column(1).type, ColumnType::Numeric);
        QVERIFY(table.column(1).isMissing(0));
    }

    void parse_columnTypes_forceTypes()
    {
        CsvOptions options;
        options.columnTypes = {{"code", ColumnType::Categorical},
                               {"flag", ColumnType::Boolean},
                               {"n", ColumnType::Numeric},
                               {"absent", ColumnType::Numeric}};
        Table table = parse("code,flag,n\n007,true,\n1.0,,2\n", options);
        QCOMPARE(table.column(0).type, ColumnType::Categorical);
        QCOMPARE(table.column(0).categories, (std::vector<std::string>{"007", "1.0"}));
        QCOMPARE(table.column(1).type, ColumnType::Boolean);
        QVERIFY(table.column(1).isMissing(1));
        QCOMPARE(table.column(2).type, ColumnType::Numeric);
        QVERIFY(table.column(2).isMissing(0));
    }

    void parse_forcedNumericWithText_namesLineColumnAndValue()
    {
        CsvOptions options;
        options.columnTypes = {{"price", ColumnType::Numeric}};
        auto error = errorOf("id,price\n1,2.5\n2,\"3\"\n3,cheap\n", options);
        QVERIFY_LOCATION(error, 4, 2);
        QVERIFY(error->problem().find("'cheap'") != std::string::npos);
        QVERIFY(error->problem().find("'price'") != std::string::npos);
        QVERIFY(error->problem().find("not a number") != std::string::npos);
    }

    void parse_forcedDatetimeAndBoolean_rejectOtherValues()
    {
        CsvOptions options;
        options.columnTypes = {{"t", ColumnType::Datetime}, {"b", ColumnType::Boolean}};
        QVERIFY_LOCATION(errorOf("t,b\n2023-01-01,true\n5,false\n", options), 3, 1);
        QVERIFY_LOCATION(errorOf("t,b\n2023-01-01,true\n,yes\n", options), 3, 2);
    }

    // ----------------------------------------------------------- errors

    void parse_raggedRows_sayExpectedAndFound()
    {
        auto tooMany = errorOf("a,b,c\n1,2,3\n4,5,6,7,8\n");
        QVERIFY_LOCATION(tooMany, 3, 0);
        QCOMPARE(qs(tooMany->problem()),
                 QStringLiteral("expected 3 fields as in the header, found 5"));
        auto tooFew = errorOf("a,b,c\n1,2,3\n\"x\ny\",5\n");
        QVERIFY_LOCATION(tooFew, 3, 0);
        QCOMPARE(qs(tooFew->problem()),
                 QStringLiteral("expected 3 fields as in the header, found 2"));
    }

    void parse_unterminatedQuote_saysWhereItOpened()
    {
        auto error = errorOf("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
        QVERIFY_LOCATION(error, 3, 2);
        QVERIFY(error->problem().find("unterminated") != std::string::npos);
        auto inHeader = errorOf("a,\"b\n1,2\n");
        QVERIFY_LOCATION(inHeader, 1, 2);
        auto escaped = errorOf("a,b\n1,\"x\"\"y\n");
        QVERIFY_LOCATION(escaped, 2, 2);
    }

    void parse_strayQuotes_areLocated()
    {
        auto inside = errorOf("a,b\n1,2\n3,5\"x\n");
        QVERIFY_LOCATION(inside, 3, 2);
        QVERIFY(inside->problem().find("quote inside an unquoted field") != std::string::npos);
        auto after = errorOf("a,b\n1,\"x\"y\n");
        QVERIFY_LOCATION(after, 2, 2);
        QVERIFY(after->problem().find("after the closing quote") != std::string::npos);
    }

    void parse_earliestError_isReported()
    {
        // A ragged row comes before a stray quote; the ragged row is named.
        auto error = errorOf("a,b\n1,2\n3\n4,5\"\n");
        QVERIFY_LOCATION(error, 3, 0);
    }

    void parse_invalidUtf8_isLocated()
    {
        auto error = errorOf("a,b\n1,ok\n2,bad\xFF\n");
        QVERIFY_LOCATION(error, 3, 2);
        QVERIFY(error->problem().find("UTF-8") != std::string::npos);
        QVERIFY_LOCATION(errorOf("a,b\xC3\n1,2\n"), 1, 2);
        QVERIFY_LOCATION(errorOf("a,b\n1,\xED\xA0\x80\n"), 2, 2); // a surrogate
    }

    void parse_headerProblems_areLocated()
    {
        auto duplicate = errorOf("x,y,x\n1,2,3\n");
        QVERIFY_LOCATION(duplicate, 1, 3);
        QCOMPARE(qs(duplicate->problem()), QStringLiteral("columns 1 and 3 are both named 'x'"));
        auto unnamed = errorOf("x,,z\n1,2,3\n");
        QVERIFY_LOCATION(unnamed, 1, 2);
        QVERIFY(unnamed->problem().find("no name") != std::string::npos);
        auto noRows = errorOf("x,y\n\n");
        QVERIFY_LOCATION(noRows, 1, 0);
        QVERIFY(noRows->problem().find("no data rows") != std::string::npos);
    }

    void parse_emptyText_isAnError()
    {
        for (const char* text : {"", "\xEF\xBB\xBF", "\n\r\n"}) {
            auto error = errorOf(text);
            QVERIFY(error.has_value());
            QCOMPARE(qs(error->problem()), QStringLiteral("the file is empty"));
        }
    }

    // ----------------------------------------------------------- files

    void readCsv_missingFile_isAnInputError()
    {
        QTemporaryDir dir;
        try {
            readCsv((dir.path() + QStringLiteral("/absent.csv")).toStdString());
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY(error.location().has_value());
            QVERIFY(error.problem().find("cannot open") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(InputError, readCsv(dir.path().toStdString()));
    }

    void readCsv_gzip_readsLikePlainText()
    {
        QTemporaryDir dir;
        std::string text = "a,b,c\n";
        for (int i = 0; i < 50000; ++i)
            text += std::to_string(i) + ",\"q" + std::to_string(i % 13) + "\n\"," +
                    std::to_string(i * 0.25) + "\n";
        QString plain = dir.path() + QStringLiteral("/data.csv");
        QString single = dir.path() + QStringLiteral("/data.csv.gz");
        QString members = dir.path() + QStringLiteral("/members.gz");
        writeFile(plain, text);
        writeGzip(single, {text});
        std::size_t half = text.size() / 2;
        writeGzip(members, {text.substr(0, half), text.substr(half)});
        Table expected = readCsv(plain.toStdString());
        QCOMPARE(expected.rowCount(), std::size_t(50000));
        for (unsigned threads : {1u, 2u}) {
            CsvOptions options;
            options.threads = threads;
            QCOMPARE(difference(readCsv(single.toStdString(), options), expected), QString());
            QCOMPARE(difference(readCsv(members.toStdString(), options), expected), QString());
        }
        CsvShape shape = sampleCsv(single.toStdString(), 100);
        QVERIFY(shape.compressed);
        QCOMPARE(shape.sampledRows, std::size_t(100));
        // Early rows are shorter than later ones, so the estimate is rough.
        QVERIFY2(shape.estimatedRows > 30000 && shape.estimatedRows < 80000,
                 qPrintable(QString::number(shape.estimatedRows)));
    }

    void readCsv_gzipErrors_areLocatedInTheText()
    {
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/ragged.csv.gz");
        writeGzip(path, {"a,b\n1,\"two\nlines\"\n3,4,5\n"});
        try {
            readCsv(path.toStdString());
            QFAIL("no error");
        } catch (const InputError& error) {
            QVERIFY(error.location().has_value());
            QCOMPARE(error.location()->line, std::size_t(4));
            QCOMPARE(error.location()->column, std::size_t(0));
        }
    }

    void readCsv_corruptGzip_isAnInputError()
    {
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/bad.csv.gz");
        std::string text = "a,b\n";
        for (int i = 0; i < 20000; ++i)
            text += std::to_string(i) + "," + std::to_string(i * 3) + "\n";
        writeGzip(path, {text});
        std::ifstream in(path.toStdString(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        std::string truncated = bytes.substr(0, bytes.size() / 2);
        std::string damaged = bytes;
        for (std::size_t i = 40; i < 80; ++i)
            damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        for (const auto& broken : {truncated, damaged, std::string("\x1f\x8b\x08garbage")}) {
            writeFile(path, broken);
            try {
                readCsv(path.toStdString());
                QFAIL("no error");
            } catch (const InputError& error) {
                QVERIFY2(error.problem().find("gzip") != std::string::npos, error.what());
            }
        }
    }

    void sampleCsv_estimatesRowsFromTheHead()
    {
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/big.csv");
        std::string text = "x,y\n";
        std::mt19937 random(3);
        for (int i = 0; i < 200000; ++i)
            text +=
                std::to_string(random() % 100000) + "," + std::to_string(random() % 1000) + "\n";
        writeFile(path, text);
        CsvShape shape = sampleCsv(path.toStdString(), 1000);
        QCOMPARE(shape.sampledRows, std::size_t(1000));
        QCOMPARE(shape.sample.rowCount(), std::size_t(1000));
        QCOMPARE(shape.delimiter, ',');
        QVERIFY(!shape.compressed);
        QCOMPARE(shape.fileBytes, std::uint64_t(text.size()));
        QVERIFY2(shape.estimatedRows > 180000 && shape.estimatedRows < 220000,
                 qPrintable(QString::number(shape.estimatedRows)));
        writeFile(path, "x,y\n1,2\n3,4\n");
        QCOMPARE(sampleCsv(path.toStdString()).estimatedRows, std::uint64_t(2));
    }

    // ----------------------------------------------------------- parallel

    void read_parallel_equalsSingleThreaded()
    {
        // Quoted line breaks and doubled quotes everywhere, some fields far
        // longer than the reader's blocks, so records straddle every kind
        // of boundary the parallel reader cuts at.
        std::mt19937 random(11);
        std::string text = "id,label,amount,note,when\n";
        int row = 0;
        while (text.size() < 40u << 20) {
            std::string note;
            switch (random() % 5) {
            case 0: note = "\"multi\nline \"\"quoted\"\"\r\ntext\""; break;
            case 1: note = "plain" + std::to_string(random() % 50); break;
            case 2: note = ""; break;
            case 3: note = "\"a,b\""; break;
            default: note = "NA"; break;
            }
            if (row % 20000 == 7)
                note = "\"" + std::string(3u << 20, 'x') + "\n,\"\"\"";
            text += std::to_string(row) + ",c" + std::to_string(random() % 300) + "," +
                    std::to_string(static_cast<int>(random() % 100000) - 50000) + "." +
                    std::to_string(random() % 100) + "," + note + ",2023-01-" +
                    std::to_string(10 + random() % 19) + "T10:00:00Z\n";
            ++row;
        }
        CsvOptions single;
        single.threads = 1;
        Table expected = parse(text, single);
        QCOMPARE(expected.rowCount(), std::size_t(row));
        QCOMPARE(expected.column(3).type, ColumnType::Categorical);
        QCOMPARE(expected.column(4).type, ColumnType::Datetime);
        for (unsigned threads : {2u, 3u, 8u}) {
            CsvOptions options;
            options.threads = threads;
            QCOMPARE(difference(parse(text, options), expected), QString());
        }
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/parallel.csv");
        writeFile(path, text);
        CsvOptions two;
        two.threads = 2;
        QCOMPARE(difference(readCsv(path.toStdString(), two), expected), QString());
    }

    void scanStructure_parallelPartsEqualOneScan()
    {
        // Small parts and chunks, and quoted line breaks everywhere, so that
        // many parts start inside quotes and their guess must be undone.
        std::mt19937 random(23);
        for (int round = 0; round < 30; ++round) {
            std::string text = "a,b\n";
            std::size_t rows = 2000 + random() % 3000;
            for (std::size_t r = 0; r < rows; ++r) {
                switch (random() % 6) {
                case 0: text += "\"x\ny\n\n\",1\n"; break;
                case 1: text += "\n"; break; // a blank line
                case 2: text += "\"\"\"q\"\"\",\"\r\n\"\r\n"; break;
                case 3: text += "p,\"" + std::string(random() % 300, '\n') + "\"\n"; break;
                default: text += std::to_string(r) + ",z\n"; break;
                }
            }
            if (round % 3 == 1)
                text += "5,\"never closed\n1,2\n";
            if (round % 3 == 2)
                text += "5,x\"y\n1,2\n";
            auto source = memorySource(text, "data.csv");
            CsvStructureOptions options;
            options.dataStart = 4;
            options.chunkBytes = 256 + random() % 2000;
            options.minPartBytes = 64;
            CsvStructure one = scanCsvStructure(*source, options);
            for (unsigned threads : {2u, 3u, 7u}) {
                options.threads = threads;
                CsvStructure many = scanCsvStructure(*source, options);
                QCOMPARE(many.rows, one.rows);
                QCOMPARE(many.complete, one.complete);
                QCOMPARE(int(many.problem), int(one.problem));
                QCOMPARE(many.problemAt, one.problemAt);
                QCOMPARE(many.problemRecordStart, one.problemRecordStart);
                // Chunks may be cut elsewhere, but must tile the same text
                // with rows adding up.
                QCOMPARE(many.chunks.front().begin, one.chunks.front().begin);
                QCOMPARE(many.chunks.back().end, one.chunks.back().end);
                std::uint64_t rowsSeen = 0;
                for (std::size_t i = 0; i < many.chunks.size(); ++i) {
                    QCOMPARE(many.chunks[i].firstRow, rowsSeen);
                    rowsSeen += many.chunks[i].rows;
                    if (i > 0)
                        QCOMPARE(many.chunks[i].begin, many.chunks[i - 1].end);
                }
                QCOMPARE(rowsSeen, many.rows);
            }
            if (round % 3 == 0) {
                CsvOptions single;
                single.threads = 1;
                CsvOptions several;
                several.threads = 3;
                QCOMPARE(parse(text, several).rowCount(), std::size_t(one.rows));
            }
        }
    }

    // ----------------------------------------------------------- pandas

    void read_numbersAndMissing_matchPandas()
    {
        QString python = QStringLiteral("/usr/bin/python3");
        QVERIFY2(QFileInfo::exists(python), "/usr/bin/python3 is missing (Debian's python3)");
        QString script = QStringLiteral(WINNOW_SOURCE_DIR "/tests/engine/data/pandas_csv_check.py");

        const std::vector<std::string> markers = {"NA",  "na",   "N/A",  "n/a",  "NaN",
                                                  "nan", "null", "NULL", "None", "none"};
        std::mt19937_64 random(5);
        std::string text = "ints,decimals,exponents,signed,sparse\n";
        for (int i = 0; i < 20000; ++i) {
            auto pick = [&](int modulo) { return static_cast<long long>(random() % modulo); };
            std::string sparse =
                pick(4) == 0   ? markers[static_cast<std::size_t>(pick(10))]
                : pick(5) == 0 ? std::string()
                               : std::to_string(pick(1000)) + "." + std::to_string(pick(1000000));
            char exponent[64];
            std::snprintf(
                exponent, sizeof exponent, "%.17g",
                std::ldexp(static_cast<double>(random() >> 11), -static_cast<int>(pick(80))));
            char decimal[64];
            std::snprintf(decimal, sizeof decimal, "%.*f", static_cast<int>(pick(9)),
                          static_cast<double>(pick(2000000)) / 997.0 - 1000.0);
            text += std::to_string(pick(2000001) - 1000000) + "," + decimal + "," + exponent + "," +
                    (pick(2) ? "+" : "-") + std::to_string(pick(100000)) + "e" +
                    std::to_string(pick(40) - 20) + "," + sparse + "\n";
        }
        QTemporaryDir dir;
        QString path = dir.path() + QStringLiteral("/numbers.csv");
        writeFile(path, text);

        QProcess process;
        QStringList arguments{script, path};
        for (const auto& marker : markers)
            arguments << qs(marker);
        process.start(python, arguments);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(QStringLiteral("pandas is missing or failed: ") +
                            QString::fromUtf8(process.readAllStandardError())));
        QJsonObject reference = QJsonDocument::fromJson(process.readAllStandardOutput()).object();

        CsvOptions options;
        options.threads = 2;
        Table table = readCsv(path.toStdString(), options);
        QCOMPARE(table.rowCount(), std::size_t(20000));
        for (const Column& column : table.columns()) {
            QJsonObject expected = reference.value(qs(column.name)).toObject();
            QCOMPARE(column.type, ColumnType::Numeric);
            QCOMPARE(column.missingCount(),
                     static_cast<std::size_t>(expected.value(QStringLiteral("missing")).toInt()));
            QJsonArray values = expected.value(QStringLiteral("values")).toArray();
            QCOMPARE(static_cast<std::size_t>(values.size()), column.values.size());
            for (std::size_t r = 0; r < column.values.size(); ++r) {
                QJsonValue value = values.at(static_cast<qsizetype>(r));
                if (value.isNull())
                    QVERIFY2(std::isnan(column.values[r]), qPrintable(qs(column.name)));
                else
                    QVERIFY2(column.values[r] == value.toDouble(),
                             qPrintable(qs(column.name) + QStringLiteral(" row %1").arg(r)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
