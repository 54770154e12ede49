// The JFS commands of the simulated node: crfs, chfs, lsfs, mount, umount.
#include "Commands.h"
#include "Getopt.h"
#include "Session.h"

#include <QFileInfo>

#include <QDir>

namespace aixsim {

namespace {

int usage(Session& s, const QString& prog, const QString& text)
{
    s.err(QStringLiteral("Usage: %1\n").arg(text));
    Q_UNUSED(prog);
    return 2;
}

/** "-a name=value" attributes, as crfs and chfs take them. */
QMap<QString, QString> attributes(const Options& o)
{
    QMap<QString, QString> out;
    for (const auto& a : o.values(QLatin1Char('a'))) {
        const int eq = int(a.indexOf(QLatin1Char('=')));
        if (eq > 0)
            out.insert(a.left(eq), a.mid(eq + 1));
    }
    return out;
}

int lpsFor(int blocks512, int ppSizeMb)
{
    const int perPp = ppSizeMb * 2048;
    return (blocks512 + perPp - 1) / perPp;
}

} // namespace

int crfs(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("v:d:g:m:A:p:a:u:t:"));
    const QString usageText = QStringLiteral(
        "crfs -v jfs {-g VG | -d LV} -m MOUNTPOINT [-A yes|no] [-p rw|ro] [-a size=N] [-a logname=LV]");
    if (!o.error.isEmpty() || o.value(QLatin1Char('v')) != QLatin1String("jfs") || !o.has(QLatin1Char('m')) ||
        o.has(QLatin1Char('d')) == o.has(QLatin1Char('g')))
        return usage(s, QStringLiteral("crfs"), usageText);
    Node& n = s.self();
    const QString mp = o.value(QLatin1Char('m'));
    const auto attrs = attributes(o);
    FilesystemsFile fs = n.filesystems();
    if (fs.find(mp))
        return s.fail(QStringLiteral("0506-909"), {mp});

    QString vgName;
    QString lvName;
    if (o.has(QLatin1Char('d'))) {
        lvName = o.value(QLatin1Char('d')).section(QLatin1Char('/'), -1);
        const Node::LvRef ref = n.findLv(lvName);
        if (!ref)
            return s.fail(QStringLiteral("0516-306"), {QStringLiteral("crfs"), lvName});
        if (ref.lv->type != QLatin1String("jfs"))
            return s.fail(QStringLiteral("0506-911"), {lvName});
        if (ref.lv->formatted || !ref.lv->label.isEmpty() ||
            fs.findByDevice(QStringLiteral("/dev/") + lvName))
            return s.fail(QStringLiteral("0506-910"), {lvName}, 10);
        vgName = ref.vgName;
    } else {
        vgName = o.value(QLatin1Char('g'));
        if (!attrs.contains(QStringLiteral("size")))
            return usage(s, QStringLiteral("crfs"), usageText);
    }
    VolumeGroup* vg = n.vg(vgName);
    if (!vg)
        return s.fail(QStringLiteral("0516-306"), {QStringLiteral("crfs"), vgName});
    if (!n.variedOn(*vg))
        return s.fail(QStringLiteral("0516-010"), {QStringLiteral("crfs")});

    if (lvName.isEmpty()) {
        const int lps = lpsFor(attrs.value(QStringLiteral("size")).toInt(), vg->ppSizeMb);
        if (vg->usedPps() + lps > n.totalPps(*vg)) {
            s.fail(QStringLiteral("0516-404"));
            return s.fail(QStringLiteral("0516-822"));
        }
        LogicalVolume lv;
        lv.id = s.shared().newId(QStringLiteral("lv."));
        lv.name = n.nextDefaultName(QStringLiteral("fslv"));
        lv.type = QStringLiteral("jfs");
        lv.lps = lps;
        vg->lvs << lv;
        lvName = lv.name;
    }

    // The log: the one named, else the VG's first jfslog, else crfs makes loglvNN itself (the default name
    // the guide warns about).
    QString logName = attrs.value(QStringLiteral("logname")).section(QLatin1Char('/'), -1);
    if (!logName.isEmpty()) {
        LogicalVolume* log = vg->lv(logName);
        if (!log || log->type != QLatin1String("jfslog"))
            return s.fail(QStringLiteral("0516-306"), {QStringLiteral("crfs"), logName});
    } else {
        for (const auto& lv : vg->lvs)
            if (lv.type == QLatin1String("jfslog")) {
                logName = lv.name;
                break;
            }
        if (logName.isEmpty()) {
            LogicalVolume log;
            log.id = s.shared().newId(QStringLiteral("lv."));
            log.name = n.nextDefaultName(QStringLiteral("loglv"));
            log.type = QStringLiteral("jfslog");
            log.lps = 1;
            log.formatted = true;
            vg->lvs << log;
            logName = log.name;
        }
    }

