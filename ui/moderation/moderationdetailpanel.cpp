#include "moderationdetailpanel.h"

#include "displaynames.h"
#include "moderationactions.h"
#include "moderationfacets.h"
#include "store.h"
#include "localeformat.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? LocaleFormat::dateTime(t.toLocalTime()) : iso;
}

} // namespace

ModerationDetailPanel::ModerationDetailPanel(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"detailBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();
    m_text = new QTextBrowser(this);
    m_text->setObjectName(u"detailText"_s);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    setMinimumWidth(220);
    render();
}

void ModerationDetailPanel::setMatcher(const KeywordMatcher &matcher)
{
    m_matcher = matcher;
    render();
}

void ModerationDetailPanel::showItem(const QString &itemId)
{
    m_itemId = itemId;
    m_detail = itemId.isEmpty() ? ModerationItemDetail() : ModerationItemDetail::load(*m_store, itemId);
    render();
}

QString ModerationDetailPanel::plainText() const
{
    return m_banner->isVisible() ? m_banner->text() + u"\n"_s + m_text->toPlainText() : m_text->toPlainText();
}

void ModerationDetailPanel::insertHeading(QTextCursor &cursor, const QString &text)
{
    QTextBlockFormat block;
    block.setTopMargin(10);
    block.setBottomMargin(2);
    QTextCharFormat chars;
    chars.setFontWeight(QFont::Bold);
    chars.setForeground(palette().color(QPalette::WindowText));
    if (!cursor.atStart())
        cursor.insertBlock(block, chars);
    else
        cursor.setBlockFormat(block);
    cursor.insertText(text, chars);
}

void ModerationDetailPanel::insertLine(QTextCursor &cursor, const QString &label, const QString &value)
{
    QTextCharFormat plain;
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertBlock(QTextBlockFormat(), plain);
    if (!label.isEmpty())
        cursor.insertText(label + u"  "_s, dim);
    cursor.insertText(value, plain);
}

void ModerationDetailPanel::insertHighlighted(QTextCursor &cursor, const QString &text, const QString &field)
{
    Q_UNUSED(field)
    const QJsonObject &item = m_detail.item;
    const QList<KeywordMatcher::Span> spans =
        m_matcher.match(text, item.value(u"board"_s).toString(), item.value(u"kind"_s).toString());
    const QList<KeywordMatcher::Span> merged = KeywordMatcher::merged(spans);
    QTextCharFormat plain;
    QTextCharFormat hit;
    hit.setBackground(QColor(0xff, 0xe0, 0x82));
    hit.setForeground(QColor(0x20, 0x20, 0x20));
    hit.setFontWeight(QFont::DemiBold);
    qsizetype at = 0;
    for (const KeywordMatcher::Span &s : merged) {
        if (s.start > at)
            cursor.insertText(text.mid(at, s.start - at), plain);
        QTextCharFormat f = hit;
        // The rules that matched here, for the tooltip.
        QStringList why;
        for (const KeywordMatcher::Span &o : spans) {
            if (o.start < s.start + s.length && o.start + o.length > s.start) {
                const KeywordMatcher::Rule &r = m_matcher.rules().at(o.rule);
                const QString line = tr("Rule \"%1\": %2").arg(r.pattern, ModerationFacets::ruleActionName(r.action));
                if (!why.contains(line))
                    why << line;
            }
        }
        f.setToolTip(why.join(u"\n"_s));
        cursor.insertText(text.mid(s.start, s.length), f);
        at = s.start + s.length;
        ++m_highlights;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at), plain);
}

