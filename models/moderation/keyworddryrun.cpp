#include "keyworddryrun.h"

#include "moderationfacets.h"
#include "readconnection.h"
#include "store.h"

#include <QMetaObject>
#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr int kContextChars = 40;

// The text around a match: some characters before and after, with the span's offsets
// within it.
KeywordDryRun::Hit hitFor(const QString &text, const KeywordMatcher::Span &span)
{
    KeywordDryRun::Hit h;
    const qsizetype from = qMax<qsizetype>(0, span.start - kContextChars);
    const qsizetype to = qMin(text.size(), span.start + span.length + kContextChars);
    QString context = text.mid(from, to - from);
    // Line breaks would break a table row; replace them one for one (offsets stay).
    for (QChar &c : context)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    h.context = (from > 0 ? u"…"_s : QString()) + context + (to < text.size() ? u"…"_s : QString());
    h.matchStart = span.start - from + (from > 0 ? 1 : 0);
    h.matchLength = span.length;
    return h;
}
} // namespace

KeywordDryRun::KeywordDryRun(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            finish(m_watcher.result());
    });
}

KeywordDryRun::~KeywordDryRun()
{
    cancel();
    m_watcher.waitForFinished();
}

KeywordDryRun::Result KeywordDryRun::scan(const QSqlDatabase &db, const KeywordMatcher::Rule &rule,
                                          const std::atomic<bool> &cancelled,
                                          const std::function<void(qint64, qint64)> &progress)
{
    Result r;
    const KeywordMatcher matcher({rule});
    if (!matcher.isValid(0)) {
        r.error = matcher.error(0);
        return r;
    }
    qint64 total = 0;
    {
        QSqlQuery q(db);
        if (q.exec(u"SELECT count(*) FROM moderation_item"_s) && q.next())
            total = q.value(0).toLongLong();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, kind, board, status, title, body FROM moderation_item ORDER BY created_at DESC, rid DESC"_s)) {
        r.error = tr("Could not read the cached items.");
        return r;
    }
    qint64 done = 0;
    while (q.next()) {
        if ((++done & 1023) == 0) {
            if (cancelled.load()) {
                r.cancelled = true;
                return r;
            }
            if (progress)
                progress(done, total);
        }
        const QString kind = q.value(1).toString();
        const QString board = q.value(2).toString();
        if (!matcher.appliesTo(0, board, kind))
            continue;
        ++r.scanned;
        const QString title = q.value(4).toString();
        const QString body = q.value(5).toString();
        QList<KeywordMatcher::Span> spans = matcher.matchRule(0, title);
        const QString *where = &title;
        if (spans.isEmpty()) {
            spans = matcher.matchRule(0, body);
            where = &body;
        }
        if (spans.isEmpty())
            continue;
        ++r.matched;
        if (r.hits.size() < MaxListed) {
            Hit h = hitFor(*where, spans.constFirst());
            h.id = q.value(0).toString();
            h.kind = kind;
            h.board = board;
            h.status = q.value(3).toString();
            h.title = title.isEmpty() ? body.left(60).simplified() : title.simplified();
            r.hits.append(h);
        }
    }
    if (progress)
        progress(total, total);
    return r;
}

void KeywordDryRun::start(const KeywordMatcher::Rule &rule)
{
    cancel();
    const QString invalid = KeywordMatcher::validate(rule);
    if (!invalid.isEmpty()) {
        Result r;
        r.error = invalid;
        finish(r);
        return;
    }
    const QString path = m_store->filePath();
    if (!ReadConnection::canOpen(path)) {
        const std::atomic<bool> never{false};
        finish(scan(m_store->database(), rule, never));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<KeywordDryRun> self(this);
    m_watcher.setFuture(QtConcurrent::run([path, rule, cancel = m_cancel, self] {
        ReadConnection connection(path);
        if (!connection.isOpen()) {
            Result r;
            r.error = connection.errorString();
            return r;
        }
        return scan(connection.database(), rule, *cancel, [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self.data(), [self, done, total] {
                if (self)
                    Q_EMIT self->progress(done, total);
            }, Qt::QueuedConnection);
        });
    }));
}

void KeywordDryRun::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void KeywordDryRun::clear()
{
    cancel();
    beginResetModel();
    m_result = {};
    endResetModel();
}

void KeywordDryRun::finish(const Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
    Q_EMIT finished();
}

int KeywordDryRun::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int KeywordDryRun::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeywordDryRun::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &h = m_result.hits.at(index.row());
    if (role == ItemIdRole)
        return h.id;
    if (role == Qt::ToolTipRole && index.column() == MatchColumn)
        return h.context;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ItemColumn: return h.title;
    case MatchColumn: return h.context;
    case KindColumn: return ModerationFacets::kindName(h.kind);
    case BoardColumn: return h.board;
    case StatusColumn: return ModerationFacets::statusName(h.status);
    default: return {};
    }
}

QVariant KeywordDryRun::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case MatchColumn: return tr("Match in context");
    case KindColumn: return tr("Kind");
    case BoardColumn: return tr("Board");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
