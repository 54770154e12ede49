// The LVM commands of the simulated node: mkvg, lvlstmajor, mklv, chlv, lslv, lsvg, lspv, varyonvg,
// varyoffvg, importvg, exportvg, chvg, logform. Syntax, output and messages:
// shared/reference/aix-commands.md.
#include "Commands.h"
#include "Getopt.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

namespace aixsim {

namespace {

const QStringList kReservedPrefixes = {
    QStringLiteral("hdisk"), QStringLiteral("tty"), QStringLiteral("rmt"),  QStringLiteral("cd"),
    QStringLiteral("fd"),    QStringLiteral("lp"),  QStringLiteral("pty"),  QStringLiteral("ent"),
    QStringLiteral("en"),    QStringLiteral("tok"), QStringLiteral("scsi"), QStringLiteral("lo"),
    QStringLiteral("sa"),    QStringLiteral("mem"), QStringLiteral("inet")};

bool reservedPrefix(const QString& name)
{
    QString stem = name;
    while (!stem.isEmpty() && stem.back().isDigit())
        stem.chop(1);
    return stem != name && kReservedPrefixes.contains(stem);
}

int usage(Session& s, const QString& prog, const QString& text)
{
    return s.fail(QStringLiteral("0516-1012"), {prog, text}, 2);
}

int lowestFreeMajor(const NodeState& n)
{
    int m = 10;
    while (n.majorsInUse.contains(m))
        ++m;
    return m;
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width);
}

} // namespace

int mkvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("fnV:s:y:"));
    if (!o.error.isEmpty() || o.operands.isEmpty())
        return usage(s, QStringLiteral("mkvg"),
                     QStringLiteral("mkvg [-f] [-n] [-V major] [-s ppsize] [-y VG] hdisk..."));
    Node& n = s.self();
    QString name = o.value(QLatin1Char('y'));
    if (name.isEmpty())
        for (int i = 0; name.isEmpty() || n.deviceNameUsed(name); ++i)
            name = QStringLiteral("vg") + QString::number(i).rightJustified(2, QLatin1Char('0'));
    if (n.deviceNameUsed(name)) {
        s.fail(QStringLiteral("0516-360"), {QStringLiteral("mkvg"), name});
        return s.fail(QStringLiteral("0516-862"));
    }
    bool shared = false;
    for (const auto& disk : o.operands) {
        const Disk* d = n.state().disks.contains(disk)
                            ? &n.state().disks[disk]
                            : (s.shared().disks.contains(disk) ? &s.shared().disks[disk] : nullptr);
        if (!d) {
            s.fail(QStringLiteral("0516-306"), {QStringLiteral("mkvg"), disk});
            return s.fail(QStringLiteral("0516-862"));
        }
        if (!d->vgId.isEmpty()) {
            const QString owner = n.vgName(d->vgId);
            s.fail(QStringLiteral("0516-1339"),
                   {QStringLiteral("mkvg"), disk, owner.isEmpty() ? d->vgId : owner});
            return s.fail(QStringLiteral("0516-862"));
        }
        shared = shared || s.shared().disks.contains(disk);
    }
    int major = lowestFreeMajor(n.state());
    if (o.has(QLatin1Char('V'))) {
        major = o.value(QLatin1Char('V')).toInt();
        if (n.state().majorsInUse.contains(major)) {
            s.fail(QStringLiteral("0516-1215"), {QStringLiteral("mkvg"), QString::number(major)});
            return s.fail(QStringLiteral("0516-862"));
        }
    }
    VolumeGroup vg;
    vg.id = s.shared().newId(QStringLiteral("vg."));
    vg.ppSizeMb = o.has(QLatin1Char('s')) ? o.value(QLatin1Char('s')).toInt() : 4;
    vg.disks = o.operands;
    // LVM 4.x tracks at most 1016 partitions a disk: a large disk needs a larger PP size (-s).
    for (const auto& disk : o.operands) {
        const int pps =
            (s.shared().disks.contains(disk) ? s.shared().disks[disk].pps : n.state().disks[disk].pps) * 4 /
            std::max(1, vg.ppSizeMb);
        if (pps > 1016) {
            s.fail(QStringLiteral("0516-1162"),
                   {QStringLiteral("mkvg"), QString::number(vg.ppSizeMb), QString::number(pps), disk});
            return s.fail(QStringLiteral("0516-862"));
        }
    }
    vg.shared = shared;
    vg.variedOnBy = n.name();
    for (const auto& disk : o.operands) {
        if (s.shared().disks.contains(disk))
            s.shared().disks[disk].vgId = vg.id;
        else
            n.state().disks[disk].vgId = vg.id;
    }
    if (shared)
        s.shared().vgs.insert(vg.id, vg);
    else
        n.state().localVgs.insert(vg.id, vg);
    n.state().vgNames.insert(name, VgRef{vg.id, major, !o.has(QLatin1Char('n'))});
    n.state().majorsInUse << major;
    s.out(name + QLatin1Char('\n'));
    return 0;
}

