#include "whatifmodels.h"

#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// The two free functions below translate in the "WhatIf" context. They call
// QCoreApplication::translate() with the literal text, not a local tr() helper: lupdate
// only collects a string it can see next to its context, and a free function has no class
// to give it one (the strings used to be missing from the catalogues, shown in English).
QString whatIfOutcomeText(int outcome)
{
    switch (TierRuleSet::Outcome(outcome)) {
    case TierRuleSet::Outcome::Promote: return QCoreApplication::translate("WhatIf", "promoted: meets the higher tier's rules");
    case TierRuleSet::Outcome::Demote: return QCoreApplication::translate("WhatIf", "demoted: below the tier's rules past the grace period");
    case TierRuleSet::Outcome::Unranked: return QCoreApplication::translate("WhatIf", "placed by the rules: their tier is not among these");
    case TierRuleSet::Outcome::InGrace: return QCoreApplication::translate("WhatIf", "keeps the tier during the grace period");
    case TierRuleSet::Outcome::Locked: return QCoreApplication::translate("WhatIf", "locked tier");
    case TierRuleSet::Outcome::Stay: break;
    }
    return QCoreApplication::translate("WhatIf", "stays");
}

QString whatIfTierName(const WhatIfResult &r, int index)
{
    if (index >= 0 && index < r.tierCount())
        return TierRuleSet::tierDisplayName(r.proposed.at(index).id, r.proposed.at(index).name);
    return QCoreApplication::translate("WhatIf", "(other or no tier)");
}

// --- TransitionMatrixModel ---------------------------------------------------------------

TransitionMatrixModel::TransitionMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransitionMatrixModel::setResult(std::shared_ptr<const WhatIfResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_from.clear();
    m_to.clear();
    if (m_result) {
        const int n = m_result->tierCount();
        for (int i = 0; i < n; ++i) {
            m_from << i;
            m_to << i;
        }
        if (m_result->before[size_t(n)] > 0)
            m_from << n;
        if (m_result->after[size_t(n)] > 0)
            m_to << n;
    }
    endResetModel();
}

int TransitionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_from.size());
}

int TransitionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_to.size()) + 1;
}

QVariant TransitionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int from = m_from.at(index.row());
    const bool moving = index.column() == movingColumn();
    const int to = moving ? -1 : m_to.at(index.column());
    qint64 count = 0;
    if (moving) {
        for (int t : m_to)
            if (t != from)
                count += m_result->cell(from, t);
    } else {
        count = m_result->cell(from, to);
    }
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(count);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (moving)
            return tr("%Ln members would leave %1", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(whatIfTierName(*m_result, from));
        if (from == to)
            return tr("%Ln members stay in %1", nullptr, int(qMin<qint64>(count, INT_MAX))).arg(whatIfTierName(*m_result, from));
        return tr("%Ln members would move from %1 to %2", nullptr, int(qMin<qint64>(count, INT_MAX)))
            .arg(whatIfTierName(*m_result, from), whatIfTierName(*m_result, to));
    case FromRole: return from;
    case ToRole: return to;
    case CountRole: return count;
    default: return {};
    }
}

QVariant TransitionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_result)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < m_from.size() ? tr("from %1").arg(whatIfTierName(*m_result, m_from.at(section))) : QVariant();
    if (section == movingColumn())
        return tr("Moving");
    return section < m_to.size() ? tr("to %1").arg(whatIfTierName(*m_result, m_to.at(section))) : QVariant();
}

// --- TierSizesModel ----------------------------------------------------------------------

TierSizesModel::TierSizesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TierSizesModel::setResult(std::shared_ptr<const WhatIfResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    m_grace.clear();
    if (m_result) {
        const int n = m_result->tierCount();
        for (int i = n - 1; i >= 0; --i)
            m_rows << i; // highest tier first, as a pyramid reads
        if (m_result->before[size_t(n)] > 0 || m_result->after[size_t(n)] > 0)
            m_rows << n;
        m_grace.fill(0, n + 1);
        for (const WhatIfResult::Grace &g : m_result->inGrace)
            ++m_grace[g.tier];
    }
    endResetModel();
}

int TierSizesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierSizesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierSizesModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int tier = m_rows.at(index.row());
    const qint64 before = m_result->before[size_t(tier)], after = m_result->after[size_t(tier)];
    const QLocale locale;
    if (role == Qt::TextAlignmentRole && index.column() != TierColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case BeforeColumn: return before;
        case AfterColumn: return after;
        case ChangeColumn: return after - before;
        case GraceColumn: return m_grace.value(tier);
        default: return tier;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const double total = double(qMax<qint64>(1, m_result->total));
    switch (index.column()) {
    case TierColumn: return whatIfTierName(*m_result, tier);
    case BeforeColumn: return u"%1 (%2%)"_s.arg(locale.toString(before), locale.toString(100.0 * before / total, 'f', 1));
    case AfterColumn: return u"%1 (%2%)"_s.arg(locale.toString(after), locale.toString(100.0 * after / total, 'f', 1));
    case ChangeColumn: return after == before ? u"0"_s : (after > before ? u"+"_s : QString()) + locale.toString(after - before);
    case GraceColumn: return locale.toString(m_grace.value(tier));
    default: return {};
    }
}

