#include "guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
const char kRefused[] = "steward_refused";
const char kHead[] = "steward_head";          // header bytes of the current request so far
const char kBodyLeft[] = "steward_body_left"; // body bytes of the current request still to come
} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before the HTTP server connects its own reader, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::inspect(QTcpSocket *socket)
{
    if (socket->property(kRefused).toBool()) {
        // Drain: the HTTP server must not parse a refused request, and the client must be
        // able to finish sending, or closing would reset the connection and lose the answer.
        const qint64 left = socket->property(kBodyLeft).toLongLong() - socket->readAll().size();
        socket->setProperty(kBodyLeft, left);
        if (left <= 0)
            socket->disconnectFromHost();
        return;
    }
    // This slot runs before the HTTP server's reader on every readyRead, and that reader
    // consumes what it is given, so the bytes available here are the ones that arrived since
    // the last call. Follow the stream: the header of each request (possibly over several
    // reads), then its Content-Length body bytes, which must never be taken for a header.
    const qint64 available = socket->bytesAvailable();
    qint64 pos = 0;
    while (pos < available) {
        const qint64 bodyLeft = socket->property(kBodyLeft).toLongLong();
        if (bodyLeft > 0) {
            const qint64 take = std::min(bodyLeft, available - pos);
            pos += take;
            socket->setProperty(kBodyLeft, bodyLeft - take);
            continue;
        }
        QByteArray head = socket->property(kHead).toByteArray();
        const qsizetype before = head.size();
        head += socket->peek(std::min(available, pos + kMaxHeaderBytes)).mid(pos);
        const qsizetype end = head.indexOf("\r\n\r\n");
        // Too long whether or not its end has arrived: a header that came in pieces may
        // only show its end in the read that takes it past the limit.
        if (end >= kMaxHeaderBytes) {
            refuse(socket, 400, "bad-request", "Request header fields too large",
                   "The request's header is larger than 64 KiB.", 0);
            return;
        }
        if (end < 0) {
            if (head.size() >= kMaxHeaderBytes) {
                refuse(socket, 400, "bad-request", "Request header fields too large",
                       "The request's header is larger than 64 KiB.", 0);
                return;
            }
            socket->setProperty(kHead, head);
            return;
        }
        // A body sent without Content-Length (chunked) is still limited after buffering, by
        // PlatformServer itself.
        qint64 declared = 0;
        for (const QByteArray &line : head.left(end).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.size() > 15 && qstrnicmp(l.constData(), "content-length:", 15) == 0)
                declared = l.mid(15).trimmed().toLongLong();
        }
        if (declared > m_maxBodyBytes) {
            // What the client still sends of this body after the bytes available now.
            const qint64 sent = available - (pos + end + 4 - before);
            refuse(socket, 413, "payload-too-large", "Payload too large",
                   "Request bodies are limited to " + QByteArray::number(m_maxBodyBytes) + " bytes.",
                   declared - sent);
            return;
        }
        pos += end + 4 - before;
        socket->setProperty(kHead, QByteArray());
        socket->setProperty(kBodyLeft, std::max<qint64>(0, declared));
    }
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QByteArray &slug,
                              const QByteArray &title, const QByteArray &detail, qint64 drainBytes)
{
    socket->setProperty(kRefused, true);
    socket->setProperty(kBodyLeft, drainBytes);
    socket->readAll();
    const QByteArray body = "{\"type\":\"urn:steward:problem:" + slug + "\",\"title\":\"" + title
        + "\",\"status\":" + QByteArray::number(status) + ",\"detail\":\"" + detail + "\"}";
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Bad Request";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/problem+json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    if (drainBytes <= 0) {
        socket->disconnectFromHost();
    } else {
        // Give up draining a client that sends the body slowly (or never).
        QTimer::singleShot(15000, socket, [socket] { socket->disconnectFromHost(); });
    }
}
