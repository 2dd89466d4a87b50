#pragma once

#include "campaignphase.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

struct Campaign;

// The campaign identifiers and figures in the user's language and locale. Unknown
// identifiers (a newer server) come back unchanged, never as an empty cell.
class CampaignText final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)
public:
    static QString type(const QString &type);
    static QString mode(const QString &mode);
    static QString phase(CampaignPhase phase);
    static QString storedStatus(const QString &status);
    static QString tier(const QString &tier);       // the glossary names: Newcomer 新手 …
    static QString segment(const QString &segment); // Champions, At risk …
    // "Tier: Core", "Segment: At risk", "Everyone".
    static QString target(const Campaign &campaign);
    // Short date range "3 May – 9 May 2026" style, per locale.
    static QString dateRange(const QDate &start, const QDate &end);
    // "November 2026" / 2026年11月, and "Nov 1" / 11月1日, in the default locale.
    static QString monthYear(const QDate &date);
    static QString monthDay(const QDate &date);
    // Money in the community's currency (CNY), locale grouping: "¥12,500.00".
    static QString money(double amount, int decimals = 2);
    static QString money(const std::optional<double> &amount, int decimals = 2);
    static QString currencySymbol(); // ¥
    // 0.253 -> "25.3%"; nullopt -> "—".
    static QString percent(const std::optional<double> &ratio, int decimals = 0);
    // A signed percentage for ROI and differences: "+25%", "−12%".
    static QString signedPercent(const std::optional<double> &ratio, int decimals = 0);
    static QString count(qint64 n);
    static QString none(); // "—"
};
