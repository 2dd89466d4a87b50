#include "memberwriter.h"

#include "democommunity.h"
#include "jsonwriter.h"
#include "persongenerator.h"
#include "seedrandom.h"
#include "tierrules.h"
#include "platformdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

MemberWriter::MemberWriter(DemoCommunity &community)
    : m_community(community)
{
}

void MemberWriter::writeTiersAndBadges()
{
    for (const TierRules::Tier &t : m_community.tiers)
        m_community.insert("tier", t.id, TierRules::tierToJson(t));

    struct Badge {
        const char *id, *name, *nameZh, *description, *criteria;
    };
    static const Badge badges[] = {
        {"active_star", "Active Star", "活跃之星", "Shows up almost every day.", "Active on 20 or more of the last 30 days"},
        {"quality_contributor", "Quality Contributor", "优质贡献者", "Writes posts others learn from.", "100+ posts and 50+ likes received in 30 days"},
        {"helpful_hand", "Helpful Hand", "互助达人", "Answers other members' questions.", "30+ answers marked helpful"},
        {"early_bird", "Early Bird", "早鸟", "Was there from the start.", "Joined in the community's first 90 days and posted"},
        {"streak_30", "30-Day Streak", "连续打卡30天", "Checked in 30 days in a row.", "A 30-day check-in streak"},
        {"event_star", "Event Star", "活动之星", "Never misses a campaign.", "Took part in 3 or more campaigns"},
        {"mentor", "Mentor", "导师", "Guides newcomers in the study groups.", "Core or backbone with 100+ helpful answers"},
        {"top_sharer", "Top Sharer", "分享达人", "Shares notes and resources generously.", "10+ posts in the last 30 days"},
        {"bug_hunter", "Bug Hunter", "捉虫先锋", "Found a bug and reported it well.", "Reported a confirmed bug"},
        {"first_post", "First Post", "初次发帖", "Wrote a first post.", "Published a first post"},
        {"anniversary", "Anniversary", "周年纪念", "A year in the community.", "Member for a year or more and active on 10+ days"},
        {"campaign_champion", "Campaign Champion", "活动冠军", "Won a community contest.", "Winner of a campaign contest"},
        {"translator", "Translator", "翻译达人", "Translates study notes for others.", "Translated 5+ study notes"},
    };
    qint64 counts[16] = {};
    for (const DemoCommunity::MemberRec &m : m_community.members)
        for (int b = 0; b < 13; ++b)
            counts[b] += (m.badges >> b) & 1;
    for (int b = 0; b < 13; ++b) {
        const Badge &x = badges[b];
        m_community.insert("badge", QString::fromLatin1(x.id),
               QJsonObject{{u"name"_s, QString::fromUtf8(x.name)},
                           {u"name_zh"_s, QString::fromUtf8(x.nameZh)},
                           {u"description"_s, QString::fromUtf8(x.description)},
                           {u"criteria"_s, QString::fromUtf8(x.criteria)},
                           {u"awarded_count"_s, counts[b]}});
    }
}

namespace {
const char *const kBadgeIds[] = {"active_star", "quality_contributor", "helpful_hand",
                                 "early_bird", "streak_30", "event_star", "mentor",
                                 "top_sharer", "bug_hunter", "first_post", "anniversary",
                                 "campaign_champion", "translator"};
} // namespace

QByteArray MemberWriter::handleFor(const QByteArray &stem, qint64 id)
{
    // Natural handles first; on a clash a couple of digits, then the stem plus "_u<id>",
    // which no natural handle can be. Hashes stand in for the strings: a false clash only
    // costs a suffix.
    auto seen = [this](const QByteArray &h) {
        quint64 x = 1469598103934665603ull;
        for (char c : h)
            x = (x ^ quint8(c)) * 1099511628211ull;
        x |= 1; // 0 marks an empty slot
        // Open addressing with linear probing: a node-based set cost more than the rest of
        // the member row at a million members.
        const size_t mask = m_handleTable.size() - 1;
        for (size_t slot = size_t(x >> 20) & mask;; slot = (slot + 1) & mask) {
            if (m_handleTable[slot] == x)
                return true;
            if (m_handleTable[slot] == 0) {
                // Never fill the table: past 90 % every handle takes the "_u<id>" form.
                if (++m_handleCount * 10 > m_handleTable.size() * 9)
                    return true;
                m_handleTable[slot] = x;
                return false;
            }
        }
    };
    if (!seen(stem))
        return stem;
    for (int i = 0; i < 3; ++i) {
        const QByteArray h = stem + QByteArray::number(SeedRandom::uniformInt(m_community.rng, 10, 99));
        if (!seen(h))
            return h;
    }
    // Unique by construction, so it need not enter the table.
    return stem + "_u" + QByteArray::number(id);
}

