#include "guardedtcpserver.h"

#include <QTcpSocket>

namespace {
constexpr qint64 kMaxHeaderBytes = 64 * 1024;
const char kRefused[] = "steward_refused";
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
        socket->readAll(); // drain: the HTTP server must not parse a refused request
        return;
    }
    const QByteArray head = socket->peek(kMaxHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxHeaderBytes)
            refuse(socket, 431, "bad-request", "Request header fields too large",
                   "The request's header is larger than 64 KiB.");
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
        refuse(socket, 413, "payload-too-large", "Payload too large",
               "Request bodies are limited to " + QByteArray::number(m_maxBodyBytes) + " bytes.");
    }
}

void GuardedTcpServer::refuse(QTcpSocket *socket, int status, const QByteArray &slug,
                              const QByteArray &title, const QByteArray &detail)
{
    socket->setProperty(kRefused, true);
    socket->readAll();
    const QByteArray body = "{\"type\":\"urn:steward:problem:" + slug + "\",\"title\":\"" + title
        + "\",\"status\":" + QByteArray::number(status) + ",\"detail\":\"" + detail + "\"}";
    const QByteArray reason = status == 413 ? "Payload Too Large" : "Request Header Fields Too Large";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/problem+json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
