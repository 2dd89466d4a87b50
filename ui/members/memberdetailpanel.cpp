#include "memberdetailpanel.h"

#include "activitychart.h"
#include "badgeicon.h"
#include "memberlistmodel.h"
#include "localeformat.h"

#include <QBuffer>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
enum ProfileRow { Joined, LastActive, Channel, Language, Activity, AllTime, Spend, LastPurchase, Groups,
                  ProfileRowCount };

QString when(const QDateTime &t)
{
    return t.isValid() ? LocaleFormat::dateTime(t.toLocalTime()) : QString();
}

QString whenIso(const QJsonValue &v)
{
    return when(QDateTime::fromString(v.toString(), Qt::ISODate));
}

QTreeWidget *makeTree(const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setWordWrap(false);
    t->header()->setStretchLastSection(true);
    return t;
}

void addRow(QTreeWidget *t, const QStringList &cells, bool pending = false, const QString &tip = {})
{
    auto *item = new QTreeWidgetItem(t, cells);
    for (int c = 0; c < cells.size(); ++c)
        item->setToolTip(c, tip.isEmpty() ? cells.at(c) : tip);
    if (pending) {
        QFont f = item->font(0);
        f.setItalic(true);
        for (int c = 0; c < cells.size(); ++c)
            item->setFont(c, f);
    }
}

QString actionName(const QString &action)
{
    if (action == u"set_tier"_s) return MemberDetailPanel::tr("Tier set");
    if (action == u"mute"_s) return MemberDetailPanel::tr("Muted");
    if (action == u"unmute"_s) return MemberDetailPanel::tr("Unmuted");
    if (action == u"ban"_s) return MemberDetailPanel::tr("Banned");
    if (action == u"unban"_s) return MemberDetailPanel::tr("Unbanned");
    if (action == u"add_note"_s) return MemberDetailPanel::tr("Note added");
    return action;
}

QString itemStatusName(const QString &status)
{
    if (status == u"pending"_s) return MemberDetailPanel::tr("Pending");
    if (status == u"approved"_s) return MemberDetailPanel::tr("Approved");
    if (status == u"rejected"_s) return MemberDetailPanel::tr("Rejected");
    if (status == u"escalated"_s) return MemberDetailPanel::tr("Escalated");
    return status;
}
} // namespace

MemberDetailPanel::MemberDetailPanel(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"memberDetail"_s);
    m_stack = new QStackedWidget(this);
    // Shown while no member is selected.
    auto *emptyState = new QLabel(tr("Select a member to see their profile, points, history and notes."), this);
    emptyState->setObjectName(u"memberDetailEmptyState"_s);
    emptyState->setAlignment(Qt::AlignCenter);
    emptyState->setWordWrap(true);
    m_stack->addWidget(emptyState);

    auto *page = new QWidget(this);
    m_name = new QLabel(page);
    m_name->setObjectName(u"memberDetailName"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(u"memberDetailSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending = new QLabel(tr("Changes wait to be synced."), page);
    m_pending->setObjectName(u"memberDetailPending"_s);
    QFont italic = m_pending->font();
    italic.setItalic(true);
    m_pending->setFont(italic);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"memberDetailTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createProfileTab(), tr("Profile"));

    auto *pointsTab = new QWidget(page);
    m_ledger = makeTree({tr("When"), tr("Points"), tr("Reason"), tr("By")}, u"memberLedger"_s, pointsTab);
    m_ledgerCount = new QLabel(pointsTab);
    auto *pl = new QVBoxLayout(pointsTab);
    pl->addWidget(m_ledger, 1);
    pl->addWidget(m_ledgerCount);
    m_tabs->addTab(pointsTab, tr("Points"));

    auto *tierTab = new QWidget(page);
    m_tierSince = new QLabel(tierTab);
    m_tierSince->setWordWrap(true);
    m_tierHistory = makeTree({tr("When"), tr("By"), tr("Change")}, u"memberTierHistory"_s, tierTab);
    auto *tl = new QVBoxLayout(tierTab);
    tl->addWidget(m_tierSince);
    tl->addWidget(m_tierHistory, 1);
    m_tabs->addTab(tierTab, tr("Tier"));

    auto *modTab = new QWidget(page);
    m_decisions = makeTree({tr("When"), tr("By"), tr("Decision"), tr("Details")}, u"memberDecisions"_s, modTab);
    m_authored = makeTree({tr("Posted"), tr("Kind"), tr("Title"), tr("Status"), tr("Decided by"), tr("Reason")},
                          u"memberAuthored"_s, modTab);
    auto *ml = new QVBoxLayout(modTab);
    ml->addWidget(new QLabel(tr("Decisions about the member"), modTab));
    ml->addWidget(m_decisions, 1);
    ml->addWidget(new QLabel(tr("Their posts and comments in moderation"), modTab));
    ml->addWidget(m_authored, 2);
    m_tabs->addTab(modTab, tr("Moderation"));

    m_notes = makeTree({tr("When"), tr("By"), tr("Note")}, u"memberNotes"_s, page);
    m_tabs->addTab(m_notes, tr("Notes"));

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_name);
    pageLayout->addWidget(m_subtitle);
    pageLayout->addWidget(m_pending);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumWidth(300);
}

