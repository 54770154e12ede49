#pragma once

#include "StepKind.h"

namespace dceha {

// Operator, command and reboot steps: CommandSteps.cpp

/** Something only a person can do (install HACMP, confirm the other node is ready): instructions, then
 * probes or the operator's confirmation decide it is done. */
class OperatorStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    bool persistent() const override { return false; }
};

/** A command (and optionally a second one) with probe and verify checks from the catalog; stdin may be
 * the cell_admin password, asked for when the step runs. */
class CommandStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    Probe verify(StepContext& c) override;
    bool persistent() const override { return false; }

    /** Whether @p step's commands read the cell_admin password (the catalog's `stdin: cell_admin_password`).
     */
    static bool readsPassword(const StepDefinition& step);
    /** @p step's commands as its catalog entry lists them (`run`, `then`, their environment and input), read
     * without the node: plan() and the drill's confirmation before it begins (Disruption::ofCatalog). */
    static QList<PlannedAction> catalogCommands(const StepDefinition& step);
};

/** shutdown -Fr, surviving the process's own end: the boot time is checkpointed first and the step is done
 * when the node shows a later boot and the shared VG is no longer varied on. */
class RebootStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    bool persistent() const override { return false; }
};

// LVM steps: LvmSteps.cpp

class VolumeGroupStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

class LogicalVolumeStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

/** The shared VG's JFS log under its final name, formatted; repairs a default-named loglvNN in use. */
class JfsLogStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

/** The standby's importvg, refusing AIX's silent renames, then chvg -a n and varyoffvg. */
class ImportVgStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    /** Known, with every LV under its own name; HACMP may have it varied on since. */
    Probe recheck(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

// JFS steps: JfsSteps.cpp

class FilesystemStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

class MountStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    bool persistent() const override { return false; }
};

/** Shared filesystems unmounted and the VG varied off, HACMP stopped gracefully first when it runs. */
class ReleaseSharedStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    bool persistent() const override { return false; }
};

// File steps: FileSteps.cpp

/** NAME=value in /etc/environment: the line replaced, else appended. */
class EnvironmentVariableStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

/** An /etc/services entry, by the reference's idempotent rule. */
class ServicesEntryStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

class DirectoryStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

class SymlinkStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
};

/** The application server start and stop scripts, generated from resources/scripts/. */
class ScriptsStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    /** The scripts are written from the applications, the server names, the scripts directory and the
     * configuration. */
    QString answerInputs(const Answers& a) const override;
};

/** A DFS aggregate on a shared LV (OSF DFS Administration Guide): newaggr formats it, an entry in dfstab
 * (DEVICE NAME lfs ID) names it, dfsexport exports it. Done when dfstab has the entry and dfsexport lists it
 * exported; newaggr, which destroys what the device holds, runs only when `salvage -verifyonly` finds no
 * aggregate there (so a run ended after newaggr does not format again). */
class DfsAggregateStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    /** DFS is stopped and the shared /var/dce released before the owner's cluster start: a resumed run cannot
     * re-check an aggregate. */
    bool persistent() const override { return false; }
};

/** One stage's checks of the failover drill: each check (Checks.h) evaluated with its evidence kept in the
 * record (the queries' output, the files read), and the first that does not hold fails the step with what
 * was expected and what was found. Each check may say `what` it shows (the guide's sentence). A check is
 * never "already done": a resumed drill checks again. */
class DrillCheckStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    /** What apply found is the result: nothing to verify after it. */
    Probe verify(StepContext&) override { return Probe::done(); }
    bool persistent() const override { return false; }
};

/** `drill_snapshot`: where the resources are at a stage of the drill (DrillTimeline): asks this node and the
 * other one, read-only, which holds each service address, the shared VG, DCE, DFS and each application, and
 * keeps the answer in the step's facts, every query as evidence. An observation, not a check: it never fails
 * the drill (the checks around it do); a node that cannot be asked is named as such. Taken again on resume.
 */
class DrillSnapshotStep : public StepKind
{
public:
    Probe probe(StepContext& c) override;
    QList<PlannedAction> plan(StepContext& c) override;
    Outcome apply(StepContext& c) override;
    Probe verify(StepContext&) override { return Probe::done(); }
    bool persistent() const override { return false; }
};

} // namespace dceha
