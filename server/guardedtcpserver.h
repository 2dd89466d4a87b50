#pragma once

#include <QTcpServer>

// QHttpServer 6.4 reads a whole request body into memory before any handler sees it and
// has no size limit. This listener sees each connection's bytes first: a request whose
// Content-Length (or whose bytes so far) exceed the limit is answered 413 at once and the
// connection closed, before the body is buffered.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void inspect(class QTcpSocket *socket);
    void refuse(QTcpSocket *socket, int status, const QByteArray &slug, const QByteArray &title,
                const QByteArray &detail, qint64 drainBytes);

    qint64 m_maxBodyBytes;
};
