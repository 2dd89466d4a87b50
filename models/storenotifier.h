#pragma once

#include <QObject>
#include <QStringList>

// Change notifications of one cache file, shared by every Store connection to it (the
// GUI's and the sync worker's). Signals may be emitted from any thread; receivers on the
// GUI thread get them queued, so item models refresh on their own thread.
class StoreNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit StoreNotifier(QObject *parent = nullptr) : QObject(parent) {}

Q_SIGNALS:
    // Entity names as in the feed ("member", "group", "moderation_item", ...).
    void entitiesChanged(const QStringList &entities);
    void outboxChanged();
    void conflictsChanged();   // conflicts or rejected mutations
    void syncLogChanged();
    void profileChanged();
};
