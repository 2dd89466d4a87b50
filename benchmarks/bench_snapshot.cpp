// Downloads a full snapshot of a running reference server and prints, as one JSON line,
// how long it took, how many rows and bytes it carried. Usage:
//   bench_snapshot URL [--user manager] [--limit 50000]   (password: STEWARD_PASSWORD or steward-demo)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QByteArray fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &body = {})
{
    QNetworkReply *reply = body.isEmpty() ? nam.get(request) : nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray out = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        std::fprintf(stderr, "bench_snapshot: %s: %s\n", qPrintable(request.url().toString()),
                     qPrintable(reply->errorString()));
        std::exit(1);
    }
    reply->deleteLater();
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_snapshot URL [--user NAME] [--limit N]\n");
        return 2;
    }
    const QUrl base(args.at(1));
    QString user = u"manager"_s;
    int limit = 50000;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--user"_s)
            user = args.at(i + 1);
        else if (args.at(i) == u"--limit"_s)
            limit = args.at(i + 1).toInt();
    }
    const QString password = qEnvironmentVariable("STEWARD_PASSWORD", u"steward-demo"_s);

    QNetworkAccessManager nam;
    QUrl tokenUrl = base;
    tokenUrl.setPath(u"/v1/auth/token"_s);
    QNetworkRequest tokenRequest(tokenUrl);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray login = QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, password}})
                                 .toJson(QJsonDocument::Compact);
    const QString token = QJsonDocument::fromJson(fetch(nam, tokenRequest, login))
                              .object().value(u"access_token"_s).toString();

    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0, bytes = 0, memberRows = 0;
    int pages = 0;
    QString cursor;
    for (;;) {
        QUrl url = base;
        url.setPath(u"/v1/snapshot"_s);
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        const QByteArray body = fetch(nam, request);
        bytes += body.size();
        ++pages;
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const qint64 n = page.value(u"rows"_s).toArray().size();
        rows += n;
        if (page.value(u"entity"_s).toString() == u"member"_s)
            memberRows += n;
        if (!page.value(u"has_more"_s).toBool())
            break;
        cursor = page.value(u"next_cursor"_s).toString();
    }
    std::printf("{\"benchmark\":\"snapshot_download\",\"seconds\":%.3f,\"pages\":%d,\"rows\":%lld,"
                "\"member_rows\":%lld,\"bytes\":%lld}\n",
                timer.elapsed() / 1000.0, pages, static_cast<long long>(rows),
                static_cast<long long>(memberRows), static_cast<long long>(bytes));
    return 0;
}
