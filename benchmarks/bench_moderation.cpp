// The moderation queue with 100,000 cached items: how long applying a filter takes (first
// page on screen) and how long from a decision key to the next item shown in the detail
// panel. Builds the cache directly (Store's ingest, as a sync would), then drives the real
// queue page offscreen. Prints one JSON line with the figures and their targets.
// Usage: bench_moderation [--items 100000] [--decisions 60] [--data-dir DIR (reuse a cache)]
#include "accountservice.h"
#include "credentialstore.h"
#include "keyworddryrun.h"
#include "moderationdetailpanel.h"
#include "moderationfilter.h"
#include "moderationqueuemodel.h"
#include "moderationqueuepage.h"
#include "readconnection.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
const char *const kBoards[] = {"Python", "Machine Learning", "Data Analysis", "English Corner", "Algorithms",
                               "Web Development", "Career", "General", "Marketplace"};
const char *const kLabels[] = {"spam", "abuse", "ads", "nsfw", "off_topic", "misinformation"};
const char *const kTitles[] = {"加微信领取免费课程", "如何学习 Qt 开发", "Free course download here",
                               "求助：Python 列表推导式", "Great answer, thanks", "代写论文，代考", "日赚三千不是梦",
                               "Which book for machine learning?", "滾出這個論壇", "Cheap watches, buy now"};
const char *const kBodies[] = {"私聊我，加微信 abc123", "请问有什么好的教程？谢谢大家", "Get it at http://bit.ly/x1",
                               "我的代码报错了，附上截图", "This helped me a lot, thank you", "专业代写，价格优惠",
                               "每天只需两小时，日赚三千", "I am new to ML and looking for advice", "你給我滾出去",
                               "Best prices on watches and bags"};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * v.size())));
}

