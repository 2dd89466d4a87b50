#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

class Store;

// The platform's study groups from the cache (a few thousand at most, so all are held),
// with a health judgement made from the cached figures:
//  - gone cold: no post in the last 14 days, or under 5% of the members active in 30 days;
//  - growing: at least 30% of the members active in 30 days, with 2+ posts per active member;
//  - steady: the rest.
// "Now" is the newest activity in the cache, so an old cache is judged as of its sync.
class StudyGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyGroupModel)
public:
    enum Column { NameColumn, TopicColumn, LevelColumn, AdminsColumn, SizeColumn, Posts30Column,
                  Active30Column, HealthColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, HealthRole, AdminIdsRole, SortRole };
    enum class Health { Growing, Steady, Cold };

    explicit StudyGroupModel(Store *store, QObject *parent = nullptr);

    static Health healthOf(qint64 members, qint64 posts30, qint64 active30, const QDateTime &lastActivity,
                           const QDateTime &asOf);
    static QString healthName(Health h);
    static QString healthRule(); // the definition, for tooltips
    static QString levelName(const QString &level);
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    QDateTime asOf() const { return m_asOf; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    struct Row {
        QString id, name, topic, level;
        QStringList adminIds, adminNames;
        qint64 members = 0, posts30 = 0, active30 = 0;
        QDateTime lastActivity;
        Health health = Health::Steady;
    };
    Store *m_store = nullptr;
    QList<Row> m_rows;
    QDateTime m_asOf;
    bool m_reloadQueued = false;
};
