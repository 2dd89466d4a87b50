#include "demoseeder.h"

#include "campaignseeder.h"
#include "feedbackseeder.h"
#include "groupseeder.h"
#include "membersimulation.h"
#include "memberwriter.h"
#include "metricsseeder.h"
#include "moderationseeder.h"
#include "platformdb.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

DemoSeeder::DemoSeeder(PlatformDb &db, Options options)
    : m_db(db), m_community(db, options.today, options.timeZone, options.members)
{
}

DemoSeeder::~DemoSeeder() = default;

void DemoSeeder::seed()
{
    // STEWARD_SEED_TIMING=1 prints where the time goes (the seeder must stay fast at 1M).
    const bool timing = qEnvironmentVariableIsSet("STEWARD_SEED_TIMING");
    QElapsedTimer timer;
    timer.start();
    auto phase = [&](const char *name, auto &&step) {
        const qint64 before = timer.elapsed();
        step();
        if (timing)
            qInfo("seed: %-22s %6lld ms", name, timer.elapsed() - before);
    };
    // The steps share one engine through the community, so their order is part of the
    // output: reordering them seeds a different (equally valid) community.
    CampaignSeeder campaigns(m_community);
    MemberSimulation simulation(m_community);
    GroupSeeder groups(m_community);
    MemberWriter members(m_community);
    ModerationSeeder moderation(m_community);
    MetricsSeeder metrics(m_community);
    phase("calendar+campaigns", [&] {
        m_community.setupCalendar();
        campaigns.plan();
    });
    phase("joins", [&] { simulation.generateJoins(); });
    phase("activity", [&] { simulation.simulateActivity(); });
    phase("members", [&] { simulation.deriveMembers(); });
    phase("groups", [&] { groups.assign(); });

    // The bulk insert runs with a rollback journal and a large page cache: the file is
    // empty, so the journal stays tiny, whereas WAL would write every page twice (once to
    // the log, again at the checkpoint) and search the log on every cache miss.
    QSqlQuery pragma(m_db.db());
    auto pragmaValue = [&pragma](const QString &sql) {
        return pragma.exec(sql) && pragma.next() ? pragma.value(0).toString() : QString();
    };
    const QString journalMode = pragmaValue(u"PRAGMA journal_mode"_s);
    const QString cacheSize = pragmaValue(u"PRAGMA cache_size"_s);
    pragma.exec(u"PRAGMA journal_mode=DELETE"_s);
    pragma.exec(u"PRAGMA cache_size=-262144"_s);
    pragma.finish();

    m_db.begin();
    phase("write tiers+badges", [&] { members.writeTiersAndBadges(); });
    phase("write groups", [&] { groups.write(); });
    phase("write members+ledger", [&] { members.writeMembersAndLedger(); });
    phase("write moderation", [&] { moderation.writeItems(); });
    phase("write the rest", [&] {
        moderation.writeKeywordRules();
        FeedbackSeeder(m_community).write();
        campaigns.writeCampaigns();
        campaigns.writeBudgets();
        metrics.writeMetrics();
        metrics.writeCohorts();
        m_db.setMeta(u"counter:member"_s, QString::number(m_community.memberCount));
        m_db.setMeta(u"counter:audit_entry"_s, u"0"_s);
        m_db.setMeta(u"seed:today"_s, m_community.todayDate.toString(Qt::ISODate));
    });
    phase("commit", [&] { m_db.commit(); });
    if (!journalMode.isEmpty())
        pragma.exec(u"PRAGMA journal_mode="_s + journalMode);
    if (!cacheSize.isEmpty())
        pragma.exec(u"PRAGMA cache_size="_s + cacheSize);
    pragma.finish();
}
