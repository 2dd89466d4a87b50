#pragma once

#include "quarterspend.h"

#include <QWidget>

// A quarter's money at a glance: spent (solid) and still planned (light) against the
// budget (the mark); what goes past the budget is red.
class SpendBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendBar)
public:
    explicit SpendBar(QWidget *parent = nullptr);
    void setSpend(const QuarterSpend &spend);
    QString text() const; // the sentence under the bar

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QuarterSpend m_spend;
};
