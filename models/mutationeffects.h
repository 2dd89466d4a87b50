#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct Mutation;

// The optimistic local effect of a user action on the cached entity, mirroring the
// platform's actions (server/mutationengine.cpp) closely enough that the UI shows what
// the server will store. Validation is the server's too, so obvious mistakes are refused
// before they reach the outbox.
namespace MutationEffects {
struct Context {
    QString actor; // username for decided_by / claimed_by / notes
    QString now;   // ISO 8601 UTC
};
bool knows(const QString &entity, const QString &action);
// `data` is the entity before (nullopt: not cached / deleted) and after (nullopt: deleted).
// Returns an empty string on success, else a human reason.
QString apply(const Mutation &m, std::optional<QJsonObject> &data, const Context &context);
// "reject: spam", "+50 points: helpful answer", ...
QString summary(const Mutation &m);
} // namespace MutationEffects
