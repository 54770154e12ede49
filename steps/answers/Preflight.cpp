#include "Preflight.h"

#include "ClusterChecks.h"
#include "NodeChecks.h"
#include "procedure/LvmOutput.h"
#include "procedure/NodeDiscovery.h"
#include "procedure/Variables.h"

#include <QSet>
#include <algorithm>

namespace dceha {

namespace {

using Severity = PreflightFinding::Severity;

constexpr const char* kSeverityNames[] = {"pass", "warning", "failure"};

CommandResult query(System& system, const QStringList& argv)
{
    CommandSpec spec;
    spec.name = argv.value(0);
    spec.args = argv.mid(1);
    spec.timeoutMs = 60000;
    return system.run(spec);
}

QString out(const CommandResult& r)
{
    return QString::fromUtf8(r.stdOut);
}

QString why(const CommandResult& r)
{
    return r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure;
}

/** Collects the findings of one check under its title. */
class Findings
{
public:
    explicit Findings(QList<PreflightFinding>& all) : m_all(all) {}
    void pass(const QString& check, const QString& message, const QString& evidence)
    {
        m_all.append({Severity::Pass, check, QString(), message, evidence});
    }
    void warn(const QString& check, const QString& field, const QString& message, const QString& evidence)
    {
        m_all.append({Severity::Warning, check, field, message, evidence});
    }
    void fail(const QString& check, const QString& field, const QString& message, const QString& evidence)
    {
        m_all.append({Severity::Failure, check, field, message, evidence});
    }
    void failAll(const QString& check, const QList<AnswerError>& errors, const QString& evidence)
    {
        for (const auto& e : errors)
            fail(check, e.field, e.message, evidence);
    }

private:
    QList<PreflightFinding>& m_all;
};

QString listed(const QStringList& list)
{
    return list.isEmpty() ? Preflight::tr("none") : list.join(QStringLiteral(", "));
}

/** The service addresses against HACMP's adapters; the adapters (nullopt when cllsif failed). */
std::optional<QList<NodeDiscovery::HacmpInterface>> checkServiceLabels(System& system, const Answers& answers,
                                                                       Findings& f)
{
    const QString check = Preflight::tr("HACMP service labels");
    QString failure;
    const auto interfaces = NodeDiscovery(system).hacmpInterfaces(&failure);
    if (!interfaces) {
        f.fail(check, QStringLiteral("network.service"),
               Preflight::tr("HACMP's adapter list could not be read; HACMP must be installed and configured "
                             "first (guide ch. 3, step 1)"),
               QStringLiteral("cllsif -c: ") + failure);
        return std::nullopt;
    }
    QMap<QString, NodeDiscovery::HacmpInterface> byAddress;
    for (const auto& i : *interfaces)
        byAddress.insert(i.address, i);
    QStringList seen;
    bool ok = true;
    const auto checkList = [&](const QString& key, const QStringList& addresses) {
        for (int i = 0; i < addresses.size(); ++i) {
            const QString address = addresses.at(i);
            const auto it = byAddress.constFind(address);
            const QString field = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (it == byAddress.cend()) {
                ok = false;
                f.fail(check, field,
                       Preflight::tr("%1 is not an HACMP service IP label of this cluster").arg(address),
                       Preflight::tr("cllsif -c lists %1").arg(listed(byAddress.keys())));
            } else if (it->type != QLatin1String("service")) {
                ok = false;
                f.fail(
                    check, field,
                    Preflight::tr("%1 is an HACMP %2 address, not a service IP label").arg(address, it->type),
                    QStringLiteral("cllsif -c: %1:%2:%3 (%4)")
                        .arg(it->label, it->type, it->network, it->node));
            } else {
                seen << QStringLiteral("%1 = %2 (%3)").arg(address, it->label, it->node);
            }
        }
    };
    checkList(QStringLiteral("network.service"), answers.serviceAddresses);
    if (answers.isMutualTakeover())
        checkList(QStringLiteral("network.peer_service"), answers.peerServiceAddresses);
    if (ok)
        f.pass(check, Preflight::tr("every service address is an HACMP service IP label"),
               QStringLiteral("cllsif -c: ") + seen.join(QStringLiteral("; ")));
    return interfaces;
}

void checkResourceGroups(System& system, const Answers& answers,
                         const QList<NodeDiscovery::HacmpInterface>& interfaces, Findings& f)
{
    const QString check = Preflight::tr("HACMP resource groups");
    NodeDiscovery discovery(system);
    QString failure;
    const auto groups = discovery.resourceGroups(&failure);
    if (!groups) {
        f.fail(
            check, QStringLiteral("configuration"),
            Preflight::tr("HACMP's resource groups could not be read; they must be defined first (guide ch. "
                          "3, step 1)"),
            failure);
        return;
    }
    QStringList shown;
    for (const auto& g : *groups)
        shown << QStringLiteral("%1 %2 [%3]: %4; %5; %6; %7")
                     .arg(g.name, g.policy, g.nodes.join(QLatin1Char(' ')), listed(g.serviceLabels),
                          listed(g.volumeGroups), listed(g.filesystems), listed(g.applicationServers));
    const QString evidence =
        QStringLiteral("cllsgrp, cllsres -g, odmget HACMPgroup: ") +
        (shown.isEmpty() ? Preflight::tr("no group") : shown.join(QStringLiteral(" | ")));
    const QString node = discovery.hostname();
    const auto errors = reconcileWithResourceGroups(answers, *groups, interfaces, node);
    if (!errors.isEmpty()) {
        f.failAll(check, errors, evidence);
        return;
    }
    f.pass(check,
           Preflight::tr("%1, this node (%2) as the %3: as HACMP's resource groups are defined")
               .arg(answers.configuration, node, answers.role),
           evidence);
}

void checkSharedDisks(const Answers& answers, const PreflightInput& input, Findings& f,
                      const QList<lvm::PvRow>& pvs)
{
    if (!answers.sharedVg.present)
        return;
    const QString check = Preflight::tr("Shared disks");
    QMap<QString, lvm::PvRow> byDisk;
    QMap<QString, QString> diskOfPvid;
    for (const auto& row : pvs) {
        byDisk.insert(row.disk, row);
        diskOfPvid.insert(row.pvid, row.disk);
    }
    QStringList seen;
    bool ok = true;
    const QString vg = answers.sharedVg.name;
    const QSet<QString> ownerPvids(input.ownerDiskPvids.cbegin(), input.ownerDiskPvids.cend());
    for (int i = 0; i < answers.sharedVg.disks.size(); ++i) {
        const QString disk = answers.sharedVg.disks.at(i);
        const QString field = QStringLiteral("shared_vg.disks[%1]").arg(i);
        const auto it = byDisk.constFind(disk);
        if (it == byDisk.cend()) {
            ok = false;
            f.fail(check, field, Preflight::tr("%1 is not a disk of this node").arg(disk),
                   QStringLiteral("lspv: ") + listed(byDisk.keys()));
            continue;
        }
        const QString row = QStringLiteral("%1 %2 %3").arg(it->disk, it->pvid, it->vg);
        if (it->vg != QLatin1String("None") && it->vg != vg) {
            ok = false;
            f.fail(check, field,
                   Preflight::tr("%1 belongs to the volume group %2: making %3 on it would destroy %2")
                       .arg(disk, it->vg, vg),
                   QStringLiteral("lspv: ") + row);
            continue;
        }
        if (!answers.isOwner() && input.ownerRecordGiven && !ownerPvids.contains(it->pvid)) {
            ok = false;
            QStringList owners;
            for (auto o = input.ownerDiskPvids.cbegin(); o != input.ownerDiskPvids.cend(); ++o)
                owners << QStringLiteral("%1 = %2").arg(o.key(), o.value());
            QStringList here;
            for (const auto& pvid : ownerPvids)
                if (diskOfPvid.contains(pvid))
                    here << diskOfPvid.value(pvid);
            f.fail(
                check, field,
                here.isEmpty()
                    ? Preflight::tr("%1 (PVID %2) is not a disk the owner made %3 on; this node sees none of "
                                    "the owner's disks")
                          .arg(disk, it->pvid, vg)
                    : Preflight::tr("%1 (PVID %2) is not a disk the owner made %3 on; on this node the "
                                    "owner's disks are %4")
                          .arg(disk, it->pvid, vg, here.join(QStringLiteral(", "))),
                QStringLiteral("lspv: %1; the owner's record: %2")
                    .arg(row, owners.join(QStringLiteral(", "))));
            continue;
        }
        seen << row;
    }
    if (!ok)
        return;
    if (!answers.isOwner() && !input.ownerRecordGiven)
        f.warn(
            check, QStringLiteral("shared_vg.disks"),
            Preflight::tr("no owner's record was given: the disks' PVIDs are not compared with the disks the "
                          "owner made %1 on")
                .arg(vg),
            QStringLiteral("lspv: ") + seen.join(QStringLiteral("; ")));
    else
        f.pass(check,
               answers.isOwner()
                   ? Preflight::tr("every shared disk is on this node and in no other volume group")
                   : Preflight::tr("every shared disk is on this node, with the PVID of the owner's"),
               QStringLiteral("lspv: ") + seen.join(QStringLiteral("; ")));
}

qint64 lpsFor(qint64 sizeMb, qint64 ppMb)
{
    return std::max<qint64>(1, (sizeMb + ppMb - 1) / ppMb);
}

/** The shared VG's room for the LVs still to be made: its free partitions once it exists, else the disks'
 * sizes (bootinfo -s). Only the owner makes them; the standby imports what the owner made. */
void checkSharedCapacity(System& system, const Answers& answers, Findings& f, const QList<lvm::PvRow>& pvs)
{
    if (!answers.sharedVg.present || !answers.isOwner())
        return;
    const QString check = Preflight::tr("Shared volume group capacity");
    const QString vg = answers.sharedVg.name;
    const bool exists =
        std::any_of(pvs.cbegin(), pvs.cend(), [&](const lvm::PvRow& r) { return r.vg == vg; });
    const CommandResult shown = exists ? query(system, {QStringLiteral("lsvg"), vg}) : CommandResult();
    qint64 pp = answers.sharedVg.ppSizeMb > 0 ? answers.sharedVg.ppSizeMb : 4;
    QSet<QString> made;
    if (exists && shown.ok()) {
        pp = lvm::ppSizeMb(out(shown)) > 0 ? lvm::ppSizeMb(out(shown)) : pp;
        for (const auto& lv :
             lvm::lvRows(out(query(system, {QStringLiteral("lsvg"), QStringLiteral("-l"), vg}))))
            made.insert(lv.name);
    }
    QStringList wanted;
    qint64 needed = 0;
    const auto want = [&](const QString& lv, qint64 lps) {
        if (made.contains(lv))
            return;
        needed += lps;
        wanted << QStringLiteral("%1 %2").arg(lv).arg(lps);
    };
    if (!answers.sharedVg.jfslog.isEmpty())
        want(answers.sharedVg.jfslog, 1);
    for (const auto& fs : answers.sharedVg.filesystems)
        want(fs.lv, lpsFor(fs.sizeMb, pp));
    if (answers.dfs)
        for (const auto& agg : answers.aggregates)
            want(agg.lv, lpsFor(agg.sizeMb, pp));
    const QString plan =
        Preflight::tr("still to be made, in partitions of %1 MB: %2")
            .arg(pp)
            .arg(wanted.isEmpty() ? Preflight::tr("nothing") : wanted.join(QStringLiteral(", ")));
    if (exists) {
        if (!shown.ok()) {
            // Varied off here: released for the other node, or held by it (a later part of the procedure, a
            // resume, the drill). Its LVs were made while it was varied on here, and checked then.
            f.pass(check,
                   Preflight::tr(
                       "%1 is varied off here (released, or held by the other node): its free space is "
                       "checked while it is varied on")
                       .arg(vg),
                   QStringLiteral("lsvg %1: %2").arg(vg, why(shown)));
            return;
        }
        const QString freeText = lvm::labelValue(out(shown), QStringLiteral("FREE PPs"));
        const qint64 freePps = freeText.section(QLatin1Char(' '), 0, 0).toLongLong();
        const QString evidence = QStringLiteral("lsvg %1: FREE PPs %2; %3").arg(vg, freeText, plan);
        if (needed > freePps)
            f.fail(check, QStringLiteral("shared_vg.filesystems"),
                   Preflight::tr("%1 has %2 free partitions; the logical volumes still to be made need %3")
                       .arg(vg)
                       .arg(freePps)
                       .arg(needed),
                   evidence);
        else
            f.pass(check,
                   Preflight::tr("%1 has room for what is still to be made (%2 of %3 free partitions)")
                       .arg(vg)
                       .arg(needed)
                       .arg(freePps),
                   evidence);
        return;
    }
    // A new VG: each disk gives its size in PPs (at most 1016 a disk, AnswerRules' bound); mkvg keeps a
    // little for the VG descriptor area, so this is an upper bound and the check errs on the side of going
    // on.
    qint64 available = 0;
    QStringList sizes;
    for (const auto& disk : answers.sharedVg.disks) {
        const CommandResult size = query(system, {QStringLiteral("bootinfo"), QStringLiteral("-s"), disk});
        bool counted = false;
        const qint64 mb = out(size).trimmed().toLongLong(&counted);
        if (!size.ok() || !counted || mb <= 0) {
            f.warn(
                check, QStringLiteral("shared_vg.disks"),
                Preflight::tr("the size of %1 could not be read: the shared volume group's capacity is not "
                              "checked before mkvg")
                    .arg(disk),
                QStringLiteral("bootinfo -s %1: %2").arg(disk, size.ok() ? out(size).trimmed() : why(size)));
            return;
        }
        available += std::min<qint64>(1016, mb / pp);
        sizes << QStringLiteral("%1 %2 MB").arg(disk).arg(mb);
    }
    const QString evidence =
        QStringLiteral("bootinfo -s: %1; %2").arg(sizes.join(QStringLiteral(", ")), plan);
    if (needed > available)
        f.fail(check, QStringLiteral("shared_vg.filesystems"),
               Preflight::tr("the disks %1 hold at most %2 partitions of %3 MB; the logical volumes need %4")
                   .arg(answers.sharedVg.disks.join(QStringLiteral(", ")))
                   .arg(available)
                   .arg(pp)
                   .arg(needed),
               evidence);
    else
        f.pass(check,
               Preflight::tr("the disks hold the logical volumes (%1 of at most %2 partitions)")
                   .arg(needed)
                   .arg(available),
               evidence);
}

void checkMajorNumber(System& system, const Answers& answers, Findings& f, const QList<lvm::PvRow>& pvs)
{
    if (!answers.sharedVg.present)
        return;
    const QString check = Preflight::tr("Major number");
    const QString vg = answers.sharedVg.name;
    if (std::any_of(pvs.cbegin(), pvs.cend(), [&](const lvm::PvRow& r) { return r.vg == vg; })) {
        f.pass(check, Preflight::tr("%1 is already known here: its major number was chosen then").arg(vg),
               QStringLiteral("lspv: %1").arg(vg));
        return;
    }
    const CommandResult r = query(system, {QStringLiteral("lvlstmajor")});
    const QString free = out(r).trimmed();
    const QString evidence = QStringLiteral("lvlstmajor: ") + (r.ok() ? free : why(r));
    if (!r.ok()) {
        f.fail(check, QStringLiteral("shared_vg.major"),
               Preflight::tr("the free major numbers could not be read"), evidence);
        return;
    }
    const int major = answers.sharedVg.major;
    if (major > 0 && !lvm::majorFree(free, major))
        f.fail(check, QStringLiteral("shared_vg.major"),
               Preflight::tr("%1 is in use on this node; choose a number free on both nodes").arg(major),
               evidence);
    else if (major > 0)
        f.pass(check, Preflight::tr("%1 is free on this node").arg(major), evidence);
    else if (lvm::lowestFreeMajor(free) == 0)
        f.fail(check, QStringLiteral("shared_vg.major"),
               Preflight::tr("no major number of 10 or more is free"), evidence);
    else if (answers.isOwner())
        f.warn(
            check, QStringLiteral("shared_vg.major"),
            Preflight::tr("none given: mkvg takes %1, the lowest free here; the standby's importvg takes its "
                          "own lowest, which may differ (set shared_vg.major to one free on both nodes)")
                .arg(lvm::lowestFreeMajor(free)),
            evidence);
    else
        f.pass(check,
               Preflight::tr("none given: importvg takes %1, the lowest free here")
                   .arg(lvm::lowestFreeMajor(free)),
               evidence);
}

void checkDfsCache(System& system, const Answers& answers, Findings& f)
{
    if (!answers.dfs || !answers.dfsCache.present)
        return;
    const QString check = Preflight::tr("DFS cache");
    QString evidence;
    const auto errors = checkCacheVolumeGroup(system, answers, &evidence);
    if (!errors.isEmpty()) {
        f.failAll(check, errors, evidence);
        return;
    }
    f.pass(check,
           Preflight::tr("%1 MB on %2, mkdfs -s %3 KB (90 % of it, the rest for DFS's own files)")
               .arg(answers.dfsCache.sizeMb)
               .arg(answers.dfsCache.vg)
               .arg(qint64(answers.dfsCache.sizeMb) * 1024 * 9 / 10),
           evidence);
}

void checkInstallMedia(System& system, const Answers& answers, Findings& f)
{
    const QString check = Preflight::tr("Installation media");
    const QString media = answers.dce.installMedia;
    if (system.exists(media)) {
        f.pass(check, Preflight::tr("%1 is there").arg(media), media);
        return;
    }
    // The media is needed only while a DCE fileset is missing (the install step's own probe).
    const QStringList filesets = Variables(answers).list(QStringLiteral("dce.filesets"));
    const CommandResult installed =
        query(system, QStringList{QStringLiteral("lslpp"), QStringLiteral("-l")} + filesets);
    const QString evidence =
        QStringLiteral("lslpp -l %1: exit %2").arg(filesets.join(QLatin1Char(' '))).arg(installed.exitCode);
    if (installed.ok())
        f.pass(check, Preflight::tr("%1 is not there, but the DCE filesets are installed already").arg(media),
               evidence);
    else
        f.fail(check, QStringLiteral("dce.install_media"),
               Preflight::tr("%1 is not there (insert the DCE for AIX CD, or name the directory holding the "
                             "images)")
                   .arg(media),
               evidence);
}

void checkPrograms(System& system, const Answers& answers, Findings& f)
{
    if (answers.applications.isEmpty() && answers.peerApplications.isEmpty())
        return;
    const QString check = Preflight::tr("Application programs");
    QString evidence;
    const auto errors = checkApplicationPrograms(system, answers, &evidence);
    if (!errors.isEmpty())
        f.failAll(check, errors, evidence);
    else
        f.pass(check, Preflight::tr("every start and stop program is executable on this node"), evidence);
}

} // namespace

QString PreflightFinding::severityName(Severity s)
{
    return QLatin1String(kSeverityNames[int(s)]);
}

PreflightFinding::Severity PreflightFinding::severityFromName(const QString& name, bool* ok)
{
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(kSeverityNames[i])) {
            if (ok)
                *ok = true;
            return Severity(i);
        }
    if (ok)
        *ok = false;
    return Severity::Failure;
}