    LogicalVolume* lv = vg->lv(lvName);
    lv->formatted = true;
    lv->label = mp;
    lv->log = logName;
    lv->autoMount = o.value(QLatin1Char('A')) == QLatin1String("yes");
    // A new filesystem is empty: a stale data directory from an earlier LV with this id cannot exist, but an
    // LV recreated by a test under the same id would: start clean.
    const QString data = n.lvDataDir(*vg, *lv);
    s.journal().removeTree(data);
    s.journal().makePath(data);
    fs.append(FilesystemsFile::jfsStanza(mp, QStringLiteral("/dev/") + lvName,
                                         QStringLiteral("/dev/") + logName, lv->autoMount));
    n.saveFilesystems(fs);
    QDir().mkpath(n.hostPath(mp));
    const int blocks = lv->lps * vg->ppSizeMb * 2048;
    s.out(s.msg(QStringLiteral("crfs-created"),
                {mp, QString::number(qint64(blocks) * 64), QString::number(blocks)}) +
          QLatin1Char('\n'));
    return 0;
}

int chfs(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("a:A:m:p:"));
    if (!o.error.isEmpty() || o.operands.size() != 1)
        return usage(s, QStringLiteral("chfs"),
                     QStringLiteral("chfs [-a log=/dev/LV] [-a size=N] [-A yes|no] FS"));
    Node& n = s.self();
    const QString mp = o.operands.at(0);
    FilesystemsFile fs = n.filesystems();
    FilesystemsFile::Stanza* stanza = fs.find(mp);
    if (!stanza)
        return s.fail(QStringLiteral("0506-915"), {QStringLiteral("chfs"), mp});
    const Node::LvRef ref = n.findLv(stanza->value(QStringLiteral("dev")).section(QLatin1Char('/'), -1));
    const auto attrs = attributes(o);
    if (attrs.contains(QStringLiteral("log"))) {
        const QString logName = attrs.value(QStringLiteral("log")).section(QLatin1Char('/'), -1);
        const Node::LvRef log = n.findLv(logName);
        if (!log || log.lv->type != QLatin1String("jfslog"))
            return s.fail(QStringLiteral("0516-306"), {QStringLiteral("chfs"), logName});
        stanza->set(QStringLiteral("log"), QStringLiteral("/dev/") + logName);
        if (ref)
            ref.lv->log = logName;
    }
    if (attrs.contains(QStringLiteral("size")) && ref) {
        const int lps = lpsFor(attrs.value(QStringLiteral("size")).toInt(), ref.vg->ppSizeMb);
        if (lps > ref.lv->lps)
            ref.lv->lps = lps;
    }
    if (o.has(QLatin1Char('A'))) {
        const bool yes = o.value(QLatin1Char('A')) == QLatin1String("yes");
        stanza->set(QStringLiteral("mount"), yes ? QStringLiteral("true") : QStringLiteral("false"));
        if (ref)
            ref.lv->autoMount = yes;
    }
    n.saveFilesystems(fs);
    return 0;
}

int lsfs(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("cql"));
    if (!o.error.isEmpty())
        return usage(s, QStringLiteral("lsfs"), QStringLiteral("lsfs [-c] [FS...]"));
    Node& n = s.self();
    FilesystemsFile fs = n.filesystems();
    QList<const FilesystemsFile::Stanza*> chosen;
    int rc = 0;
    if (o.operands.isEmpty()) {
        for (const auto& st : fs.stanzas())
            chosen << &st;
    } else {
        for (const auto& mp : o.operands) {
            const FilesystemsFile::Stanza* st = fs.find(mp);
            if (!st)
                rc = s.fail(QStringLiteral("0506-915"), {QStringLiteral("lsfs"), mp});
            else
                chosen << st;
        }
    }
    auto sizeOf = [&](const FilesystemsFile::Stanza& st) {
        const Node::LvRef ref = n.findLv(st.value(QStringLiteral("dev")).section(QLatin1Char('/'), -1));
        return ref ? QString::number(ref.lv->lps * ref.vg->ppSizeMb * 2048) : QStringLiteral("--");
    };
    if (chosen.isEmpty())
        return rc;
    QString text;
    if (o.has(QLatin1Char('c'))) {
        text = QStringLiteral("#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n");
        for (const auto* st : chosen)
            text += QStringList{st->mountPoint,
                                st->value(QStringLiteral("dev")),
                                st->value(QStringLiteral("vfs")),
                                st->value(QStringLiteral("nodename")),
                                st->value(QStringLiteral("type")),
                                sizeOf(*st),
                                st->value(QStringLiteral("options")),
                                st->value(QStringLiteral("mount")) == QLatin1String("true")
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("no"),
                                st->value(QStringLiteral("account")) == QLatin1String("true")
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("no")}
                        .join(QLatin1Char(':')) +
                    QLatin1Char('\n');
    } else {
        text = QStringLiteral(
            "Name            Nodename   Mount Pt               VFS   Size    Options    Auto Accounting\n");
        for (const auto* st : chosen) {
            const QString opts = st->value(QStringLiteral("options"));
            text += st->value(QStringLiteral("dev")).leftJustified(16) + QStringLiteral("--         ") +
                    st->mountPoint.leftJustified(23) + st->value(QStringLiteral("vfs")).leftJustified(6) +
                    sizeOf(*st).leftJustified(8) +
                    (opts.isEmpty() ? QStringLiteral("--") : opts).leftJustified(11) +
                    (st->value(QStringLiteral("mount")) == QLatin1String("true") ? QStringLiteral("yes  ")
                                                                                 : QStringLiteral("no   ")) +
                    QStringLiteral("no\n");
        }
    }
    s.out(text);
    return rc;
}

