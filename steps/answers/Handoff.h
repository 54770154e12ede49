#pragma once

#include <QByteArray>
#include <QStringList>

namespace dceha {

/** @brief The owner-to-standby handoff: the answers both nodes must agree on (the cell, the shared VG and
 * its names, the filesystems, the DFS aggregates, the scripts directory, the applications, the application
 * server and the service addresses) are taken from the owner's record where the standby's answers leave them
 * out, and compared where they give them. In mutual takeover each node has its own service address and
 * application server and names the other's: the owner's own are the standby's peer's and the other way
 * round. */
struct Handoff
{
    QByteArray answers;    ///< the standby's answers with the owner's values filled in
    QStringList prefilled; ///< the keys taken from the owner
    QStringList conflicts; ///< "key: owner has …, these answers have …"

    static Handoff fromOwner(const QByteArray& standbyAnswers, const QByteArray& ownerAnswers);
    /** A standby resumed without the owner's record: what the owner handed over when the run began is
     * taken from that run's own answers (@p runAnswers, the checkpoint's), where @p standbyAnswers leave it
     * out. Nothing is compared (the run's answers agreed with the owner's); @ref prefilled says what. */
    static Handoff fromRunInProgress(const QByteArray& standbyAnswers, const QByteArray& runAnswers);
};

} // namespace dceha
