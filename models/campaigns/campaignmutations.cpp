#include "campaignmutations.h"

#include "campaign.h"

#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CampaignMutations {
Mutation create(const Campaign &campaign)
{
    Mutation m;
    m.entity = u"campaign"_s;
    m.entityId = campaign.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : campaign.id;
    m.action = u"create"_s;
    m.payload = campaign.toPayload();
    return m;
}

std::optional<Mutation> update(const Campaign &before, const Campaign &after)
{
    const QJsonObject fields = Campaign::changedFields(before, after);
    if (fields.isEmpty())
        return std::nullopt;
    Mutation m;
    m.entity = u"campaign"_s;
    m.entityId = before.id;
    m.action = u"update"_s;
    m.payload = fields;
    return m;
}

Mutation reschedule(const QString &campaignId, const QDate &start, const QDate &end)
{
    Mutation m;
    m.entity = u"campaign"_s;
    m.entityId = campaignId;
    m.action = u"update"_s;
    m.payload = {{u"start_date"_s, start.toString(Qt::ISODate)}, {u"end_date"_s, end.toString(Qt::ISODate)}};
    return m;
}

Mutation remove(const QString &campaignId)
{
    Mutation m;
    m.entity = u"campaign"_s;
    m.entityId = campaignId;
    m.action = u"delete"_s;
    return m;
}

Mutation setBudget(const QString &quarter, double amount, const QString &notes, bool exists)
{
    Mutation m;
    m.entity = u"budget"_s;
    m.entityId = quarter;
    m.action = exists ? u"update"_s : u"create"_s;
    m.payload = {{u"quarter"_s, quarter},
                 {u"amount"_s, std::round(amount * 100.0) / 100.0},
                 {u"notes"_s, notes.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(notes.trimmed())}};
    return m;
}
} // namespace CampaignMutations
