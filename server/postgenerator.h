#pragma once

#include "seedrandom.h"

#include <QString>
#include <QStringList>

// Posts in three languages, good and bad, with the AI scores a moderation queue shows.
// Shared by the demo seeder and the live generator.
class PostGenerator final
{
public:
    enum class Nature { Question, Share, Spam, Ads, Abuse, OffTopic, Misinformation, Nsfw, Markup };
    struct Post {
        Nature nature = Nature::Question;
        QString kind;
        QString board;
        QString title;
        QString body;
        QString language;
        double aiScore = 0;
        QStringList aiLabels;
        double sentiment = 0;
    };

    PostGenerator() = delete;

    static Post randomPost(SeedRandom::Engine &rng);
    static QString reportReason(SeedRandom::Engine &rng, Nature nature);
};