int lvlstmajor(Session& s, const QStringList&)
{
    // AIX's format (lvlstmajor.c): the free major numbers counted from 0, a run of consecutive ones as
    // `a..b`, a single one alone, comma-separated, the open run above the highest in use as `N...`.
    QList<int> used = s.self().state().majorsInUse;
    std::sort(used.begin(), used.end());
    const int highest = used.isEmpty() ? -1 : used.last();
    QStringList free;
    for (int m = 0; m < highest; ++m) {
        if (used.contains(m))
            continue;
        int last = m;
        while (last + 1 < highest && !used.contains(last + 1))
            ++last;
        free << (last == m ? QString::number(m) : QStringLiteral("%1..%2").arg(m).arg(last));
        m = last;
    }
    free << QString::number(highest + 1) + QStringLiteral("...");
    s.out(free.join(QLatin1Char(',')) + QLatin1Char('\n'));
    return 0;
}

int mklv(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("t:y:a:e:u:c:x:"));
    if (!o.error.isEmpty() || o.operands.size() < 2)
        return usage(s, QStringLiteral("mklv"), QStringLiteral("mklv [-t type] [-y LV] VG LPs [hdisk...]"));
    Node& n = s.self();
    const QString vgName = o.operands.at(0);
    bool numeric = false;
    const int lps = o.operands.at(1).toInt(&numeric);
    if (!numeric || lps <= 0)
        return usage(s, QStringLiteral("mklv"), QStringLiteral("the size is a count of logical partitions"));
    QString name = o.value(QLatin1Char('y'));
    if (name.size() > 15) {
        const QString cut = name.left(15);
        s.fail(QStringLiteral("0516-335"), {QStringLiteral("mklv"), name, cut}, 0);
        name = cut;
    }
    if (name.isEmpty())
        name = n.nextDefaultName(QStringLiteral("lv"));
    if (reservedPrefix(name)) {
        s.fail(QStringLiteral("0516-358"), {QStringLiteral("mklv")});
        return s.fail(QStringLiteral("0516-822"));
    }
    if (n.deviceNameUsed(name)) {
        s.fail(QStringLiteral("0516-360"), {QStringLiteral("mklv"), name});
        return s.fail(QStringLiteral("0516-822"));
    }
    VolumeGroup* vg = n.vg(vgName);
    if (!vg) {
        s.fail(QStringLiteral("0516-306"), {QStringLiteral("mklv"), vgName});
        return s.fail(QStringLiteral("0516-822"));
    }
    if (!n.variedOn(*vg)) {
        s.fail(QStringLiteral("0516-010"), {QStringLiteral("mklv")});
        return s.fail(QStringLiteral("0516-822"));
    }
    const int total = n.totalPps(*vg);
    if (vg->usedPps() + lps > total) {
        s.fail(QStringLiteral("0516-404"));
        return s.fail(QStringLiteral("0516-822"));
    }
    LogicalVolume lv;
    lv.id = s.shared().newId(QStringLiteral("lv."));
    lv.name = name;
    lv.type = o.has(QLatin1Char('t')) ? o.value(QLatin1Char('t')) : QStringLiteral("jfs");
    lv.lps = lps;
    vg->lvs << lv;
    s.out(name + QLatin1Char('\n'));
    return 0;
}

