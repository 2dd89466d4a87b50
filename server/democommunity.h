#pragma once

#include "seedrandom.h"
#include "tierrules.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVarLengthArray>
#include <array>
#include <vector>

class PlatformDb;

// The simulated community every demo seeding step reads and extends: the calendar, the
// members' simulated lives, campaigns, groups and the per-day figures the metrics are
// counted from. One engine drives all of it, so the steps must run in a fixed order.
struct DemoCommunity {
    Q_DISABLE_COPY_MOVE(DemoCommunity)

    // How far the seeded history reaches, in days before today.
    static constexpr int kHistoryDays = 1095;  // the community is about three years old
    static constexpr int kMetricDays = 430;    // metric_day rows, ending yesterday
    static constexpr int kWarmupDays = 30;     // simulated before the first metric day so WAU/MAU start full
    static constexpr int kLedgerDays = 90;     // the points ledger opens this many days ago
    static constexpr int kFutureDays = 400;    // planned campaigns, mutes
    static constexpr int kRecentDays = 30;     // the members' *_30 counters
    static constexpr const char *kModerators[] = {"moderator", "moderator", "moderator", "lin", "lin", "manager"};

    struct MemberRec {
        qint64 joinedAt = 0;
        qint64 lastActiveAt = 0;
        qint64 tierSince = 0;
        qint64 spendCents = 0;
        qint64 spend90Cents = 0;
        qint32 joinDay = 0;
        qint32 churnDay = 0;
        qint32 lastActiveDay = -1;
        qint32 purchaseDay = -1;
        qint32 ledgerLastDay = -1;
        qint32 ledgerPickDay = -1;
        float lambda = 0;
        float postRate = 0;
        float commentRate = 0;
        float helpShare = 0;
        float likeRate = 0;
        qint32 activeDays30 = 0, posts30 = 0, comments30 = 0, likes30 = 0, helpful30 = 0;
        qint32 postsTotal = 0, commentsTotal = 0, helpfulTotal = 0;
        qint32 postsL = 0, commentsL = 0, helpfulL = 0, activeDaysL = 0, activeDaysAll = 0;
        qint32 opening = 0, discussion = 0, sharing = 0, task = 0, redemption = 0;
        qint32 points = 0;
        quint32 recent30 = 0; // bit k: active on day (yesterday - 29 + k)
        quint32 groupOffset = 0;
        quint16 badges = 0;
        quint8 groupCount = 0;
        quint8 channel = 0;
        quint8 tier = 0;
        quint8 status = 0; // 0 active, 1 muted, 2 banned
        bool tierLocked = false;
        qint32 campaign = -1; // campaign the signup is attributed to
    };
    struct CampaignRec {
        QString name;
        QString type;
        QString mode;
        QString place;
        int startDay = 0; // day indexes, may lie beyond today
        int endDay = 0;
        QString status;
        QString targetTier;
        QString targetSegment;
        double budget = 0;
        double cost = 0;
        bool withVariants = false;
        double dauBoost = 0;
        double signupBoost = 0;
        int attributedSignups = 0;
        QString notes;
    };
    struct ItemRec {
        int day = 0;
        qint64 createdAt = 0;
        qint64 decidedAt = 0; // 0: pending
        bool rejected = false;
        QVarLengthArray<qint64, 4> reportTimes;
    };
    struct GroupRec {
        int memberCount = 0;
        int activeMembers = 0;
        qint64 posts30 = 0;
        qint64 lastActivity = 0;
        bool cold = false;
        qint64 createdAt = 0;
        QVarLengthArray<quint32, 3> top; // best members by points, admin candidates
    };

    DemoCommunity(PlatformDb &db, QDate today, QTimeZone timeZone, qint64 members);

    // 1..n in the order of their decimal strings (see the .cpp for why).
    static std::vector<qint64> lexicalOrder(qint64 n);

    // Day indexes, epochs and the daily factors for the whole seeded range.
    void setupCalendar();
    int dayOf(qint64 epoch) const;
    qint64 randomTimeOnDay(int day);
    void insert(const char *entity, const QByteArray &id, const QByteArray &json);
    void insert(const char *entity, const QString &id, const QJsonObject &object);

    PlatformDb &db;
    QDate todayDate;
    QTimeZone timeZone;
    SeedRandom::Engine rng;
    qint64 memberCount = 0;

    // Calendar: day index 0 is the community's first day; `today` is today's index.
    int today = 0;
    int metricStart = 0; // first metric_day
    int ledgerStart = 0;
    QDate firstDate;
    std::vector<qint64> dayStart; // UTC epoch of each local midnight (one extra at the end)
    std::vector<QByteArray> dateText;
    std::vector<double> activityFactor; // weekday x holiday x campaign
    std::vector<double> signupWeight;
    std::vector<double> hourCumulative;
    qint64 anchor = 0; // start of today: the seeded history ends here
    QByteArray anchorIso;

    QList<TierRules::Tier> tiers;
    std::vector<CampaignRec> campaigns;
    std::vector<MemberRec> members;
    std::vector<quint32> groupLinks;
    std::vector<std::vector<quint32>> activeOnDay; // last 30 days: member indexes

    // Per metric day (index 0 = metricStart).
    std::vector<int> joins;
    std::vector<std::array<int, 7>> joinsByChannel;
    std::vector<int> dau, wauDiff, mauDiff;
    std::vector<qint64> dayPosts, dayComments, dayLikes;
    qint64 joinedBeforeMetrics = 0;
    // Cohorts (index = week since cohortStart).
    int cohortStart = 0;
    std::vector<int> cohortSize, cohortD1, cohortD7, cohortD30;

    std::vector<GroupRec> groups;
    // Moderation facts the metrics need (last 30 days).
    std::vector<ItemRec> items;
    qint64 ledgerRows = 0;
};