void MemberWriter::writeMembersAndLedger()
{
    size_t tableSize = 1024;
    while (tableSize < size_t(m_community.memberCount) * 4)
        tableSize *= 2;
    m_handleTable.assign(tableSize, 0);
    QByteArray o;
    o.reserve(4096);
    // The ledger first, numbered in member order (p1 is member 1's opening balance).
    enum Kind : quint8 { Opening, Discussion, Sharing, TaskCheckIn, TaskProfile, Coupon, Mug };
    struct LedgerRow {
        qint32 member;
        qint32 points;
        qint64 at;
        Kind kind;
    };
    std::vector<LedgerRow> ledger;
    ledger.reserve(size_t(m_community.ledgerRows));
    for (size_t i = 0; i < m_community.members.size(); ++i) {
        const DemoCommunity::MemberRec &m = m_community.members[i];
        const qint64 ledgerOpen = std::max(m_community.dayStart[m_community.ledgerStart], m.joinedAt);
        auto timeOn = [&](int day) {
            qint64 t = m_community.randomTimeOnDay(day);
            if (day == m.lastActiveDay)
                t = std::min(t, m.lastActiveAt);
            return std::max(t, ledgerOpen);
        };
        const auto member = qint32(i);
        if (m.opening > 0)
            ledger.push_back({member, m.opening, ledgerOpen, Opening});
        if (m.discussion > 0)
            ledger.push_back({member, m.discussion, timeOn(m.ledgerLastDay), Discussion});
        if (m.sharing > 0)
            ledger.push_back({member, m.sharing, timeOn(m.ledgerPickDay), Sharing});
        if (m.task > 0)
            ledger.push_back({member, m.task, timeOn(m.ledgerPickDay), SeedRandom::chance(m_community.rng, 0.5) ? TaskCheckIn : TaskProfile});
        if (m.redemption > 0)
            ledger.push_back({member, -m.redemption, timeOn(m.ledgerLastDay), SeedRandom::chance(m_community.rng, 0.6) ? Coupon : Mug});
    }

    static const char *const tierIds[] = {"newcomer", "regular", "core", "backbone"};
    static const char *const statuses[] = {"active", "muted", "banned"};

    for (const qint64 memberId : DemoCommunity::lexicalOrder(m_community.memberCount)) {
        const size_t i = size_t(memberId - 1);
        DemoCommunity::MemberRec &m = m_community.members[i];
        const QByteArray id = QByteArray::number(memberId);
        const PersonGenerator::Person person = PersonGenerator::randomPerson(m_community.rng);
        const QByteArray handle = handleFor(person.handleStem, qint64(i) + 1);
        o.clear();
        o += "{\"id\":\"";
        o += id;
        o += "\",\"version\":1,\"updated_at\":\"";
        o += m_community.anchorIso;
        o += "\",\"handle\":";
        JsonWriter::string(o, handle);
        o += ",\"display_name\":";
        JsonWriter::string(o, person.displayName);
        o += ",\"joined_at\":";
        JsonWriter::time(o, m.joinedAt);
        o += ",\"last_active_at\":";
        JsonWriter::time(o, m.lastActiveAt);
        o += ",\"signup_channel\":\"";
        o += PersonGenerator::channels()[m.channel];
        o += "\",\"tier\":\"";
        o += tierIds[m.tier];
        o += "\",\"tier_locked\":";
        o += m.tierLocked ? "true" : "false";
        o += ",\"tier_since\":";
        JsonWriter::time(o, m.tierSince);
        o += ",\"points\":";
        JsonWriter::integer(o, m.points);
        o += ",\"badges\":[";
        bool first = true;
        for (int b = 0; b < 13; ++b) {
            if (!((m.badges >> b) & 1))
                continue;
            if (!first)
                o += ',';
            first = false;
            o += '"';
            o += kBadgeIds[b];
            o += '"';
        }
        o += "],\"groups\":[";
        for (int k = 0; k < m.groupCount; ++k) {
            if (k)
                o += ',';
            o += "\"g";
            JsonWriter::integer(o, m_community.groupLinks[m.groupOffset + k] + 1);
            o += '"';
        }
        o += "],\"active_days_30\":";
        JsonWriter::integer(o, m.activeDays30);
        o += ",\"posts_30\":";
        JsonWriter::integer(o, m.posts30);
        o += ",\"comments_30\":";
        JsonWriter::integer(o, m.comments30);
        o += ",\"likes_received_30\":";
        JsonWriter::integer(o, m.likes30);
        o += ",\"helpful_answers_30\":";
        JsonWriter::integer(o, m.helpful30);
        o += ",\"posts_total\":";
        JsonWriter::integer(o, m.postsTotal);
        o += ",\"helpful_answers_total\":";
        JsonWriter::integer(o, m.helpfulTotal);
        o += ",\"spend_total\":";
        JsonWriter::money(o, m.spendCents);
        o += ",\"spend_90d\":";
        JsonWriter::money(o, m.spend90Cents);
        o += ",\"last_purchase_at\":";
        qint64 purchaseAt = 0;
        if (m.purchaseDay >= 0) {
            purchaseAt = m_community.randomTimeOnDay(m.purchaseDay);
            if (m.purchaseDay == m.lastActiveDay)
                purchaseAt = std::min(purchaseAt, m.lastActiveAt);
            purchaseAt = std::max(purchaseAt, m.joinedAt);
        }
        JsonWriter::time(o, purchaseAt);
        o += ",\"status\":\"";
        o += statuses[m.status];
        o += "\",\"muted_until\":";
        JsonWriter::time(o, m.status == 1 ? m_community.anchor + SeedRandom::uniformInt(m_community.rng, 1, 30) * 86400 + SeedRandom::uniformInt(m_community.rng, 0, 86399) : 0);
        o += ",\"language\":\"";
        o += person.language;
        o += "\",\"notes\":[";
        if (m.status != 0 || SeedRandom::chance(m_community.rng, 0.001)) {
            static const char *const muteNotes[] = {"Repeated off-topic posting after two warnings.",
                                                    "多次发布广告链接，禁言观察。", "Heated argument in English Corner, cooling off."};
            static const char *const banNotes[] = {"Spam account: mass-posted links.", "恶意骚扰其他成员，已封禁。",
                                                   "Ban evasion (second account)."};
            static const char *const otherNotes[] = {"Very helpful in the Python groups — consider for backbone.",
                                                     "联系过我们，希望组织线下活动。", "Asked for a refund once; resolved.",
                                                     "Speaker at the data science salon."};
            const char *text = m.status == 1 ? muteNotes[SeedRandom::uniformInt(m_community.rng, 0, 2)]
                : m.status == 2 ? banNotes[SeedRandom::uniformInt(m_community.rng, 0, 2)]
                                : otherNotes[SeedRandom::uniformInt(m_community.rng, 0, 3)];
            o += "{\"text\":";
            JsonWriter::string(o, QByteArray(text));
            o += ",\"by\":\"";
            o += DemoCommunity::kModerators[SeedRandom::uniformInt(m_community.rng, 0, 5)];
            o += "\",\"at\":";
            JsonWriter::time(o, std::max(m.lastActiveAt, m_community.anchor - SeedRandom::uniformInt(m_community.rng, 1, 20) * 86400));
            o += '}';
        }
        o += "]}";
        m_community.insert("member", id, o);

    }

    QByteArray e;
    e.reserve(512);
    for (const qint64 k : DemoCommunity::lexicalOrder(qint64(ledger.size()))) {
        const LedgerRow &row = ledger[size_t(k - 1)];
        const DemoCommunity::MemberRec &m = m_community.members[size_t(row.member)];
        const QByteArray id = 'p' + QByteArray::number(k);
        e.clear();
        e += "{\"id\":\"";
        e += id;
        e += "\",\"version\":1,\"updated_at\":\"";
        e += m_community.anchorIso;
        e += "\",\"member_id\":\"";
        JsonWriter::integer(e, row.member + 1);
        e += "\",\"points\":";
        JsonWriter::integer(e, row.points);
        e += ",\"reason\":";
        switch (row.kind) {
        case Opening: JsonWriter::string(e, QByteArray("Opening balance")); break;
        case Discussion:
            JsonWriter::string(e, "Discussion: " + QByteArray::number(m.postsL) + " posts, "
                     + QByteArray::number(m.commentsL) + " comments, "
                     + QByteArray::number(m.helpfulL) + " helpful answers");
            break;
        case Sharing: JsonWriter::string(e, QByteArray("Sharing: study notes")); break;
        case TaskCheckIn: JsonWriter::string(e, QByteArray("Task: weekly check-in")); break;
        case TaskProfile: JsonWriter::string(e, QByteArray("Task: complete your profile")); break;
        case Coupon: JsonWriter::string(e, QByteArray("Redemption: course coupon")); break;
        case Mug: JsonWriter::string(e, QByteArray("Redemption: community mug")); break;
        }
        e += ",\"awarded_by\":\"system\",\"created_at\":";
        JsonWriter::time(e, row.at);
        e += '}';
        m_community.insert("points_entry", id, e);
    }
    m_community.db.setMeta(u"counter:points_entry"_s, QString::number(qint64(ledger.size())));
}
