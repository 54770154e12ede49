#pragma once

#include "StepKind.h"
#include "StepMessage.h"
#include "system/System.h"

#include <QList>
#include <QString>

namespace dceha {

/** @brief One thing a run will destroy or interrupt on a node, read from its plan: a disk that becomes a
 * volume group, a log that logform formats, a filesystem or an aggregate made on an LV, a restart, HACMP
 * stopped or started, a service stopped, the shared volume group let go. Shown before anything runs (the
 * GUI's confirmation, the terminal front-end, the headless dry run); the Runner asks again before a later
 * step that restarts the node or stops the cluster (Runner::Hooks::approveDisruption). */
struct Disruption
{
    enum class Kind
    {
        DiskBecomesVolumeGroup,
        LogFormatted,
        FilesystemCreated,
        AggregateFormatted,
        NodeRestart,
        ClusterStop,
        ClusterStart,
        ServiceStop,
        VolumeGroupReleased
    };
    Kind kind = Kind::NodeRestart;
    QString stepId;
    /** The node it happens on, in a two-node list ("owner", "standby"); empty for one node. */
    QString node;
    /** What happens, with the objects named (translatable; English in a dry run's output). */
    StepMessage text;

    /** What was on the disk, log or LV is gone for good. */
    bool destroysData() const;
    /** The node or its cluster services go down: a later step that does this is confirmed again. */
    bool interruptsService() const;

    /** The disruptions of one step's planned @p actions. @p node answers for the disks' PVID and size
     * (lspv, bootinfo -s); none: they are said to be unknown. Read-only. */
    static QList<Disruption> ofActions(const QString& stepId, const QList<PlannedAction>& actions,
                                       System* node);
    /** The disruptions of @p steps' own commands as their catalog lists them (the command kind's `run` and
     * `then`), without the node: what the drill interrupts, said before it begins. */
    static QList<Disruption> ofCatalog(const QList<StepDefinition>& steps);
};

} // namespace dceha