void ModerationDetailPanel::render()
{
    m_highlights = 0;
    m_text->clear();
    QTextCursor cursor(m_text->document());
    if (m_itemId.isEmpty() || !m_detail.found) {
        m_banner->hide();
        QTextCharFormat dim;
        dim.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.insertText(m_itemId.isEmpty() ? tr("Select an item to see it in full.")
                                             : tr("This item is no longer in the local cache."), dim);
        return;
    }
    const QJsonObject &item = m_detail.item;
    const QString me = m_store->actor();

    // The banner: what stops or waits — another moderator's claim, unsynced changes.
    QStringList banner;
    QString bannerStyle;
    const QString other = ModerationActions::otherClaim(item, me, QDateTime::currentDateTimeUtc());
    if (!other.isEmpty()) {
        banner << tr("Claimed by %1. Decisions wait until the claim ends.").arg(other);
        bannerStyle = u"background: #fdecea; color: #8a1c1c; border-radius: 4px;"_s;
    } else if (item.value(u"claimed_by"_s).toString() == me && !me.isEmpty()) {
        const QDateTime until = QDateTime::fromString(item.value(u"claim_expires_at"_s).toString(), Qt::ISODate);
        if (until > QDateTime::currentDateTimeUtc())
            banner << tr("You hold the claim until %1.").arg(LocaleFormat::time(until.toLocalTime().time()));
    }
    if (m_detail.pendingSync) {
        banner << tr("Pending sync: your change is saved here and goes to the server at the next sync.");
        if (bannerStyle.isEmpty())
            bannerStyle = u"background: #fff4d6; color: #6b4e00; border-radius: 4px;"_s;
    }
    if (bannerStyle.isEmpty())
        bannerStyle = u"background: #e8f1fb; color: #1d3b5c; border-radius: 4px;"_s;
    m_banner->setText(banner.join(u"\n"_s));
    m_banner->setStyleSheet(bannerStyle);
    m_banner->setVisible(!banner.isEmpty());

    // Title and text.
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(m_text->font().pointSizeF() * 1.2);
    const QString title = item.value(u"title"_s).toString();
    if (!title.isEmpty()) {
        cursor.setCharFormat(titleFormat);
        insertHighlighted(cursor, title, u"title"_s);
        // The highlighting resets the format; make the whole title bold again.
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(titleFormat);
        cursor.movePosition(QTextCursor::EndOfBlock);
    }
    QTextCharFormat meta;
    meta.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertBlock(QTextBlockFormat(), meta);
    const QString status = item.value(u"status"_s).toString();
    QString metaLine = tr("%1 in %2 · %3 · %4")
                           .arg(ModerationFacets::kindName(item.value(u"kind"_s).toString()),
                                item.value(u"board"_s).toString(), when(item.value(u"created_at"_s).toString()),
                                ModerationFacets::statusName(status));
    if (item.value(u"held"_s).toBool())
        metaLine += tr(" · held (hidden on the platform)");
    cursor.insertText(metaLine, meta);
    if (status != u"pending"_s && !item.value(u"decided_by"_s).toString().isEmpty()) {
        cursor.insertBlock(QTextBlockFormat(), meta);
        const QString reason = item.value(u"decision_reason"_s).toString();
        cursor.insertText(reason.isEmpty()
                              ? tr("Decided by %1 at %2").arg(item.value(u"decided_by"_s).toString(),
                                                              when(item.value(u"decided_at"_s).toString()))
                              : tr("Decided by %1 at %2: %3").arg(item.value(u"decided_by"_s).toString(),
                                                                  when(item.value(u"decided_at"_s).toString()), reason),
                          meta);
    }
    QTextBlockFormat bodyBlock;
    bodyBlock.setTopMargin(8);
    cursor.insertBlock(bodyBlock, QTextCharFormat());
    insertHighlighted(cursor, item.value(u"body"_s).toString(), u"body"_s);

    // Keyword rules that matched, with what they ask for.
    const QList<KeywordMatcher::Span> titleSpans = m_matcher.match(title, item.value(u"board"_s).toString(),
                                                                   item.value(u"kind"_s).toString());
    const QList<KeywordMatcher::Span> bodySpans = m_matcher.match(item.value(u"body"_s).toString(),
                                                                  item.value(u"board"_s).toString(),
                                                                  item.value(u"kind"_s).toString());
    QList<int> matchedRules;
    for (const auto &s : titleSpans + bodySpans)
        if (!matchedRules.contains(s.rule))
            matchedRules << s.rule;
    if (!matchedRules.isEmpty()) {
        insertHeading(cursor, tr("Keyword rules"));
        for (int rule : std::as_const(matchedRules)) {
            const KeywordMatcher::Rule &r = m_matcher.rules().at(rule);
            insertLine(cursor, ModerationFacets::ruleActionName(r.action), r.pattern);
        }
    }

    // The AI's view.
    insertHeading(cursor, tr("AI pre-screen"));
    QStringList labels;
    for (const QJsonValue &v : item.value(u"ai_labels"_s).toArray())
        labels << ModerationFacets::labelName(v.toString());
    insertLine(cursor, tr("Score"), QLocale().toString(item.value(u"ai_score"_s).toDouble(), 'f', 2));
    insertLine(cursor, tr("Labels"), labels.isEmpty() ? tr("none") : labels.join(u", "_s));

    // Reports.
    const QJsonArray reports = item.value(u"reports"_s).toArray();
    insertHeading(cursor, tr("Reports (%1)").arg(QLocale().toString(reports.size())));
    if (reports.isEmpty())
        insertLine(cursor, QString(), tr("No member has reported this item."));
    for (const QJsonValue &v : reports) {
        const QJsonObject r = v.toObject();
        insertLine(cursor, when(r.value(u"at"_s).toString()),
                   tr("%1 — reported by %2").arg(r.value(u"reason"_s).toString(), r.value(u"reporter_id"_s).toString()));
    }

    // The author.
    insertHeading(cursor, tr("Author"));
    if (const auto &a = m_detail.author) {
        const QString name = a->value(u"display_name"_s).toString();
        const QString handle = a->value(u"handle"_s).toString();
        insertLine(cursor, QString(), handle.isEmpty() ? name : tr("%1 (@%2)").arg(name, handle));
        insertLine(cursor, tr("Tier"), ModerationFacets::tierName(a->value(u"tier"_s).toString()));
        insertLine(cursor, tr("Points"), QLocale().toString(a->value(u"points"_s).toInteger()));
        insertLine(cursor, tr("Joined"), QLocale().toString(
            QDateTime::fromString(a->value(u"joined_at"_s).toString(), Qt::ISODate).toLocalTime().date(), QLocale::ShortFormat));
        const QString memberStatus = a->value(u"status"_s).toString();
        if (memberStatus == u"muted"_s)
            insertLine(cursor, tr("Status"), tr("Muted until %1").arg(when(a->value(u"muted_until"_s).toString())));
        else if (memberStatus == u"banned"_s)
            insertLine(cursor, tr("Status"), tr("Banned"));
        else
            insertLine(cursor, tr("Status"), tr("Active"));
    } else {
        insertLine(cursor, QString(), tr("Member %1 is not in the local cache.").arg(item.value(u"author_id"_s).toString()));
    }
    insertLine(cursor, tr("Earlier decisions"),
               tr("%n item(s): %1 approved, %2 rejected, %3 escalated", nullptr, m_detail.authorItems)
                   .arg(m_detail.authorApproved).arg(m_detail.authorRejected).arg(m_detail.authorEscalated));
    for (const auto &d : m_detail.authorDecisions)
        insertLine(cursor, when(d.decidedAt),
                   tr("%1 by %2: %3").arg(ModerationFacets::statusName(d.status), d.decidedBy, d.title));
    for (const auto &d : m_detail.authorDiscipline) {
        const QString text = d.pendingSync ? tr("%1 (pending sync)").arg(d.summary) : d.summary;
        insertLine(cursor, when(d.at), tr("%1: %2").arg(DisplayNames::action(d.action), text));
    }
    if (m_detail.author) {
        for (const QJsonValue &v : m_detail.author->value(u"notes"_s).toArray()) {
            const QJsonObject n = v.toObject();
            insertLine(cursor, tr("Note by %1").arg(n.value(u"by"_s).toString()), n.value(u"text"_s).toString());
        }
    }

    // History.
    insertHeading(cursor, tr("History"));
    insertLine(cursor, when(item.value(u"created_at"_s).toString()), tr("Posted"));
    for (const auto &h : m_detail.history) {
        const QString text = tr("%1 by %2").arg(h.summary.isEmpty() ? DisplayNames::action(h.action) : h.summary, h.actor);
        insertLine(cursor, when(h.at), h.pendingSync ? tr("%1 (pending sync)").arg(text) : text);
    }
    m_text->moveCursor(QTextCursor::Start);
}