int chlv(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("n:t:L:x:u:e:"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("chlv"), QStringLiteral("chlv -n NEWNAME LV"));
    if (!o.has(QLatin1Char('n')))
        return 0; // the other attributes change nothing the simulator models
    if (o.flags.size() > 1)
        return s.fail(QStringLiteral("0516-706"));
    Node& n = s.self();
    const QString newName = o.value(QLatin1Char('n'));
    const QString oldName = o.operands.at(0);
    Node::LvRef ref = n.findLv(oldName);
    if (!ref) {
        s.fail(QStringLiteral("0516-306"), {QStringLiteral("chlv"), oldName});
        return s.fail(QStringLiteral("0516-704"), {oldName}, 2);
    }
    if (newName.size() > 15 || reservedPrefix(newName)) {
        s.fail(QStringLiteral("0516-358"), {QStringLiteral("chlv")});
        return s.fail(QStringLiteral("0516-704"), {oldName});
    }
    if (n.deviceNameUsed(newName)) {
        s.fail(QStringLiteral("0516-360"), {QStringLiteral("chlv"), newName});
        return s.fail(QStringLiteral("0516-704"), {oldName});
    }
    if (n.lvOpen(*ref.lv)) {
        s.fail(QStringLiteral("0516-708"), {oldName});
        return s.fail(QStringLiteral("0516-704"), {oldName});
    }
    // The VGDA and ODM take the new name; /etc/filesystems and the filesystems' own log references do
    // not: that is chfs's job, which is why AIX warns.
    ref.lv->name = newName;
    if (ref.lv->type == QLatin1String("jfslog"))
        s.fail(QStringLiteral("0516-712"), {oldName}, 0);
    return 0;
}

int lslv(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("lm"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("lslv"), QStringLiteral("lslv LV"));
    Node& n = s.self();
    const Node::LvRef ref = n.findLv(o.operands.at(0));
    if (!ref)
        return s.fail(QStringLiteral("0516-306"), {QStringLiteral("lslv"), o.operands.at(0)});
    const LogicalVolume& lv = *ref.lv;
    const bool active = n.variedOn(*ref.vg);
    const QString mp = lv.label.isEmpty() ? QStringLiteral("N/A") : lv.label;
    auto row = [](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
        return padded(l1, 20) + padded(v1, 23) + padded(l2, 16) + v2 + QLatin1Char('\n');
    };
    QString text;
    text += row(QStringLiteral("LOGICAL VOLUME:"), lv.name, QStringLiteral("VOLUME GROUP:"), ref.vgName);
    text += row(QStringLiteral("LV IDENTIFIER:"), lv.id, QStringLiteral("PERMISSION:"),
                QStringLiteral("read/write"));
    text += row(QStringLiteral("VG STATE:"),
                active ? QStringLiteral("active/complete") : QStringLiteral("inactive"),
                QStringLiteral("LV STATE:"),
                n.lvOpen(lv) ? QStringLiteral("opened/syncd") : QStringLiteral("closed/syncd"));
    text += row(QStringLiteral("TYPE:"), lv.type, QStringLiteral("WRITE VERIFY:"), QStringLiteral("off"));
    text += row(QStringLiteral("MAX LPs:"), QStringLiteral("512"), QStringLiteral("PP SIZE:"),
                QString::number(ref.vg->ppSizeMb) + QStringLiteral(" megabyte(s)"));
    text += row(QStringLiteral("COPIES:"), QStringLiteral("1"), QStringLiteral("SCHED POLICY:"),
                QStringLiteral("parallel"));
    text +=
        row(QStringLiteral("LPs:"), QString::number(lv.lps), QStringLiteral("PPs:"), QString::number(lv.lps));
    text += row(QStringLiteral("STALE PPs:"), QStringLiteral("0"), QStringLiteral("BB POLICY:"),
                QStringLiteral("relocatable"));
    text += row(QStringLiteral("INTER-POLICY:"), QStringLiteral("minimum"), QStringLiteral("RELOCATABLE:"),
                QStringLiteral("yes"));
    text += row(QStringLiteral("INTRA-POLICY:"), QStringLiteral("middle"), QStringLiteral("UPPER BOUND:"),
                QStringLiteral("32"));
    text += row(QStringLiteral("MOUNT POINT:"), mp, QStringLiteral("LABEL:"),
                lv.label.isEmpty() ? QStringLiteral("None") : lv.label);
    text += QStringLiteral("MIRROR WRITE CONSISTENCY: on\nEACH LP COPY ON A SEPARATE PV ?: yes\n");
    s.out(text);
    return 0;
}

int lsvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("olp"));
    if (!o.error.isEmpty())
        return usage(s, QStringLiteral("lsvg"), QStringLiteral("lsvg [-o] | lsvg [-l] VG"));
    Node& n = s.self();
    if (o.operands.isEmpty()) {
        QString text;
        for (auto it = n.state().vgNames.cbegin(); it != n.state().vgNames.cend(); ++it) {
            const VolumeGroup* vg = n.vg(it.key());
            if (!o.has(QLatin1Char('o')) || (vg && n.variedOn(*vg)))
                text += it.key() + QLatin1Char('\n');
        }
        s.out(text);
        return 0;
    }
    int rc = 0;
    for (const auto& name : o.operands) {
        VolumeGroup* vg = n.vg(name);
        if (!vg) {
            rc = s.fail(QStringLiteral("0516-306"), {QStringLiteral("lsvg"), name});
            continue;
        }
        if (!n.variedOn(*vg)) {
            rc = s.fail(QStringLiteral("0516-010"), {QStringLiteral("lsvg")});
            continue;
        }
        if (o.has(QLatin1Char('l'))) {
            QString text = name + QStringLiteral(":\n");
            text +=
                QStringLiteral("LV NAME             TYPE       LPs   PPs   PVs  LV STATE      MOUNT POINT\n");
            for (const auto& lv : vg->lvs)
                text +=
                    padded(lv.name, 20) + padded(lv.type, 11) + padded(QString::number(lv.lps), 6) +
                    padded(QString::number(lv.lps), 6) + padded(QStringLiteral("1"), 5) +
                    padded(n.lvOpen(lv) ? QStringLiteral("open/syncd") : QStringLiteral("closed/syncd"), 14) +
                    (lv.label.isEmpty() ? QStringLiteral("N/A") : lv.label) + QLatin1Char('\n');
            s.out(text);
            continue;
        }
        const int total = n.totalPps(*vg);
        const int used = vg->usedPps();
        int open = 0;
        for (const auto& lv : vg->lvs)
            open += n.lvOpen(lv) ? 1 : 0;
        const int mb = vg->ppSizeMb;
        auto row = [](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
            return padded(l1, 16) + padded(v1, 25) + padded(l2, 16) + v2 + QLatin1Char('\n');
        };
        auto sized = [mb](int pps) { return QStringLiteral("%1 (%2 megabytes)").arg(pps).arg(pps * mb); };
        const VgRef ref = n.state().vgNames.value(name);
        QString text;
        text += row(QStringLiteral("VOLUME GROUP:"), name, QStringLiteral("VG IDENTIFIER:"), vg->id);
        text += row(QStringLiteral("VG STATE:"), QStringLiteral("active"), QStringLiteral("PP SIZE:"),
                    QString::number(mb) + QStringLiteral(" megabyte(s)"));
        text += row(QStringLiteral("VG PERMISSION:"), QStringLiteral("read/write"),
                    QStringLiteral("TOTAL PPs:"), sized(total));
        text += row(QStringLiteral("MAX LVs:"), QStringLiteral("256"), QStringLiteral("FREE PPs:"),
                    sized(total - used));
        text += row(QStringLiteral("LVs:"), QString::number(vg->lvs.size()), QStringLiteral("USED PPs:"),
                    sized(used));
        text += row(QStringLiteral("OPEN LVs:"), QString::number(open), QStringLiteral("QUORUM:"),
                    QString::number(vg->disks.size() / 2 + 1));
        text += row(QStringLiteral("TOTAL PVs:"), QString::number(vg->disks.size()),
                    QStringLiteral("VG DESCRIPTORS:"),
                    QString::number(vg->disks.size() == 1 ? 2 : vg->disks.size()));
        text += row(QStringLiteral("STALE PVs:"), QStringLiteral("0"), QStringLiteral("STALE PPs:"),
                    QStringLiteral("0"));
        text += row(QStringLiteral("ACTIVE PVs:"), QString::number(vg->disks.size()),
                    QStringLiteral("AUTO ON:"), ref.autoOn ? QStringLiteral("yes") : QStringLiteral("no"));
        text += row(QStringLiteral("MAJOR NUMBER:"), QString::number(ref.major), QString(), QString());
        s.out(text);
    }
    return rc;
}

int lspv(Session& s, const QStringList& args)
{
    if (!args.isEmpty())
        return usage(s, QStringLiteral("lspv"), QStringLiteral("lspv"));
    Node& n = s.self();
    QMap<QString, Disk> disks = n.state().disks;
    for (const auto& d : s.shared().disks)
        disks.insert(d.name, d);
    QString text;
    for (const auto& d : disks) {
        // The VG name comes from this node's ODM: a shared disk whose VG was never imported here shows None.
        const QString vg = d.vgId.isEmpty() ? QString() : n.vgName(d.vgId);
        text += padded(d.name, 15) + padded(d.pvid, 19) + (vg.isEmpty() ? QStringLiteral("None") : vg) +
                QLatin1Char('\n');
    }
    s.out(text);
    return 0;
}

