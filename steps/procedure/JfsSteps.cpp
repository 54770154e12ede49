// JFS steps: filesystems, mounts, and releasing the shared DASD.
#include "Checks.h"
#include "ClusterEvents.h"
#include "LvmOutput.h"
#include "StepKinds.h"

#include <optional>

namespace dceha {

namespace {

QStringList crfsArgv(StepContext& c, const QString& lv, const QString& mount, const QString& log,
                     const QString& automount)
{
    QStringList argv{QStringLiteral("crfs"),
                     QStringLiteral("-v"),
                     QStringLiteral("jfs"),
                     QStringLiteral("-d"),
                     lv,
                     QStringLiteral("-m"),
                     mount,
                     QStringLiteral("-A"),
                     automount,
                     QStringLiteral("-p"),
                     QStringLiteral("rw")};
    if (!log.isEmpty())
        argv << QStringLiteral("-a") << QStringLiteral("logname=") + log;
    Q_UNUSED(c);
    return argv;
}

} // namespace

// ---- FilesystemStep

namespace {

/** The node's filesystems as `lsfs -c` lists them all (mount point → device): one query that the step's
 * probe, its verification and the next filesystem step's probe share, where `lsfs -c MOUNT` asked once per
 * filesystem. nullopt (and @p why) when lsfs fails. */
std::optional<QMap<QString, QString>> filesystemDevices(StepContext& c, QString* why)
{
    const CommandResult r = inspect(c, {QStringLiteral("lsfs"), QStringLiteral("-c")});
    if (!r.ok()) {
        *why = QString::fromUtf8(r.stdErr + r.stdOut).trimmed();
        return std::nullopt;
    }
    QMap<QString, QString> devices;
    // #MountPoint:Device:Vfs:… then one line per filesystem.
    for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1Char('#')))
            devices.insert(line.section(QLatin1Char(':'), 0, 0), line.section(QLatin1Char(':'), 1, 1));
    return devices;
}

} // namespace

Probe FilesystemStep::probe(StepContext& c)
{
    const QString mount = param(c, "mount");
    const QString lv = param(c, "lv");
    const QString device = QStringLiteral("/dev/") + lv;
    QString why;
    const auto devices = filesystemDevices(c, &why);
    // Without the list nothing says the logical volume is free: crfs could make a filesystem over another.
    if (!devices)
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP("Step", "lsfs -c could not list the filesystems: %1")).arg(why));
    if (const auto it = devices->constFind(mount); it != devices->constEnd()) {
        if (*it != device)
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is already a filesystem on %2, not on /dev/%3"))
                    .arg(mount, *it, lv));
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists on /dev/%2")).arg(mount, lv));
    }
    for (auto it = devices->cbegin(); it != devices->cend(); ++it)
        if (*it == device)
            return Probe::blocked(
                StepMessage(
                    QT_TRANSLATE_NOOP("Step", "the logical volume %1 already holds the filesystem %2"))
                    .arg(lv, it.key()));
    // A filesystem /etc/filesystems does not name (its stanza removed, or not imported) is still on the
    // logical volume: the LV's own record of its mount point says so.
    const CommandResult lslv = inspect(c, {QStringLiteral("lslv"), lv});
    const QString usedBy = lvm::labelValue(QString::fromUtf8(lslv.stdOut), QStringLiteral("MOUNT POINT"));
    if (lslv.ok() && !usedBy.isEmpty() && usedBy != QLatin1String("N/A") && usedBy != mount)
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP("Step", "the logical volume %1 already holds the filesystem %2"))
                .arg(lv, usedBy));
    return Probe::notDone();
}

QList<PlannedAction> FilesystemStep::plan(StepContext& c)
{
    return {PlannedAction::command(
        crfsArgv(c, param(c, "lv"), param(c, "mount"), param(c, "log"), param(c, "automount")))};
}

Outcome FilesystemStep::apply(StepContext& c)
{
    const QStringList argv =
        crfsArgv(c, param(c, "lv"), param(c, "mount"), param(c, "log"), param(c, "automount"));
    const CommandResult r = run(c, argv);
    return r.ok() ? Outcome::done() : Outcome::failed(failure(r, argv));
}

