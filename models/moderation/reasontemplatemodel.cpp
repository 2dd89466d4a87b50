#include "reasontemplatemodel.h"

#include "store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kSeededKey = u"reason_templates_seeded"_s;

bool isSet(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT 1 FROM moderation_setting WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next();
}

void markSet(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO moderation_setting(key, value) VALUES (?, '1')"_s);
    q.addBindValue(key);
    q.exec();
}
} // namespace

ReasonTemplateModel::ReasonTemplateModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

void ReasonTemplateModel::seedDefaults()
{
    const QSqlDatabase db = m_store->database();
    if (isSet(db, kSeededKey))
        return;
    const std::pair<QString, QString> defaults[] = {
        {tr("Spam or advertising"),
         tr("Hi {author}, your post \"{title}\" was removed because it advertises or promotes "
            "products or services, which is not allowed in {board}.")},
        {tr("Abusive language"),
         tr("Hi {author}, \"{title}\" was removed because it attacks or insults other members. "
            "Please keep discussions respectful.")},
        {tr("Off topic"),
         tr("Hi {author}, \"{title}\" does not fit the topic of {board} and was removed. "
            "You are welcome to post it in a board where it fits.")},
        {tr("Duplicate"),
         tr("Hi {author}, \"{title}\" repeats a question that has been answered already; "
            "please search before posting.")},
        {tr("Personal information"),
         tr("Hi {author}, \"{title}\" was removed because it shares personal contact details. "
            "Please use private messages instead.")},
    };
    int position = 0;
    for (const auto &[name, body] : defaults)
        writeRow({0, name, body}, position++);
    markSet(db, kSeededKey);
}

void ReasonTemplateModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        seedDefaults();
        QSqlQuery q(m_store->database());
        if (q.exec(u"SELECT id, name, body FROM moderation_reason_template ORDER BY position, id"_s)) {
            while (q.next())
                m_rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
        }
    }
    endResetModel();
}

bool ReasonTemplateModel::writeRow(const Row &row, int position)
{
    QSqlQuery q(m_store->database());
    if (row.id > 0) {
        q.prepare(u"UPDATE moderation_reason_template SET position = ?, name = ?, body = ? WHERE id = ?"_s);
        q.addBindValue(position);
        q.addBindValue(row.name);
        q.addBindValue(row.body);
        q.addBindValue(row.id);
    } else {
        q.prepare(u"INSERT INTO moderation_reason_template(position, name, body) VALUES (?, ?, ?)"_s);
        q.addBindValue(position);
        q.addBindValue(row.name);
        q.addBindValue(row.body);
    }
    return q.exec();
}

void ReasonTemplateModel::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i)
        writeRow(m_rows.at(i), i);
}

int ReasonTemplateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReasonTemplateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole: return r.name;
    case Qt::ToolTipRole:
    case BodyRole: return r.body;
    case TemplateIdRole: return r.id;
    default: return {};
    }
}

bool ReasonTemplateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &r = m_rows[index.row()];
    if (role == Qt::EditRole || role == NameRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == r.name)
            return false;
        r.name = name;
    } else if (role == BodyRole) {
        if (value.toString() == r.body)
            return false;
        r.body = value.toString();
    } else {
        return false;
    }
    if (!writeRow(r, index.row()))
        return false;
    if (r.id == 0)
        reload();
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, NameRole, BodyRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags ReasonTemplateModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool ReasonTemplateModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Row r{0, tr("New template"), QString()};
        QSqlQuery q(m_store->database());
        q.prepare(u"INSERT INTO moderation_reason_template(position, name, body) VALUES (?, ?, ?)"_s);
        q.addBindValue(row + i);
        q.addBindValue(r.name);
        q.addBindValue(r.body);
        if (q.exec())
            r.id = q.lastInsertId().toLongLong();
        m_rows.insert(row + i, r);
    }
    endInsertRows();
    renumber();
    return true;
}

bool ReasonTemplateModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        QSqlQuery q(m_store->database());
        q.prepare(u"DELETE FROM moderation_reason_template WHERE id = ?"_s);
        q.addBindValue(m_rows.at(row).id);
        q.exec();
        m_rows.removeAt(row);
    }
    endRemoveRows();
    renumber();
    return true;
}

int ReasonTemplateModel::addTemplate(const QString &name, const QString &body)
{
    const int row = int(m_rows.size());
    insertRows(row, 1);
    setData(index(row), name, NameRole);
    setData(index(row), body, BodyRole);
    return row;
}

QString ReasonTemplateModel::bodyAt(int row) const
{
    return m_rows.value(row).body;
}

QHash<int, QByteArray> ReasonTemplateModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(BodyRole, "body");
    names.insert(TemplateIdRole, "templateId");
    return names;
}

QString ReasonTemplateModel::expand(const QString &body, const QJsonObject &item, const QString &authorName)
{
    QString title = item.value(u"title"_s).toString().simplified();
    if (title.isEmpty())
        title = item.value(u"body"_s).toString().simplified().left(40);
    const QString author = authorName.isEmpty() ? item.value(u"author_id"_s).toString() : authorName;
    // One pass, so a value that itself contains "{title}" is never expanded again.
    const std::pair<QString, QString> values[] = {
        {u"{author}"_s, author}, {u"{title}"_s, title}, {u"{board}"_s, item.value(u"board"_s).toString()},
        {u"{kind}"_s, item.value(u"kind"_s).toString()}};
    QString out;
    out.reserve(body.size() + 64);
    for (qsizetype i = 0; i < body.size();) {
        bool replaced = false;
        if (body.at(i) == u'{') {
            for (const auto &[key, value] : values) {
                if (QStringView(body).mid(i).startsWith(key)) {
                    out += value;
                    i += key.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += body.at(i++);
    }
    return out;
}
