// steward-platform: the reference implementation of the Steward platform API.
#include "demoseeder.h"
#include "faultinjector.h"
#include "guardedtcpserver.h"
#include "livegenerator.h"
#include "platformdb.h"
#include "platformserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimeZone>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "steward-platform: %s\n", qPrintable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"steward-platform"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Reference server of the Steward community platform API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(u"db"_s, u"SQLite file holding the platform's state."_s, u"FILE"_s);
    const QCommandLineOption listenOpt(u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOpt(u"port"_s, u"Port (0 picks a free one and prints it)."_s, u"N"_s, u"8080"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed an empty database: 'demo'."_s, u"NAME"_s);
    const QCommandLineOption membersOpt(u"members"_s, u"Seed a community of N members."_s, u"N"_s);
    const QCommandLineOption liveOpt(u"live"_s, u"Keep adding members, posts, reports and metrics."_s);
    const QCommandLineOption tzOpt(u"timezone"_s, u"The community's time zone (default Asia/Shanghai)."_s, u"IANA"_s, u"Asia/Shanghai"_s);
    const QCommandLineOption rateOpt(u"rate-limit"_s, u"Requests a second per token (0 = no limit)."_s, u"N"_s, u"100"_s);
    const QCommandLineOption ttlOpt(u"token-ttl"_s, u"Seconds a token stays valid."_s, u"SECONDS"_s, u"43200"_s);
    const QCommandLineOption todayOpt(u"today"_s, u"Seed as if today were this date (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption faultsOpt(u"faults"_s, u"Inject faults into a share of the answers, for testing. "_s
                                                        + FaultInjector::syntax(), u"SPEC"_s);
    parser.addOptions({dbOpt, listenOpt, portOpt, seedOpt, membersOpt, liveOpt, tzOpt, rateOpt, ttlOpt, todayOpt,
                       faultsOpt});
    parser.process(app);

    if (!parser.isSet(dbOpt))
        return fail(u"--db FILE is required"_s);
    const QTimeZone tz(parser.value(tzOpt).toUtf8());
    if (!tz.isValid())
        return fail(u"unknown time zone '%1'"_s.arg(parser.value(tzOpt)));
    const QHostAddress address(parser.value(listenOpt));
    if (address.isNull())
        return fail(u"--listen needs an IP address"_s);
    bool ok = false;
    const int port = parser.value(portOpt).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(u"--port needs a number from 0 to 65535"_s);
    const int rate = parser.value(rateOpt).toInt(&ok);
    if (!ok || rate < 0)
        return fail(u"--rate-limit needs a number >= 0"_s);
    const int ttl = parser.value(ttlOpt).toInt(&ok);
    if (!ok || ttl < 1)
        return fail(u"--token-ttl needs a number of seconds >= 1"_s);
    if (parser.isSet(seedOpt) && parser.value(seedOpt) != u"demo"_s)
        return fail(u"--seed knows only 'demo'"_s);
    qint64 members = 20000;
    if (parser.isSet(membersOpt)) {
        members = parser.value(membersOpt).toLongLong(&ok);
        if (!ok || members < 10 || members > 50'000'000)
            return fail(u"--members needs a number from 10 to 50000000"_s);
    }
    QDate today = QDateTime::currentDateTimeUtc().toTimeZone(tz).date();
    if (parser.isSet(todayOpt)) {
        today = QDate::fromString(parser.value(todayOpt), Qt::ISODate);
        if (!today.isValid())
            return fail(u"--today needs a date YYYY-MM-DD"_s);
    }

    std::optional<FaultInjector> faults;
    QString error;
    if (parser.isSet(faultsOpt) && !(faults = FaultInjector::parse(parser.value(faultsOpt), &error)))
        return fail(error);

    PlatformDb db;
    if (!db.open(parser.value(dbOpt), &error))
        return fail(u"cannot open %1: %2"_s.arg(parser.value(dbOpt), error));

    if ((parser.isSet(seedOpt) || parser.isSet(membersOpt)) && db.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        DemoSeeder(db, {members, today, tz}).seed();
        db.setMeta(u"timezone"_s, QString::fromUtf8(tz.id()));
        // Demo accounts, documented in README as demo-only.
        for (const auto &[user, role] : {std::pair{u"manager"_s, u"manager"_s},
                                         std::pair{u"moderator"_s, u"moderator"_s},
                                         std::pair{u"analyst"_s, u"analyst"_s}})
            db.upsertUser(user, u"steward-demo"_s, role);
        // A second account per working role, so two people can be seen working at once.
        db.upsertUser(u"lin"_s, u"steward-demo"_s, u"moderator"_s);
        db.upsertUser(u"chen"_s, u"steward-demo"_s, u"manager"_s);
        std::printf("seeded %lld members in %.1f s\n", static_cast<long long>(members),
                    timer.elapsed() / 1000.0);
        std::fflush(stdout);
    }

    PlatformServer::Options options;
    options.rateLimit = rate;
    options.tokenTtlSeconds = ttl;
    options.timeZone = tz;
    options.version = QCoreApplication::applicationVersion();
    PlatformServer server(db, options);
    auto *tcp = new GuardedTcpServer(options.maxBodyBytes, &server);
    if (!tcp->listen(address, quint16(port)))
        return fail(u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString()));
    server.bind(tcp);
    if (faults) {
        server.setFaultInjector(&*faults);
        std::printf("steward-platform: injecting faults: %s\n", qPrintable(faults->describe()));
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(address.toString()) : address.toString();
    std::printf("steward-platform listening on http://%s:%d\n", qPrintable(host), tcp->serverPort());
    std::fflush(stdout);

    LiveGenerator live(db, tz);
    if (parser.isSet(liveOpt))
        live.start();
    return app.exec();
}
