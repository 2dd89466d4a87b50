#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// The real reference server (steward-platform) on a free loopback port, for integration
// tests. Each instance owns a scratch directory with the server's database.
class TestServer final
{
    Q_DISABLE_COPY_MOVE(TestServer)
public:
    TestServer();
    ~TestServer();

    // Starts the server with `--members N --today 2026-11-20` plus `extraArgs`, waits for
    // its "listening on" line. Returns an empty string on success, else what went wrong.
    QString start(const QStringList &extraArgs = {}, qint64 members = 300);
    void stop();
    // Restarts on the same database (and the same port when it is still free).
    QString restart(const QStringList &extraArgs = {});
    QUrl url() const { return m_url; }
    QString databasePath() const;
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QStringList m_args;
};

// Blocking HTTP calls for tests (a nested event loop around QNetworkAccessManager).
struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
};

class TestHttp final
{
public:
    explicit TestHttp(QUrl base) : m_base(std::move(base)) {}
    HttpResult get(const QString &path, const QString &token = {}) const;
    HttpResult post(const QString &path, const QByteArray &body, const QString &token = {}) const;
    HttpResult send(const QByteArray &verb, const QString &path, const QByteArray &body,
                    const QString &token) const;
    // POST /v1/auth/token; empty on failure.
    QString login(const QString &user, const QString &password = QStringLiteral("steward-demo")) const;

private:
    QUrl m_base;
};
