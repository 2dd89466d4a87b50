#include "kpidatasource.h"

#include "kpitablemodel.h"
#include "kpitables.h"
#include "store.h"
#include "storenotifier.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

// A read-only connection of the worker thread's own, closed when it goes out of scope.
class ReadOnlyConnection final
{
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)
public:
    explicit ReadOnlyConnection(const QString &path)
    {
        static std::atomic<int> counter{0};
        m_name = u"steward-kpi-%1"_s.arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name, m_error;
};

} // namespace

KpiDataSource::KpiDataSource(Store *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    for (int c = 0; c < ChartCount; ++c)
        m_models[c] = new KpiTableModel(chartId(Chart(c)), this);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] { finishLoad(m_watcher.result()); });
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(400); // a sync brings its pages in bursts
    connect(&m_reloadTimer, &QTimer::timeout, this, &KpiDataSource::reload);
    if (m_store && m_store->notifier()) {
        connect(m_store->notifier(), &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            static const QStringList watched = {u"metric_day"_s, u"retention_cohort"_s, u"campaign"_s,
                                                u"moderation_item"_s};
            for (const QString &e : entities)
                if (watched.contains(e)) {
                    m_reloadTimer.start();
                    return;
                }
        });
    }
}

KpiDataSource::~KpiDataSource()
{
    m_watcher.waitForFinished();
}

QString KpiDataSource::chartId(Chart chart)
{
    switch (chart) {
    case Activity: return u"activity"_s;
    case NewMembers: return u"new_members"_s;
    case Retention: return u"retention"_s;
    case Funnel: return u"funnel"_s;
    case Interaction: return u"interaction"_s;
    case Content: return u"content"_s;
    case Moderation: return u"moderation"_s;
    case Violations: return u"violations"_s;
    case Sentiment: return u"sentiment"_s;
    case Forecast: return u"forecast"_s;
    case ChartCount: break;
    }
    return {};
}

KpiDataSource::Loaded KpiDataSource::readAndAnalyse(const QSqlDatabase &db)
{
    Loaded l;
    l.history = KpiHistory::load(db, &l.error);
    if (l.error.isEmpty())
        l.insights = KpiInsights::compute(l.history);
    return l;
}

void KpiDataSource::reload()
{
    if (!m_store || !m_store->isOpen())
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    const QString path = m_store->filePath();
    if (path.isEmpty() || path == u":memory:") { // no second connection can see it
        finishLoad(readAndAnalyse(m_store->database()));
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_watcher.setFuture(QtConcurrent::run([path] {
        ReadOnlyConnection connection(path);
        if (!connection.error().isEmpty()) {
            Loaded l;
            l.error = QCoreApplication::translate("KpiDataSource", "The cache could not be opened for reading: %1")
                          .arg(connection.error());
            return l;
        }
        return readAndAnalyse(connection.database());
    }));
}

void KpiDataSource::finishLoad(Loaded loaded)
{
    const bool wasLoading = m_loading;
    m_loading = false;
    if (!loaded.error.isEmpty()) {
        // Keep showing what was read before; say what went wrong.
        m_error = loaded.error;
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        Q_EMIT failed(m_error);
    } else {
        m_error.clear();
        m_history = std::move(loaded.history);
        m_insights = std::move(loaded.insights);
        rebuild();
        if (wasLoading)
            Q_EMIT loadingChanged(false);
        Q_EMIT dataChanged();
    }
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
    }
}

void KpiDataSource::setData(KpiHistory history, KpiInsights insights)
{
    m_history = std::move(history);
    m_insights = std::move(insights);
    m_error.clear();
    rebuild();
    Q_EMIT dataChanged();
}

void KpiDataSource::setPeriod(const KpiPeriod &period)
{
    m_period = period;
    rebuild();
}

void KpiDataSource::rebuild()
{
    const QDate newest = m_history.isEmpty() ? QDate::currentDate().addDays(-1) : m_history.newest();
    m_first = m_period.first(newest);
    m_last = m_period.last(newest);
    const KpiHistory &h = m_history;
    m_models[Activity]->setTable(KpiTables::activity(h, m_first, m_last));
    m_models[NewMembers]->setTable(KpiTables::newMembers(h, m_first, m_last));
    m_models[Retention]->setTable(KpiTables::retention(h, m_first, m_last));
    m_models[Funnel]->setTable(KpiTables::funnel(h, m_first, m_last));
    m_models[Interaction]->setTable(KpiTables::interaction(h, m_first, m_last));
    m_models[Content]->setTable(KpiTables::content(h, m_first, m_last));
    m_models[Moderation]->setTable(KpiTables::moderation(h, m_first, m_last));
    m_models[Violations]->setTable(KpiTables::violations(h, m_first, m_last));
    m_models[Sentiment]->setTable(KpiTables::sentiment(h, m_first, m_last));
    m_models[Forecast]->setTable(KpiTables::forecast(h, m_insights, m_first, m_last));
    m_tiles = KpiTiles::compute(h, m_first, m_last);
    Q_EMIT periodChanged();
}
