#pragma once

#include "kpitiles.h"

#include <QFrame>

class QLabel;

// One headline figure: its value over the period, the change against the previous period of
// the same length, green when that change is good news for this KPI and red when it is bad.
class KpiTileWidget final : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTileWidget(QWidget *parent = nullptr);
    void setTile(const KpiTile &tile, const QDate &previousFirst, const QDate &previousLast);
    const KpiTile &tile() const { return m_tile; }
    QString valueText() const;
    QString changeText() const;

private:
    KpiTile m_tile;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};
