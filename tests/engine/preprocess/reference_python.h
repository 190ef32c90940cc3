#pragma once

#include "engine/core/types.h"

#include <QString>

#include <nlohmann/json.hpp>

// Runs a reference script kept beside these tests with Debian's
// /usr/bin/python3 (which has numpy, pandas and scikit-learn): the script
// reads `input` from the JSON file named by its first argument and writes
// its answer to the second. Fails, with a message saying what is missing,
// when the interpreter, a library or the script is absent:
//
//     nlohmann::json answer;
//     QString error;
//     QVERIFY2(runReference("sklearn_transformers.py", input, answer, error),
//              qPrintable(error));
bool runReference(const QString& script, const nlohmann::json& input, nlohmann::json& output,
                  QString& error);

// Matrices travel as lists of rows. Non-finite numbers, which JSON lacks,
// travel as the strings "nan", "inf" and "-inf".
nlohmann::json toJsonRows(const winnow::engine::Matrix& matrix);
nlohmann::json toJsonList(const winnow::engine::Vector& vector);
winnow::engine::Matrix matrixFromJson(const nlohmann::json& rows);
winnow::engine::Vector vectorFromJson(const nlohmann::json& list);

// Whether `actual` matches `expected` to a relative tolerance, plus an
// absolute floor, the larger of `absolute` and a thousandth of `relative`
// times the largest magnitude in the same column of `expected`: values
// that cancel to rounding noise (a constant column centred on its mean)
// are not held to a relative error no floating-point computation has.
// NaNs and infinities must match exactly. On a mismatch `where` says which
// entry.
bool matricesClose(const winnow::engine::Matrix& actual, const winnow::engine::Matrix& expected,
                   double relative, QString& where, double absolute = 1e-14);
