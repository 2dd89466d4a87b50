#pragma once

#include "seedrandom.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

class PlatformDb;

// Keeps a demo platform moving: every tick a few members sign up, new posts land in the
// moderation queue (some reported), reports pile onto pending items, members come back and
// today's metric_day and retention cohort follow along. All writes are platform changes
// (actor "system"), so they never count as conflicts for the console's users.
class LiveGenerator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveGenerator)
public:
    LiveGenerator(PlatformDb &db, QTimeZone timeZone, QObject *parent = nullptr);

    void start(int intervalMs = 4000);
    void stop();
    // One step, in one transaction. Public so tests can drive it without a timer.
    void tick();

private:
    QJsonObject todayMetrics(const QDate &today);
    void addMember(QJsonObject &day, const QDate &today);
    void addModerationItem(QJsonObject &day, const QDate &today);
    void addReportToPending(QJsonObject &day);
    // A random existing member that may post (not banned, not deleted).
    std::optional<QPair<QString, QJsonObject>> randomMember();
    // Marks the member active now, adding its posts/comments to its counters and the day's.
    void touch(QJsonObject &member, QJsonObject &day, const QDate &today, int posts, int comments);
    void bumpCohort(const QDate &today, int joined);
    static void addTo(QJsonObject &o, const QString &key, qint64 delta);

    PlatformDb &m_db;
    QTimeZone m_timeZone;
    QTimer m_timer;
    SeedRandom::Engine m_rng;
    QString m_nowIso;
};
