#include "kpitilewidget.h"

#include "kpiformat.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

KpiTileWidget::KpiTileWidget(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    // Minimum, not Fixed, upright: the tiles of a row share the height of the tallest (one
    // whose title or change wraps) instead of floating at different heights.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setSpacing(1);
    m_title = new QLabel;
    m_title->setObjectName(u"title"_s);
    QPalette muted = m_title->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_title->setPalette(muted);
    m_value = new QLabel;
    m_value->setObjectName(u"value"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel;
    m_change->setObjectName(u"change"_s);
    m_change->setTextFormat(Qt::PlainText);
    // Seven tiles share a row: a long title ("人均互动数（每位活跃成员）") or change wraps
    // instead of widening its column past the window (the whole pane then scrolled sideways).
    m_title->setWordWrap(true);
    m_change->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

QString KpiTileWidget::valueText() const
{
    return m_value->text();
}

QString KpiTileWidget::changeText() const
{
    return QString(m_change->text()).remove(QChar(0x2060)); // the word joiners are for layout only
}

void KpiTileWidget::setTile(const KpiTile &tile, const QDate &previousFirst, const QDate &previousLast)
{
    m_tile = tile;
    const QLocale loc = locale();
    setObjectName(u"kpiTile_"_s + tile.key);
    m_title->setText(tile.title);
    const QString value = KpiFormat::value(tile.change.current, tile.kind, loc);
    m_value->setText(value.isEmpty() ? tr("—") : value);
    const KpiAnalytics::PeriodChange &c = tile.change;
    QString change;
    if (!std::isfinite(c.previous)) {
        change = tr("no earlier period to compare");
    } else if (c.change == 0) {
        change = tr("unchanged");
    } else {
        // A figure and its unit ("−9 分鐘", "+1.2 pts") and the arrow before it never part
        // when the label wraps: only the gap between the two figures may break.
        // Spaces become no-break spaces; a word joiner (U+2060, drawn as nothing) between
        // characters keeps a Chinese unit whole, as CJK text may otherwise break anywhere.
        const auto unbroken = [](const QString &text) {
            QString out;
            for (const QChar ch : text) {
                if (!out.isEmpty())
                    out += QChar(0x2060);
                out += ch == u' ' ? QChar(0x00A0) : ch;
            }
            return out;
        };
        const QString delta = unbroken(KpiFormat::change(c.change, tile.kind, loc));
        // Ratios change in percentage points; the relative change would mislead there.
        change = tile.kind == KpiColumn::Kind::Ratio || !std::isfinite(c.relative)
            ? delta
            : tr("%1 (%2)").arg(unbroken(KpiFormat::relative(c.relative, loc)), delta);
        change = QString((c.change > 0 ? u"\u25B2\u00A0"_s : u"\u25BC\u00A0"_s) + change);
    }
    m_change->setText(change);
    QPalette p = m_change->palette();
    const int verdict = tile.verdict();
    p.setColor(QPalette::WindowText, verdict > 0 ? QColor(0x1a, 0x7f, 0x37)
                                     : verdict < 0 ? QColor(0xc0, 0x1c, 0x28)
                                                   : palette().color(QPalette::PlaceholderText));
    m_change->setPalette(p);
    setToolTip(tr("%1, %2.\nThis period: %3\nPrevious %Ln days (%4 – %5): %6\n%7", nullptr,
                  int(previousFirst.daysTo(previousLast) + 1))
                   .arg(tile.title, tile.basis, value.isEmpty() ? tr("no data") : value)
                   .arg(KpiFormat::date(previousFirst, loc), KpiFormat::date(previousLast, loc),
                        std::isfinite(c.previous) ? KpiFormat::value(c.previous, tile.kind, loc) : tr("no data"),
                        tile.higherIsBetter ? tr("Higher is better.") : tr("Lower is better.")));
}