QVariant TierSizesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TierColumn: return tr("Tier");
    case BeforeColumn: return tr("Now");
    case AfterColumn: return tr("After");
    case ChangeColumn: return tr("Change");
    case GraceColumn: return tr("In grace");
    default: return {};
    }
}

// --- MoversModel -------------------------------------------------------------------------

MoversModel::MoversModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void MoversModel::setResult(std::shared_ptr<const WhatIfResult> result)
{
    m_result = std::move(result);
    rebuild();
}

void MoversModel::setTransition(int from, int to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    rebuild();
}

void MoversModel::rebuild()
{
    m_fetching = true; // views (and the model tester) may ask for more while we reset
    beginResetModel();
    m_index.clear();
    m_rows.clear();
    if (m_result) {
        const auto &movers = m_result->movers;
        for (size_t i = 0; i < movers.size(); ++i) {
            if ((m_from < 0 || movers[i].from == m_from) && (m_to < 0 || movers[i].to == m_to))
                m_index.push_back(qint32(i));
        }
        m_rows = load(0, qMin<qsizetype>(m_pageSize, qsizetype(m_index.size())));
    }
    endResetModel();
    m_fetching = false;
}

QList<MoversModel::Row> MoversModel::load(qsizetype first, qsizetype count) const
{
    QList<Row> rows;
    if (!m_result || count <= 0)
        return rows;
    QStringList marks;
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const WhatIfResult::Mover &m = m_result->movers[size_t(m_index[size_t(first + i)])];
        Row r;
        r.rid = m.rid;
        r.from = m.from;
        r.to = m.to;
        r.outcome = m.outcome;
        rows << r;
        marks << u"?"_s;
    }
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT rid, id, handle, display_name, points, active_days_30, posts_total, helpful_answers_total, "
              "joined_at, spend_total FROM member WHERE rid IN (%1)"_s.arg(marks.join(u',')));
    for (const Row &r : std::as_const(rows))
        q.addBindValue(r.rid);
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i)
        at.insert(rows.at(i).rid, i);
    if (q.exec()) {
        while (q.next()) {
            Row &r = rows[at.value(q.value(0).toLongLong())];
            r.id = q.value(1).toString();
            r.handle = q.value(2).toString();
            r.name = q.value(3).toString();
            r.points = q.value(4).toLongLong();
            r.activeDays = q.value(5).toLongLong();
            r.posts = q.value(6).toLongLong();
            r.helpful = q.value(7).toLongLong();
            const QDateTime joined = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
            r.tenureDays = joined.isValid() ? qMax<qint64>(0, joined.secsTo(QDateTime::fromSecsSinceEpoch(m_result->now)) / 86400) : 0;
            r.spend = q.value(9).toDouble();
        }
    }
    return rows;
}

int MoversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MoversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MoversModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < qsizetype(m_index.size());
}

void MoversModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qsizetype first = m_rows.size();
    const qsizetype count = qMin<qsizetype>(m_pageSize, qsizetype(m_index.size()) - first);
    const QList<Row> more = load(first, count);
    m_fetching = true;
    beginInsertRows({}, int(first), int(first + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

QVariant MoversModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == RidRole)
        return r.rid;
    if (role == MemberIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() >= PointsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == WhyColumn)
        return whatIfOutcomeText(r.outcome);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case HandleColumn: return r.handle;
    case NameColumn: return r.name;
    case FromColumn: return whatIfTierName(*m_result, r.from);
    case ToColumn: return whatIfTierName(*m_result, r.to);
    case WhyColumn: return whatIfOutcomeText(r.outcome);
    case PointsColumn: return locale.toString(r.points);
    case ActiveDaysColumn: return locale.toString(r.activeDays);
    case PostsColumn: return locale.toString(r.posts);
    case HelpfulColumn: return locale.toString(r.helpful);
    case TenureColumn: return locale.toString(r.tenureDays);
    case SpendColumn: return locale.toString(r.spend, 'f', 2);
    default: return {};
    }
}

QVariant MoversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Name");
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case WhyColumn: return tr("Why");
    case PointsColumn: return tr("Points");
    case ActiveDaysColumn: return tr("Active days (30 d)");
    case PostsColumn: return tr("Posts");
    case HelpfulColumn: return tr("Helpful answers");
    case TenureColumn: return tr("Tenure (days)");
    case SpendColumn: return tr("Spend");
    default: return {};
    }
}
