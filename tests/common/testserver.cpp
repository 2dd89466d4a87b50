#include "testserver.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

#ifndef STEWARD_PLATFORM_BIN
#error "STEWARD_PLATFORM_BIN must name the steward-platform executable"
#endif

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    stop();
}

QString TestServer::databasePath() const
{
    return m_dir.filePath(u"platform.db"_s);
}

QString TestServer::start(const QStringList &extraArgs, qint64 members)
{
    m_args = QStringList{u"--db"_s, databasePath(), u"--port"_s, u"0"_s,
                         u"--members"_s, QString::number(members), u"--today"_s, u"2026-11-20"_s}
        + extraArgs;
    return restart();
}

QString TestServer::restart(const QStringList &extraArgs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(STEWARD_PLATFORM_BIN), m_args + extraArgs);
    if (!m_process->waitForStarted(10000))
        return u"steward-platform did not start: "_s + m_process->errorString();
    static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
    QByteArray out;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200)) {
            if (m_process->state() == QProcess::NotRunning)
                return u"steward-platform exited: "_s + QString::fromUtf8(m_process->readAllStandardError());
            continue;
        }
        out += m_process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return {};
        }
    }
    return u"steward-platform printed no 'listening on' line: "_s + QString::fromUtf8(out);
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpResult TestHttp::get(const QString &path, const QString &token) const
{
    return send("GET", path, {}, token);
}

HttpResult TestHttp::post(const QString &path, const QByteArray &body, const QString &token) const
{
    return send("POST", path, body, token);
}

HttpResult TestHttp::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                          const QString &token) const
{
    QNetworkAccessManager nam;
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QBuffer buffer;
    buffer.setData(body);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    delete reply;
    return r;
}

QString TestHttp::login(const QString &user, const QString &password) const
{
    const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}})
                                .toJson(QJsonDocument::Compact);
    const HttpResult r = post(u"/v1/auth/token"_s, body);
    return r.status == 200 ? r.json().value(u"access_token"_s).toString() : QString();
}
