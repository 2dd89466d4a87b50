#pragma once

#include "seedrandom.h"

#include <QByteArray>
#include <QList>

// Believable members: Chinese and English names, handle stems, language, signup channel.
// Shared by the demo seeder and the live generator.
class PersonGenerator final
{
public:
    struct Person {
        QByteArray displayName; // UTF-8
        QByteArray handleStem;  // [a-z0-9_], no trailing "_u<digits>"
        QByteArray language;    // en, zh_CN, zh_TW
    };

    PersonGenerator() = delete;

    static Person randomPerson(SeedRandom::Engine &rng);
    static int randomChannel(SeedRandom::Engine &rng); // index into channels()
    static const QList<QByteArray> &channels();
};
