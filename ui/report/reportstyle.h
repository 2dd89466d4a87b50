#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

// The report's page geometry, fonts and colours. Everything is laid out in device units
// of a 1200 dpi page (QPdfWriter's own resolution), so the PDF needs no transform and a
// preview image is the same layout scaled down: page breaks never differ between them.
//
// Fonts: only families with TrueType outlines. Qt 6.4's PDF writer writes a broken text
// layer for CFF (OpenType/PostScript) CJK fonts such as Noto Sans CJK — digits vanish and
// 心/手/骨/干 come back as Kangxi radicals — so the CJK family is WenQuanYi (TrueType), and
// it is named explicitly so fontconfig never substitutes Noto for Chinese text.
class ReportStyle final
{
public:
    static constexpr double Dpi = 1200;
    static constexpr double pt(double points) { return points * Dpi / 72.0; }
    static constexpr double mm(double millimetres) { return millimetres * Dpi / 25.4; }

    explicit ReportStyle(bool chineseFirst = false);

    // The first installed TrueType CJK family, empty when none is installed.
    static QString cjkFamily();
    QStringList families() const { return m_families; }

    static QSizeF pageSize();      // A4
    static QRectF contentRect();   // inside the margins, below the header, above the footer
    static QRectF headerRect();
    static QRectF footerRect();

    QFont font(double points, bool bold = false, bool italic = false) const;
    QFont bodyFont() const { return font(9.5); }

    static QColor ink() { return QColor(0x1f, 0x29, 0x33); }
    static QColor muted() { return QColor(0x61, 0x6e, 0x7c); }
    static QColor accent() { return QColor(0x1f, 0x5f, 0xa6); }
    static QColor rule() { return QColor(0xd3, 0xd9, 0xe0); }
    static QColor panel() { return QColor(0xf2, 0xf5, 0xf8); }
    static QColor good() { return QColor(0x1b, 0x7f, 0x4b); }
    static QColor bad() { return QColor(0xb4, 0x32, 0x2b); }
    // Chart series colours, distinguishable in print and for common colour blindness.
    static QColor series(int index);

private:
    QStringList m_families;
};
