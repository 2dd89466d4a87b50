#include "bulkresultdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BulkResultDialog::BulkResultDialog(const QString &doneText, const QList<ModerationActions::Result> &results,
                                   const QHash<QString, QString> &titles, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"bulkResultDialog"_s);
    setWindowTitle(tr("Bulk decision"));
    const qsizetype failed = std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return !r.ok(); });
    auto *summary = new QLabel(tr("%1 of %2 done; %3 could not be changed.")
                                   .arg(QLocale().toString(results.size() - failed), QLocale().toString(results.size()),
                                        QLocale().toString(failed)),
                                this);
    summary->setObjectName(u"bulkSummary"_s);
    m_table = new QTableWidget(int(results.size()), 2, this);
    m_table->setObjectName(u"bulkResultTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 260);
    for (int i = 0; i < results.size(); ++i) {
        const auto &r = results.at(i);
        auto *item = new QTableWidgetItem(titles.value(r.itemId, r.itemId));
        item->setToolTip(r.itemId);
        item->setData(Qt::UserRole, r.itemId);
        m_table->setItem(i, 0, item);
        auto *result = new QTableWidgetItem(r.ok() ? doneText : r.error);
        result->setForeground(r.ok() ? palette().color(QPalette::Text) : QColor(0xb0, 0x2a, 0x1f));
        m_table->setItem(i, 1, result);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 320);
}
