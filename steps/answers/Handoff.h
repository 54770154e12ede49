#pragma once

#include <QByteArray>
#include <QStringList>

namespace dceha {

/** @brief The owner-to-standby handoff: the answers both nodes must agree on (the cell, the shared VG and
 * its names, the filesystems, the DFS aggregates, the scripts directory and application server, and outside
 * mutual takeover the service addresses) are taken from the owner's record where the standby's answers leave
 * them out, and compared where they give them. */
struct Handoff
{
    QByteArray answers;    ///< the standby's answers with the owner's values filled in
    QStringList prefilled; ///< the keys taken from the owner
    QStringList conflicts; ///< "key: owner has …, these answers have …"

    static Handoff fromOwner(const QByteArray& standbyAnswers, const QByteArray& ownerAnswers);
};

} // namespace dceha
