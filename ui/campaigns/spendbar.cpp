#include "spendbar.h"

#include "campaigntext.h"

#include <QPainter>

using namespace Qt::StringLiterals;

SpendBar::SpendBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"spendBar"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SpendBar::setSpend(const QuarterSpend &spend)
{
    m_spend = spend;
    setToolTip(text());
    update();
}

QString SpendBar::text() const
{
    const QuarterSpend &s = m_spend;
    if (!s.quarter.isValid())
        return {};
    if (!s.hasBudget)
        return tr("%1: spent %2, planned %3; no budget set.")
            .arg(s.quarter.displayName(), CampaignText::money(s.spent, 0), CampaignText::money(s.planned, 0));
    if (const auto over = s.overBudgetBy())
        return tr("%1: spent %2 and planned %3 of %4 — %5 over budget.")
            .arg(s.quarter.displayName(), CampaignText::money(s.spent, 0), CampaignText::money(s.planned, 0),
                 CampaignText::money(s.budget, 0), CampaignText::money(*over, 0));
    return tr("%1: spent %2 and planned %3 of %4 — %5 left.")
        .arg(s.quarter.displayName(), CampaignText::money(s.spent, 0), CampaignText::money(s.planned, 0),
             CampaignText::money(s.budget, 0), CampaignText::money(s.budget - s.committed(), 0));
}

QSize SpendBar::sizeHint() const
{
    return {400, fontMetrics().height() * 2 + 22};
}

QSize SpendBar::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void SpendBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QuarterSpend &s = m_spend;
    const int barHeight = fontMetrics().height() + 8;
    const QRect bar(0, 2, width() - 1, barHeight);
    p.fillRect(bar, palette().alternateBase());
    p.setPen(palette().mid().color());
    p.drawRect(bar);
    // The scale: the budget, or whatever is larger, with room to show an overrun.
    const double scale = std::max({s.hasBudget ? s.budget : 0.0, s.committed(), 1.0}) * 1.05;
    const auto xFor = [&](double amount) { return bar.left() + int(bar.width() * amount / scale); };
    const int spentX = xFor(s.spent), plannedX = xFor(s.committed());
    const QColor spent(0x2f6db5), planned(0x9bbbe0), over(0xc0392b);
    p.fillRect(QRect(QPoint(bar.left() + 1, bar.top() + 1), QPoint(spentX, bar.bottom() - 1)), spent);
    p.fillRect(QRect(QPoint(spentX, bar.top() + 1), QPoint(plannedX, bar.bottom() - 1)), planned);
    if (s.hasBudget) {
        const int budgetX = xFor(s.budget);
        if (plannedX > budgetX)
            p.fillRect(QRect(QPoint(budgetX, bar.top() + 1), QPoint(plannedX, bar.bottom() - 1)), over);
        p.setPen(QPen(palette().text().color(), 2));
        p.drawLine(budgetX, bar.top() - 2, budgetX, bar.bottom() + 2);
    }
    const QString used = s.budgetUsed() ? CampaignText::percent(s.budgetUsed()) : QString();
    if (!used.isEmpty()) {
        p.setPen(Qt::white);
        p.drawText(bar.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, used);
    }
    p.setPen(palette().text().color());
    p.drawText(QRect(0, bar.bottom() + 4, width(), fontMetrics().height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(text(), Qt::ElideRight, width()));
}
