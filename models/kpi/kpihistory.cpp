#include "kpihistory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double number(const QVariant &v)
{
    if (v.isNull())
        return qQNaN();
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? d : qQNaN();
}

QDate dateOf(const QVariant &v)
{
    // Dates are ISO text; tolerate a full timestamp by its date part.
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

qsizetype KpiHistory::lowerBound(const QDate &date) const
{
    return std::lower_bound(days.cbegin(), days.cend(), date,
                            [](const KpiDay &d, const QDate &v) { return d.date < v; }) - days.cbegin();
}

QList<KpiDay> KpiHistory::between(const QDate &first, const QDate &last) const
{
    QList<KpiDay> out;
    for (qsizetype i = lowerBound(first); i < days.size() && days.at(i).date <= last; ++i)
        out.append(days.at(i));
    return out;
}

QList<KpiCampaign> KpiHistory::campaignsOn(const QDate &date) const
{
    QList<KpiCampaign> out;
    for (const KpiCampaign &c : campaigns)
        if (c.overlaps(date, date))
            out.append(c);
    return out;
}

KpiHistory KpiHistory::load(const QSqlDatabase &db, QString *error, int *skipped)
{
    KpiHistory h;
    int bad = 0;
    const auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = QCoreApplication::translate("KpiHistory", "The cached metrics could not be read: %1")
                         .arg(q.lastError().text());
        return KpiHistory();
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT date, members_total, dau, wau, mau, visitors, new_members, posts, comments, likes, "
                "shares, reports, decisions, median_decision_minutes, backlog, violations, conversions, "
                "paying_members, revenue, sentiment FROM metric_day ORDER BY date"_s))
        return fail(q);
    QList<QHash<QString, double>> channelRows;
    QHash<QString, double> channelTotals;
    while (q.next()) {
        KpiDay d;
        d.date = dateOf(q.value(0));
        if (!d.date.isValid()) {
            ++bad;
            continue;
        }
        d.membersTotal = number(q.value(1));
        d.dau = number(q.value(2));
        d.wau = number(q.value(3));
        d.mau = number(q.value(4));
        d.visitors = number(q.value(5));
        QHash<QString, double> byChannel;
        const QJsonObject channels = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        double total = 0;
        bool any = false;
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            if (!it.value().isDouble())
                continue;
            byChannel.insert(it.key(), it.value().toDouble());
            channelTotals[it.key()] += it.value().toDouble();
            total += it.value().toDouble();
            any = true;
        }
        d.newMembers = any ? total : qQNaN();
        d.posts = number(q.value(7));
        d.comments = number(q.value(8));
        d.likes = number(q.value(9));
        d.shares = number(q.value(10));
        d.reports = number(q.value(11));
        d.decisions = number(q.value(12));
        d.medianDecisionMinutes = number(q.value(13));
        d.backlog = number(q.value(14));
        d.violations = number(q.value(15));
        d.conversions = number(q.value(16));
        d.payingMembers = number(q.value(17));
        d.revenue = number(q.value(18));
        d.sentiment = number(q.value(19));
        if (!h.days.isEmpty() && h.days.constLast().date == d.date) { // a duplicate date: the later row wins
            h.days.removeLast();
            channelRows.removeLast();
        }
        h.days.append(d);
        channelRows.append(byChannel);
    }
    h.channels = channelTotals.keys();
    std::sort(h.channels.begin(), h.channels.end(), [&](const QString &a, const QString &b) {
        const double ta = channelTotals.value(a), tb = channelTotals.value(b);
        return ta != tb ? ta > tb : a < b;
    });
    for (qsizetype i = 0; i < h.days.size(); ++i) {
        QList<double> &values = h.days[i].newByChannel;
        values.reserve(h.channels.size());
        for (const QString &c : std::as_const(h.channels))
            values.append(channelRows.at(i).value(c, 0.0));
    }

    if (!q.exec(u"SELECT cohort_start, size, d1, d7, d30 FROM retention_cohort ORDER BY cohort_start"_s))
        return fail(q);
    while (q.next()) {
        KpiCohort c;
        c.start = dateOf(q.value(0));
        c.size = number(q.value(1));
        if (!c.start.isValid() || !(c.size >= 0)) {
            ++bad;
            continue;
        }
        c.d1 = number(q.value(2));
        c.d7 = number(q.value(3));
        c.d30 = number(q.value(4));
        h.cohorts.append(c);
    }

    if (!q.exec(u"SELECT id, name, type, status, start_date, end_date FROM campaign "
                "WHERE coalesce(status, '') NOT IN ('draft', 'cancelled') ORDER BY start_date, id"_s))
        return fail(q);
    while (q.next()) {
        KpiCampaign c{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      dateOf(q.value(4)), dateOf(q.value(5))};
        if (!c.start.isValid()) {
            ++bad;
            continue;
        }
        if (!c.end.isValid() || c.end < c.start)
            c.end = c.start;
        h.campaigns.append(c);
    }

    if (!q.exec(u"SELECT count(*) FROM moderation_item WHERE status IN ('pending', 'escalated')"_s) || !q.next())
        return fail(q);
    h.queueNow = q.value(0).toLongLong();
    if (skipped)
        *skipped = bad;
    return h;
}
