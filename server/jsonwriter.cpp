#include "jsonwriter.h"

#include <charconv>
#include <cmath>
#include <cstdio>

void JsonWriter::escaped(QByteArray &out, const char *s, qsizetype n)
{
    out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s + start, i - start);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        }
        }
        start = i + 1;
    }
    out.append(s + start, n - start);
    out += '"';
}

void JsonWriter::string(QByteArray &out, const QByteArray &utf8) { JsonWriter::escaped(out, utf8.constData(), utf8.size()); }
void JsonWriter::string(QByteArray &out, const QString &s) { JsonWriter::string(out, s.toUtf8()); }

void JsonWriter::integer(QByteArray &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

// Money is kept in cents so sums stay exact; written with two decimals.
void JsonWriter::money(QByteArray &out, qint64 cents)
{
    if (cents < 0) {
        out += '-';
        cents = -cents;
    }
    integer(out, cents / 100);
    const char frac[3] = {'.', char('0' + (cents % 100) / 10), char('0' + cents % 10)};
    out.append(frac, 3);
}

void JsonWriter::fixed(QByteArray &out, double v, int decimals)
{
    char buf[48];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    out.append(buf, r.ptr - buf);
}

void JsonWriter::time(QByteArray &out, qint64 epoch)
{
    if (epoch == 0) {
        out += "null";
        return;
    }
    out += '"';
    out += isoUtc(epoch);
    out += '"';
}

QByteArray JsonWriter::isoUtc(qint64 epoch)
{
    // Days to civil date (Howard Hinnant's algorithm): far cheaper than QDateTime per row.
    qint64 days = epoch / 86400;
    qint64 secs = epoch % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = int(yoe) + int(era) * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    y += (m <= 2);
    // Written digit by digit: snprintf showed up in profiles at a million rows.
    char buf[20];
    auto two = [&buf](int at, unsigned v) {
        buf[at] = char('0' + v / 10);
        buf[at + 1] = char('0' + v % 10);
    };
    two(0, unsigned(y) / 100 % 100);
    two(2, unsigned(y) % 100);
    buf[4] = '-';
    two(5, m);
    buf[7] = '-';
    two(8, d);
    buf[10] = 'T';
    two(11, unsigned(secs / 3600));
    buf[13] = ':';
    two(14, unsigned(secs / 60 % 60));
    buf[16] = ':';
    two(17, unsigned(secs % 60));
    buf[19] = 'Z';
    return QByteArray(buf, 20);
}