QWidget *MemberDetailPanel::createProfileTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_chart = new ActivityChart(content);
    layout->addWidget(m_chart);
    m_profileForm = new QFormLayout;
    m_profileForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QStringList names = {tr("Joined"), tr("Last active"), tr("Channel"), tr("Language"), tr("Last 30 days"),
                               tr("All time"), tr("Spend"), tr("Last purchase"), tr("Study groups")};
    for (int i = 0; i < ProfileRowCount; ++i) {
        auto *value = new QLabel(content);
        value->setObjectName(u"memberProfile_%1"_s.arg(i));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profileForm->addRow(names.at(i) + u':', value);
        m_profileValues << value;
    }
    layout->addLayout(m_profileForm);
    auto *badgesTitle = new QLabel(tr("Badges"), content);
    QFont bold = badgesTitle->font();
    bold.setBold(true);
    badgesTitle->setFont(bold);
    layout->addWidget(badgesTitle);
    m_badges = new QLabel(content);
    m_badges->setObjectName(u"memberBadges"_s);
    m_badges->setTextFormat(Qt::RichText);
    m_badges->setWordWrap(true);
    layout->addWidget(m_badges);
    layout->addStretch();
    scroll->setWidget(content);
    return scroll;
}

void MemberDetailPanel::showMember(const QString &memberId)
{
    m_memberId = memberId;
    reload();
}

