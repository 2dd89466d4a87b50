#include "pointsimportdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int PreviewRows = 500; // the table shows the first rows; the summary counts all
}

PointsImportDialog::PointsImportDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"pointsImportDialog"_s);
    setWindowTitle(tr("Import points from a sheet"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFile"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV with the columns handle, points and (optionally) reason"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(u"importBrowse"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"importReason"_s);
    m_reason->setPlaceholderText(tr("e.g. Offline salon 2026-11-18, sign-in"));
    auto *form = new QFormLayout;
    form->addRow(tr("Sheet:"), fileRow);
    form->addRow(tr("Reason for rows without one:"), m_reason);

    m_summary = new QLabel(tr("Choose a sheet to see what it would award."), this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);

    m_preview = new QTableWidget(0, 5, this);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Handle"), tr("Name"), tr("Points"), tr("Reason")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);

    m_problemsTitle = new QLabel(this);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(u"importProblems"_s);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(problemsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("Queue awards"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importQueue"_s);
    m_importButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, &PointsImportDialog::importNow);
    connect(browse, &QPushButton::clicked, this, &PointsImportDialog::chooseFile);
    connect(m_reason, &QLineEdit::editingFinished, this, &PointsImportDialog::recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(760, 520);
    showResult();
}

void PointsImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import points"), QString(),
                                                      tr("CSV sheets (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void PointsImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    recheck();
}

void PointsImportDialog::recheck()
{
    if (m_path.isEmpty())
        return;
    m_import = PointsImport::prepareFile(m_store, m_path, m_reason->text());
    showResult();
}

void PointsImportDialog::showResult()
{
    const QLocale locale;
    const QList<PointsImport::Row> &rows = m_import.rows();
    const int shown = int(qMin<qsizetype>(rows.size(), PreviewRows));
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const PointsImport::Row &r = rows.at(i);
        const QStringList cells = {QString::number(r.line), r.handle, r.displayName, locale.toString(r.points), r.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0 || c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_problems->clear();
    m_problems->addItems(m_import.problemLines());
    const int problems = int(m_import.problems().size());
    m_problemsTitle->setText(problems == 0 ? tr("No problems found.")
                                           : tr("Problems: %1 — fix them in the sheet and choose it again:").arg(locale.toString(problems)));
    const QString permission = PointsImport::permissionProblem(m_store);
    if (m_path.isEmpty()) {
        m_summary->setText(tr("Choose a sheet to see what it would award."));
    } else if (!permission.isEmpty()) {
        m_summary->setText(permission);
    } else if (problems > 0) {
        m_summary->setText(tr("Good rows: %1, problems: %2. Nothing is queued until every row is right.")
                               .arg(locale.toString(rows.size()), locale.toString(problems)));
    } else {
        m_summary->setText(tr("Awards ready to queue: %1, %Ln points in all (%2).", nullptr,
                              int(std::clamp<qint64>(m_import.totalPoints(), INT_MIN, INT_MAX)))
                               .arg(locale.toString(rows.size()), m_import.encoding()));
    }
    m_importButton->setEnabled(m_import.isValid() && permission.isEmpty());
}

void PointsImportDialog::importNow()
{
    QString error;
    const QStringList ids = m_import.apply(m_store, &error);
    if (ids.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was queued: %1").arg(error));
        return;
    }
    m_queued = int(ids.size());
    accept();
}
