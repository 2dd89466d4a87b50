#include "feedbackview.h"

#include "accountservice.h"
#include "feedbackqueuemodel.h"
#include "store.h"
#include "localeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The response-target cell: red when overdue, amber when due within four hours.
class TargetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FeedbackQueueModel::StatusRole).toString() == u"resolved"_s)
            return;
        const auto state = index.data(FeedbackQueueModel::TargetStateRole).value<FeedbackQueueModel::TargetState>();
        if (state == FeedbackQueueModel::TargetState::Overdue) {
            option->backgroundBrush = QColor(0xf8, 0xd7, 0xd4);
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x1c, 0x1c));
            option->font.setBold(true);
        } else if (state == FeedbackQueueModel::TargetState::DueSoon) {
            option->backgroundBrush = QColor(0xfc, 0xef, 0xc7);
            option->palette.setColor(QPalette::Text, QColor(0x6b, 0x4e, 0x00));
        }
    }
};

QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? LocaleFormat::dateTime(t.toLocalTime()) : iso;
}
} // namespace

FeedbackView::FeedbackView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actions(context.store)
{
    m_model = new FeedbackQueueModel(m_context.store, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"feedbackStatusFilter"_s);
    m_statusFilter->addItem(tr("Waiting (open and answered)"), QStringList{u"open"_s, u"answered"_s});
    m_statusFilter->addItem(tr("Open (no reply yet)"), QStringList{u"open"_s});
    m_statusFilter->addItem(tr("Resolved"), QStringList{u"resolved"_s});
    m_statusFilter->addItem(tr("All feedback"), QStringList());
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatuses(m_statusFilter->currentData().toStringList());
        updateSummary();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"feedbackSummary"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_statusFilter);
    top->addWidget(m_summary, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(u"feedbackTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(FeedbackQueueModel::DueColumn, new TargetDelegate(m_table));
    QHeaderView *h = m_table->horizontalHeader();
    h->setDefaultSectionSize(90);
    h->resizeSection(FeedbackQueueModel::DueColumn, 150);
    h->resizeSection(FeedbackQueueModel::MemberColumn, 140);
    h->resizeSection(FeedbackQueueModel::SubjectColumn, 260);
    h->resizeSection(FeedbackQueueModel::RepliesColumn, 60);
    h->setStretchLastSection(true);

    m_ticket = new QTextBrowser(this);
    m_ticket->setObjectName(u"feedbackTicket"_s);
    m_ticket->setOpenLinks(false);
    m_reply = new QPlainTextEdit(this);
    m_reply->setObjectName(u"feedbackReply"_s);
    m_reply->setPlaceholderText(tr("Write a reply to the member…"));
    m_reply->setMaximumHeight(110);
    m_send = new QPushButton(tr("Send reply"), this);
    m_send->setObjectName(u"sendReplyButton"_s);
    m_resolve = new QPushButton(tr("Resolve"), this);
    m_resolve->setObjectName(u"resolveButton"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"feedbackMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    connect(m_send, &QPushButton::clicked, this, &FeedbackView::sendReply);
    connect(m_resolve, &QPushButton::clicked, this, &FeedbackView::resolve);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_send);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_ticket, 1);
    detailLayout->addWidget(m_reply);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FeedbackView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentId);
        m_table->selectRow(row >= 0 ? row : 0);
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrent();
        updateSummary();
    });
    // Time left moves on by itself.
    auto *clock = new QTimer(this);
    clock->setInterval(60'000);
    connect(clock, &QTimer::timeout, m_model, &FeedbackQueueModel::refresh);
    clock->start();
    m_table->selectRow(0);
    showCurrent();
    updateSummary();
}

QVariantMap FeedbackView::saveState() const
{
    return {{u"filter"_s, m_statusFilter->currentIndex()}, {u"current"_s, m_currentId},
            {u"reply"_s, m_reply->toPlainText()}};
}

void FeedbackView::restoreState(const QVariantMap &state)
{
    m_statusFilter->setCurrentIndex(qBound(0, state.value(u"filter"_s).toInt(), m_statusFilter->count() - 1));
    const int row = m_model->rowOf(state.value(u"current"_s).toString());
    if (row >= 0)
        m_table->selectRow(row);
    // After the selection, which clears the reply when the ticket changes.
    if (m_currentId == state.value(u"current"_s).toString())
        m_reply->setPlainText(state.value(u"reply"_s).toString());
}

QString FeedbackView::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void FeedbackView::updateSummary()
{
    const QLocale locale;
    const qint64 overdue = m_model->overdueCount();
    const int tickets = int(qMin<qint64>(m_model->count(), INT_MAX));
    m_summary->setText(overdue > 0 ? tr("%Ln tickets; %1 overdue (24-hour response target)", nullptr, tickets)
                                         .arg(locale.toString(overdue))
                                   : tr("%Ln tickets; none overdue (24-hour response target)", nullptr, tickets));
    m_summary->setStyleSheet(overdue > 0 ? u"color: #8a1c1c;"_s : QString());
}

void FeedbackView::showCurrent()
{
    const QString id = currentId();
    if (id != m_currentId)
        m_reply->clear();
    m_currentId = id;
    m_ticket->clear();
    const auto ticket = id.isEmpty() ? std::nullopt : m_context.store->entity(u"feedback"_s, id);
    m_send->setEnabled(ticket.has_value());
    m_resolve->setEnabled(ticket && ticket->value(u"status"_s).toString() != u"resolved"_s);
    if (!ticket)
        return;
    QTextCursor cursor(m_ticket->document());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontPointSize(m_ticket->font().pointSizeF() * 1.15);
    QTextCharFormat plain;
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(ticket->value(u"subject"_s).toString(), bold);
    const QString memberId = ticket->value(u"member_id"_s).toString();
    const auto member = m_context.store->entity(u"member"_s, memberId);
    const QString name = member ? member->value(u"display_name"_s).toString() : memberId;
    cursor.insertBlock(QTextBlockFormat(), dim);
    cursor.insertText(tr("From %1 · %2 · due %3").arg(name, when(ticket->value(u"created_at"_s).toString()),
                                                      when(ticket->value(u"due_at"_s).toString())), dim);
    QTextBlockFormat spaced;
    spaced.setTopMargin(8);
    cursor.insertBlock(spaced, plain);
    cursor.insertText(ticket->value(u"body"_s).toString(), plain);
    for (const QJsonValue &v : ticket->value(u"replies"_s).toArray()) {
        const QJsonObject r = v.toObject();
        cursor.insertBlock(spaced, dim);
        cursor.insertText(tr("%1 replied at %2").arg(r.value(u"by"_s).toString(), when(r.value(u"at"_s).toString())), dim);
        cursor.insertBlock(QTextBlockFormat(), plain);
        cursor.insertText(r.value(u"body"_s).toString(), plain);
    }
    m_ticket->moveCursor(QTextCursor::Start);
}

void FeedbackView::sendReply()
{
    const auto r = m_actions.replyToFeedback(currentId(), m_reply->toPlainText());
    if (!r.ok()) {
        showMessage(r.error, true);
        return;
    }
    m_reply->clear();
    showMessage(tr("Reply saved — pending sync."), false);
    showCurrent();
}

void FeedbackView::resolve()
{
    const auto r = m_actions.resolveFeedback(currentId());
    showMessage(r.ok() ? tr("Resolved — pending sync.") : r.error, !r.ok());
    showCurrent();
}

void FeedbackView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}
