#include "memberlistview.h"

#include "accountservice.h"
#include "badgecatalogmodel.h"
#include "memberactiondialog.h"
#include "memberactions.h"
#include "membercsvexporter.h"
#include "memberdetailpanel.h"
#include "memberlistmodel.h"
#include "membervocabulary.h"
#include "pointsimportdialog.h"
#include "store.h"
#include "storenotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
constexpr int TypingPauseMs = 60; // queries are cheap and interruptible; this only merges fast typing

// Members with changes waiting for sync are shown in italics.
class PendingRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(MemberListModel::PendingSyncRole).toBool())
            option->font.setItalic(true);
    }
};

QComboBox *choiceBox(const QString &objectName, const QString &any, const MemberVocabulary::Choices &choices,
                     QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->addItem(any, QString());
    for (const auto &[id, name] : choices)
        box->addItem(name, id);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QDateEdit *dateBox(const QString &objectName, QWidget *parent)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(objectName);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    d->setDate(QDate::currentDate());
    d->setEnabled(false);
    return d;
}
} // namespace

MemberListView::MemberListView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"memberListView"_s);
    m_model = new MemberListModel(m_context.store, this);
    buildFilters();
    buildActions();

    m_table = new QTableView(this);
    m_table->setObjectName(u"memberTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PendingRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MemberListModel::HandleColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultSectionSize(90);
    header->setStretchLastSection(true);
    header->resizeSection(MemberListModel::HandleColumn, 140);
    header->resizeSection(MemberListModel::NameColumn, 130);
    header->resizeSection(MemberListModel::TierColumn, 110);
    header->resizeSection(MemberListModel::BadgesColumn, 60);
    header->resizeSection(MemberListModel::StatusColumn, 110);

    m_detail = new MemberDetailPanel(m_context.store, this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"memberCount"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"memberMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_message, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(footer);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"memberSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 420});

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_currentId = m_model->idAt(current.row());
        m_detail->showMember(m_currentId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MemberListView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MemberListView::restoreSelection);
    connect(m_model, &MemberListModel::matchCountChanged, this, &MemberListView::updateFooter);
    connect(m_model, &MemberListModel::loadingChanged, this, &MemberListView::updateFooter);
    connect(m_model, &MemberListModel::loadFailed, this, [this](const QString &error) {
        showMessage(tr("The member list could not be read: %1").arg(error));
    });
    if (StoreNotifier *n = m_context.store->notifier()) {
        connect(n, &StoreNotifier::profileChanged, this, &MemberListView::updateActions);
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"tier"_s) || entities.contains(u"group"_s) || entities.contains(u"badge"_s))
                fillChoices();
            if (!m_currentId.isEmpty() && (entities.contains(u"member"_s) || entities.contains(u"points_entry"_s)
                                           || entities.contains(u"audit_entry"_s)))
                m_detail->reload();
        });
        connect(n, &StoreNotifier::outboxChanged, m_detail, &MemberDetailPanel::reload);
    }
    updateActions();
    updateFooter();
    restoreSelection();
}

