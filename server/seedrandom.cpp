#include "seedrandom.h"

#include <cmath>

double SeedRandom::uniformReal(SeedRandom::Engine &rng, double lo, double hi)
{
    return lo + (hi - lo) * uniform01(rng);
}

double SeedRandom::normal(SeedRandom::Engine &rng)
{
    const double u1 = 1.0 - uniform01(rng); // (0, 1]
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

double SeedRandom::pareto(SeedRandom::Engine &rng, double xm, double alpha)
{
    return xm / std::pow(1.0 - uniform01(rng), 1.0 / alpha);
}

int SeedRandom::poisson(SeedRandom::Engine &rng, double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 12)
        return std::max(0, int(std::lround(mean + std::sqrt(mean) * normal(rng))));
    // Knuth: multiply uniforms until the product drops under e^-mean.
    const double limit = std::exp(-mean);
    int k = 0;
    double p = uniform01(rng);
    while (p > limit) {
        ++k;
        p *= uniform01(rng);
    }
    return k;
}

int SeedRandom::weightedIndex(SeedRandom::Engine &rng, const double *weights, int n)
{
    double total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    double x = uniform01(rng) * total;
    for (int i = 0; i < n; ++i) {
        x -= weights[i];
        if (x < 0)
            return i;
    }
    return n - 1;
}

const char *SeedRandom::pick(SeedRandom::Engine &rng, std::initializer_list<const char *> list)
{
    return list.begin()[uniformInt(rng, 0, qint64(list.size()) - 1)];
}

const char *SeedRandom::pick(SeedRandom::Engine &rng, const char *const (&list)[8])
{
    int n = 0;
    while (n < 8 && list[n])
        ++n;
    return list[uniformInt(rng, 0, n - 1)];
}
