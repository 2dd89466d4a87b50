#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// Goals and results of a campaign (docs/entities.md: `{ participants, new_members,
// conversions, revenue }`).
struct CampaignFigures {
    qint64 participants = 0;
    qint64 newMembers = 0;
    qint64 conversions = 0;
    double revenue = 0;

    static CampaignFigures fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const CampaignFigures &, const CampaignFigures &) = default;
};

// One arm of an A/B test.
struct CampaignVariant {
    QString name;
    qint64 exposures = 0;
    qint64 conversions = 0;

    static CampaignVariant fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    friend bool operator==(const CampaignVariant &, const CampaignVariant &) = default;
};

// A cached `campaign` entity as a value. `status` is what is stored (draft, scheduled,
// cancelled); whether it runs or has finished follows from the dates (CampaignPhase).
struct Campaign {
    QString id;
    qint64 version = 0;
    QString name;
    QString type;  // contest, topic_discussion, qa, vote, lottery, holiday_theme, salon, live_session
    QString mode = QStringLiteral("online"); // online, offline
    QString place; // empty when none
    QDate startDate;
    QDate endDate;
    QString owner;
    double budget = 0;
    double cost = 0;
    QString targetTier;    // empty: not aimed at a tier
    QString targetSegment; // empty: not aimed at a segment
    CampaignFigures goals;
    std::optional<CampaignFigures> results; // nullopt: no results recorded yet
    QList<CampaignVariant> variants;
    QString status = QStringLiteral("draft");
    QString notes;
    bool pendingSync = false; // the outbox holds an unsent change of it (local only)

    static Campaign fromJson(const QJsonObject &o);
    // Every field the platform stores (a `create` payload; id and version left out).
    QJsonObject toPayload() const;
    // The fields that differ (an `update` payload); empty when nothing changed.
    static QJsonObject changedFields(const Campaign &before, const Campaign &after);
    int durationDays() const { return int(startDate.daysTo(endDate)) + 1; }
    bool isOffline() const { return mode == u"offline"; }
    // "tier:core", "segment:at_risk" or empty (everyone).
    QString targetKey() const;
};

// A quarter's operations budget (`budget` entity; the id is the quarter).
struct Budget {
    QString quarter;
    double amount = 0;
    QString notes;
    qint64 version = 0;
    bool pendingSync = false;

    static Budget fromJson(const QJsonObject &o);
};

// The identifiers the platform accepts, in the order the console offers them.
namespace CampaignIds {
const QStringList &types();
const QStringList &tiers();
const QStringList &segments();
const QStringList &storedStatuses(); // draft, scheduled, cancelled
} // namespace CampaignIds

Q_DECLARE_METATYPE(Campaign)
