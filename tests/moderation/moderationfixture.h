#pragma once

#include "store.h"
#include "storenotifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <memory>

// A small moderation community in a cache, written through Store's ingest API (as a sync
// would): members, items in Chinese and English (one with markup), keyword rules, feedback
// and audit entries. Every figure the tests check follows from the definitions here.
class ModerationFixture final
{
public:
    // ":memory:" or a file path.
    explicit ModerationFixture(const QString &path = QStringLiteral(":memory:"), const QString &user = QStringLiteral("moderator"));
    bool isOpen() const { return m_store && m_store->isOpen(); }
    Store *store() const { return m_store.get(); }
    StoreNotifier *notifier() const { return m_notifier.get(); }
    QDateTime now() const { return m_now; }

    // The items: id -> (title, body, kind, board, language, score, labels, reports, status).
    static constexpr int ItemCount = 8;
    void addItem(const QString &id, const QString &title, const QString &body, const QString &kind,
                 const QString &board, double score, const QJsonArray &labels, int reports,
                 const QString &status = QStringLiteral("pending"), const QString &claimedBy = {},
                 const QString &authorId = QStringLiteral("u1"));
    void addFeedback(const QString &id, const QString &status, qint64 ageHours, const QString &firstReplyAt = {});
    void addRule(const QString &id, const QString &pattern, bool regex, bool wholeWord, const QString &action,
                 const QJsonArray &kinds = {});
    void addAudit(const QString &id, const QString &entity, const QString &entityId, const QString &action,
                  const QString &actor, const QString &summary, qint64 minutesAgo);

private:
    void apply(const QString &entity, const QString &id, const QJsonObject &data, qint64 version = 1);

    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    QDateTime m_now;
    qint64 m_seq = 0;
};
