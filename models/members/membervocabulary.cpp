#include "membervocabulary.h"

#include "memberlistmodel.h"
#include "store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace MemberVocabulary {

Choices tiers(Store *store)
{
    Choices out;
    QSqlQuery q(store->database());
    if (q.exec(u"SELECT id FROM tier ORDER BY \"order\", id"_s))
        while (q.next())
            out.append({q.value(0).toString(), MemberListModel::tierName(q.value(0).toString())});
    if (out.isEmpty()) // before the first sync: the platform's default tiers
        for (const QString &t : {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s})
            out.append({t, MemberListModel::tierName(t)});
    return out;
}

Choices channels()
{
    Choices out;
    for (const QString &c : {u"organic"_s, u"search"_s, u"wechat"_s, u"weibo"_s, u"referral"_s, u"campaign"_s, u"app"_s})
        out.append({c, MemberListModel::channelName(c)});
    return out;
}

Choices statuses()
{
    Choices out;
    for (const QString &s : {u"active"_s, u"muted"_s, u"banned"_s})
        out.append({s, MemberListModel::statusName(s)});
    return out;
}

Choices segments()
{
    Choices out;
    for (const QString &s : {u"champions"_s, u"loyal"_s, u"potential"_s, u"at_risk"_s, u"hibernating"_s})
        out.append({s, MemberListModel::segmentName(s)});
    return out;
}

Choices groups(Store *store)
{
    Choices out;
    QSqlQuery q(store->database());
    if (q.exec(u"SELECT id, name FROM study_group ORDER BY name, id"_s))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace MemberVocabulary
