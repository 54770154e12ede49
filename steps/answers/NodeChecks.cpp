#include "NodeChecks.h"

#include "AnswersFile.h"
#include "Preflight.h"
#include "procedure/LvmOutput.h"
#include "procedure/NodeDiscovery.h"

#include <QMap>
#include <algorithm>

namespace dceha {

QList<AnswerError> checkAnswersAgainstNode(System& system, const Answers& answers)
{
    return Preflight::failures(Preflight::run(system, answers, PreflightInput()));
}

QList<AnswerError> checkApplicationPrograms(System& system, const Answers& answers, QString* evidence)
{
    QStringList seen;
    // HACMP runs the scripts at a takeover, at 3 a.m.: a program missing here would be found only then, or at
    // the cluster start, the last step. A program on a shared filesystem is seen only once HACMP has mounted
    // it: left to the drill.
    QList<AnswerError> errors;
    const QStringList shared = answers.isMutualTakeover() ? QStringList() : answers.sharedMountPoints();
    const auto check = [&](const QString& list, const QList<Answers::Application>& apps) {
        for (int i = 0; i < apps.size(); ++i)
            for (const auto& [which, argv] :
                 {std::pair{"start", apps.at(i).start}, std::pair{"stop", apps.at(i).stop}}) {
                const QString program = argv.value(0);
                if (program.isEmpty() || std::any_of(shared.cbegin(), shared.cend(), [&](const QString& m) {
                        return program.startsWith(m + QLatin1Char('/'));
                    }))
                    continue;
                const QString field = QStringLiteral("%1[%2].%3").arg(list).arg(i).arg(QLatin1String(which));
                const auto mode = system.modeOf(program);
                seen << (mode ? QStringLiteral("%1 %2").arg(program, QString::number(*mode, 8))
                              : QStringLiteral("%1 missing").arg(program));
                if (!system.exists(program) || system.isDirectory(program))
                    errors.append({field, AnswersFile::tr("%1 is not a program on this node: HACMP could not "
                                                          "run it at a takeover")
                                              .arg(program)});
                else if (mode && (*mode & 0111) == 0)
                    errors.append({field, AnswersFile::tr("%1 is not executable on this node (mode %2)")
                                              .arg(program, QString::number(*mode, 8))});
            }
    };
    check(QStringLiteral("applications"), answers.applications);
    if (answers.isMutualTakeover())
        check(QStringLiteral("peer_applications"), answers.peerApplications);
    if (evidence)
        *evidence = seen.join(QStringLiteral("; "));
    return errors;
}

QList<AnswerError> checkCacheVolumeGroup(System& system, const Answers& answers, QString* evidence)
{
    QList<AnswerError> errors;
    if (!answers.dfs || !answers.dfsCache.present || answers.dfsCache.vg.isEmpty())
        return errors;
    // The cache's LV is created at step 14 of the owner's procedure: a VG missing there would be found after
    // 13 steps changed the node. Bare `lsvg` lists every VG the node knows, varied on or not.
    CommandSpec spec;
    spec.name = QStringLiteral("lsvg");
    spec.timeoutMs = 60000;
    const CommandResult r = system.run(spec);
    const QString field = QStringLiteral("dfs_cache.vg");
    if (!r.ok()) {
        errors.append(
            {field, AnswersFile::tr("the node's volume groups could not be read (lsvg: %1)")
                        .arg(r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure)});
        return errors;
    }
    const QStringList vgs = QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList names;
    for (const auto& line : vgs)
        names << line.trimmed();
    if (evidence)
        *evidence = QStringLiteral("lsvg: ") + names.join(QStringLiteral(", "));
    if (!names.contains(answers.dfsCache.vg))
        errors.append(
            {field, AnswersFile::tr("%1 is not a volume group of this node (lsvg lists %2): the DFS "
                                    "cache needs a local volume group that exists, e.g. rootvg")
                        .arg(answers.dfsCache.vg, names.join(QStringLiteral(", ")))});
    else if (answers.sharedVg.present && answers.dfsCache.vg == answers.sharedVg.name)
        errors.append({field, AnswersFile::tr("%1 is the shared volume group: the DFS cache must be on this "
                                              "node's own disks")
                                  .arg(answers.dfsCache.vg)});
    if (!errors.isEmpty())
        return errors;
    // mklv's limit with the VG's own PP size (lsvg VG): at most 32512 logical partitions per LV on AIX 4.x.
    // A VG that cannot be shown (varied off) is left to the step, which says so.
    spec.args = {answers.dfsCache.vg};
    const CommandResult shown = system.run(spec);
    const qint64 pp = shown.ok() ? lvm::ppSizeMb(QString::fromUtf8(shown.stdOut)) : 0;
    constexpr qint64 kMaxLpsPerLv = 32512;
    const qint64 needed = pp > 0 ? (qint64(answers.dfsCache.sizeMb) + pp - 1) / pp : 0;
    if (needed > kMaxLpsPerLv)
        errors.append(
            {QStringLiteral("dfs_cache.size_mb"),
             AnswersFile::tr("%1 MB is too large for %2: a logical volume holds at most %3 partitions "
                             "of %4 MB on AIX 4.x (at most %5 MB)")
                 .arg(answers.dfsCache.sizeMb)
                 .arg(answers.dfsCache.vg)
                 .arg(kMaxLpsPerLv)
                 .arg(pp)
                 .arg(kMaxLpsPerLv * pp)});
    // The VG's free space (lsvg VG: "FREE PPs: N (M megabytes)"), when the cache's LV is still to be made: a
    // cache that does not fit would fail mklv at step 14, after 13 steps changed the node.
    CommandSpec lslv;
    lslv.name = QStringLiteral("lslv");
    lslv.args = {answers.dfsCache.lv};
    lslv.timeoutMs = 60000;
    const QString freeText = lvm::labelValue(QString::fromUtf8(shown.stdOut), QStringLiteral("FREE PPs"));
    bool counted = false;
    const qint64 freePps = freeText.section(QLatin1Char(' '), 0, 0).toLongLong(&counted);
    if (evidence && shown.ok())
        *evidence += QStringLiteral("; lsvg %1: PP SIZE %2 MB, FREE PPs %3; the cache needs %4 partitions")
                         .arg(answers.dfsCache.vg)
                         .arg(pp)
                         .arg(freeText)
                         .arg(needed);
    if (errors.isEmpty() && pp > 0 && counted && needed > freePps && !system.run(lslv).ok())
        errors.append({QStringLiteral("dfs_cache.size_mb"),
                       AnswersFile::tr("%1 MB does not fit in %2: it has %3 free partitions of %4 MB (%5 MB, "
                                       "lsvg %2); the cache needs %6")
                           .arg(answers.dfsCache.sizeMb)
                           .arg(answers.dfsCache.vg)
                           .arg(freePps)
                           .arg(pp)
                           .arg(freePps * pp)
                           .arg(needed)});
    return errors;
}

QList<AnswerError> checkStateDirectory(const Answers& answers, const QString& stateDir)
{
    QList<AnswerError> errors;
    for (const auto& mp : answers.sharedMountPoints())
        if (stateDir == mp || stateDir.startsWith(mp + QLatin1Char('/')))
            errors.append(
                {QStringLiteral("--state"),
                 AnswersFile::tr(
                     "%1 is under the shared mount point %2: the checkpoint must stay on this node's "
                     "local disk")
                     .arg(stateDir, mp)});
    return errors;
}

} // namespace dceha
