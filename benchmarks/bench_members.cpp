// The member list over a large cache: search keystroke to first screen, sort change to
// first screen, and the peak memory of a process holding the cache and the list model.
// Prints one JSON line with the figures and their targets. Usage:
//   bench_members DIR [--members 1000000]
// DIR keeps the cache between runs; when it holds fewer members, a child process
// (bench_members DIR --build N) writes them through the Store's snapshot path first, so
// the building never counts toward this process's memory.
#include "memberlistmodel.h"
#include "store.h"
#include "storenotifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
qint64 memberCount(Store &store)
{
    QSqlQuery q(store.database());
    return q.exec(u"SELECT max(rid) FROM member"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

int build(const QString &dir, qint64 members)
{
    Store store;
    QString error;
    if (!store.open(Store::cacheFilePath(dir), &error)) {
        std::fprintf(stderr, "bench_members: %s\n", qPrintable(error));
        return 1;
    }
    static const char16_t *surnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙"};
    static const char16_t *given[] = {u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋", u"勇", u"艳",
                                      u"杰", u"娟", u"涛", u"明", u"超", u"秀英", u"霞", u"平", u"小明", u"建华"};
    static const char *latin[] = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "alice",
                                  "bob", "carol", "david", "emma", "frank", "grace", "henry", "ivy", "jack"};
    static const char *tiers[] = {"newcomer", "newcomer", "newcomer", "regular", "regular", "core", "backbone"};
    static const char *channels[] = {"organic", "search", "wechat", "weibo", "referral", "campaign", "app"};
    const QStringList columns = {u"id"_s, u"version"_s, u"handle"_s, u"display_name"_s, u"joined_at"_s,
                                 u"last_active_at"_s, u"signup_channel"_s, u"tier"_s, u"tier_locked"_s, u"points"_s,
                                 u"badges"_s, u"groups"_s, u"active_days_30"_s, u"spend_total"_s, u"status"_s};
    QRandomGenerator rng(42);
    const QDateTime start(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 next = memberCount(store) + 1;
    constexpr int Page = 20000;
    QElapsedTimer timer;
    timer.start();
    while (next <= members) {
        SnapshotPage page;
        page.entity = u"member"_s;
        page.columns = columns;
        page.snapshotSeq = 1;
        for (int i = 0; i < Page && next <= members; ++i, ++next) {
            const bool chinese = rng.bounded(3) != 0;
            const QString name = chinese ? QString(QString::fromUtf16(surnames[rng.bounded(12)]) + QString::fromUtf16(given[rng.bounded(22)]))
                                         : QString(QString::fromLatin1(latin[10 + rng.bounded(10)]) + u" "_s
                                                   + QString::fromLatin1(latin[rng.bounded(10)]));
            const QString handle = QString::fromLatin1(latin[rng.bounded(20)]) + u"_"_s + QString::number(next);
            const qint64 joined = rng.bounded(1400);
            QJsonArray badges;
            for (int b = rng.bounded(4); b > 0; --b)
                badges.append(QStringList{u"active_star"_s, u"helpful_hand"_s, u"mentor"_s, u"first_post"_s}.at(rng.bounded(4)));
            QJsonArray groups;
            if (rng.bounded(2))
                groups.append(QString::number(rng.bounded(10000)));
            page.rows.append(QJsonArray{
                QString::number(next), 1, handle, name,
                start.addDays(joined).toString(Qt::ISODate),
                start.addDays(joined + rng.bounded(1400 - int(joined) + 1)).addSecs(rng.bounded(86400)).toString(Qt::ISODate),
                QString::fromLatin1(channels[rng.bounded(7)]), QString::fromLatin1(tiers[rng.bounded(7)]),
                rng.bounded(50) == 0, rng.bounded(5000), badges, groups, rng.bounded(31),
                double(rng.bounded(100000)) / 100.0, rng.bounded(100) == 0 ? u"muted"_s : u"active"_s});
        }
        page.rowCount = page.rows.size();
        page.hasMore = next <= members;
        page.nextCursor = page.hasMore ? u"bench"_s : QString();
        if (!store.applySnapshotPage(page, &error)) {
            std::fprintf(stderr, "bench_members: %s\n", qPrintable(error));
            return 1;
        }
        std::fprintf(stderr, "\rbench_members: %lld members written (%.0f s)", next - 1, timer.elapsed() / 1000.0);
    }
    QSqlQuery q(store.database());
    q.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'member_segment'"_s);
    if (q.next()) {
        q.exec(u"DELETE FROM member_segment"_s);
        q.exec(u"INSERT INTO member_segment(member_rid, segment, r_score, f_score, m_score, computed_at) "
               "SELECT rid, CASE rid % 6 WHEN 0 THEN 'champions' WHEN 1 THEN 'loyal' WHEN 2 THEN 'potential' "
               "WHEN 3 THEN 'at_risk' ELSE 'hibernating' END, 3, 3, 3, '2026-11-20T00:00:00Z' FROM member "
               "WHERE rid % 7 <> 0"_s);
    }
    q.exec(u"PRAGMA optimize"_s);
    std::fprintf(stderr, "\n");
    return 0;
}

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Milliseconds from the change to the model's first page (the first screen).
double timeToFirstPage(MemberListModel &model, const std::function<void()> &change)
{
    QEventLoop loop;
    const auto c = QObject::connect(&model, &MemberListModel::pageLoaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    change();
    if (model.isLoading())
        loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    QObject::disconnect(c);
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_members DIR [--members N]\n");
        return 2;
    }
    const QString dir = args.at(1);
    qint64 members = 1000000;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--members"_s)
            members = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--build"_s)
            return build(dir, args.at(i + 1).toLongLong());
    }
    {
        Store probe;
        if (!probe.open(Store::cacheFilePath(dir)) || memberCount(probe) < members) {
            probe.close();
            if (QProcess::execute(app.applicationFilePath(), {dir, u"--build"_s, QString::number(members)}) != 0)
                return 1;
        }
    }

    StoreNotifier notifier;
    Store store(&notifier);
    if (!store.open(Store::cacheFilePath(dir)))
        return 1;
    const qint64 cached = memberCount(store);
    MemberListModel model(&store);
    const double initial = timeToFirstPage(model, [&] { model.reload(); });

    // Typing: each prefix is one keystroke, the next key comes when the screen is shown.
    QList<double> keystrokes;
    QJsonObject perQuery;
    for (const QString &query : {u"wang"_s, u"王芳"_s, u"alice"_s, u"zhang_12"_s, u"李"_s}) {
        QList<double> times;
        for (int n = 1; n <= query.size(); ++n) {
            MemberFilter f;
            f.text = query.left(n);
            const double ms = timeToFirstPage(model, [&] { model.setFilter(f); });
            times << ms;
            keystrokes << ms;
        }
        perQuery.insert(query, *std::max_element(times.cbegin(), times.cend()));
        timeToFirstPage(model, [&] { model.setFilter({}); });
    }
    QJsonObject sorts;
    QList<double> sortTimes;
    const std::pair<int, Qt::SortOrder> sortCases[] = {
        {MemberListModel::PointsColumn, Qt::DescendingOrder}, {MemberListModel::LastActiveColumn, Qt::DescendingOrder},
        {MemberListModel::NameColumn, Qt::AscendingOrder}, {MemberListModel::TierColumn, Qt::DescendingOrder},
        {MemberListModel::SegmentColumn, Qt::AscendingOrder}, {MemberListModel::SpendColumn, Qt::DescendingOrder},
        {MemberListModel::BadgesColumn, Qt::DescendingOrder}, {MemberListModel::HandleColumn, Qt::AscendingOrder}};
    for (const auto &[column, order] : sortCases) {
        const double ms = timeToFirstPage(model, [&] { model.sort(column, order); });
        sortTimes << ms;
        sorts.insert(model.headerData(column, Qt::Horizontal).toString(), ms);
    }
    // A filtered, sorted view, then scrolling 50 pages down it.
    MemberFilter filtered;
    filtered.tier = u"core"_s;
    const double filterMs = timeToFirstPage(model, [&] {
        model.sort(MemberListModel::PointsColumn, Qt::DescendingOrder);
        model.setFilter(filtered);
    });
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
        QEventLoop loop;
        QObject::connect(&model, &MemberListModel::pageLoaded, &loop, &QEventLoop::quit);
        model.fetchMore({});
        if (model.isBusy())
            loop.exec();
    }
    const double scrollPageMs = scroll.nsecsElapsed() / 1e6 / 50.0;
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    const double peakMb = peakRssKb() / 1024.0;
    const double worstKey = keystrokes.isEmpty() ? 0 : *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    const QJsonObject result{
        {u"benchmark"_s, u"members"_s},
        {u"members"_s, cached},
        {u"initial_first_screen_ms"_s, initial},
        {u"search_keystroke_median_ms"_s, median(keystrokes)},
        {u"search_keystroke_max_ms"_s, worstKey},
        {u"search_keystroke_target_ms"_s, 30},
        {u"search_max_ms_by_query"_s, perQuery},
        {u"sort_change_median_ms"_s, median(sortTimes)},
        {u"sort_change_max_ms"_s, *std::max_element(sortTimes.cbegin(), sortTimes.cend())},
        {u"sort_change_ms_by_column"_s, sorts},
        {u"filter_change_ms"_s, filterMs},
        {u"scroll_page_ms"_s, scrollPageMs},
        {u"rows_held"_s, model.rowCount()},
        {u"peak_rss_mb"_s, peakMb},
        {u"peak_rss_target_mb"_s, 300},
        {u"search_ok"_s, worstKey < 30},
        {u"memory_ok"_s, peakMb < 300},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
