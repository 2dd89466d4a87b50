#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// RFC 9457 problem details: what every error answer and every rejected mutation carries.
namespace Problem {
QJsonObject make(int status, const QString &slug, const QString &title, const QString &detail);
QByteArray body(int status, const QString &slug, const QString &title, const QString &detail);
inline constexpr char contentType[] = "application/problem+json";
} // namespace Problem
