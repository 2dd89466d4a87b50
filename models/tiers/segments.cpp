#include "segments.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

const QStringList &Segments::ids()
{
    static const QStringList list = {u"champions"_s, u"loyal"_s, u"potential"_s, u"at_risk"_s, u"hibernating"_s};
    return list;
}

QString Segments::name(const QString &id)
{
    if (id == u"champions") return tr("Champions");
    if (id == u"loyal") return tr("Loyal");
    if (id == u"potential") return tr("Potential");
    if (id == u"at_risk") return tr("At risk");
    if (id == u"hibernating") return tr("Hibernating");
    return id;
}

QString Segments::layer(const QString &id)
{
    if (id == u"champions" || id == u"loyal")
        return u"high_value"_s;
    if (id == u"potential")
        return u"potential"_s;
    return u"ordinary"_s;
}

QString Segments::layerName(const QString &layer)
{
    if (layer == u"high_value") return tr("High value");
    if (layer == u"potential") return tr("Potential");
    return tr("Ordinary");
}

QString Segments::rule(const QString &id)
{
    if (id == u"champions") return tr("R ≥ 4, F ≥ 4 and M ≥ 4");
    if (id == u"loyal") return tr("F ≥ 4 and R ≥ 3 (not a champion)");
    if (id == u"potential") return tr("R ≥ 3, not yet frequent");
    if (id == u"at_risk") return tr("R ≤ 2, and F ≥ 3 or M ≥ 3");
    if (id == u"hibernating") return tr("R ≤ 2 with low F and M");
    return {};
}

QString Segments::classify(int r, int f, int m)
{
    if (r >= 4 && f >= 4 && m >= 4)
        return u"champions"_s;
    if (f >= 4 && r >= 3)
        return u"loyal"_s;
    if (r >= 3)
        return u"potential"_s;
    if (f >= 3 || m >= 3)
        return u"at_risk"_s;
    return u"hibernating"_s;
}

QString Segments::why(const QString &segment, int r, int f, int m, qint64 recencyDays, qint64 frequency,
                      double monetary)
{
    const QLocale locale;
    const QString recency = recencyDays >= 36500 ? tr("never active")
                                                 : tr("last active %n day(s) ago", nullptr, int(recencyDays));
    return tr("R %1 (%2), F %3 (%4 in 30 days), M %5 (%6 spent): %7 → %8")
        .arg(r).arg(recency).arg(f).arg(locale.toString(frequency)).arg(m)
        .arg(locale.toString(monetary, 'f', 2), rule(segment), name(segment));
}

QList<SegmentInfo> Segments::segmentSummary(const QSqlDatabase &db)
{
    QHash<QString, SegmentInfo> byId;
    for (const QString &id : ids())
        byId.insert(id, SegmentInfo{id, name(id), layer(id), rule(id)});
    double members = 0, spend = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT members, spend FROM segment_run WHERE id = 1"_s) && q.next()) {
        members = q.value(0).toDouble();
        spend = q.value(1).toDouble();
    }
    if (q.exec(u"SELECT segment, members, spend, active_days_avg, frequency_avg FROM segment_summary"_s)) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!byId.contains(id))
                byId.insert(id, SegmentInfo{id, name(id), layer(id), rule(id)});
            SegmentInfo &s = byId[id];
            s.members = q.value(1).toLongLong();
            s.spend = q.value(2).toDouble();
            s.activeDaysAvg = q.value(3).toDouble();
            s.frequencyAvg = q.value(4).toDouble();
            s.memberShare = members > 0 ? double(s.members) / members : 0;
            s.spendShare = spend > 0 ? s.spend / spend : 0;
        }
    }
    QList<SegmentInfo> out;
    for (const QString &id : ids())
        out << byId.take(id);
    for (const SegmentInfo &s : std::as_const(byId))
        out << s; // a segment a newer console wrote
    return out;
}

QDateTime Segments::computedAt(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT computed_at FROM segment_run WHERE id = 1"_s) && q.next()
        ? QDateTime::fromString(q.value(0).toString(), Qt::ISODate) : QDateTime();
}

qint64 Segments::churnRiskCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM member_segment WHERE churn_risk = 1"_s) && q.next() ? q.value(0).toLongLong() : 0;
}