int mountCommand(Session& s, const QStringList& args)
{
    Node& n = s.self();
    if (args.isEmpty()) {
        QString text = QStringLiteral(
            "  node       mounted        mounted over    vfs       date        options      \n"
            "-------- ---------------  ---------------  ------ ------------ --------------- \n");
        for (const auto& m : n.state().mounts)
            text += QStringLiteral("         ") + m.device.leftJustified(16) + QLatin1Char(' ') +
                    m.mountPoint.leftJustified(16) + QLatin1Char(' ') + m.vfs.leftJustified(6) +
                    QLatin1Char(' ') + m.date.leftJustified(12) + QLatin1Char(' ') + m.options +
                    QLatin1Char('\n');
        s.out(text);
        return 0;
    }
    FilesystemsFile fs = n.filesystems();
    QString device;
    QString mp;
    QString log;
    if (args.size() == 1) {
        const FilesystemsFile::Stanza* st = fs.find(args.at(0));
        if (!st)
            st = fs.findByDevice(args.at(0));
        if (!st)
            return s.fail(QStringLiteral("0506-334"), {args.at(0)});
        device = st->value(QStringLiteral("dev"));
        mp = st->mountPoint;
        log = st->value(QStringLiteral("log"));
    } else if (args.size() == 2) {
        device = args.at(0);
        mp = args.at(1);
        if (const auto* st = fs.findByDevice(device))
            log = st->value(QStringLiteral("log"));
    } else {
        return usage(s, QStringLiteral("mount"), QStringLiteral("mount [FS | DEVICE DIRECTORY]"));
    }
    const QString why = n.mount(device, mp, log);
    if (!why.isEmpty())
        return s.fail(QStringLiteral("0506-324"), {device, mp, why});
    return 0;
}

int df(Session& s, const QStringList& args)
{
    // df -k PATH…: the filesystem that holds each path, found the way the kernel does, by following the path
    // (on the simulated node a mount point is a link to the LV's data): a filesystem mounted below another
    // one's later mount is not what holds its path any more.
    if (args.size() < 2 || args.first() != QLatin1String("-k"))
        return usage(s, QStringLiteral("df"), QStringLiteral("df -k PATH..."));
    Node& n = s.self();
    QString text = QStringLiteral("Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on\n");
    int status = 0;
    for (const auto& path : args.mid(1)) {
        if (!QFileInfo::exists(n.hostPath(path))) {
            s.err(QStringLiteral("df: %1: A file or directory in the path name does not exist.\n").arg(path));
            status = 1;
            continue;
        }
        const Mount* holder = n.filesystemHolding(path);
        const Node::LvRef holderLv =
            holder ? n.findLv(holder->device.section(QLatin1Char('/'), -1)) : Node::LvRef();
        const QString device = holder ? holder->device : QStringLiteral("/dev/hd4");
        const QString mountedOn = holder ? holder->mountPoint : QStringLiteral("/");
        const qint64 kb = holderLv ? qint64(holderLv.lv->lps) * holderLv.vg->ppSizeMb * 1024 : 65536;
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                    .arg(device.leftJustified(13), QString::number(kb).rightJustified(11),
                         QString::number(kb * 9 / 10).rightJustified(9),
                         QStringLiteral("10%").rightJustified(5), QStringLiteral("17").rightJustified(8),
                         QStringLiteral("1%").rightJustified(6), mountedOn);
    }
    s.out(text);
    return status;
}

int umountCommand(Session& s, const QStringList& args)
{
    if (args.size() != 1)
        return usage(s, QStringLiteral("umount"), QStringLiteral("umount FS|DEVICE"));
    const QString why = s.self().unmount(args.at(0));
    if (why.isEmpty())
        return 0;
    return s.fail(why, {args.at(0)});
}

} // namespace aixsim
