#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVarLengthArray>
#include <array>
#include <optional>
#include <random>
#include <vector>

class PlatformDb;

// Fills an empty platform database with a believable community whose figures agree with
// each other: metric_day's new members are the members who actually joined that day,
// DAU/WAU/MAU are counted from the members' simulated activity, cohort sizes are the
// week's signups, a member's points are the sum of its ledger and its tier follows the
// tier rules. The console's charts and drill-downs can only be demonstrated honestly on
// data like that.
//
// Everything derives from one std::mt19937_64 seeded with `today`'s Julian day, and only
// raw engine output is used (no std::*_distribution, whose algorithms differ between
// standard libraries), so one day's demo is the same community on every machine.
class DemoSeeder final
{
    Q_DISABLE_COPY_MOVE(DemoSeeder)
public:
    struct Options {
        qint64 members = 20000;
        QDate today;
        QTimeZone timeZone;
    };

    // --- Tier rules (shared with whoever re-evaluates tiers) ---------------------------
    enum class Field { Points, ActiveDays30, PostsTotal, HelpfulAnswersTotal, TenureDays, SpendTotal };
    enum class Cmp { Ge, Gt, Le, Lt, Eq };
    struct Condition {
        Field field = Field::Points;
        Cmp cmp = Cmp::Ge;
        double value = 0;
    };
    struct Tier {
        QString id;
        QString name;
        int order = 0;
        bool anyOf = false; // "op": "or" when true, "and" otherwise
        QList<Condition> conditions;
        QStringList privileges;
        int demotionGraceDays = 30;
    };
    // The member fields tier rules can look at.
    struct MemberFigures {
        double points = 0;
        double activeDays30 = 0;
        double postsTotal = 0;
        double helpfulAnswersTotal = 0;
        double tenureDays = 0;
        double spendTotal = 0;
    };

    static QList<Tier> defaultTiers();
    static QJsonObject tierToJson(const Tier &tier);
    // nullopt when the object has an unknown field or comparison.
    static std::optional<Tier> tierFromJson(const QJsonObject &object);
    static bool meets(const Tier &tier, const MemberFigures &figures);
    // The id of the highest-order tier whose rules the figures meet (a tier without
    // conditions always matches). Empty when no tier matches.
    static QString evaluateTier(const MemberFigures &figures, const QList<Tier> &tiers);
    static QString evaluateTier(const MemberFigures &figures);
    // tenure_days is whole days between joined_at and `now`.
    static MemberFigures figuresOf(const QJsonObject &member, const QDateTime &now);

    // --- Randomness from raw engine output (shared with LiveGenerator) ----------------
    using Engine = std::mt19937_64;
    // [0, 1) from the top 53 bits.
    static double uniform01(Engine &rng) { return double(rng() >> 11) * 0x1.0p-53; }
    // Inclusive; multiply-shift keeps the bias negligible for the small ranges used here.
    static qint64 uniformInt(Engine &rng, qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 range = quint64(hi - lo) + 1;
        return lo + qint64((static_cast<unsigned __int128>(rng()) * range) >> 64);
    }
    static double uniformReal(Engine &rng, double lo, double hi);
    static bool chance(Engine &rng, double p) { return uniform01(rng) < p; }
    static double normal(Engine &rng); // Box-Muller, mean 0, sd 1
    static double pareto(Engine &rng, double xm, double alpha);
    static int poisson(Engine &rng, double mean);
    static int weightedIndex(Engine &rng, const double *weights, int n);

    // --- Content generators (shared with LiveGenerator) -------------------------------
    struct Person {
        QByteArray displayName; // UTF-8
        QByteArray handleStem;  // [a-z0-9_], no trailing "_u<digits>"
        QByteArray language;    // en, zh_CN, zh_TW
    };
    static Person randomPerson(Engine &rng);
    static int randomChannel(Engine &rng); // index into channels()
    static const QList<QByteArray> &channels();

    enum class Nature { Question, Share, Spam, Ads, Abuse, OffTopic, Misinformation, Nsfw, Markup };
    struct Post {
        Nature nature = Nature::Question;
        QString kind;
        QString board;
        QString title;
        QString body;
        QString language;
        double aiScore = 0;
        QStringList aiLabels;
        double sentiment = 0;
    };
    static Post randomPost(Engine &rng);
    static QString reportReason(Engine &rng, Nature nature);

    // ISO 8601 UTC with Z, whole seconds.
    static QByteArray isoUtc(qint64 epochSeconds);

    DemoSeeder(PlatformDb &db, Options options);
    ~DemoSeeder();

    // Fills an empty database inside one transaction.
    void seed();

private:
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

    void setupCalendar();
    void planCampaigns();
    void generateJoins();
    void simulateActivity();
    void deriveMembers();
    void assignGroups();
    void writeTiersAndBadges();
    void writeMembersAndLedger();
    void writeGroups();
    void writeModeration();
    void writeFeedback();
    void writeCampaigns();
    void writeBudgets();
    void writeMetrics();
    void writeCohorts();
    void writeKeywordRules();

    int dayOf(qint64 epoch) const;
    qint64 randomTimeOnDay(int day);
    QByteArray handleFor(const QByteArray &stem, qint64 id);
    MemberFigures figuresAt(const MemberRec &m) const;
    void insert(const char *entity, const QByteArray &id, const QByteArray &json);
    void insert(const char *entity, const QString &id, const QJsonObject &object);

    PlatformDb &m_db;
    Options m_options;
    Engine m_rng;
    qint64 m_n = 0;

    // Calendar: day index 0 is the community's first day; m_today is today's index.
    int m_today = 0;
    int m_metricStart = 0; // first metric_day
    int m_ledgerStart = 0;
    QDate m_firstDate;
    std::vector<qint64> m_dayStart; // UTC epoch of each local midnight (one extra at the end)
    std::vector<QByteArray> m_dateText;
    std::vector<double> m_activityFactor; // weekday x holiday x campaign
    std::vector<double> m_signupWeight;
    std::vector<double> m_hourCumulative;
    qint64 m_anchor = 0; // start of today: the seeded history ends here
    QByteArray m_anchorIso;

    QList<Tier> m_tiers;
    std::vector<CampaignRec> m_campaigns;
    std::vector<MemberRec> m_members;
    std::vector<quint32> m_groupLinks;
    std::vector<std::vector<quint32>> m_activeOnDay; // last 30 days: member indexes

    // Per metric day (index 0 = m_metricStart).
    std::vector<int> m_joins;
    std::vector<std::array<int, 7>> m_joinsByChannel;
    std::vector<int> m_dau, m_wauDiff, m_mauDiff;
    std::vector<qint64> m_dayPosts, m_dayComments, m_dayLikes;
    qint64 m_joinedBeforeMetrics = 0;
    // Cohorts (index = week since m_cohortStart).
    int m_cohortStart = 0;
    std::vector<int> m_cohortSize, m_cohortD1, m_cohortD7, m_cohortD30;

    // Per group.
    struct GroupRec {
        int memberCount = 0;
        int activeMembers = 0;
        qint64 posts30 = 0;
        qint64 lastActivity = 0;
        bool cold = false;
        qint64 createdAt = 0;
        QVarLengthArray<quint32, 3> top; // best members by points, admin candidates
    };
    std::vector<GroupRec> m_groups;

    // Moderation facts the metrics need (last 30 days).
    std::vector<ItemRec> m_items;
    qint64 m_ledgerRows = 0;
    std::vector<quint64> m_handleTable; // FNV-1a of every handle given out (hash set)
    size_t m_handleCount = 0;
};