bool fill(Store &store, int items)
{
    QRandomGenerator rng(20261120);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int members = qMax(1000, items / 5);
    qint64 seq = 0;
    QString error;
    ChangesPage page;
    const auto flush = [&] {
        page.nextSince = seq;
        page.hasMore = true;
        const bool ok = store.applyChangesPage(page, &error);
        page.changes.clear();
        return ok;
    };
    for (int m = 1; m <= members; ++m) {
        Change c;
        c.seq = ++seq;
        c.entity = u"member"_s;
        c.id = QString::number(m);
        c.version = 1;
        c.data = QJsonObject{{u"id"_s, c.id}, {u"version"_s, 1}, {u"display_name"_s, u"成员%1"_s.arg(m)},
                             {u"handle"_s, u"member%1"_s.arg(m)}, {u"tier"_s, m % 10 == 0 ? u"core"_s : u"regular"_s},
                             {u"points"_s, m % 5000}, {u"status"_s, u"active"_s},
                             {u"joined_at"_s, now.addDays(-(m % 900)).toString(Qt::ISODate)}};
        page.changes << c;
        if (page.changes.size() == 5000 && !flush())
            return false;
    }
    for (int i = 1; i <= items; ++i) {
        const int t = int(rng.bounded(10));
        QJsonArray labels;
        if (rng.bounded(3) == 0)
            labels.append(QString::fromLatin1(kLabels[rng.bounded(6)]));
        const int reports = rng.bounded(10) < 7 ? 0 : int(rng.bounded(5));
        QJsonArray reportList;
        for (int r = 0; r < reports; ++r)
            reportList.append(QJsonObject{{u"reporter_id"_s, QString::number(rng.bounded(members) + 1)},
                                          {u"reason"_s, r % 2 ? u"spam"_s : u"广告"_s},
                                          {u"at"_s, now.addSecs(-r * 600).toString(Qt::ISODate)}});
        const quint32 s = rng.bounded(100);
        const QString status = s < 60 ? u"pending"_s : s < 80 ? u"approved"_s : s < 95 ? u"rejected"_s : u"escalated"_s;
        Change c;
        c.seq = ++seq;
        c.entity = u"moderation_item"_s;
        c.id = QString::number(i);
        c.version = 1;
        c.data = QJsonObject{
            {u"id"_s, c.id}, {u"version"_s, 1}, {u"kind"_s, i % 3 ? u"post"_s : u"comment"_s},
            {u"author_id"_s, QString::number(rng.bounded(members) + 1)},
            {u"board"_s, QString::fromLatin1(kBoards[rng.bounded(9)])},
            {u"title"_s, QString(QString::fromUtf8(kTitles[t]) + u" #"_s + QString::number(i))},
            {u"body"_s, QString::fromUtf8(kBodies[t])},
            {u"language"_s, t % 2 ? u"en"_s : u"zh_CN"_s},
            {u"created_at"_s, now.addSecs(-qint64(i) * 37).toString(Qt::ISODate)},
            {u"ai_score"_s, rng.bounded(1000) / 1000.0}, {u"ai_labels"_s, labels}, {u"reports"_s, reportList},
            {u"report_count"_s, reports}, {u"sentiment"_s, 0.0}, {u"status"_s, status}, {u"held"_s, false},
            {u"claimed_by"_s, i % 50 == 0 ? QJsonValue(u"lin"_s) : QJsonValue()},
            {u"claim_expires_at"_s, i % 50 == 0 ? QJsonValue(now.addSecs(3600).toString(Qt::ISODate)) : QJsonValue()}};
        page.changes << c;
        if (page.changes.size() == 5000 && !flush())
            return false;
    }
    page.hasMore = false;
    return page.changes.isEmpty() || flush();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int items = 100'000;
    int decisions = 60;
    QString dataDir;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--items"_s) items = args.at(i + 1).toInt();
        else if (args.at(i) == u"--decisions"_s) decisions = args.at(i + 1).toInt();
        else if (args.at(i) == u"--data-dir"_s) dataDir = args.at(i + 1);
    }
    QTemporaryDir scratch;
    if (dataDir.isEmpty())
        dataDir = scratch.path();
    StoreNotifier notifier;
    Store store(&notifier);
    QString error;
    if (!store.open(Store::cacheFilePath(dataDir), &error)) {
        std::fprintf(stderr, "bench_moderation: %s\n", qPrintable(error));
        return 1;
    }
    ConnectionProfile profile;
    profile.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    profile.username = u"moderator"_s;
    store.saveProfile(profile);
    QElapsedTimer timer;
    timer.start();
    if (store.count(u"moderation_item"_s) < items && !fill(store, items)) {
        std::fprintf(stderr, "bench_moderation: filling the cache failed\n");
        return 1;
    }
    const qint64 fillMs = timer.elapsed();
    const qint64 cached = store.count(u"moderation_item"_s);

    // 1. Filters: setFilter() until the first page is in the model.
    ModerationQueueModel model(&store);
    const auto filterOf = [](auto &&change) {
        ModerationFilter f;
        f.statuses = {u"pending"_s};
        change(f);
        return f;
    };
    const QList<std::pair<QString, ModerationFilter>> filters = {
        {u"pending"_s, filterOf([](ModerationFilter &) {})},
        {u"any_status"_s, ModerationFilter()},
        {u"spam_over_0.8"_s, filterOf([](ModerationFilter &f) { f.aiLabel = u"spam"_s; f.minScore = 0.8; })},
        {u"reported_twice"_s, filterOf([](ModerationFilter &f) { f.minReports = 2; })},
        {u"board"_s, filterOf([](ModerationFilter &f) { f.board = u"Career"_s; })},
        {u"language_kind"_s, filterOf([](ModerationFilter &f) { f.language = u"en"_s; f.kind = u"comment"_s; })},
        {u"unclaimed"_s, filterOf([](ModerationFilter &f) { f.claim = ModerationFilter::Claim::Unclaimed; })},
        {u"search_zh"_s, filterOf([](ModerationFilter &f) { f.text = u"微信"_s; })},
        {u"search_en"_s, filterOf([](ModerationFilter &f) { f.text = u"course"_s; })},
        {u"score_range"_s, filterOf([](ModerationFilter &f) { f.minScore = 0.3; f.maxScore = 0.5; })},
    };
    QJsonObject perFilter;
    QList<double> filterTimes;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[name, f] : filters) {
            model.setFilter(ModerationFilter{.text = u"reset"_s}); // a different filter first
            timer.restart();
            model.setFilter(f);
            const double ms = timer.nsecsElapsed() / 1e6;
            filterTimes << ms;
            if (round == 2)
                perFilter.insert(name, qRound(ms * 100) / 100.0);
        }
    }
    // Sorting by a column is the same kind of query.
    QList<double> sortTimes;
    for (int column : {int(ModerationQueueModel::AgeColumn), int(ModerationQueueModel::AiScoreColumn),
                       int(ModerationQueueModel::ReportsColumn), int(ModerationQueueModel::AuthorColumn)}) {
        model.setFilter(filters.first().second);
        timer.restart();
        model.sort(column, Qt::DescendingOrder);
        sortTimes << timer.nsecsElapsed() / 1e6;
    }
    model.resetSort();

    // 2. Decision key to the next item shown, on the real page.
    CredentialStore credentials;
    credentials.setMemoryOnly(true);
    AccountService account(&store, &credentials);
    SyncService sync(&store);
    ModerationQueuePage page({&store, &sync, &account}, nullptr);
    page.resize(1200, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    app.processEvents();
    page.table()->setFocus();
    QList<double> toNext, settled;
    for (int i = 0; i < decisions; ++i) {
        const QString before = page.detailPanel()->itemId();
        const int key = i % 2 ? Qt::Key_A : Qt::Key_E;
        QKeyEvent override(QEvent::ShortcutOverride, key, Qt::NoModifier, QString(QChar(key).toLower()));
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key).toLower()));
        timer.restart();
        // As the window system delivers a key: shortcut first.
        if (!QApplication::sendEvent(page.table(), &override) || !override.isAccepted())
            QApplication::sendEvent(page.table(), &press);
        const QString after = page.detailPanel()->itemId();
        toNext << timer.nsecsElapsed() / 1e6;
        app.processEvents(); // the queue refreshes (decided row leaves), counts follow
        settled << timer.nsecsElapsed() / 1e6;
        if (after == before || after.isEmpty()) {
            std::fprintf(stderr, "bench_moderation: decision %d did not move on (%s)\n", i, qPrintable(after));
            return 1;
        }
    }

    // 3. A dry run of a rule over every cached item (a worker's job; no target).
    timer.restart();
    double dryRunMs = 0;
    qint64 dryRunMatched = 0;
    {
        ReadConnection connection(store.filePath());
        const std::atomic<bool> never{false};
        const auto r = KeywordDryRun::scan(connection.database(),
                                           {u"r"_s, KeywordMatcher::Kind::Regex, u"加微信|free\\s+course"_s, {}, {},
                                            u"flag"_s, {}}, never);
        dryRunMs = timer.nsecsElapsed() / 1e6;
        dryRunMatched = r.matched;
    }

    const QJsonObject out{
        {u"benchmark"_s, u"moderation"_s},
        {u"items"_s, cached},
        {u"fill_ms"_s, fillMs},
        {u"filter_ms_median"_s, qRound(median(filterTimes) * 100) / 100.0},
        {u"filter_ms_max"_s, qRound(*std::max_element(filterTimes.begin(), filterTimes.end()) * 100) / 100.0},
        {u"filter_ms"_s, perFilter},
        {u"filter_target_ms"_s, 30},
        {u"sort_ms_max"_s, qRound(*std::max_element(sortTimes.begin(), sortTimes.end()) * 100) / 100.0},
        {u"decision_to_next_ms_median"_s, qRound(median(toNext) * 100) / 100.0},
        {u"decision_to_next_ms_p95"_s, qRound(percentile(toNext, 0.95) * 100) / 100.0},
        {u"decision_settled_ms_median"_s, qRound(median(settled) * 100) / 100.0},
        {u"decision_target_ms"_s, 16},
        {u"decisions"_s, decisions},
        {u"dry_run_ms"_s, qRound(dryRunMs)},
        {u"dry_run_matched"_s, dryRunMatched},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
