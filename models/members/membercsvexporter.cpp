#include "membercsvexporter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

QByteArray MemberCsvExporter::cell(const QString &text, bool textColumn)
{
    QString t = text;
    // A cell starting with = + - @ is a formula to Excel/WPS: a member could name
    // themselves "=HYPERLINK(…)". Member-typed text gets a leading apostrophe.
    if (textColumn && !t.isEmpty() && QStringView(u"=+-@\t\r").contains(t.front()))
        t.prepend(u'\'');
    if (t.contains(u',') || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r'))
        t = u"\""_s + QString(t).replace(u"\""_s, u"\"\""_s) + u"\""_s;
    return t.toUtf8();
}

QByteArray MemberCsvExporter::header()
{
    return "id,handle,display_name,tier,tier_locked,points,badges,joined_at,last_active_at,active_days_30,"
           "spend_total,signup_channel,status,segment\r\n";
}

QByteArray MemberCsvExporter::line(const MemberRow &r)
{
    QByteArray out;
    out.reserve(160);
    const auto add = [&out](const QByteArray &c) {
        if (!out.isEmpty())
            out += ',';
        out += c;
    };
    add(cell(r.id, true));
    add(cell(r.handle, true));
    add(cell(r.name, true));
    add(cell(r.tier, true));
    add(r.tierLocked ? "true" : "false");
    add(QByteArray::number(r.points));
    add(cell(r.badges.join(u';'), true));
    add(cell(r.joinedAt, false));
    add(cell(r.lastActiveAt, false));
    add(QByteArray::number(r.activeDays30));
    add(QByteArray::number(r.spend, 'f', 2));
    add(cell(r.channel, true));
    add(cell(r.status, true));
    add(cell(r.segment, true));
    out += "\r\n";
    return out;
}

qint64 MemberCsvExporter::write(const QSqlDatabase &db, const MemberFilter &filter, const MemberSort &sort,
                                QIODevice *out, const Progress &progress, const std::atomic<bool> *cancel,
                                QString *error)
{
    constexpr int PageRows = 2000;
    MemberPageQuery query(db, filter, sort);
    const auto failed = [&](const QString &why) {
        if (error)
            *error = why;
        return qint64(-1);
    };
    if (out->write("\xEF\xBB\xBF" + header()) < 0)
        return failed(out->errorString());
    MemberPageKey after;
    qint64 written = 0;
    for (;;) {
        if (cancel && cancel->load())
            return failed(tr("The export was cancelled."));
        QList<MemberRow> rows;
        MemberPageKey last;
        bool atEnd = false;
        QString why;
        if (!query.page(PageRows, after, &rows, &last, &atEnd, &why))
            return failed(why);
        QByteArray chunk;
        chunk.reserve(rows.size() * 160);
        for (const MemberRow &r : std::as_const(rows))
            chunk += line(r);
        if (!chunk.isEmpty() && out->write(chunk) != chunk.size())
            return failed(out->errorString());
        written += rows.size();
        if (progress)
            progress(written);
        if (atEnd || rows.isEmpty())
            break;
        after = last;
    }
    return written;
}
