#include "quartersummaryview.h"

#include "campaignmodel.h"
#include "quartersummarymodel.h"
#include "roibardelegate.h"
#include "spendbar.h"
#include "typeroimodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultSectionSize(100);
    return t;
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

QuarterSummaryView::QuarterSummaryView(CampaignModel *campaigns, QWidget *parent)
    : QWidget(parent)
    , m_campaigns(campaigns)
{
    setObjectName(u"quarterSummary"_s);
    m_quarters = new QuarterSummaryModel(campaigns, this);
    m_types = new TypeRoiModel(campaigns, this);

    m_quarterTable = makeTable(m_quarters, u"quarterTable"_s, this);
    m_quarterTable->horizontalHeader()->resizeSection(QuarterSummaryModel::QuarterColumn, 90);
    m_quarterTable->horizontalHeader()->resizeSection(QuarterSummaryModel::UsedColumn, 60);
    m_quarterTable->horizontalHeader()->resizeSection(QuarterSummaryModel::RoiColumn, 70);
    m_quarterTable->horizontalHeader()->resizeSection(QuarterSummaryModel::CampaignsColumn, 80);
    m_typeTable = makeTable(m_types, u"typeRoiTable"_s, this);
    m_typeTable->setItemDelegateForColumn(TypeRoiModel::RoiColumn, new RoiBarDelegate(TypeRoiModel::RoiRole, m_typeTable));
    m_typeTable->horizontalHeader()->resizeSection(TypeRoiModel::TypeColumn, 140);
    m_spend = new SpendBar(this);
    m_typeTitle = title(QString(), this);

    m_editBudget = new QPushButton(tr("Edit budget…"), this);
    m_editBudget->setObjectName(u"editBudget"_s);
    m_newBudget = new QPushButton(tr("New quarter budget…"), this);
    m_newBudget->setObjectName(u"newBudget"_s);
    auto *buttons = new QHBoxLayout;
    QLabel *heading = title(tr("Budgets and spending by quarter"), this);
    heading->setWordWrap(true);
    buttons->addWidget(heading, 1);
    buttons->addWidget(m_editBudget);
    buttons->addWidget(m_newBudget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(m_quarterTable, 3);
    layout->addSpacing(6);
    layout->addWidget(m_spend);
    layout->addSpacing(6);
    layout->addWidget(m_typeTitle);
    layout->addWidget(m_typeTable, 2);

    connect(m_quarterTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_selected = current.siblingAtColumn(0).data(QuarterSummaryModel::QuarterIdRole).toString();
        showQuarter();
    });
    connect(m_quarters, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_quarters->rowOf(m_selected);
        if (row >= 0)
            m_quarterTable->selectRow(row);
        showQuarter();
    });
    connect(m_editBudget, &QPushButton::clicked, this, [this] { Q_EMIT budgetEditRequested(m_selected); });
    connect(m_newBudget, &QPushButton::clicked, this, [this] { Q_EMIT budgetEditRequested(QString()); });
    connect(m_quarterTable, &QTableView::doubleClicked, this, [this] {
        if (m_editBudget->isVisible())
            Q_EMIT budgetEditRequested(m_selected);
    });
    selectQuarter(Quarter::of(campaigns->today()).id());
    setEditable(false);
}

void QuarterSummaryView::setEditable(bool editable)
{
    m_editBudget->setVisible(editable);
    m_newBudget->setVisible(editable);
}

void QuarterSummaryView::selectQuarter(const QString &quarterId)
{
    m_selected = quarterId;
    const int row = m_quarters->rowOf(quarterId);
    if (row >= 0)
        m_quarterTable->selectRow(row);
    showQuarter();
}

QString QuarterSummaryView::selectedQuarter() const
{
    return m_selected;
}

void QuarterSummaryView::showQuarter()
{
    const int row = m_quarters->rowOf(m_selected);
    const QuarterSpend spend = row >= 0 ? m_quarters->spendAt(row) : QuarterSpend();
    m_spend->setSpend(spend);
    m_spend->setVisible(row >= 0);
    m_types->setQuarter(m_selected);
    m_typeTitle->setText(row >= 0 ? tr("ROI by campaign type, %1").arg(spend.quarter.displayName())
                                  : tr("ROI by campaign type"));
    m_editBudget->setEnabled(row >= 0);
}
