#include "kpichartcard.h"

#include "kpidelegates.h"
#include "kpitablemodel.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KpiChartCard::KpiChartCard(const QString &id, const QString &title, const QString &explanation, QWidget *chart,
                           KpiTableModel *model, QWidget *parent)
    : QFrame(parent), m_id(id), m_title(title), m_baseName(u"kpi-"_s + id), m_chart(chart), m_model(model)
{
    setObjectName(u"kpiCard_"_s + id);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);

    m_header = new QHBoxLayout;
    auto *heading = new QLabel(title);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    heading->setFont(f);
    heading->setToolTip(explanation);
    m_header->addWidget(heading);
    m_header->addStretch(1);

    m_flip = new QToolButton;
    m_flip->setObjectName(u"flip"_s);
    m_flip->setCheckable(true);
    m_flip->setText(tr("Table"));
    m_flip->setToolTip(tr("Show the numbers behind this chart"));
    connect(m_flip, &QToolButton::toggled, this, &KpiChartCard::showTable);
    m_header->addWidget(m_flip);

    auto *exportButton = new QToolButton;
    exportButton->setObjectName(u"export"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Chart as PNG image…"), this, [this] { exportWithDialog(u"png"_s); });
    menu->addAction(tr("Chart as SVG drawing…"), this, [this] { exportWithDialog(u"svg"_s); });
    menu->addAction(tr("Data as CSV…"), this, [this] { exportWithDialog(u"csv"_s); });
    exportButton->setMenu(menu);
    // The style draws the menu arrow inside the button, over the end of the text: leave room
    // for it (a short word like 匯出 was half covered).
    exportButton->setMinimumWidth(exportButton->sizeHint().width()
                                  + 2 * exportButton->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, exportButton));
    m_header->addWidget(exportButton);
    layout->addLayout(m_header);

    m_table = new QTableView;
    m_table->setObjectName(u"table"_s);
    m_table->setModel(model);
    m_table->setItemDelegate(new KpiTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_stack = new QStackedWidget;
    m_stack->addWidget(chart);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
}

void KpiChartCard::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(2, widget);
}

void KpiChartCard::showTable(bool table)
{
    m_stack->setCurrentIndex(table ? 1 : 0);
    m_flip->setChecked(table);
    m_flip->setText(table ? tr("Chart") : tr("Table"));
    m_flip->setToolTip(table ? tr("Show the chart again") : tr("Show the numbers behind this chart"));
}

bool KpiChartCard::isShowingTable() const
{
    return m_stack->currentIndex() == 1;
}

bool KpiChartCard::exportPng(const QString &path, QString *error) const
{
    // Twice the screen size, so the picture stays sharp in a slide or a document.
    const QSize size = m_chart->size().isEmpty() ? QSize(800, 400) : m_chart->size();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(2, 2);
        m_chart->render(&painter, {}, {}, QWidget::DrawChildren);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("The picture could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool KpiChartCard::exportSvg(const QString &path, QString *error) const
{
    const QSize size = m_chart->size().isEmpty() ? QSize(800, 400) : m_chart->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_title);
    svg.setDescription(tr("Steward KPI chart"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("The drawing could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_chart->render(&painter, {}, {}, QWidget::DrawChildren);
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The drawing could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool KpiChartCard::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be opened for writing: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString detail;
    if (!m_model->writeCsv(&file, &detail) || !file.commit()) {
        if (error)
            *error = tr("The data could not be written to %1: %2")
                         .arg(QDir::toNativeSeparators(path), detail.isEmpty() ? file.errorString() : detail);
        return false;
    }
    return true;
}

void KpiChartCard::exportWithDialog(const QString &format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format == u"png" ? tr("PNG images (*.png)")
        : format == u"svg"                 ? tr("SVG drawings (*.svg)")
                                           : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_title),
                                                QDir(dir).filePath(m_baseName + u"."_s + format), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u"."_s + format;
    QString error;
    const bool ok = format == u"png" ? exportPng(path, &error)
        : format == u"svg"          ? exportSvg(path, &error)
                                    : exportCsv(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), error);
}
