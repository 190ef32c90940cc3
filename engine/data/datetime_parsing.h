#pragma once

#include <optional>
#include <string_view>

namespace winnow::engine {

// Reads an ISO 8601 date or date-time as seconds since 1970-01-01T00:00:00Z.
//
//   2023-01-01                       midnight UTC
//   2023-01-01T10:00 / 10:00:00      T or a space between date and time;
//   2023-01-01 10:00:00.289          any number of fraction digits (. or ,)
//   ...Z  ...+02:00  ...-0530  ...+02  an offset, converted to UTC
//   2023-10-17 16:47:14.289 +0000 UTC  ML Hub's form: a space, an offset,
//                                      then a zone abbreviation that the
//                                      offset makes redundant
//
// Times without an offset are taken as UTC. Returns nothing for anything
// else, including impossible dates such as 2023-02-30.
std::optional<double> parseDatetime(std::string_view trimmed);

// Days from 1970-01-01 to the given proleptic Gregorian date.
long long daysFromCivil(long long year, unsigned month, unsigned day);

} // namespace winnow::engine
