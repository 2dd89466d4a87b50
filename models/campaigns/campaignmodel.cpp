#include "campaignmodel.h"

#include "abtest.h"
#include "campaignmetrics.h"
#include "campaignphase.h"
#include "campaignrepository.h"
#include "campaigntext.h"
#include "segments.h"
#include "store.h"
#include "storenotifier.h"

using namespace Qt::StringLiterals;

CampaignModel::CampaignModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"campaign"_s) || entities.contains(u"budget"_s))
                reload();
        });
        connect(n, &StoreNotifier::outboxChanged, this, &CampaignModel::reload);
    }
    reload();
}

void CampaignModel::setToday(const QDate &today)
{
    if (today == m_today || !today.isValid())
        return;
    m_today = today;
    reload();
}

void CampaignModel::reload()
{
    QString error;
    QList<Campaign> campaigns = CampaignRepository::campaigns(m_store->database(), &error);
    QList<Budget> budgets = error.isEmpty() ? CampaignRepository::budgets(m_store->database(), &error) : QList<Budget>();
    beginResetModel();
    m_error = error;
    m_campaigns = std::move(campaigns);
    m_budgets = std::move(budgets);
    m_warnings = CampaignWarnings::all(m_campaigns, m_budgets, m_today);
    m_rowById.clear();
    m_warningsById.clear();
    m_abById.clear();
    for (int i = 0; i < m_campaigns.size(); ++i) {
        const Campaign &c = m_campaigns.at(i);
        m_rowById.insert(c.id, i);
        if (!c.variants.isEmpty())
            m_abById.insert(c.id, AbTest::summary(c.variants));
    }
    for (const CampaignWarning &w : std::as_const(m_warnings)) {
        // A quarter over budget is the quarter's warning, not each campaign's.
        if (w.kind == CampaignWarning::Kind::OverBudget)
            continue;
        for (const QString &id : w.campaignIds)
            m_warningsById[id].append(w.text);
    }
    endResetModel();
}

int CampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Campaign> CampaignModel::campaign(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_campaigns.at(row);
}

std::optional<Budget> CampaignModel::budget(const QString &quarter) const
{
    for (const Budget &b : m_budgets)
        if (b.quarter == quarter)
            return b;
    return std::nullopt;
}

QHash<QString, qint64> CampaignModel::segmentSizes() const
{
    QHash<QString, qint64> sizes;
    if (!Segments::computedAt(m_store->database()).isValid())
        return sizes;
    for (const SegmentInfo &s : Segments::segmentSummary(m_store->database()))
        sizes.insert(s.id, s.members);
    return sizes;
}

QStringList CampaignModel::warningsFor(const QString &id) const
{
    return m_warningsById.value(id);
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &c = m_campaigns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QStringList lines{c.name};
            lines += m_warningsById.value(c.id);
            if (c.pendingSync)
                lines << tr("Changed here; waiting to be synced.");
            return lines.join(u'\n');
        }
        if (index.column() == AbTestColumn)
            return m_abById.value(c.id);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BudgetColumn && index.column() <= GoalAttainmentColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return c.id;
    case CampaignRole: return QVariant::fromValue(c);
    case PhaseRole: return int(CampaignPhases::of(c, m_today));
    case TypeRole: return c.type;
    case StartDateRole: return c.startDate;
    case EndDateRole: return c.endDate;
    case SortRole: return sortValue(c, index.column());
    case WarningsRole: return m_warningsById.value(c.id);
    case PendingRole: return c.pendingSync;
    default: return {};
    }
}

QVariant CampaignModel::display(const Campaign &c, int column) const
{
    const CampaignMetrics::Summary m = CampaignMetrics::of(c);
    const auto figure = [&c](qint64 CampaignFigures::*field) {
        return c.results ? CampaignText::count((*c.results).*field) : CampaignText::none();
    };
    const QLocale locale;
    switch (column) {
    case NameColumn: return c.name;
    case TypeColumn: return CampaignText::type(c.type);
    case StatusColumn: return CampaignText::phase(CampaignPhases::of(c, m_today));
    case StartColumn: return locale.toString(c.startDate, QLocale::ShortFormat);
    case EndColumn: return locale.toString(c.endDate, QLocale::ShortFormat);
    case TargetColumn: return CampaignText::target(c);
    case OwnerColumn: return c.owner;
    case BudgetColumn: return CampaignText::money(c.budget, 0);
    case CostColumn: return CampaignText::money(c.cost, 0);
    case ParticipantsColumn: return figure(&CampaignFigures::participants);
    case NewMembersColumn: return figure(&CampaignFigures::newMembers);
    case ConversionsColumn: return figure(&CampaignFigures::conversions);
    case RevenueColumn: return c.results ? CampaignText::money(c.results->revenue, 0) : CampaignText::none();
    case RoiColumn: return CampaignText::signedPercent(m.roi);
    case CostPerParticipantColumn: return CampaignText::money(m.costPerParticipant);
    case CostPerNewMemberColumn: return CampaignText::money(m.costPerNewMember);
    case GoalAttainmentColumn: return CampaignText::percent(m.goalAttainment);
    case AbTestColumn: return m_abById.value(c.id);
    default: return {};
    }
}

QVariant CampaignModel::sortValue(const Campaign &c, int column) const
{
    const CampaignMetrics::Summary m = CampaignMetrics::of(c);
    // Undefined figures sort below every defined one.
    const auto num = [](const std::optional<double> &v) { return v ? *v : -1e300; };
    switch (column) {
    case StatusColumn: return int(CampaignPhases::of(c, m_today));
    case StartColumn: return c.startDate;
    case EndColumn: return c.endDate;
    case BudgetColumn: return c.budget;
    case CostColumn: return c.cost;
    case ParticipantsColumn: return c.results ? double(c.results->participants) : -1.0;
    case NewMembersColumn: return c.results ? double(c.results->newMembers) : -1.0;
    case ConversionsColumn: return c.results ? double(c.results->conversions) : -1.0;
    case RevenueColumn: return c.results ? c.results->revenue : -1.0;
    case RoiColumn: return num(m.roi);
    case CostPerParticipantColumn: return num(m.costPerParticipant);
    case CostPerNewMemberColumn: return num(m.costPerNewMember);
    case GoalAttainmentColumn: return num(m.goalAttainment);
    default: return display(c, column);
    }
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Campaign");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Starts");
    case EndColumn: return tr("Ends");
    case TargetColumn: return tr("Audience");
    case OwnerColumn: return tr("Owner");
    case BudgetColumn: return tr("Budget");
    case CostColumn: return tr("Cost");
    case ParticipantsColumn: return tr("Participants");
    case NewMembersColumn: return tr("New members");
    case ConversionsColumn: return tr("Conversions");
    case RevenueColumn: return tr("Revenue");
    case RoiColumn: return tr("ROI");
    case CostPerParticipantColumn: return tr("Cost / participant");
    case CostPerNewMemberColumn: return tr("Cost / new member");
    case GoalAttainmentColumn: return tr("Goals met");
    case AbTestColumn: return tr("A/B test");
    default: return {};
    }
}
