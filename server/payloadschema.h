#pragma once

#include <QJsonObject>
#include <QString>

// Field-by-field validation of the payloads of `create` and `update` mutations for the
// entities that are edited as a set of fields (tier, keyword_rule, campaign, budget).
namespace PayloadSchema {
// Checks `payload` against the entity's fields. For a create every required field must be
// present; for an update any subset may be. Unknown fields are an error (a typo must not
// be silently dropped). On success returns an empty string and merges the fields into
// `target`; otherwise returns what is wrong.
QString mergeFields(const QString &entity, const QJsonObject &payload, bool create,
                    QJsonObject &target);
// Rules of a tier: {"op":"and"|"or","conditions":[{"field","cmp","value"}]}.
QString checkTierRules(const QJsonValue &rules);
} // namespace PayloadSchema
