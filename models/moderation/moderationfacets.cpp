#include "moderationfacets.h"

#include "store.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QStringList distinct(const Store &store, const QString &column)
{
    QStringList out;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT DISTINCT %1 FROM moderation_item WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1"_s.arg(column))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
} // namespace

QStringList ModerationFacets::boards(const Store &store)
{
    return distinct(store, u"board"_s);
}

QStringList ModerationFacets::languages(const Store &store)
{
    return distinct(store, u"language"_s);
}

const QStringList &ModerationFacets::statuses()
{
    static const QStringList s = {u"pending"_s, u"approved"_s, u"rejected"_s, u"escalated"_s};
    return s;
}

const QStringList &ModerationFacets::kinds()
{
    static const QStringList k = {u"post"_s, u"comment"_s, u"profile"_s};
    return k;
}

const QStringList &ModerationFacets::aiLabels()
{
    static const QStringList l = {u"spam"_s, u"abuse"_s, u"ads"_s, u"nsfw"_s, u"off_topic"_s, u"misinformation"_s};
    return l;
}

QString ModerationFacets::statusName(const QString &status)
{
    if (status == u"pending") return tr("Pending");
    if (status == u"approved") return tr("Approved");
    if (status == u"rejected") return tr("Rejected");
    if (status == u"escalated") return tr("Escalated");
    return status;
}

QString ModerationFacets::kindName(const QString &kind)
{
    if (kind == u"post") return tr("Post");
    if (kind == u"comment") return tr("Comment");
    if (kind == u"profile") return tr("Profile");
    return kind;
}

QString ModerationFacets::labelName(const QString &label)
{
    if (label == u"spam") return tr("Spam");
    if (label == u"abuse") return tr("Abuse");
    if (label == u"ads") return tr("Ads");
    if (label == u"nsfw") return tr("NSFW");
    if (label == u"off_topic") return tr("Off topic");
    if (label == u"misinformation") return tr("Misinformation");
    return label;
}

QString ModerationFacets::languageName(const QString &language)
{
    if (language == u"en") return tr("English");
    if (language == u"zh_CN") return tr("Chinese (Simplified)");
    if (language == u"zh_TW") return tr("Chinese (Traditional)");
    if (language == u"zh") return tr("Chinese");
    return language;
}

QString ModerationFacets::tierName(const QString &tier)
{
    if (tier == u"newcomer") return tr("Newcomer");
    if (tier == u"regular") return tr("Regular");
    if (tier == u"core") return tr("Core");
    if (tier == u"backbone") return tr("Backbone");
    return tier;
}

QString ModerationFacets::ruleActionName(const QString &action)
{
    if (action == u"flag") return tr("Flag for review");
    if (action == u"hold") return tr("Hold");
    if (action == u"suggest_mute") return tr("Suggest mute");
    return action;
}
