#include "reportstyle.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace {
const QStringList &cjkCandidates()
{
    static const QStringList names = {u"WenQuanYi Micro Hei"_s, u"WenQuanYi Zen Hei"_s};
    return names;
}
const QStringList &latinCandidates()
{
    static const QStringList names = {u"DejaVu Sans"_s, u"Liberation Sans"_s};
    return names;
}
} // namespace

ReportStyle::ReportStyle(bool chineseFirst)
{
    const QStringList installed = QFontDatabase::families();
    QStringList cjk, latin;
    for (const QString &name : cjkCandidates()) {
        if (installed.contains(name))
            cjk << name;
    }
    for (const QString &name : latinCandidates()) {
        if (installed.contains(name))
            latin << name;
    }
    // Chinese reports set Latin letters and digits in the CJK face too, so one line of
    // mixed text has one baseline and one weight.
    m_families = chineseFirst ? cjk + latin : latin + cjk;
    if (m_families.isEmpty())
        m_families << QFont().defaultFamily();
}

QString ReportStyle::cjkFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &name : cjkCandidates()) {
        if (installed.contains(name))
            return name;
    }
    return {};
}

QSizeF ReportStyle::pageSize()
{
    return {mm(210), mm(297)};
}

QRectF ReportStyle::contentRect()
{
    const QSizeF page = pageSize();
    return QRectF(QPointF(mm(20), mm(26)), QPointF(page.width() - mm(20), page.height() - mm(22)));
}

QRectF ReportStyle::headerRect()
{
    return QRectF(mm(20), mm(12), pageSize().width() - mm(40), mm(9));
}

QRectF ReportStyle::footerRect()
{
    const QSizeF page = pageSize();
    return QRectF(mm(20), page.height() - mm(16), page.width() - mm(40), mm(8));
}

QFont ReportStyle::font(double points, bool bold, bool italic) const
{
    QFont f;
    f.setFamilies(m_families);
    // A pixel size in page units: the same glyph metrics on the PDF and on any preview.
    f.setPixelSize(qRound(pt(points)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QColor ReportStyle::series(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x5f, 0xa6), QColor(0xe0, 0x8a, 0x1e), QColor(0x2a, 0x9d, 0x8f),
                                     QColor(0xb4, 0x32, 0x2b), QColor(0x6c, 0x4f, 0xa3), QColor(0x7a, 0x86, 0x93),
                                     QColor(0x8c, 0x6d, 0x1f), QColor(0x3d, 0x8f, 0xd1)};
    return colours[index % int(std::size(colours))];
}
