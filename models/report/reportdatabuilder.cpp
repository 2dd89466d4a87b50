#include "reportdatabuilder.h"

#include "campaignrepository.h"
#include "reportanalysis.h"
#include "reportcommunity.h"
#include "reportmetrics.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

ReportDataBuilder::ReportDataBuilder(QSqlDatabase db, QTimeZone zone)
    : m_db(std::move(db))
    , m_zone(zone.isValid() ? std::move(zone) : defaultTimeZone())
{
}

QTimeZone ReportDataBuilder::defaultTimeZone()
{
    return QTimeZone("Asia/Shanghai");
}

QList<Quarter> ReportDataBuilder::quarters(QString *error) const
{
    QList<Quarter> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT substr(date, 1, 7) FROM metric_day ORDER BY 1 DESC"_s)) {
        if (error)
            *error = tr("Could not read the cache: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        const Quarter quarter = Quarter::of(QDate::fromString(q.value(0).toString() + u"-01"_s, Qt::ISODate));
        if (quarter.isValid() && !out.contains(quarter))
            out.append(quarter);
    }
    return out;
}

QDate ReportDataBuilder::lastDataDay() const
{
    QDate first, last;
    ReportMetrics::readRange(m_db, &first, &last, nullptr);
    return last;
}

std::optional<ReportData> ReportDataBuilder::build(const Quarter &quarter, QString *error) const
{
    const auto fail = [error](const QString &why) -> std::optional<ReportData> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto readFailed = [&fail](const QString &why) {
        return fail(tr("Could not read the cache: %1").arg(why));
    };
    if (!quarter.isValid())
        return fail(tr("No quarter was chosen."));

    ReportData data;
    data.quarter = quarter;
    QString why;
    if (!ReportMetrics::readRange(m_db, &data.dataFirst, &data.dataLast, &why))
        return readFailed(why);
    if (!data.dataLast.isValid())
        return fail(tr("The cache holds no daily figures yet. Sync with the platform first."));
    if (data.dataLast < quarter.firstDay() || data.dataFirst > quarter.lastDay()) {
        return fail(tr("The cache has no daily figures for %1; it holds %2 to %3. Choose another quarter or sync first.")
                        .arg(quarter.id(), data.dataFirst.toString(Qt::ISODate), data.dataLast.toString(Qt::ISODate)));
    }
    data.asOf = data.dataLast.addDays(1);

    QList<ReportDay> all;
    QList<ReportCohort> previousCohorts;
    if (!ReportMetrics::readDays(m_db, quarter.lastDay(), &all, &why)
        || !ReportMetrics::readCohorts(m_db, quarter, &data.cohorts, &why)
        || !ReportMetrics::readCohorts(m_db, quarter.previous(), &previousCohorts, &why))
        return readFailed(why);
    data.days = ReportMetrics::daysIn(all, quarter);
    data.previousDays = ReportMetrics::daysIn(all, quarter.previous());
    data.current = ReportMetrics::period(quarter, all, data.cohorts);
    data.previous = ReportMetrics::period(quarter.previous(), all, previousCohorts);

    const ReportCommunity community(m_db, quarter, m_zone);
    if (!community.readTiers(data, &why) || !community.readPoints(data, &why) || !community.readBadges(data, &why)
        || !community.readModeration(data, &why) || !community.readAudit(data, &why))
        return readFailed(why);

    data.campaigns = CampaignStats::forQuarter(m_db, quarter.id(), data.asOf, &why);
    if (!data.campaigns)
        return fail(why);
    data.nextCampaigns = CampaignStats::forQuarter(m_db, quarter.next().id(), data.asOf, &why);
    if (!data.nextCampaigns)
        return fail(why);
    const QList<Campaign> campaigns = CampaignRepository::campaigns(m_db, &why);
    if (!why.isEmpty())
        return readFailed(why);
    data.anomalies = ReportAnalysis::anomalies(quarter, all, campaigns);
    data.forecast = ReportAnalysis::forecast(quarter, all);
    return data;
}