void MemberListView::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Search handle or name (中文 or English)"));
    m_search->setClearButtonEnabled(true);
    m_tier = choiceBox(u"memberTierFilter"_s, tr("All tiers"), MemberVocabulary::tiers(m_context.store), this);
    auto segments = MemberVocabulary::segments();
    segments.append({u"none"_s, tr("Not scored yet")});
    m_segment = choiceBox(u"memberSegmentFilter"_s, tr("All segments"), segments, this);
    m_channel = choiceBox(u"memberChannelFilter"_s, tr("All channels"), MemberVocabulary::channels(), this);
    m_status = choiceBox(u"memberStatusFilter"_s, tr("Any status"), MemberVocabulary::statuses(), this);
    m_group = choiceBox(u"memberGroupFilter"_s, tr("All study groups"), {}, this);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(14);
    m_badge = choiceBox(u"memberBadgeFilter"_s, tr("Any badge"), {}, this);
    m_badge->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_badge->setMinimumContentsLength(12);
    fillChoices();

    m_joinedOn = new QCheckBox(tr("Joined"), this);
    m_joinedOn->setObjectName(u"memberJoinedOn"_s);
    m_joinedFrom = dateBox(u"memberJoinedFrom"_s, this);
    m_joinedFrom->setDate(QDate::currentDate().addYears(-1));
    m_joinedTo = dateBox(u"memberJoinedTo"_s, this);
    m_activeOn = new QCheckBox(tr("Last active"), this);
    m_activeOn->setObjectName(u"memberActiveOn"_s);
    m_activeFrom = dateBox(u"memberActiveFrom"_s, this);
    m_activeFrom->setDate(QDate::currentDate().addDays(-30));
    m_activeTo = dateBox(u"memberActiveTo"_s, this);
    auto *clear = new QToolButton(this);
    clear->setObjectName(u"memberClearFilters"_s);
    clear->setText(tr("Clear filters"));

    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_search, 3);
    row1->addWidget(m_tier);
    row1->addWidget(m_segment);
    row1->addWidget(m_channel);
    row1->addWidget(m_status);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_group, 1);
    row2->addWidget(m_badge, 1);
    row2->addSpacing(8);
    row2->addWidget(m_joinedOn);
    row2->addWidget(m_joinedFrom);
    row2->addWidget(new QLabel(u"–"_s, this));
    row2->addWidget(m_joinedTo);
    row2->addSpacing(8);
    row2->addWidget(m_activeOn);
    row2->addWidget(m_activeFrom);
    row2->addWidget(new QLabel(u"–"_s, this));
    row2->addWidget(m_activeTo);
    row2->addWidget(clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(row1);
    layout->addLayout(row2);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(TypingPauseMs);
    connect(m_debounce, &QTimer::timeout, this, &MemberListView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_tier, m_segment, m_channel, m_status, m_group, m_badge})
        connect(box, &QComboBox::currentIndexChanged, this, &MemberListView::applyFilters);
    for (QDateEdit *d : {m_joinedFrom, m_joinedTo, m_activeFrom, m_activeTo})
        connect(d, &QDateEdit::dateChanged, this, &MemberListView::applyFilters);
    connect(m_joinedOn, &QCheckBox::toggled, this, [this](bool on) {
        m_joinedFrom->setEnabled(on);
        m_joinedTo->setEnabled(on);
        applyFilters();
    });
    connect(m_activeOn, &QCheckBox::toggled, this, [this](bool on) {
        m_activeFrom->setEnabled(on);
        m_activeTo->setEnabled(on);
        applyFilters();
    });
    connect(clear, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_tier), QSignalBlocker(m_segment),
                                           QSignalBlocker(m_channel), QSignalBlocker(m_status), QSignalBlocker(m_group),
                                           QSignalBlocker(m_badge), QSignalBlocker(m_joinedOn), QSignalBlocker(m_activeOn)};
        m_search->clear();
        for (QComboBox *box : {m_tier, m_segment, m_channel, m_status, m_group, m_badge})
            box->setCurrentIndex(0);
        m_joinedOn->setChecked(false);
        m_activeOn->setChecked(false);
        for (QDateEdit *d : {m_joinedFrom, m_joinedTo, m_activeFrom, m_activeTo})
            d->setEnabled(false);
        applyFilters();
    });
}

