#include "ratelimiter.h"

#include <cmath>

RateLimiter::RateLimiter(int ratePerSecond)
    : m_rate(ratePerSecond)
{
    m_clock.start();
}

std::optional<int> RateLimiter::take(const QString &key)
{
    if (m_rate <= 0)
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_rate), now});
    Bucket &b = it.value();
    b.tokens = std::min<double>(m_rate, b.tokens + (now - b.lastMs) * m_rate / 1000.0);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::nullopt;
    }
    const double waitSeconds = (1.0 - b.tokens) / m_rate;
    return std::max(1, int(std::ceil(waitSeconds)));
}