// ---- MountStep

Probe MountStep::probe(StepContext& c)
{
    const QString mount = param(c, "mount");
    return mountedFilesystems(c).contains(mount)
               ? Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is mounted")).arg(mount))
               : Probe::notDone(
                     StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is not in the mount table")).arg(mount));
}

QList<PlannedAction> MountStep::plan(StepContext& c)
{
    return {PlannedAction::command({QStringLiteral("mount"), param(c, "mount")})};
}

Outcome MountStep::apply(StepContext& c)
{
    const QStringList argv{QStringLiteral("mount"), param(c, "mount")};
    const CommandResult r = run(c, argv);
    return r.ok() ? Outcome::done() : Outcome::failed(failure(r, argv));
}

// ---- ReleaseSharedStep

namespace {

bool variedOnHere(StepContext& c, const QString& vg)
{
    const CommandResult r = inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-o")});
    return QString::fromUtf8(r.stdOut).split(QLatin1Char('\n')).contains(vg);
}

} // namespace

Probe ReleaseSharedStep::probe(StepContext& c)
{
    const QStringList mounted = mountedFilesystems(c);
    for (const auto& mp : paramList(c, "mounts"))
        if (mounted.contains(mp))
            return Probe::notDone(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is mounted")).arg(mp));
    if (variedOnHere(c, param(c, "vg")))
        return Probe::notDone(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is varied on")).arg(param(c, "vg")));
    return Probe::done(
        StepMessage(QT_TRANSLATE_NOOP("Step", "the shared filesystems are unmounted and %1 is varied off"))
            .arg(param(c, "vg")));
}

QList<PlannedAction> ReleaseSharedStep::plan(StepContext& c)
{
    QList<PlannedAction> actions;
    if (ClusterEvents::managerActive(c))
        actions << PlannedAction::command({QStringLiteral("clstop"), QStringLiteral("-g"),
                                           QStringLiteral("-N"), QStringLiteral("-y")})
                << PlannedAction::note(
                       PlannedAction::tr("HACMP holds the resource group: a graceful stop releases it"))
                << ClusterEvents::plannedWait(QStringLiteral("node_down_complete"));
    for (const auto& mp : paramList(c, "mounts"))
        actions << PlannedAction::command({QStringLiteral("umount"), mp});
    actions << PlannedAction::command({QStringLiteral("varyoffvg"), param(c, "vg")})
            << PlannedAction::note(PlannedAction::tr("(each only if still needed after the cluster stop)"));
    return actions;
}

Outcome ReleaseSharedStep::apply(StepContext& c)
{
    if (ClusterEvents::managerActive(c)) {
        const QStringList argv{QStringLiteral("clstop"), QStringLiteral("-g"), QStringLiteral("-N"),
                               QStringLiteral("-y")};
        // The release is HACMP's node_down event, after clstop has returned: unmounting before it
        // completes would race the cluster manager.
        const qsizetype logEnd = ClusterEvents::logEnd(c);
        if (const auto r = run(c, argv); !r.ok())
            return Outcome::failed(failure(r, argv));
        if (auto why = ClusterEvents::waitFor(c, logEnd, QStringLiteral("node_down_complete"),
                                              ClusterEvents::kDefaultTimeoutS))
            return Outcome::failed(std::move(*why));
    }
    const QStringList mounted = mountedFilesystems(c);
    for (const auto& mp : paramList(c, "mounts"))
        if (mounted.contains(mp)) {
            const QStringList argv{QStringLiteral("umount"), mp};
            if (const auto r = run(c, argv); !r.ok())
                return Outcome::failed(failure(r, argv));
        }
    if (variedOnHere(c, param(c, "vg"))) {
        const QStringList argv{QStringLiteral("varyoffvg"), param(c, "vg")};
        if (const auto r = run(c, argv); !r.ok())
            return Outcome::failed(failure(r, argv));
    }
    return Outcome::done();
}

} // namespace dceha
