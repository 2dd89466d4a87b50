#pragma once

#include "democommunity.h"

#include <QByteArray>
#include <vector>

// Writes the tier and badge catalogues, the members and their points ledger. Members are
// written as hand-built JSON, which is what keeps a million of them fast.
class MemberWriter final
{
    Q_DISABLE_COPY_MOVE(MemberWriter)
public:
    explicit MemberWriter(DemoCommunity &community);

    void writeTiersAndBadges();
    void writeMembersAndLedger();

private:
    QByteArray handleFor(const QByteArray &stem, qint64 id);

    DemoCommunity &m_community;
    std::vector<quint64> m_handleTable; // FNV-1a of every handle given out (hash set)
    size_t m_handleCount = 0;
};
