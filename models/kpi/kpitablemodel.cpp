#include "kpitablemodel.h"

#include "kpiformat.h"

#include <QIODevice>
#include <cmath>

using namespace Qt::StringLiterals;

KpiTableModel::KpiTableModel(const QString &id, QObject *parent)
    : QAbstractTableModel(parent), m_id(id)
{
}

void KpiTableModel::setTable(KpiTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

void KpiTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {TextRole});
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const KpiColumn::Kind kind = m_table.columns.at(column).kind;
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return kind == KpiColumn::Kind::Date ? QVariant(xForDate(m_table.keys.at(row).toDate())) : m_table.keys.at(row);
        case ValueRole: return m_table.keys.at(row);
        case TextRole: return KpiFormat::key(m_table.keys.at(row), kind, m_table.granularity, m_locale);
        default: return {};
        }
    }
    const double v = m_table.value(row, column);
    switch (role) {
    case Qt::DisplayRole: return std::isfinite(v) ? QVariant(v) : QVariant();
    case ValueRole: return v;
    case TextRole: return KpiFormat::value(v, kind, m_locale);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const KpiColumn &c = m_table.columns.at(section);
    switch (role) {
    case Qt::DisplayRole: return c.title;
    case KindRole: return int(c.kind);
    case KeyRole: return c.key;
    default: return {};
    }
}

bool KpiTableModel::writeCsv(QIODevice *device, QString *error) const
{
    const auto quoted = [](const QString &field) {
        if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n'))
            return field;
        QString q = field;
        q.replace(u"\""_s, u"\"\""_s);
        return QString(u"\""_s + q + u"\""_s);
    };
    QString text = u"\uFEFF"_s;
    QStringList header;
    for (const KpiColumn &c : m_table.columns)
        header << quoted(c.title);
    text += header.join(u',') + u"\r\n"_s;
    for (int r = 0; r < m_table.rowCount(); ++r) {
        QStringList fields;
        const QVariant &key = m_table.keys.at(r);
        fields << quoted(key.typeId() == QMetaType::QDate ? key.toDate().toString(Qt::ISODate) : key.toString());
        for (int c = 1; c < m_table.columnCount(); ++c) {
            const double v = m_table.value(r, c);
            fields << (std::isfinite(v) ? QString::number(v, 'g', 12) : QString());
        }
        text += fields.join(u',') + u"\r\n"_s;
    }
    const QByteArray bytes = text.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}
