#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <optional>

// A token bucket per key (per access token): `rate` requests a second, bursts up to `rate`.
class RateLimiter final
{
public:
    explicit RateLimiter(int ratePerSecond);
    // Takes one request; when the bucket is empty, answers the seconds to wait.
    std::optional<int> take(const QString &key);
    int rate() const { return m_rate; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    int m_rate;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};
