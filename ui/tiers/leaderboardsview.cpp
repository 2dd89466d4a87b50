#include "leaderboardsview.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LeaderboardsView::LeaderboardsView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_contribution = new LeaderboardModel(m_context.store, this);
    m_help = new LeaderboardModel(m_context.store, this);

    m_window = new QButtonGroup(this);
    auto *windows = new QHBoxLayout;
    windows->addWidget(new QLabel(tr("Period:"), this));
    const std::pair<LeaderboardModel::Window, QString> choices[] = {
        {LeaderboardModel::Window::Days7, tr("7 days")},
        {LeaderboardModel::Window::Days30, tr("30 days")},
        {LeaderboardModel::Window::AllTime, tr("All time")}};
    for (const auto &[window, label] : choices) {
        auto *b = new QPushButton(label, this);
        b->setCheckable(true);
        b->setObjectName(u"window%1"_s.arg(int(window)));
        m_window->addButton(b, int(window));
        windows->addWidget(b);
    }
    windows->addStretch();
    m_window->button(int(LeaderboardModel::Window::Days30))->setChecked(true);

    auto *boards = new QHBoxLayout;
    boards->addWidget(board(m_contribution, tr("Contribution 贡献榜"), u"contributionBoard"_s, &m_contributionFormula));
    boards->addWidget(board(m_help, tr("Mutual help 互助榜"), u"mutualHelpBoard"_s, &m_helpFormula));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(windows);
    layout->addLayout(boards, 1);

    connect(m_window, &QButtonGroup::idClicked, this, [this](int id) { setWindow(LeaderboardModel::Window(id)); });
    setWindow(LeaderboardModel::Window::Days30);
}

QWidget *LeaderboardsView::board(LeaderboardModel *model, const QString &title, const QString &name, QLabel **formula)
{
    auto *box = new QGroupBox(title, this);
    auto *table = new QTableView(box);
    table->setObjectName(name);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::NameColumn, QHeaderView::Stretch);
    *formula = new QLabel(box);
    (*formula)->setWordWrap(true);
    (*formula)->setObjectName(name + u"Formula"_s);
    // Both boards' tables start at the same height, whatever their formula's length.
    (*formula)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    (*formula)->setMinimumHeight((*formula)->fontMetrics().lineSpacing() * 4);
    auto *status = new QLabel(box);
    connect(model, &LeaderboardModel::loadingChanged, status, [status, model](bool loading) {
        status->setText(loading ? LeaderboardsView::tr("Counting…")
                                : model->rowCount() == 0 ? LeaderboardsView::tr("Nobody in this period yet.") : QString());
    });
    connect(model, &LeaderboardModel::failed, status, [status](const QString &message) {
        status->setText(LeaderboardsView::tr("Could not count: %1").arg(message));
    });
    auto *l = new QVBoxLayout(box);
    l->addWidget(*formula);
    l->addWidget(status);
    l->addWidget(table, 1);
    return box;
}

void LeaderboardsView::setWindow(LeaderboardModel::Window window)
{
    if (QAbstractButton *b = m_window->button(int(window)))
        b->setChecked(true);
    m_contribution->setBoard(LeaderboardModel::Board::Contribution, window);
    m_help->setBoard(LeaderboardModel::Board::MutualHelp, window);
    updateFormulas();
}

void LeaderboardsView::updateFormulas()
{
    const QString c = LeaderboardModel::formula(LeaderboardModel::Board::Contribution, m_contribution->window());
    const QString h = LeaderboardModel::formula(LeaderboardModel::Board::MutualHelp, m_help->window());
    m_contributionFormula->setText(c);
    m_contributionFormula->setToolTip(c);
    m_helpFormula->setText(h);
    m_helpFormula->setToolTip(h);
}
