#pragma once

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace winnow::engine {
namespace detail {

inline constexpr std::uint64_t powersOfTenInteger[] = {1,      10,      100,      1000,     10000,
                                                       100000, 1000000, 10000000, 100000000};

// Digits are read eight at a time as one 64-bit word (SWAR): how many of
// the word's bytes, from the first, are digits, and their value. Bytes
// after the first non-digit may be garbled by carries; they are never used.
inline unsigned leadingDigitCount(std::uint64_t word)
{
    std::uint64_t nibbles =
        (word & 0xF0F0F0F0F0F0F0F0) | (((word + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) >> 4);
    std::uint64_t mismatch = nibbles ^ 0x3333333333333333;
    return mismatch == 0 ? 8u : static_cast<unsigned>(std::countr_zero(mismatch)) / 8u;
}

// The value of the first `count` (1 to 8) digits of the word.
inline std::uint64_t leadingDigitsValue(std::uint64_t word, unsigned count)
{
    std::uint64_t digits = (word - 0x3030303030303030) << (8 * (8 - count));
    digits = digits * 10 + (digits >> 8);
    return (((digits & 0x000000FF000000FF) * 0x000F424000000064) +
            (((digits >> 16) & 0x000000FF000000FF) * 0x0000271000000001)) >>
           32;
}

// Appends the run of digits at `p` to `mantissa` (which may wrap when the
// run is long; the caller counts digits and gives up past 19).
inline const char* appendDigits(const char* p, const char* end, std::uint64_t& mantissa)
{
    if constexpr (std::endian::native == std::endian::little) {
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            unsigned count = leadingDigitCount(word);
            if (count == 0)
                return p;
            mantissa = mantissa * powersOfTenInteger[count] + leadingDigitsValue(word, count);
            p += count;
            if (count < 8)
                return p;
        }
    }
    while (p < end && static_cast<unsigned char>(*p - '0') < 10) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        ++p;
    }
    return p;
}

} // namespace detail

// Reads a decimal number at `begin` the way std::from_chars does (optional
// minus, digits with an optional point, optional exponent), returning where
// it ends, or nullptr when it is not one. Most numbers in CSV files have at
// most 19 significant digits and a small exponent; for those the value is
// computed exactly with one multiplication or division of two exactly
// representable doubles (Clinger's fast path), which IEEE arithmetic rounds
// correctly. Everything else goes to std::from_chars, so results are
// always identical to it.
inline const char* readNumber(const char* begin, const char* end, double& value)
{
    static constexpr double powersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char* p = begin;
    const bool negative = p < end && *p == '-';
    p += negative ? 1 : 0;
    const char* digitsStart = p;
    std::uint64_t mantissa = 0;
    p = detail::appendDigits(p, end, mantissa);
    auto digits = static_cast<int>(p - digitsStart);
    int exponent = 0;
    if (p < end && *p == '.') {
        ++p;
        const char* fractionStart = p;
        p = detail::appendDigits(p, end, mantissa);
        exponent = -static_cast<int>(p - fractionStart);
        digits -= exponent;
    }
    if (digits == 0) {
        // Without digits only inf, infinity and nan spellings are numbers
        // to from_chars; anything else (empty, NA, text) fails here cheaply.
        if (end - p < 3)
            return nullptr;
        const char first = static_cast<char>(*p | 0x20); // ASCII lower case
        const char second = static_cast<char>(p[1] | 0x20);
        if (!(first == 'i' && second == 'n') && !(first == 'n' && second == 'a'))
            return nullptr;
        goto general;
    }
    if (digits > 19) {
        // Leading zeros add nothing to the mantissa; only more than 19
        // other digits can overflow it.
        for (const char* q = digitsStart; q < p && (*q == '0' || *q == '.'); ++q)
            digits -= *q == '0' ? 1 : 0;
        if (digits > 19)
            goto general;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char* q = p + 1;
        bool negativeExponent = false;
        if (q < end && (*q == '-' || *q == '+')) {
            negativeExponent = *q == '-';
            ++q;
        }
        if (q == end || static_cast<unsigned char>(*q - '0') >= 10)
            goto general;
        int written = 0;
        while (q < end && static_cast<unsigned char>(*q - '0') < 10) {
            if (written < 10000)
                written = written * 10 + (*q - '0');
            ++q;
        }
        exponent += negativeExponent ? -written : written;
        p = q;
    }
    if (mantissa == 0) {
        value = negative ? -0.0 : 0.0;
        return p;
    }
    if (mantissa > (std::uint64_t(1) << 53) || exponent < -22 || exponent > 22)
        goto general;
    value = static_cast<double>(mantissa);
    value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent];
    if (negative)
        value = -value;
    return p;

general:
    auto [next, status] = std::from_chars(begin, end, value, std::chars_format::general);
    if (status != std::errc() || next == begin)
        return nullptr;
    return next;
}

} // namespace winnow::engine
