#pragma once

// Shared helpers for the steward-platform integration tests (tests/server/tst_platform*).
// They talk to the real server through TestHttp and never use the server's code.

#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QStringList>
#include <functional>

namespace PlatformTest {

// One entity as a client holds it after applying the feed.
struct Row {
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;
    bool operator==(const Row &o) const
    {
        return version == o.version && deleted == o.deleted && data == o.data;
    }
};
using Key = QPair<QString, QString>; // (entity, id)
using State = QMap<Key, Row>;

QString newId(); // a lower-case UUID without braces
QByteArray compact(const QJsonObject &o);
QByteArray compact(const QJsonArray &a);

QJsonObject mutation(const QString &entity, const QString &entityId, const QString &action,
                     qint64 baseVersion, const QJsonObject &payload = {}, const QString &id = {});
// POST /v1/mutations {"mutations": list}; the results, or empty (and *error) on failure.
QJsonArray post(const TestHttp &http, const QString &token, const QJsonArray &list,
                QString *error = nullptr);
// One mutation; its result (empty object on failure).
QJsonObject apply(const TestHttp &http, const QString &token, const QJsonObject &m);

// GET /v1/entities/{entity}/{id}: the envelope (empty when not 200).
QJsonObject entity(const TestHttp &http, const QString &token, const QString &entity,
                   const QString &id);
qint64 versionOf(const TestHttp &http, const QString &token, const QString &entity,
                 const QString &id);

// Reads /v1/changes from `since` to the end with `limit`, applying every change to `state`
// (the higher version wins). Returns the final next_since, or -1 with *error set. Checks
// the paging invariants on the way (ascending seq, next_since = last seq, has_more).
qint64 readFeed(const TestHttp &http, const QString &token, qint64 since, int limit,
                State &state, QString *error, int *pages = nullptr);
// Applies one change object to the state (higher version wins).
void applyChange(State &state, const QJsonObject &change);

// Reads a whole snapshot (following next_cursor) into a state of row objects.
qint64 readSnapshot(const TestHttp &http, const QString &token, int limit, State &state,
                    QString *error, const std::function<void(int page)> &betweenPages = {});

// First difference between two states, empty when equal. `liveOnly` ignores tombstones.
QString diff(const State &expected, const State &actual, bool liveOnly = false);

// The ids of live entities of one kind that satisfy `pred`, in id order.
QStringList ids(const State &state, const QString &entity,
                const std::function<bool(const QJsonObject &)> &pred = {});

// Empty when `r` is a well-formed problem+json answer with HTTP status `status`:
// Content-Type application/problem+json, a JSON object with string type
// (urn:steward:problem:...), title and detail, and status equal to the HTTP status.
QString problemError(const HttpResult &r, int status, const QString &slug = {});
// Empty when a problem object (inside a mutation result) is well formed.
QString problemObjectError(const QJsonObject &p, int status, const QString &slug = {});
// Empty when GET /v1/health answers 200 {"status":"ok"}.
QString healthError(const TestHttp &http);

// The action-by-role matrix of docs/openapi.yaml (POST /v1/mutations description).
const QMap<QString, QStringList> &actionsOf(const QString &role);
// Every (entity, action) pair of the matrix, in document order.
const QList<QPair<QString, QString>> &allActions();

QString futureIso(qint64 secondsFromNow);

} // namespace PlatformTest

// Fails the current test with `message` unless it is empty.
#define PT_CHECK(expr)                                                                      \
    do {                                                                                    \
        const QString pt_message_ = (expr);                                                 \
        if (!pt_message_.isEmpty())                                                         \
            QFAIL(qPrintable(pt_message_));                                                 \
    } while (false)
