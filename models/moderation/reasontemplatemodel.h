#pragma once

#include <QAbstractListModel>
#include <QJsonObject>

class Store;

// The moderator's reject-reason templates, kept in the cache (moderation_reason_template,
// never synced): a name for the list and a body with placeholders {author}, {title},
// {board} and {kind}. Editable in place (setData on the name and body roles), rows
// inserted and removed like any list; every change is written at once. A new cache starts
// with translated defaults.
class ReasonTemplateModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, BodyRole, TemplateIdRole };

    explicit ReasonTemplateModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds a template at the end; returns its row.
    int addTemplate(const QString &name, const QString &body);
    QString bodyAt(int row) const;

    // The template with its placeholders filled from a moderation item (feed field names)
    // and its author's display name. Unknown placeholders stay as written.
    static QString expand(const QString &body, const QJsonObject &item, const QString &authorName);

public Q_SLOTS:
    void reload();

private:
    struct Row {
        qint64 id = 0;
        QString name, body;
    };
    void seedDefaults();
    bool writeRow(const Row &row, int position);
    void renumber();

    Store *m_store = nullptr;
    QList<Row> m_rows;
};
