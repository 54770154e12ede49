#pragma once

#include "Answers.h"
#include "PreflightFinding.h"
#include "system/System.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace dceha {

/** What the pre-flight knows besides the answers and the node. */
struct PreflightInput
{
    QString stateDirNodePath; ///< the state directory as a node path; empty: not checked
    /** The standby: the owner's shared disks as its record has them (disk → PVID); empty with
     * ownerRecordGiven false when there is no owner's record to compare with. */
    QMap<QString, QString> ownerDiskPvids;
    bool ownerRecordGiven = false;
};

/** @brief Every precondition of the node's integration, checked before anything changes, all at once: the
 * addresses against HACMP's adapters, the answers against HACMP's resource groups (ClusterChecks.h), the
 * shared disks (there, in no other VG, the owner's PVIDs on the standby), the shared VG's capacity (its free
 * partitions, or the disks' sizes before it exists), the major number, the DFS cache's volume group and size,
 * the installation media, the applications' programs and the state directory. Read-only: only queries run.
 * A failure refuses the run (Session::open), a warning is shown, a pass says what was seen. */
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    static QList<PreflightFinding> run(System& system, const Answers& answers, const PreflightInput& input);
    /** The failures, as the answer errors a refusal lists. */
    static QList<AnswerError> failures(const QList<PreflightFinding>& findings);
    static int count(const QList<PreflightFinding>& findings, PreflightFinding::Severity severity);
    /** The PVIDs of the answers' shared disks as `lspv` shows them on this node (disk → PVID): what the
     * owner's record keeps for the standby's pre-flight. */
    static QMap<QString, QString> sharedDiskPvids(System& system, const Answers& answers);
};

} // namespace dceha
