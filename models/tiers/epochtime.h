#pragma once

#include <QtGlobal>
#include <cstddef>

// ISO 8601 UTC timestamps of the cache ("2026-11-23T08:15:00Z", optional fraction and
// offset-free) as seconds since the epoch without QDateTime: the what-if and the RFM pass
// read a million of them, and QDateTime::fromString costs microseconds each.
namespace EpochTime {
// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// `ok` false (and 0) when the text is not "YYYY-MM-DD" optionally followed by
// "THH:MM[:SS]"; a trailing fraction, "Z" or "+00:00" is ignored (the cache stores UTC).
inline qint64 parse(const char *s, std::size_t n, bool *ok = nullptr)
{
    auto digits = [&](std::size_t at, std::size_t count, int &out) {
        if (at + count > n)
            return false;
        int v = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            v = v * 10 + (s[i] - '0');
        }
        out = v;
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    bool good = s && digits(0, 4, y) && n > 4 && s[4] == '-' && digits(5, 2, mo) && n > 7 && s[7] == '-'
        && digits(8, 2, d) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    if (good && n > 10) {
        good = (s[10] == 'T' || s[10] == ' ') && digits(11, 2, h) && n > 13 && s[13] == ':' && digits(14, 2, mi);
        if (good && n > 16 && s[16] == ':')
            good = digits(17, 2, sec);
    }
    if (ok)
        *ok = good;
    if (!good)
        return 0;
    return daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec;
}
} // namespace EpochTime
