#include "campaignfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace CampaignFixture {
Campaign campaign(const QString &id, const QString &name, const QDate &start, const QDate &end, const QString &status)
{
    Campaign c;
    c.id = id;
    c.version = 1;
    c.name = name;
    c.type = u"contest"_s;
    c.startDate = start;
    c.endDate = end;
    c.owner = u"manager"_s;
    c.status = status;
    c.budget = 10000;
    c.goals = {500, 40, 20, 2000};
    return c;
}

void apply(Store &store, const QList<Campaign> &campaigns, const QList<Budget> &budgets)
{
    static qint64 seq = 1000;
    ChangesPage page;
    for (const Campaign &c : campaigns) {
        Change ch;
        ch.seq = ++seq;
        ch.entity = u"campaign"_s;
        ch.id = c.id;
        ch.version = std::max<qint64>(1, c.version);
        ch.data = c.toPayload();
        ch.data.insert(u"id"_s, c.id);
        ch.data.insert(u"version"_s, ch.version);
        ch.data.insert(u"updated_at"_s, u"2026-11-01T08:00:00Z"_s);
        page.changes.append(ch);
    }
    for (const Budget &b : budgets) {
        Change ch;
        ch.seq = ++seq;
        ch.entity = u"budget"_s;
        ch.id = b.quarter;
        ch.version = std::max<qint64>(1, b.version);
        ch.data = {{u"id"_s, b.quarter}, {u"quarter"_s, b.quarter}, {u"amount"_s, b.amount}, {u"notes"_s, b.notes},
                   {u"version"_s, ch.version}, {u"updated_at"_s, u"2026-11-01T08:00:00Z"_s}};
        page.changes.append(ch);
    }
    page.nextSince = seq;
    QString error;
    QVERIFY2(store.applyChangesPage(page, &error), qPrintable(error));
}

void setRole(Store &store, const QString &username, const QString &role)
{
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    p.username = username;
    p.role = role;
    if (role == u"manager")
        p.allowedActions = {{u"campaign"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s}},
                            {u"budget"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s}}};
    QString error;
    QVERIFY2(store.saveProfile(p, &error), qPrintable(error));
}

QList<Campaign> sample()
{
    // a: finished, with results and an A/B test; b: running, for the core tier;
    // c: scheduled, overlapping b on the core tier; d: a draft for December.
    Campaign a = campaign(u"cmp-a"_s, u"Python 编程挑战赛"_s, QDate(2026, 11, 10), QDate(2026, 11, 12));
    a.cost = 8000;
    a.results = CampaignFigures{400, 50, 25, 12000};
    a.variants = {{u"A: control"_s, 1000, 50}, {u"B: bold banner"_s, 1000, 75}};
    Campaign b = campaign(u"cmp-b"_s, u"Data Science Salon · Beijing"_s, QDate(2026, 11, 19), QDate(2026, 11, 21));
    b.type = u"salon"_s;
    b.mode = u"offline"_s;
    b.place = u"北京·中关村"_s;
    b.targetTier = u"core"_s;
    Campaign c = campaign(u"cmp-c"_s, u"Reading Marathon"_s, QDate(2026, 11, 21), QDate(2026, 11, 30));
    c.type = u"topic_discussion"_s;
    c.targetTier = u"core"_s;
    Campaign d = campaign(u"cmp-d"_s, u"年终学习总结分享会"_s, QDate(2026, 12, 14), QDate(2026, 12, 18), u"draft"_s);
    d.type = u"holiday_theme"_s;
    return {a, b, c, d};
}

Budget sampleBudget()
{
    return Budget{u"2026Q4"_s, 50000, u"Includes the Beijing salon."_s, 1, false};
}
} // namespace CampaignFixture