void MemberDetailPanel::reload()
{
    if (m_memberId.isEmpty()) {
        m_detail = MemberDetail();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_detail = MemberDetail::load(m_store, m_memberId);
    if (!m_detail.found) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    fillProfile();
    fillLists();
}

void MemberDetailPanel::fillProfile()
{
    const QJsonObject &m = m_detail.member;
    const QLocale locale;
    const QString handle = m.value(u"handle"_s).toString();
    const QString name = m.value(u"display_name"_s).toString();
    m_name->setText(name.isEmpty() ? handle : name);
    QString tier = MemberListModel::tierName(m.value(u"tier"_s).toString());
    if (m.value(u"tier_locked"_s).toBool())
        tier = tr("%1 (locked)").arg(tier);
    QString status = MemberListModel::statusName(m.value(u"status"_s).toString());
    if (m.value(u"status"_s).toString() == u"muted"_s && !m.value(u"muted_until"_s).toString().isEmpty())
        status = tr("Muted until %1").arg(whenIso(m.value(u"muted_until"_s)));
    m_subtitle->setText(u"@%1 · %2 · %3 · %4"_s.arg(handle, tier,
                                                    tr("%Ln points", nullptr,
                                                       int(std::clamp<qint64>(m.value(u"points"_s).toInteger(), INT_MIN, INT_MAX))),
                                                    status));
    m_pending->setVisible(m_detail.pendingSync);
    m_chart->setWeeks(m_detail.weeklyEarned, m_detail.weeklySpent, m_detail.weeksEnd);

    const auto n = [&](const char *field) { return locale.toString(m.value(QLatin1StringView(field)).toInteger()); };
    QStringList groups;
    for (const MemberDetail::Group &g : std::as_const(m_detail.groups))
        groups << (g.admin ? tr("%1 (admin)").arg(g.name) : g.name);
    const QString lang = m.value(u"language"_s).toString();
    const QStringList values = {
        whenIso(m.value(u"joined_at"_s)),
        whenIso(m.value(u"last_active_at"_s)),
        MemberListModel::channelName(m.value(u"signup_channel"_s).toString()),
        lang == u"zh_CN"_s ? tr("Simplified Chinese") : lang == u"zh_TW"_s ? tr("Traditional Chinese")
                                                     : lang == u"en"_s ? tr("English") : lang,
        tr("active days %1 · posts %2 · comments %3 · likes received %4 · helpful answers %5")
            .arg(n("active_days_30"), n("posts_30"), n("comments_30"), n("likes_received_30"), n("helpful_answers_30")),
        tr("posts %1 · helpful answers %2").arg(n("posts_total"), n("helpful_answers_total")),
        //: %1 and %2 are amounts of money with their currency sign, e.g. "¥1,280.00"
        tr("%1 in all, %2 in 90 days").arg(locale.toCurrencyString(m.value(u"spend_total"_s).toDouble(), u"¥"_s, 2),
                                           locale.toCurrencyString(m.value(u"spend_90d"_s).toDouble(), u"¥"_s, 2)),
        m.value(u"last_purchase_at"_s).toString().isEmpty() ? tr("never") : whenIso(m.value(u"last_purchase_at"_s)),
        groups.isEmpty() ? tr("none") : groups.join(u", "_s),
    };
    for (int i = 0; i < ProfileRowCount; ++i)
        m_profileValues.at(i)->setText(values.at(i));

    if (m_detail.badges.isEmpty()) {
        m_badges->setText(tr("No badges yet."));
    } else {
        QStringList parts;
        for (const MemberDetail::Badge &b : std::as_const(m_detail.badges)) {
            // Inline icons as data URLs keep the label a single widget; names are escaped.
            QByteArray png;
            {
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                BadgeIcon::pixmap(b.id, b.name, 20, devicePixelRatioF()).toImage().save(&buffer, "PNG");
            }
            parts << u"<span style=\"white-space:nowrap\"><img width=\"20\" height=\"20\" src=\"data:image/png;base64,%1\"/> %2</span>"_s
                         .arg(QString::fromLatin1(png.toBase64()), b.name.toHtmlEscaped());
        }
        m_badges->setText(parts.join(u"&nbsp;&nbsp; "_s));
    }
}

void MemberDetailPanel::fillLists()
{
    const QLocale locale;
    m_ledger->clear();
    for (const MemberDetail::LedgerEntry &e : std::as_const(m_detail.ledger)) {
        addRow(m_ledger, {when(e.at), (e.points > 0 ? u"+"_s : QString()) + locale.toString(e.points), e.reason,
                          e.pending ? tr("%1 (pending sync)").arg(e.awardedBy) : e.awardedBy},
               e.pending);
    }
    m_ledger->resizeColumnToContents(0);
    m_ledger->resizeColumnToContents(1);
    m_ledgerCount->setText(m_detail.ledgerCount > m_detail.ledger.size()
                               ? tr("The newest %1 of %Ln entries.", nullptr, int(qMin<qint64>(m_detail.ledgerCount, INT_MAX)))
                                     .arg(QLocale().toString(m_detail.ledger.size()))
                               : tr("Entries: %1.").arg(QLocale().toString(m_detail.ledgerCount)));

    const QJsonObject &m = m_detail.member;
    m_tierSince->setText(tr("%1 since %2.").arg(MemberListModel::tierName(m.value(u"tier"_s).toString()),
                                                whenIso(m.value(u"tier_since"_s))));
    m_tierHistory->clear();
    for (const MemberDetail::HistoryEntry &e : std::as_const(m_detail.tierHistory))
        addRow(m_tierHistory, {when(e.at), e.pending ? tr("%1 (pending sync)").arg(e.actor) : e.actor, e.summary},
               e.pending);
    if (m_detail.tierHistory.isEmpty())
        addRow(m_tierHistory, {QString(), QString(), tr("No manual tier changes; the platform's rules set the tier.")});

    m_decisions->clear();
    for (const MemberDetail::HistoryEntry &e : std::as_const(m_detail.moderationHistory))
        addRow(m_decisions, {when(e.at), e.pending ? tr("%1 (pending sync)").arg(e.actor) : e.actor,
                             actionName(e.action), e.summary}, e.pending);
    m_authored->clear();
    for (const MemberDetail::AuthoredItem &i : std::as_const(m_detail.authoredItems)) {
        addRow(m_authored, {when(i.createdAt), i.kind, i.title, itemStatusName(i.status), i.decidedBy,
                            i.decisionReason.isEmpty() ? i.labels.join(u", "_s) : i.decisionReason});
    }
    m_notes->clear();
    for (const MemberDetail::Note &note : std::as_const(m_detail.notes))
        addRow(m_notes, {when(note.at), note.by, note.text});
    m_tabs->setTabText(4, m_detail.notes.isEmpty() ? tr("Notes") : tr("Notes (%1)").arg(QLocale().toString(m_detail.notes.size())));
}
