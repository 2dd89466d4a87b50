#include "displaynames.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
QString lookup(const QHash<QString, const char *> &names, const QString &key)
{
    const auto it = names.constFind(key);
    return it == names.cend() ? key : DisplayNames::tr(it.value());
}
}

QString DisplayNames::role(const QString &role)
{
    static const QHash<QString, const char *> names = {
        {u"manager"_s, QT_TR_NOOP("manager")},
        {u"moderator"_s, QT_TR_NOOP("moderator")},
        {u"analyst"_s, QT_TR_NOOP("analyst")},
    };
    return lookup(names, role);
}

QString DisplayNames::entity(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {u"member"_s, QT_TR_NOOP("member")},
        {u"group"_s, QT_TR_NOOP("group")},
        {u"tier"_s, QT_TR_NOOP("tier")},
        {u"badge"_s, QT_TR_NOOP("badge")},
        {u"points_entry"_s, QT_TR_NOOP("points entry")},
        {u"moderation_item"_s, QT_TR_NOOP("moderation item")},
        {u"keyword_rule"_s, QT_TR_NOOP("keyword rule")},
        {u"feedback"_s, QT_TR_NOOP("feedback")},
        {u"campaign"_s, QT_TR_NOOP("campaign")},
        {u"budget"_s, QT_TR_NOOP("budget")},
        {u"metric_day"_s, QT_TR_NOOP("daily metrics")},
        {u"retention_cohort"_s, QT_TR_NOOP("retention cohort")},
        {u"audit_entry"_s, QT_TR_NOOP("audit entry")},
    };
    return lookup(names, entity);
}

QString DisplayNames::action(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {u"approve"_s, QT_TR_NOOP("approve")},
        {u"reject"_s, QT_TR_NOOP("reject")},
        {u"escalate"_s, QT_TR_NOOP("escalate")},
        {u"claim"_s, QT_TR_NOOP("claim")},
        {u"release"_s, QT_TR_NOOP("release")},
        {u"hold"_s, QT_TR_NOOP("hold")},
        {u"award_points"_s, QT_TR_NOOP("award points")},
        {u"award_badge"_s, QT_TR_NOOP("award badge")},
        {u"revoke_badge"_s, QT_TR_NOOP("revoke badge")},
        {u"set_tier"_s, QT_TR_NOOP("set tier")},
        {u"add_note"_s, QT_TR_NOOP("add note")},
        {u"mute"_s, QT_TR_NOOP("mute")},
        {u"unmute"_s, QT_TR_NOOP("unmute")},
        {u"ban"_s, QT_TR_NOOP("ban")},
        {u"unban"_s, QT_TR_NOOP("unban")},
        {u"add_admin"_s, QT_TR_NOOP("add admin")},
        {u"remove_admin"_s, QT_TR_NOOP("remove admin")},
        {u"create"_s, QT_TR_NOOP("create")},
        {u"update"_s, QT_TR_NOOP("update")},
        {u"delete"_s, QT_TR_NOOP("delete")},
        {u"reorder"_s, QT_TR_NOOP("reorder")},
        {u"reply"_s, QT_TR_NOOP("reply")},
        {u"resolve"_s, QT_TR_NOOP("resolve")},
    };
    return lookup(names, action);
}
