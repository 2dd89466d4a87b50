#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// Points awards from a sheet (the sign-in list of an offline event): a CSV whose header
// row names its columns — handle, points and optionally reason (else the default reason).
// prepare() reads and checks every row against the cache; apply() queues all awards in
// ONE outbox transaction, or nothing when any row is wrong, so a sheet is never half
// applied. The next sync pushes them.
class PointsImport final
{
    Q_DECLARE_TR_FUNCTIONS(PointsImport)
public:
    struct Row {
        int line = 0;
        QString handle;
        QString memberId;
        QString displayName;
        qint64 points = 0;
        QString reason;
    };
    struct Problem {
        int line = 0; // 0: the file as a whole
        QString message;
    };

    static PointsImport prepare(Store *store, const QByteArray &csv, const QString &defaultReason);
    static PointsImport prepareFile(Store *store, const QString &path, const QString &defaultReason);

    const QList<Row> &rows() const { return m_rows; }
    const QList<Problem> &problems() const { return m_problems; }
    QString encoding() const { return m_encoding; }
    bool isValid() const { return m_problems.isEmpty() && !m_rows.isEmpty(); }
    qint64 totalPoints() const;
    // "line 4: unknown handle "zhang_w"" …, one per problem.
    QStringList problemLines() const;
    // Queues every row as an award_points mutation in one transaction. Returns the
    // mutation ids; empty (and *error) when the import is not valid or the cache refused.
    QStringList apply(Store *store, QString *error = nullptr) const;
    // Whether the signed-in role may award points (unknown role: assumed yes; the server
    // has the last word). Empty when allowed, else the reason.
    static QString permissionProblem(Store *store);

private:
    QList<Row> m_rows;
    QList<Problem> m_problems;
    QString m_encoding;
};
