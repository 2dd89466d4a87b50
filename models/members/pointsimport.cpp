#include "pointsimport.h"

#include "csvreader.h"
#include "store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxPoints = 1000000; // the platform's limit for one award

// Header names people use, in English and Chinese.
int columnOf(const QStringList &header, const QStringList &names)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower();
        if (names.contains(h))
            return int(i);
    }
    return -1;
}

QString normalisedHandle(QString h)
{
    h = h.trimmed();
    if (h.startsWith(u'@'))
        h.remove(0, 1);
    return h.toLower();
}
} // namespace

qint64 PointsImport::totalPoints() const
{
    qint64 sum = 0;
    for (const Row &r : m_rows)
        sum += r.points;
    return sum;
}

QStringList PointsImport::problemLines() const
{
    QStringList out;
    for (const Problem &p : m_problems)
        out << (p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.message) : p.message);
    return out;
}

PointsImport PointsImport::prepareFile(Store *store, const QString &path, const QString &defaultReason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PointsImport import;
        import.m_problems.append({0, tr("Cannot read %1: %2").arg(path, file.errorString())});
        return import;
    }
    // A sign-in sheet is small; refuse something that obviously is not one.
    if (file.size() > 64LL * 1024 * 1024) {
        PointsImport import;
        import.m_problems.append({0, tr("%1 is larger than 64 MB; split the sheet.").arg(path)});
        return import;
    }
    return prepare(store, file.readAll(), defaultReason);
}

PointsImport PointsImport::prepare(Store *store, const QByteArray &csv, const QString &defaultReason)
{
    PointsImport import;
    const CsvReader::Result doc = CsvReader::read(csv);
    import.m_encoding = doc.encoding;
    if (!doc.ok()) {
        import.m_problems.append({doc.errorLine, doc.error});
        return import;
    }
    if (doc.records.isEmpty()) {
        import.m_problems.append({0, tr("The file is empty; it needs a header row (handle, points, reason) "
                                        "and one row per award.")});
        return import;
    }
    const CsvReader::Record &header = doc.records.constFirst();
    const int handleCol = columnOf(header.fields, {u"handle"_s, u"用户名"_s, u"账号"_s, u"帳號"_s, u"用戶名"_s});
    const int pointsCol = columnOf(header.fields, {u"points"_s, u"积分"_s, u"積分"_s});
    const int reasonCol = columnOf(header.fields, {u"reason"_s, u"原因"_s, u"理由"_s});
    if (handleCol < 0 || pointsCol < 0) {
        import.m_problems.append({header.line, tr("The header row must name the columns \"handle\" and "
                                                  "\"points\" (and optionally \"reason\"); it reads: %1")
                                                   .arg(header.fields.join(u", "_s).left(200))});
        return import;
    }
    const QString fallbackReason = defaultReason.trimmed();
    if (doc.records.size() == 1) {
        import.m_problems.append({0, tr("The sheet has a header row but no awards.")});
        return import;
    }

    QSqlQuery lookup(store->database());
    lookup.prepare(u"SELECT id, display_name FROM member WHERE handle = ?"_s);
    QHash<QString, std::pair<QString, QString>> known; // handle -> (id, name)
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        const CsvReader::Record &rec = doc.records.at(i);
        const auto problem = [&](const QString &message) { import.m_problems.append({rec.line, message}); };
        if (rec.fields.size() > header.fields.size()) {
            problem(tr("%1 fields where the header has %2; quote a field that holds the delimiter.")
                        .arg(rec.fields.size()).arg(header.fields.size()));
            continue;
        }
        const auto cell = [&](int col) { return col >= 0 && col < rec.fields.size() ? rec.fields.at(col).trimmed() : QString(); };
        Row row;
        row.line = rec.line;
        row.handle = normalisedHandle(cell(handleCol));
        const QString pointsText = cell(pointsCol);
        row.reason = reasonCol >= 0 && !cell(reasonCol).isEmpty() ? cell(reasonCol) : fallbackReason;
        bool bad = false;
        if (row.handle.isEmpty()) {
            problem(tr("no handle"));
            bad = true;
        }
        bool isNumber = false;
        QString digits = pointsText;
        if (digits.startsWith(u'+'))
            digits.remove(0, 1);
        const qint64 points = digits.toLongLong(&isNumber);
        if (pointsText.isEmpty()) {
            problem(tr("no points"));
            bad = true;
        } else if (!isNumber || digits.startsWith(u'+') || digits.startsWith(u' ')) {
            problem(tr("\"%1\" is not a whole number of points").arg(pointsText.left(40)));
            bad = true;
        } else if (points == 0) {
            problem(tr("0 points is not an award"));
            bad = true;
        } else if (points > MaxPoints || points < -MaxPoints) {
            problem(tr("%1 points is more than one award may give (±%2)").arg(QLocale().toString(points), QLocale().toString(MaxPoints)));
            bad = true;
        }
        row.points = points;
        if (row.reason.isEmpty()) {
            problem(tr("no reason (add a reason column or give a default reason)"));
            bad = true;
        }
        if (!row.handle.isEmpty()) {
            auto it = known.constFind(row.handle);
            if (it == known.cend()) {
                lookup.addBindValue(row.handle);
                std::pair<QString, QString> found;
                if (lookup.exec() && lookup.next())
                    found = {lookup.value(0).toString(), lookup.value(1).toString()};
                lookup.finish();
                it = known.insert(row.handle, found);
            }
            if (it->first.isEmpty()) {
                problem(tr("unknown handle \"%1\" (not in the local cache; sync first if the member is new)")
                            .arg(row.handle.left(40)));
                bad = true;
            }
            row.memberId = it->first;
            row.displayName = it->second;
        }
        if (!bad)
            import.m_rows.append(row);
    }
    return import;
}

QString PointsImport::permissionProblem(Store *store)
{
    const auto profile = store->profile();
    if (!profile || profile->role.isEmpty())
        return {};
    const QJsonArray allowed = profile->allowedActions.value(u"member"_s).toArray();
    if (allowed.contains(u"award_points"_s))
        return {};
    return tr("The %1 role may not award points; sign in as a community manager.").arg(profile->role);
}

QStringList PointsImport::apply(Store *store, QString *error) const
{
    if (!isValid()) {
        if (error)
            *error = m_problems.isEmpty() ? tr("There is nothing to import.")
                                          : tr("Problems in the sheet: %1; nothing was queued.").arg(QLocale().toString(m_problems.size()));
        return {};
    }
    QList<Mutation> mutations;
    mutations.reserve(m_rows.size());
    for (const Row &r : m_rows) {
        Mutation m;
        m.entity = u"member"_s;
        m.entityId = r.memberId;
        m.action = u"award_points"_s;
        m.payload = QJsonObject{{u"points"_s, r.points}, {u"reason"_s, r.reason}};
        mutations.append(m);
    }
    return store->enqueueAll(mutations, error);
}
