#include "tierchanges.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TierChanges {
QList<Mutation> between(const TierRuleSet &cached, const TierRuleSet &edited)
{
    QList<Mutation> out;
    auto mutation = [](const QString &id, const QString &action, const QJsonObject &payload) {
        Mutation m;
        m.entity = u"tier"_s;
        m.entityId = id;
        m.action = action;
        m.payload = payload;
        return m;
    };
    // The server's list as it will be after each mutation, lowest first.
    QStringList server;
    for (const TierDefinition &t : cached.tiers())
        server << t.id;
    QHash<QString, int> cachedOrder;
    for (const TierDefinition &t : cached.tiers())
        cachedOrder.insert(t.id, t.order);

    for (const TierDefinition &t : cached.tiers()) {
        if (edited.indexOf(t.id) < 0) {
            out << mutation(t.id, u"delete"_s, {});
            server.removeAll(t.id);
        }
    }
    for (const TierDefinition &t : edited.tiers()) {
        if (cached.indexOf(t.id) < 0) {
            TierDefinition top = t;
            top.order = int(server.size());
            out << mutation(t.id, u"create"_s, top.payload(true));
            server << t.id;
            cachedOrder.insert(t.id, top.order);
        }
    }
    for (int i = 0; i < edited.size(); ++i) {
        const QString id = edited.at(i).id;
        if (server.value(i) == id && cachedOrder.value(id, -1) == i)
            continue;
        out << mutation(id, u"reorder"_s, QJsonObject{{u"order"_s, i}});
        server.removeAll(id);
        server.insert(i, id);
    }
    for (const TierDefinition &t : edited.tiers()) {
        const int c = cached.indexOf(t.id);
        if (c < 0)
            continue;
        const TierDefinition &old = cached.at(c);
        QJsonObject payload;
        if (t.name != old.name)
            payload.insert(u"name"_s, t.name);
        if (t.anyOf != old.anyOf || t.conditions != old.conditions)
            payload.insert(u"rules"_s, t.rulesJson());
        if (t.privileges != old.privileges)
            payload.insert(u"privileges"_s, QJsonArray::fromStringList(t.privileges));
        if (t.demotionGraceDays != old.demotionGraceDays)
            payload.insert(u"demotion_grace_days"_s, t.demotionGraceDays);
        if (!payload.isEmpty())
            out << mutation(t.id, u"update"_s, payload);
    }
    return out;
}
} // namespace TierChanges