void MemberListView::fillChoices()
{
    const auto refill = [](QComboBox *box, const MemberVocabulary::Choices &choices) {
        const QSignalBlocker blocker(box);
        const QString current = box->currentData().toString();
        while (box->count() > 1)
            box->removeItem(1);
        for (const auto &[id, name] : choices)
            box->addItem(name, id);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(m_tier, MemberVocabulary::tiers(m_context.store));
    refill(m_group, MemberVocabulary::groups(m_context.store));
    BadgeCatalogModel badges(m_context.store);
    MemberVocabulary::Choices badgeChoices;
    for (int i = 0; i < badges.rowCount(); ++i)
        badgeChoices.append({badges.idAt(i), badges.index(i, 0).data().toString()});
    refill(m_badge, badgeChoices);
}

void MemberListView::buildActions()
{
    const auto button = [this](const QString &objectName, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(objectName);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_pointsButton = button(u"memberAwardPoints"_s, tr("Points…"), tr("Award or deduct points, with a reason"));
    m_badgeButton = button(u"memberBadge"_s, tr("Badge…"), tr("Award or revoke a badge"));
    m_tierButton = button(u"memberTier"_s, tr("Tier…"), tr("Set the tier and lock it"));
    m_muteButton = button(u"memberMute"_s, tr("Mute…"), tr("Mute for a while"));
    m_unmuteButton = button(u"memberUnmute"_s, tr("Unmute"), tr("Lift the mute of the selected muted members"));
    m_noteButton = button(u"memberNote"_s, tr("Note…"), tr("Add a note for managers and moderators"));
    m_exportButton = button(u"memberExport"_s, tr("Export CSV…"), tr("Save the members as filtered and sorted here"));
    m_importButton = button(u"memberImport"_s, tr("Import points…"), tr("Award points from a sheet (CSV)"));
    connect(m_pointsButton, &QToolButton::clicked, this, &MemberListView::awardPoints);
    connect(m_badgeButton, &QToolButton::clicked, this, &MemberListView::changeBadge);
    connect(m_tierButton, &QToolButton::clicked, this, &MemberListView::setTier);
    connect(m_muteButton, &QToolButton::clicked, this, &MemberListView::mute);
    connect(m_unmuteButton, &QToolButton::clicked, this, &MemberListView::unmute);
    connect(m_noteButton, &QToolButton::clicked, this, &MemberListView::addNote);
    connect(m_exportButton, &QToolButton::clicked, this, &MemberListView::exportCsv);
    connect(m_importButton, &QToolButton::clicked, this, &MemberListView::importPoints);
    auto *row = new QHBoxLayout;
    for (QToolButton *b : {m_pointsButton, m_badgeButton, m_tierButton, m_muteButton, m_unmuteButton, m_noteButton})
        row->addWidget(b);
    row->addStretch(1);
    row->addWidget(m_importButton);
    row->addWidget(m_exportButton);
    qobject_cast<QVBoxLayout *>(layout())->addLayout(row);
}

bool MemberListView::allowed(const QString &action) const
{
    return m_context.account && m_context.account->canDo(u"member"_s, action);
}

void MemberListView::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    const auto set = [&](QToolButton *b, const QString &action) {
        const bool may = allowed(action);
        b->setVisible(may);
        b->setEnabled(may && any);
    };
    set(m_pointsButton, u"award_points"_s);
    set(m_badgeButton, u"award_badge"_s);
    set(m_tierButton, u"set_tier"_s);
    set(m_muteButton, u"mute"_s);
    set(m_unmuteButton, u"unmute"_s);
    set(m_noteButton, u"add_note"_s);
    m_importButton->setVisible(allowed(u"award_points"_s));
}

MemberFilter MemberListView::currentFilter() const
{
    MemberFilter f;
    f.text = m_search->text().trimmed();
    f.tier = m_tier->currentData().toString();
    f.segment = m_segment->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.status = m_status->currentData().toString();
    f.groupId = m_group->currentData().toString();
    f.badgeId = m_badge->currentData().toString();
    if (m_joinedOn->isChecked()) {
        f.joinedFrom = m_joinedFrom->date();
        f.joinedTo = m_joinedTo->date();
    }
    if (m_activeOn->isChecked()) {
        f.activeFrom = m_activeFrom->date();
        f.activeTo = m_activeTo->date();
    }
    return f;
}

void MemberListView::applyFilters()
{
    m_debounce->stop();
    m_model->setFilter(currentFilter());
    updateFooter();
}

void MemberListView::showGroup(const QString &groupId)
{
    const int i = m_group->findData(groupId);
    if (i >= 0)
        m_group->setCurrentIndex(i);
}

void MemberListView::showBadgeHolders(const QString &badgeId)
{
    const int i = m_badge->findData(badgeId);
    if (i >= 0)
        m_badge->setCurrentIndex(i);
}

void MemberListView::updateFooter()
{
    const qint64 n = m_model->matchCount();
    if (n < 0)
        m_count->setText(m_model->isLoading() ? tr("Searching…") : tr("Counting…"));
    else if (n == 0)
        m_count->setText(m_model->filter().isEmpty() ? tr("No members in the cache yet; sync first.")
                                                     : tr("No member matches."));
    else
        m_count->setText(tr("Members: %1").arg(QLocale().toString(n)));
}

void MemberListView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setToolTip(text);
}