int bootinfo(Session& s, const QStringList& args)
{
    // Only `bootinfo -s DISK`: the disk's size in MB on one line (AIX 4.3 Commands Reference; "not a
    // user-level command", but what administrators use on 4.2 to size a disk that is in no VG yet). The
    // simulated disks are counted in 4 MB partitions.
    if (args.size() != 2 || args.at(0) != QLatin1String("-s"))
        return usage(s, QStringLiteral("bootinfo"), QStringLiteral("bootinfo -s Disk"));
    const QString name = args.at(1);
    Node& n = s.self();
    const Disk* disk = s.shared().disks.contains(name)  ? &s.shared().disks[name]
                       : n.state().disks.contains(name) ? &n.state().disks[name]
                                                        : nullptr;
    if (!disk)
        return 1; // [u] what bootinfo prints for a disk the node does not have is not known: nothing, exit 1
    s.out(QString::number(qint64(disk->pps) * 4) + QLatin1Char('\n'));
    return 0;
}

int varyonvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("fnps"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("varyonvg"), QStringLiteral("varyonvg VG"));
    const QString name = o.operands.at(0);
    const QString why = s.self().varyOn(name);
    if (why.isEmpty())
        return 0;
    if (why == QLatin1String("0516-013")) {
        const VolumeGroup* vg = s.self().vg(name);
        s.fail(why, {name, vg ? vg->variedOnBy : QString()});
    } else {
        s.fail(why, {QStringLiteral("varyonvg"), name});
    }
    return s.fail(QStringLiteral("0516-952"), {name});
}

int varyoffvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("s"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("varyoffvg"), QStringLiteral("varyoffvg VG"));
    Node& n = s.self();
    const QString name = o.operands.at(0);
    VolumeGroup* vg = n.vg(name);
    if (!vg) {
        s.fail(QStringLiteral("0516-306"), {QStringLiteral("varyoffvg"), name});
        return s.fail(QStringLiteral("0516-942"), {name});
    }
    for (const auto& lv : vg->lvs)
        if (n.lvOpen(lv)) {
            s.fail(QStringLiteral("0516-012"), {lv.name});
            return s.fail(QStringLiteral("0516-942"), {name});
        }
    n.varyOff(name);
    return 0;
}

int importvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("V:y:fcnx"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("importvg"), QStringLiteral("importvg [-V major] [-y VG] hdisk"));
    Node& n = s.self();
    const QString diskName = o.operands.at(0);
    QString name = o.value(QLatin1Char('y'));
    if (name.isEmpty())
        for (int i = 0; name.isEmpty() || n.deviceNameUsed(name); ++i)
            name = QStringLiteral("vg") + QString::number(i).rightJustified(2, QLatin1Char('0'));
    if (n.state().vgNames.contains(name))
        return s.fail(QStringLiteral("0516-778"), {name});
    if (!s.shared().disks.contains(diskName) && !n.state().disks.contains(diskName))
        return s.fail(QStringLiteral("0516-306"), {QStringLiteral("importvg"), diskName});
    const QString vgId = s.shared().disks.contains(diskName) ? s.shared().disks[diskName].vgId : QString();
    if (vgId.isEmpty() || !s.shared().vgs.contains(vgId)) {
        s.fail(QStringLiteral("0516-306"),
               {QStringLiteral("importvg"), QStringLiteral("a volume group on ") + diskName});
        return s.fail(QStringLiteral("0516-780"), {diskName});
    }
    if (!n.vgName(vgId).isEmpty())
        return s.fail(QStringLiteral("0516-778"), {n.vgName(vgId)});
    int major = lowestFreeMajor(n.state());
    if (o.has(QLatin1Char('V'))) {
        major = o.value(QLatin1Char('V')).toInt();
        if (n.state().majorsInUse.contains(major)) {
            s.fail(QStringLiteral("0516-1215"), {QStringLiteral("importvg"), QString::number(major)});
            return s.fail(QStringLiteral("0516-780"), {diskName});
        }
    }
    VolumeGroup& vg = s.shared().vgs[vgId];
    if (!vg.variedOnBy.isEmpty() && vg.variedOnBy != n.name()) {
        s.fail(QStringLiteral("0516-013"), {name, vg.variedOnBy});
        return s.fail(QStringLiteral("0516-780"), {diskName});
    }
    // An LV whose name is already a device on this node is renamed, in the VGDA too, with a default name:
    // the trap the guide's "non-default names" rule avoids.
    for (auto& lv : vg.lvs) {
        if (!n.deviceNameUsed(lv.name))
            continue;
        const QString prefix = lv.type == QLatin1String("jfslog") ? QStringLiteral("loglv")
                               : lv.type == QLatin1String("jfs")  ? QStringLiteral("fslv")
                                                                  : QStringLiteral("lv");
        const QString old = lv.name;
        lv.name = QStringLiteral("\x01"); // out of the way while the next free default name is looked up
        QString fresh;
        for (int i = 0; fresh.isEmpty() || n.deviceNameUsed(fresh) || vg.lv(fresh); ++i)
            fresh = prefix + QString::number(i).rightJustified(2, QLatin1Char('0'));
        lv.name = fresh;
        for (auto& other : vg.lvs)
            if (other.log == old)
                other.log = fresh;
        s.fail(QStringLiteral("0516-530"), {old, fresh}, 0);
    }
    n.state().vgNames.insert(name, VgRef{vgId, major, true});
    n.state().majorsInUse << major;
    vg.variedOnBy = n.name();
    FilesystemsFile fs = n.filesystems();
    for (const auto& lv : vg.lvs) {
        if (lv.type != QLatin1String("jfs") || lv.label.isEmpty())
            continue;
        const auto stanza = FilesystemsFile::jfsStanza(lv.label, QStringLiteral("/dev/") + lv.name,
                                                       QStringLiteral("/dev/") + lv.log, lv.autoMount);
        if (auto* existing = fs.find(lv.label))
            *existing = stanza;
        else
            fs.append(stanza);
        QDir().mkpath(n.hostPath(lv.label));
    }
    n.saveFilesystems(fs);
    s.out(name + QLatin1Char('\n'));
    return 0;
}

