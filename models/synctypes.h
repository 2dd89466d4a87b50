#pragma once

#include "apierror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

// Plain value types shared by the store, the API client, the sync engine and the item
// models. Field names follow docs/routes.md; every fromJson() returns nullopt on wrong
// types or missing fields, which callers report as ApiError::Kind::BadResponse.

// One entry of GET /v1/changes.
struct Change {
    enum class Op { Upsert, Delete };
    qint64 seq = 0;
    QString entity;
    QString id;
    Op op = Op::Upsert;
    qint64 version = 0;
    QJsonObject data; // the whole entity (a tombstone for deletes)
    static std::optional<Change> fromJson(const QJsonObject &o);
};

struct ChangesPage {
    QList<Change> changes;
    qint64 nextSince = 0;
    bool hasMore = false;
    static std::optional<ChangesPage> fromJson(const QJsonObject &o);
};

struct SnapshotRowsJson; // snapshotrows.h

// One page of GET /v1/snapshot, in row form: rows[i][j] is field columns[j].
struct SnapshotPage {
    qint64 snapshotSeq = 0;
    QString entity;
    QStringList columns;
    QJsonArray rows;     // fromJson()
    std::shared_ptr<const SnapshotRowsJson> parsedRows; // fromBody(): rows stay in simdjson's DOM
    qsizetype rowCount = 0;
    QString nextCursor; // empty on the last page
    bool hasMore = false;
    static std::optional<SnapshotPage> fromJson(const QJsonObject &o);
    // Parses the reply body itself (simdjson): same checks as fromJson(), nullopt on
    // malformed or truncated JSON and on wrong types.
    static std::optional<SnapshotPage> fromBody(const QByteArray &body);
};

struct HealthInfo {
    QString status;
    QString version;
    QString timeZone;
    QDateTime serverTime;
    qint64 seq = 0;
    static std::optional<HealthInfo> fromJson(const QJsonObject &o);
};

struct LoginInfo {
    QString accessToken;
    QString role;
    QDateTime expiresAt;
    static std::optional<LoginInfo> fromJson(const QJsonObject &o);
};

struct MeInfo {
    QString username;
    QString role;
    QJsonObject allowedActions; // entity -> [action, ...]
    static std::optional<MeInfo> fromJson(const QJsonObject &o);
};

// GET /v1/entities/{entity}/{id}
struct EntityState {
    QString entity;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;
    static std::optional<EntityState> fromJson(const QJsonObject &o);
};

// A user's change, as queued in the outbox and sent to POST /v1/mutations.
struct Mutation {
    QString id;          // client UUID (idempotency key); enqueue() fills it when empty
    QString entity;      // e.g. "moderation_item", "member", "group"
    QString entityId;
    QString action;      // e.g. "reject", "award_points", "create"
    qint64 baseVersion = 0; // enqueue() fills it from the cache
    QJsonObject payload;
    QDateTime createdAt; // enqueue() fills it
    QJsonObject toJson() const;
};

// What the server did with one mutation.
struct MutationResult {
    enum class Status { Applied, Duplicate, Conflict, Rejected };
    QString id;
    Status status = Status::Applied;
    QString entity;
    QString entityId;
    qint64 version = 0;        // applied / duplicate
    // conflict: the server's current state
    std::optional<QJsonObject> serverData; // nullopt when the entity is deleted
    qint64 serverVersion = 0;
    QString changedBy;
    QString changedAt;
    QJsonObject problem;       // conflict / rejected
    static std::optional<MutationResult> fromJson(const QJsonObject &o);
};

// A row of the outbox: a mutation not yet acknowledged by the server.
struct OutboxEntry {
    qint64 seq = 0; // push order
    Mutation mutation;
    int attempts = 0;
    QString lastError;
    QString summary; // short human description, e.g. "reject: spam"
};

// A mutation the server refused because someone else changed the entity first.
struct ConflictRecord {
    qint64 id = 0;
    Mutation mine;
    std::optional<QJsonObject> theirData; // nullopt: deleted on the server
    qint64 theirVersion = 0;
    QString changedBy;
    QDateTime changedAt;
    QString detail;     // the server's explanation
    QDateTime createdAt;
};

// A mutation the server rejected (invalid, forbidden, not found ...).
struct RejectedRecord {
    qint64 id = 0;
    Mutation mutation;
    QJsonObject problem;
    QString detail;
    QDateTime createdAt;
};

struct SyncRunRecord {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while running (or when the app died mid-run)
    bool ok = false;
    qint64 pushed = 0;
    qint64 pulled = 0;
    QString error;
};

// Where and as whom the console connects. Never holds a token or a password.
struct ConnectionProfile {
    QString name = QStringLiteral("default");
    QUrl serverUrl;
    QString username;
    bool insecure = false; // allow plain http:// to a non-loopback host, on purpose
    QString role;          // last known role (from login / GET /v1/me)
    QJsonObject allowedActions;
};

// Pull progress kept in the cache so an interrupted sync resumes where it stopped.
struct SyncCursor {
    qint64 feedSince = -1;      // -1: never pulled; else /v1/changes?since=
    QString snapshotCursor;     // non-empty while a snapshot is half done
    qint64 snapshotSeq = 0;     // the running snapshot's sequence
    bool hasFeedCursor() const { return feedSince >= 0; }
};

Q_DECLARE_METATYPE(ApiError)
Q_DECLARE_METATYPE(Mutation)