QList<PreflightFinding> Preflight::run(System& system, const Answers& answers, const PreflightInput& input)
{
    QList<PreflightFinding> all;
    Findings f(all);
    // HACMP's resource groups only once the addresses are HACMP's, so that each refusal has one cause.
    const auto interfaces = checkServiceLabels(system, answers, f);
    if (interfaces && count(all, Severity::Failure) == 0)
        checkResourceGroups(system, answers, *interfaces, f);
    const QList<lvm::PvRow> pvs = lvm::pvTable(out(query(system, {QStringLiteral("lspv")})));
    checkSharedDisks(answers, input, f, pvs);
    checkSharedCapacity(system, answers, f, pvs);
    checkMajorNumber(system, answers, f, pvs);
    checkDfsCache(system, answers, f);
    checkInstallMedia(system, answers, f);
    checkPrograms(system, answers, f);
    if (!input.stateDirNodePath.isEmpty()) {
        const QString check = tr("State directory");
        const auto errors = checkStateDirectory(answers, input.stateDirNodePath);
        if (errors.isEmpty())
            f.pass(check, tr("%1 is on this node's local disk").arg(input.stateDirNodePath),
                   tr("shared mount points: %1").arg(listed(answers.sharedMountPoints())));
        else
            f.failAll(check, errors, tr("shared mount points: %1").arg(listed(answers.sharedMountPoints())));
    }
    return all;
}

QList<AnswerError> Preflight::failures(const QList<PreflightFinding>& findings)
{
    QList<AnswerError> errors;
    for (const auto& finding : findings)
        if (finding.severity == Severity::Failure)
            errors.append({finding.field, finding.message});
    return errors;
}

int Preflight::count(const QList<PreflightFinding>& findings, PreflightFinding::Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const PreflightFinding& x) { return x.severity == severity; }));
}

QMap<QString, QString> Preflight::sharedDiskPvids(System& system, const Answers& answers)
{
    QMap<QString, QString> out;
    if (!answers.sharedVg.present)
        return out;
    for (const auto& row : lvm::pvTable(QString::fromUtf8(query(system, {QStringLiteral("lspv")}).stdOut)))
        if (answers.sharedVg.disks.contains(row.disk))
            out.insert(row.disk, row.pvid);
    return out;
}

} // namespace dceha
