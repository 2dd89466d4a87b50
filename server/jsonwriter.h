#pragma once

#include <QByteArray>
#include <QString>
#include <cmath>

// JSON written by hand. Members and ledger entries do not go through QJsonObject because a
// million of them cost seconds; the escaper is complete so any text is safe to pass.
class JsonWriter final
{
public:
    JsonWriter() = delete;

    static void escaped(QByteArray &out, const char *s, qsizetype n);
    static void string(QByteArray &out, const QByteArray &utf8);
    static void string(QByteArray &out, const QString &s);
    static void integer(QByteArray &out, qint64 v);
    static void money(QByteArray &out, qint64 cents); // "12.34" as a number
    static void fixed(QByteArray &out, double v, int decimals);
    static void time(QByteArray &out, qint64 epoch); // null for 0
    // ISO 8601 UTC with Z, whole seconds.
    static QByteArray isoUtc(qint64 epochSeconds);
    static double round2(double v) { return std::round(v * 100.0) / 100.0; }
    static double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
};