QString MemberListView::lastMessage() const
{
    return m_message->text();
}

QVariantMap MemberListView::saveState() const
{
    QVariantMap state{{u"search"_s, m_search->text()},
                      {u"joinedOn"_s, m_joinedOn->isChecked()},
                      {u"activeOn"_s, m_activeOn->isChecked()},
                      {u"current"_s, m_currentId}};
    for (QComboBox *box : {m_tier, m_segment, m_channel, m_status, m_group, m_badge})
        state.insert(box->objectName(), box->currentData());
    for (QDateEdit *d : {m_joinedFrom, m_joinedTo, m_activeFrom, m_activeTo})
        state.insert(d->objectName(), d->date());
    return state;
}

void MemberListView::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    {
        // Every field first, then one query.
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_tier), QSignalBlocker(m_segment),
                                           QSignalBlocker(m_channel), QSignalBlocker(m_status), QSignalBlocker(m_group),
                                           QSignalBlocker(m_badge), QSignalBlocker(m_joinedOn), QSignalBlocker(m_activeOn),
                                           QSignalBlocker(m_joinedFrom), QSignalBlocker(m_joinedTo),
                                           QSignalBlocker(m_activeFrom), QSignalBlocker(m_activeTo)};
        m_search->setText(state.value(u"search"_s).toString());
        for (QComboBox *box : {m_tier, m_segment, m_channel, m_status, m_group, m_badge})
            box->setCurrentIndex(qMax(0, box->findData(state.value(box->objectName()))));
        for (QDateEdit *d : {m_joinedFrom, m_joinedTo, m_activeFrom, m_activeTo}) {
            if (const QDate date = state.value(d->objectName()).toDate(); date.isValid())
                d->setDate(date);
        }
        m_joinedOn->setChecked(state.value(u"joinedOn"_s).toBool());
        m_activeOn->setChecked(state.value(u"activeOn"_s).toBool());
        m_joinedFrom->setEnabled(m_joinedOn->isChecked());
        m_joinedTo->setEnabled(m_joinedOn->isChecked());
        m_activeFrom->setEnabled(m_activeOn->isChecked());
        m_activeTo->setEnabled(m_activeOn->isChecked());
    }
    m_currentId = state.value(u"current"_s).toString();
    applyFilters();
    restoreSelection();
}

void MemberListView::restoreSelection()
{
    int row = m_currentId.isEmpty() ? -1 : m_model->rowOf(m_currentId);
    if (row < 0 && m_model->rowCount() > 0 && m_currentId.isEmpty())
        row = 0;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->selectRow(row);
    }
    updateActions();
}

QStringList MemberListView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << m_model->idAt(i.row());
    ids.removeAll(QString());
    return ids;
}

QString MemberListView::describe(const QStringList &ids) const
{
    if (ids.size() == 1) {
        const int row = m_model->rowOf(ids.constFirst());
        if (const MemberRow *r = m_model->rowAt(row))
            return u"%1 (@%2)"_s.arg(r->name, r->handle);
    }
    return tr("Selected members: %1").arg(QLocale().toString(ids.size()));
}

MemberActionDialog *MemberListView::openDialog(int kind)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return nullptr;
    auto *dialog = new MemberActionDialog(MemberActionDialog::Kind(kind), describe(ids), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->kind() == MemberActionDialog::Kind::Tier) {
        dialog->setChoices(MemberVocabulary::tiers(m_context.store));
    } else if (dialog->kind() == MemberActionDialog::Kind::Badge) {
        BadgeCatalogModel badges(m_context.store);
        MemberActionDialog::Choices choices;
        for (int i = 0; i < badges.rowCount(); ++i)
            choices.append({badges.idAt(i), badges.index(i, 0).data().toString()});
        dialog->setChoices(choices);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] { performAction(dialog, ids); });
    dialog->open();
    return dialog;
}

