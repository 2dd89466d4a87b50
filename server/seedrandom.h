#pragma once

#include <QtGlobal>
#include <initializer_list>
#include <random>

// Randomness from raw engine output only: no std::*_distribution, whose algorithms differ
// between standard libraries, so one seed gives the same community on every machine.
// Shared by the demo seeder and the live generator.
class SeedRandom final
{
public:
    using Engine = std::mt19937_64;

    SeedRandom() = delete;

    // [0, 1) from the top 53 bits.
    static double uniform01(Engine &rng) { return double(rng() >> 11) * 0x1.0p-53; }
    // Inclusive; multiply-shift keeps the bias negligible for the small ranges used here.
    static qint64 uniformInt(Engine &rng, qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 range = quint64(hi - lo) + 1;
        return lo + qint64((static_cast<unsigned __int128>(rng()) * range) >> 64);
    }
    static double uniformReal(Engine &rng, double lo, double hi);
    static bool chance(Engine &rng, double p) { return uniform01(rng) < p; }
    static double normal(Engine &rng); // Box-Muller, mean 0, sd 1
    static double pareto(Engine &rng, double xm, double alpha);
    static int poisson(Engine &rng, double mean);
    static int weightedIndex(Engine &rng, const double *weights, int n);
    static const char *pick(Engine &rng, std::initializer_list<const char *> list);
    // A null-terminated list of up to eight entries.
    static const char *pick(Engine &rng, const char *const (&list)[8]);
};
