#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// One request to the platform. Emits finished() exactly once (also after abort()); then
// either error() is set or json() holds the response object. Deletes itself later when
// its ApiClient is destroyed; callers usually deleteLater() it in their finished slot.
class ApiReply final : public QObject
{
    Q_OBJECT
public:
    explicit ApiReply(QNetworkReply *reply, QObject *parent = nullptr);
    // A reply that fails at once (e.g. refused insecure URL); finished() is queued.
    static ApiReply *failed(const ApiError &error, QObject *parent);
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    const QJsonObject &json() const { return m_json; }
    // Before it finishes: keep the body unparsed in body() and leave json() empty, for a
    // caller that parses it itself (snapshot pages, see SnapshotPage::fromBody()).
    void setRawBody(bool raw) { m_raw = raw; }
    const QByteArray &body() const { return m_body; }
    int httpStatus() const { return m_status; }
    qint64 bodySize() const { return m_bodySize; }
    void abort();

    // The parts of onFinished() that read what the server sent, callable without a
    // network (tests, fuzzers). A 2xx body: the JSON object into *json, or a
    // BadResponse error saying why not.
    static ApiError parseObject(const QByteArray &body, int httpStatus, QJsonObject *json);
    // A Retry-After header value (seconds or an HTTP date, relative to `now`) as
    // seconds in [0, 3600], or -1 when there is none or it cannot be read.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished();

private:
    ApiReply(QObject *parent) : QObject(parent) {}
    void onFinished();
    void finish(const ApiError &error);

    QPointer<QNetworkReply> m_reply;
    ApiError m_error;
    QJsonObject m_json;
    QByteArray m_body;
    bool m_raw = false;
    int m_status = 0;
    qint64 m_bodySize = 0;
    bool m_finished = false;
};