void MemberListView::performAction(MemberActionDialog *dialog, const QStringList &ids)
{
    MemberActions actions(m_context.store);
    QString error;
    int queued = -1;
    QString done;
    switch (dialog->kind()) {
    case MemberActionDialog::Kind::Points:
        queued = actions.awardPoints(ids, dialog->points(), dialog->reason(), &error);
        done = dialog->points() > 0 ? tr("Awards queued: %1.").arg(QLocale().toString(queued)) : tr("Deductions queued: %1.").arg(QLocale().toString(queued));
        break;
    case MemberActionDialog::Kind::Badge:
        queued = dialog->revoke() ? actions.revokeBadge(ids, dialog->choice(), &error)
                                  : actions.awardBadge(ids, dialog->choice(), &error);
        done = tr("Badge changes queued: %1.").arg(QLocale().toString(queued));
        break;
    case MemberActionDialog::Kind::Tier:
        queued = actions.setTier(ids, dialog->choice(), dialog->locked(), &error);
        done = tr("Tier changes queued: %1.").arg(QLocale().toString(queued));
        break;
    case MemberActionDialog::Kind::Mute:
        queued = actions.mute(ids, dialog->muteUntil(), dialog->reason(), &error);
        done = tr("Mutes queued: %1.").arg(QLocale().toString(queued));
        break;
    case MemberActionDialog::Kind::Note:
        queued = actions.addNote(ids, dialog->noteText(), &error);
        done = tr("Notes queued: %1.").arg(QLocale().toString(queued));
        break;
    }
    if (queued < 0) {
        showMessage(error);
        QMessageBox::warning(this, dialog->windowTitle(), tr("Nothing was queued: %1").arg(error));
        return;
    }
    showMessage(done + u" "_s + tr("They are sent with the next sync."));
}

void MemberListView::awardPoints() { openDialog(int(MemberActionDialog::Kind::Points)); }
void MemberListView::changeBadge() { openDialog(int(MemberActionDialog::Kind::Badge)); }
void MemberListView::setTier() { openDialog(int(MemberActionDialog::Kind::Tier)); }
void MemberListView::mute() { openDialog(int(MemberActionDialog::Kind::Mute)); }
void MemberListView::addNote() { openDialog(int(MemberActionDialog::Kind::Note)); }

void MemberListView::unmute()
{
    QString error;
    const int queued = MemberActions(m_context.store).unmute(selectedIds(), &error);
    showMessage(queued < 0 ? error : tr("Unmutes queued: %1.").arg(QLocale().toString(queued)));
}

void MemberListView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export members"), tr("members.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void MemberListView::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportButton->setEnabled(false);
    showMessage(tr("Exporting…"));
    const MemberFilter filter = m_model->filter();
    const MemberSort sort = m_model->sortOrder();
    const QString cache = m_context.store->filePath();
    const auto finish = [this, path](qint64 rows, const QString &error) {
        m_exporting = false;
        m_exportButton->setEnabled(true);
        showMessage(rows < 0 ? tr("The export failed: %1").arg(error)
                             : tr("Exported %Ln members to %1.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(path));
        Q_EMIT exportFinished(rows, error);
    };
    const auto work = [path, filter, sort](const QSqlDatabase &db) -> std::pair<qint64, QString> {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {-1, file.errorString()};
        QString error;
        const qint64 rows = MemberCsvExporter::write(db, filter, sort, &file, {}, nullptr, &error);
        if (rows < 0)
            return {-1, error};
        if (!file.commit())
            return {-1, file.errorString()};
        return {rows, QString()};
    };
    if (cache.isEmpty() || cache == u":memory:"_s) {
        const auto [rows, error] = work(m_context.store->database());
        finish(rows, error);
        return;
    }
    auto *watcher = new QFutureWatcher<std::pair<qint64, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, finish] {
        const auto [rows, error] = watcher->result();
        finish(rows, error);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([cache, work]() -> std::pair<qint64, QString> {
        MemberReadConnection connection(cache);
        if (!connection.isOpen())
            return {-1, connection.errorString()};
        return work(connection.database());
    }));
}

void MemberListView::importPoints()
{
    auto *dialog = new PointsImportDialog(m_context.store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage(tr("Awards queued from the sheet: %1; they are sent with the next sync.")
                        .arg(QLocale().toString(dialog->queuedCount())));
    });
    dialog->open();
}
