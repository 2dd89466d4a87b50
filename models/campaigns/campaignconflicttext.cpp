#include "campaignconflicttext.h"

#include "campaigntext.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString fieldLabel(const QString &field)
{
    if (field == u"name") return CampaignConflictText::tr("the name");
    if (field == u"type") return CampaignConflictText::tr("the type");
    if (field == u"mode" || field == u"place") return CampaignConflictText::tr("the place");
    if (field == u"owner") return CampaignConflictText::tr("the owner");
    if (field == u"budget" || field == u"amount") return CampaignConflictText::tr("the budget");
    if (field == u"cost") return CampaignConflictText::tr("the cost");
    if (field == u"target_tier" || field == u"target_segment") return CampaignConflictText::tr("the audience");
    if (field == u"goals") return CampaignConflictText::tr("the goals");
    if (field == u"results") return CampaignConflictText::tr("the results");
    if (field == u"variants") return CampaignConflictText::tr("the A/B variants");
    if (field == u"status") return CampaignConflictText::tr("the status");
    if (field == u"notes") return CampaignConflictText::tr("the notes");
    return field;
}

QString range(const QJsonObject &o, const QJsonObject &fallback)
{
    const auto date = [&](const QString &key) {
        return QDate::fromString(o.contains(key) ? o.value(key).toString() : fallback.value(key).toString(), Qt::ISODate);
    };
    return CampaignText::dateRange(date(u"start_date"_s), date(u"end_date"_s));
}

bool isDates(const QString &field)
{
    return field == u"start_date" || field == u"end_date";
}
} // namespace

QString CampaignConflictText::mine(const ConflictRecord &conflict)
{
    const Mutation &m = conflict.mine;
    if (m.action != u"update" || (m.entity != u"campaign" && m.entity != u"budget"))
        return {};
    const QJsonObject their = conflict.theirData.value_or(QJsonObject());
    QStringList others;
    bool dates = false;
    for (const QString &key : m.payload.keys()) {
        if (isDates(key))
            dates = true;
        else if (key != u"quarter" && !others.contains(fieldLabel(key)))
            others << fieldLabel(key);
    }
    const QString list = QLocale().createSeparatedList(others);
    if (dates && others.isEmpty())
        //: %1 is the new date range
        return tr("You moved it to %1").arg(range(m.payload, their));
    if (dates)
        //: %1 is the new date range, %2 a list of other changes ("the budget and the notes")
        return tr("You moved it to %1 and changed %2").arg(range(m.payload, their), list);
    if (m.entity == u"budget")
        return tr("You set the budget to %1").arg(CampaignText::money(m.payload.value(u"amount"_s).toDouble(), 0));
    //: %1 is a list of changes ("the budget and the notes")
    return tr("You changed %1").arg(list);
}

QString CampaignConflictText::theirState(const ConflictRecord &conflict)
{
    const Mutation &m = conflict.mine;
    if (!conflict.theirData || (m.entity != u"campaign" && m.entity != u"budget"))
        return {};
    const QJsonObject &t = *conflict.theirData;
    QStringList parts;
    bool datesDone = false;
    for (const QString &key : m.payload.keys()) {
        if (isDates(key)) {
            if (!datesDone)
                parts << range(t, t);
            datesDone = true;
        } else if (key == u"budget" || key == u"cost" || key == u"amount") {
            parts << tr("%1 %2").arg(fieldLabel(key), CampaignText::money(t.value(key).toDouble(), 0));
        } else if (key == u"status") {
            parts << CampaignText::storedStatus(t.value(key).toString());
        } else if (key == u"name") {
            parts << u"“%1”"_s.arg(t.value(key).toString());
        }
    }
    return parts.join(u", "_s);
}
