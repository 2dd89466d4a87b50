#include "entitycolumns.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace EntityColumns {

namespace {
const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> t = {
        {u"member"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"handle"_s, u"display_name"_s, u"joined_at"_s,
          u"last_active_at"_s, u"signup_channel"_s, u"tier"_s, u"tier_locked"_s, u"tier_since"_s,
          u"points"_s, u"badges"_s, u"groups"_s, u"active_days_30"_s, u"posts_30"_s,
          u"comments_30"_s, u"likes_received_30"_s, u"helpful_answers_30"_s, u"posts_total"_s,
          u"helpful_answers_total"_s, u"spend_total"_s, u"spend_90d"_s, u"last_purchase_at"_s,
          u"status"_s, u"muted_until"_s, u"language"_s, u"notes"_s}},
        {u"group"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"name"_s, u"topic"_s, u"level"_s, u"admins"_s,
          u"member_count"_s, u"posts_30"_s, u"active_members_30"_s, u"created_at"_s,
          u"last_activity_at"_s}},
        {u"tier"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"name"_s, u"order"_s, u"rules"_s,
          u"privileges"_s, u"demotion_grace_days"_s}},
        {u"badge"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"name"_s, u"name_zh"_s, u"description"_s,
          u"criteria"_s, u"awarded_count"_s}},
        {u"points_entry"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"member_id"_s, u"points"_s, u"reason"_s,
          u"awarded_by"_s, u"created_at"_s}},
        {u"moderation_item"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"kind"_s, u"author_id"_s, u"board"_s,
          u"title"_s, u"body"_s, u"language"_s, u"created_at"_s, u"ai_score"_s, u"ai_labels"_s,
          u"reports"_s, u"report_count"_s, u"sentiment"_s, u"status"_s, u"held"_s,
          u"decided_by"_s, u"decided_at"_s, u"decision_reason"_s, u"claimed_by"_s,
          u"claim_expires_at"_s}},
        {u"keyword_rule"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"pattern"_s, u"is_regex"_s, u"whole_word"_s,
          u"boards"_s, u"kinds"_s, u"action"_s, u"label"_s, u"enabled"_s, u"created_by"_s,
          u"created_at"_s, u"note"_s}},
        {u"feedback"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"member_id"_s, u"subject"_s, u"body"_s,
          u"category"_s, u"created_at"_s, u"due_at"_s, u"priority"_s, u"status"_s, u"replies"_s,
          u"first_reply_at"_s, u"resolved_at"_s}},
        {u"campaign"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"name"_s, u"type"_s, u"mode"_s, u"place"_s,
          u"start_date"_s, u"end_date"_s, u"owner"_s, u"budget"_s, u"cost"_s, u"target_tier"_s,
          u"target_segment"_s, u"goals"_s, u"results"_s, u"variants"_s, u"status"_s,
          u"notes"_s}},
        {u"budget"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"quarter"_s, u"amount"_s, u"notes"_s}},
        {u"metric_day"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"date"_s, u"members_total"_s, u"dau"_s,
          u"wau"_s, u"mau"_s, u"visitors"_s, u"new_members"_s, u"posts"_s, u"comments"_s,
          u"likes"_s, u"shares"_s, u"reports"_s, u"decisions"_s, u"median_decision_minutes"_s,
          u"backlog"_s, u"violations"_s, u"conversions"_s, u"paying_members"_s, u"revenue"_s,
          u"sentiment"_s}},
        {u"retention_cohort"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"cohort_start"_s, u"size"_s, u"d1"_s,
          u"d7"_s, u"d30"_s}},
        {u"audit_entry"_s,
         {u"id"_s, u"version"_s, u"updated_at"_s, u"at"_s, u"actor"_s, u"role"_s, u"entity"_s,
          u"entity_id"_s, u"action"_s, u"mutation_id"_s, u"summary"_s, u"entity_version"_s}},
    };
    return t;
}
} // namespace

const QStringList &entities()
{
    // Feed order: what other entities refer to comes first.
    static const QStringList names = {
        u"tier"_s, u"badge"_s, u"group"_s, u"member"_s, u"points_entry"_s,
        u"moderation_item"_s, u"keyword_rule"_s, u"feedback"_s, u"campaign"_s, u"budget"_s,
        u"metric_day"_s, u"retention_cohort"_s, u"audit_entry"_s,
    };
    return names;
}

bool isEntity(const QString &name)
{
    return table().contains(name);
}

const QStringList &columns(const QString &entity)
{
    static const QStringList none;
    const auto it = table().constFind(entity);
    return it == table().cend() ? none : it.value();
}

QByteArray jsonString(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace EntityColumns
