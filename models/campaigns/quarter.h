#pragma once

#include <QDate>
#include <QString>
#include <optional>

// A calendar quarter as the platform names it: "2026Q3" (docs/entities.md).
struct Quarter {
    int year = 0;
    int number = 0; // 1..4

    static std::optional<Quarter> parse(const QString &id);
    static Quarter of(const QDate &date);
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    QString id() const;          // "2026Q3"
    QString displayName() const; // "Q3 2026", translated
    QDate firstDay() const;
    QDate lastDay() const;
    bool contains(const QDate &date) const { return of(date) == *this; }
    Quarter next() const;
    Quarter previous() const;
    friend bool operator==(const Quarter &, const Quarter &) = default;
    friend auto operator<=>(const Quarter &, const Quarter &) = default;
};
