#pragma once

#include "campaign.h"
#include "campaignwarnings.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

class Store;

// The one campaign model behind the list, the calendar and the timeline: every cached
// campaign (by start date) with its phase, results and ROI, A/B outcome and warnings,
// plus the quarters' budgets. Refreshes when the cache's campaigns, budgets or outbox
// change. Small enough to hold whole (see CampaignRepository).
class CampaignModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, StatusColumn, StartColumn, EndColumn, TargetColumn,
                  OwnerColumn, BudgetColumn, CostColumn, ParticipantsColumn, NewMembersColumn,
                  ConversionsColumn, RevenueColumn, RoiColumn, CostPerParticipantColumn,
                  CostPerNewMemberColumn, GoalAttainmentColumn, AbTestColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        CampaignRole,  // Campaign (QVariant::fromValue)
        PhaseRole,     // int(CampaignPhase)
        TypeRole,      // "contest"
        StartDateRole, // QDate
        EndDateRole,   // QDate
        SortRole,      // the column's value for sorting (numbers as numbers)
        WarningsRole,  // QStringList of the campaign's warning sentences
        PendingRole,   // bool: unsent changes in the outbox
    };

    explicit CampaignModel(Store *store, QObject *parent = nullptr);

    // The community's "today" (phases, warnings, the timeline's today line). Default:
    // the local date; tests set a fixed day.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Campaign> &campaigns() const { return m_campaigns; }
    const QList<Budget> &budgets() const { return m_budgets; }
    const QList<CampaignWarning> &warnings() const { return m_warnings; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    std::optional<Campaign> campaign(const QString &id) const;
    std::optional<Budget> budget(const QString &quarter) const;
    QStringList warningsFor(const QString &id) const;
    QString loadError() const { return m_error; }
    // Members per RFM segment as last computed (Segments, the members pane); empty when
    // segments were never computed. Read on demand: the target field shows them.
    QHash<QString, qint64> segmentSizes() const;

public Q_SLOTS:
    void reload();

private:
    QVariant display(const Campaign &c, int column) const;
    QVariant sortValue(const Campaign &c, int column) const;

    Store *m_store = nullptr;
    QDate m_today;
    QList<Campaign> m_campaigns;
    QList<Budget> m_budgets;
    QList<CampaignWarning> m_warnings;
    QHash<QString, int> m_rowById;
    QHash<QString, QStringList> m_warningsById;
    QHash<QString, QString> m_abById;
    QString m_error;
};
