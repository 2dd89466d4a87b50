#include "auditlogview.h"

#include "auditlogmodel.h"
#include "displaynames.h"
#include "identifierdelegate.h"
#include "store.h"
#include "localeformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Detail rows: the table's columns, then the fields only the detail shows.
enum DetailRow { DetailAt, DetailActor, DetailRole, DetailEntity, DetailEntityId, DetailAction,
                 DetailSummary, DetailVersion, DetailMutation, DetailId, DetailRowCount };
constexpr int TypingPauseMs = 250;
}

AuditLogView::AuditLogView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_model = new AuditLogModel(m_context.store, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Search summary, action or ID"));
    m_search->setClearButtonEnabled(true);
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(u"auditActor"_s);
    m_actor->setPlaceholderText(tr("Who (username)"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(200);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(u"auditEntity"_s);
    m_entity->addItem(tr("All kinds"), QString());
    for (const QString &entity : Store::entityNames()) {
        if (entity != u"audit_entry")
            m_entity->addItem(DisplayNames::entity(entity), entity);
    }
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_entity);

    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(AuditLogModel::RoleColumn,
                                      new IdentifierDelegate(IdentifierDelegate::Kind::Role, m_table));
    m_table->setItemDelegateForColumn(AuditLogModel::EntityColumn,
                                      new IdentifierDelegate(IdentifierDelegate::Kind::Entity, m_table));
    m_table->setItemDelegateForColumn(AuditLogModel::ActionColumn,
                                      new IdentifierDelegate(IdentifierDelegate::Kind::Action, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(95);
    header->resizeSection(AuditLogModel::AtColumn, 170);
    header->resizeSection(AuditLogModel::EntityColumn, 130);
    header->resizeSection(AuditLogModel::EntityIdColumn, 70);

    m_count = new QLabel(this);
    m_count->setObjectName(u"auditCount"_s);
    m_loadMore = new QPushButton(tr("Load more"), this);
    m_loadMore->setObjectName(u"auditLoadMore"_s);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_loadMore);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(footer);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // Each filter change reloads from SQL; wait for a pause in typing.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(TypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &AuditLogView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditLogView::applyFilters);
    connect(m_loadMore, &QPushButton::clicked, this, &AuditLogView::loadMore);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogView::showDetail);
    // Queued: while the model announces a page it reports canFetchMore() == false (it
    // guards against views fetching re-entrantly), so the footer asks once it is done.
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogView::updateFooter, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogView::updateFooter, Qt::QueuedConnection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Something is always shown in the detail when there is something to show.
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showDetail();
    });
    updateFooter();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showDetail();
}

QWidget *AuditLogView::createDetail()
{
    m_detail = new QWidget(this);
    m_detail->setObjectName(u"auditDetail"_s);
    auto *form = new QFormLayout(m_detail);
    form->setContentsMargins(12, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *title = new QLabel(tr("Selected entry"), m_detail);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    form->addRow(title);
    m_detailPlaceholder = new QLabel(tr("Select an entry to see all of it."), m_detail);
    m_detailPlaceholder->setWordWrap(true);
    form->addRow(m_detailPlaceholder);

    // The table's own column titles, so the detail and the table use the same words.
    QStringList names;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        names << m_model->headerData(column, Qt::Horizontal).toString();
    names << tr("Version after") << tr("Mutation ID") << tr("Entry ID");
    for (int row = 0; row < DetailRowCount; ++row) {
        auto *value = new QLabel(m_detail);
        value->setObjectName(u"auditDetail_%1"_s.arg(row));
        // Summaries are user content: plain text, selectable for copy-paste.
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(names.at(row) + u':', value);
        m_detailValues.append(value);
    }
    m_detail->setMinimumWidth(240);
    return m_detail;
}

QVariantMap AuditLogView::saveState() const
{
    return {{u"search"_s, m_search->text()}, {u"actor"_s, m_actor->text()}, {u"entity"_s, m_entity->currentData()}};
}

void AuditLogView::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    {
        const QSignalBlocker a(m_search), b(m_actor), c(m_entity);
        m_search->setText(state.value(u"search"_s).toString());
        m_actor->setText(state.value(u"actor"_s).toString());
        m_entity->setCurrentIndex(qMax(0, m_entity->findData(state.value(u"entity"_s))));
    }
    applyFilters();
}

void AuditLogView::applyFilters()
{
    m_debounce->stop();
    m_model->setTextFilter(m_search->text().trimmed());
    m_model->setActorFilter(m_actor->text().trimmed());
    m_model->setEntityFilter(m_entity->currentData().toString());
}

void AuditLogView::loadMore()
{
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateFooter();
}

void AuditLogView::updateFooter()
{
    const int rows = m_model->rowCount();
    const bool more = m_model->canFetchMore({});
    const int shown = int(qMin<qint64>(rows, INT_MAX));
    m_count->setText(rows == 0 ? tr("No audit entries match.")
                               : more ? tr("Showing the newest %Ln entries", nullptr, shown)
                                      : tr("%Ln entries", nullptr, shown));
    m_loadMore->setEnabled(more);
}

void AuditLogView::showDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool has = current.isValid();
    m_detailPlaceholder->setVisible(!has);
    const int row = current.row();
    const auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    const QModelIndex first = has ? m_model->index(row, 0) : QModelIndex();
    QStringList values(DetailRowCount);
    if (has) {
        const QDateTime at = first.data(AuditLogModel::AtRole).toDateTime();
        values[DetailAt] = at.isValid() ? LocaleFormat::dateTime(at.toLocalTime(), QLocale::LongFormat)
                                        : cell(AuditLogModel::AtColumn);
        values[DetailActor] = cell(AuditLogModel::ActorColumn);
        values[DetailRole] = DisplayNames::role(cell(AuditLogModel::RoleColumn));
        values[DetailEntity] = DisplayNames::entity(cell(AuditLogModel::EntityColumn));
        values[DetailEntityId] = cell(AuditLogModel::EntityIdColumn);
        values[DetailAction] = DisplayNames::action(cell(AuditLogModel::ActionColumn));
        values[DetailSummary] = cell(AuditLogModel::SummaryColumn);
        values[DetailVersion] = first.data(AuditLogModel::EntityVersionRole).toString();
        values[DetailMutation] = first.data(AuditLogModel::MutationIdRole).toString();
        values[DetailId] = first.data(AuditLogModel::IdRole).toString();
    }
    for (int i = 0; i < DetailRowCount; ++i)
        m_detailValues.at(i)->setText(values.at(i));
}