int exportvg(Session& s, const QStringList& args)
{
    if (args.size() != 1)
        return usage(s, QStringLiteral("exportvg"), QStringLiteral("exportvg VG"));
    Node& n = s.self();
    const QString name = args.at(0);
    VolumeGroup* vg = n.vg(name);
    if (!vg)
        return s.fail(QStringLiteral("0516-306"), {QStringLiteral("exportvg"), name});
    if (n.variedOn(*vg))
        return s.fail(QStringLiteral("0516-764"));
    FilesystemsFile fs = n.filesystems();
    for (const auto& lv : vg->lvs)
        if (auto* stanza = fs.findByDevice(QStringLiteral("/dev/") + lv.name))
            fs.remove(stanza->mountPoint);
    n.saveFilesystems(fs);
    n.state().majorsInUse.removeAll(n.state().vgNames.value(name).major);
    n.state().vgNames.remove(name);
    return 0;
}

int chvg(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("a:Q:u"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("chvg"), QStringLiteral("chvg -a y|n VG"));
    Node& n = s.self();
    const QString name = o.operands.at(0);
    VolumeGroup* vg = n.vg(name);
    if (!vg)
        return s.fail(QStringLiteral("0516-306"), {QStringLiteral("chvg"), name});
    if (!n.variedOn(*vg))
        return s.fail(QStringLiteral("0516-010"), {QStringLiteral("chvg")});
    if (o.has(QLatin1Char('a'))) {
        const QString v = o.value(QLatin1Char('a'));
        if (v != QLatin1String("y") && v != QLatin1String("n"))
            return usage(s, QStringLiteral("chvg"), QStringLiteral("-a takes y or n"));
        n.state().vgNames[name].autoOn = v == QLatin1String("y");
    }
    return 0;
}

int logform(Session& s, const QStringList& args)
{
    if (args.size() != 1 || !args.at(0).startsWith(QLatin1String("/dev/")))
        return usage(s, QStringLiteral("logform"), QStringLiteral("logform /dev/LV"));
    Node& n = s.self();
    const QString device = args.at(0);
    const Node::LvRef ref = n.findLv(device.mid(5));
    if (!ref || !n.variedOn(*ref.vg)) {
        s.err(QStringLiteral("logform: 0507-522 Cannot open %1.\n").arg(device));
        return 1;
    }
    s.out(s.msg(QStringLiteral("logform-prompt"), {device}));
    std::string answer;
    std::getline(std::cin, answer);
    s.out(QStringLiteral("\n"));
    if (answer.empty() || (answer[0] != 'y' && answer[0] != 'Y'))
        return 1;
    if (n.lvOpen(*ref.lv)) {
        s.err(QStringLiteral("logform: 0507-523 %1 is in use.\n").arg(device));
        return 1;
    }
    ref.lv->formatted = true;
    return 0;
}

} // namespace aixsim
