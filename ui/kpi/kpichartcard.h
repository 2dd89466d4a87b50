#pragma once

#include <QFrame>

class KpiTableModel;
class QLabel;
class QHBoxLayout;
class QStackedWidget;
class QTableView;
class QToolButton;

// A KPI chart with its title, a switch between the chart and its table, and exports: the
// picture as PNG or SVG, the table as CSV.
class KpiChartCard final : public QFrame
{
    Q_OBJECT
public:
    KpiChartCard(const QString &id, const QString &title, const QString &explanation, QWidget *chart,
                 KpiTableModel *model, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    QWidget *chartWidget() const { return m_chart; }
    QTableView *tableView() const { return m_table; }
    void addHeaderWidget(QWidget *widget);

    void showTable(bool table);
    bool isShowingTable() const;

    // The chart as the user sees it (also when the table is showing), or the table as CSV.
    // False with *error in words when the file cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // A file name for the exports: "kpi-activity-2026-08-26-2026-11-23".
    void setExportBaseName(const QString &name) { m_baseName = name; }

private:
    void exportWithDialog(const QString &format);

    QString m_id, m_title, m_baseName;
    QWidget *m_chart = nullptr;
    KpiTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHBoxLayout *m_header = nullptr;
    QToolButton *m_flip = nullptr;
};
