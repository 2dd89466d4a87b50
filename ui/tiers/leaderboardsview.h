#pragma once

#include "leaderboardmodel.h"
#include "panecontext.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTableView;

// The contribution (贡献榜) and mutual help (互助榜) boards side by side, over 7 days,
// 30 days or all time, each with its formula written under it and in the tooltips.
class LeaderboardsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardsView)
public:
    explicit LeaderboardsView(const PaneContext &context, QWidget *parent = nullptr);
    void setWindow(LeaderboardModel::Window window);
    LeaderboardModel *contribution() const { return m_contribution; }
    LeaderboardModel *mutualHelp() const { return m_help; }

private:
    QWidget *board(LeaderboardModel *model, const QString &title, const QString &name, QLabel **formula);
    void updateFormulas();

    PaneContext m_context;
    LeaderboardModel *m_contribution = nullptr;
    LeaderboardModel *m_help = nullptr;
    QButtonGroup *m_window = nullptr;
    QLabel *m_contributionFormula = nullptr;
    QLabel *m_helpFormula = nullptr;
};
