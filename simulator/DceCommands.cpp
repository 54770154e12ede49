// DCE 2.2 / DFS on the simulated node: mkdce, mkdfs, lsdce, start.dce, stop.dce, start.dfs, stop.dfs,
// newaggr, dfsexport. The reference marks all their syntax unconfirmed ([u]); what the simulator accepts is
// documented in README ("Simulated node") and its messages live in resources/aixsim/messages.yaml.
// DCE's data is kept in files (dce_cf.db, krb.conf, Ep.db, CacheInfo, dfstab) under /opt/dcelocal → /etc/dce,
// /var/dce, so a node that mounts the shared filesystems sees what the other node's configuration wrote.
// dce_cf.db holds only what the real one holds (cellname, hostname); which components were configured is kept
// in the simulator's own file beside it (.aixsim-components), which the wizard never reads: it checks the
// running daemons (ps) instead, by resources/dce-components.yaml, the table this file reads too.
#include "Commands.h"
#include "DceComponentTable.h"
#include "Getopt.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <iostream>
#include <string>
#include <yaml-cpp/yaml.h>

namespace aixsim {

namespace {

const QString kCfDb = QStringLiteral("/opt/dcelocal/etc/dce_cf.db");
const QString kComponents = QStringLiteral("/opt/dcelocal/etc/.aixsim-components");
const QString kCacheInfo = QStringLiteral("/opt/dcelocal/etc/CacheInfo");
const QString kDfstab = QStringLiteral("/opt/dcelocal/var/dfs/dfstab");
const QString kEpDb = QStringLiteral("/opt/dcelocal/var/dced/Ep.db");
const QStringList kDceComponents = {
    QStringLiteral("sec_srv"), QStringLiteral("cds_srv"), QStringLiteral("dts_srv"), QStringLiteral("all_cl"),
    QStringLiteral("sec_cl"),  QStringLiteral("cds_cl"),  QStringLiteral("dts_cl"),  QStringLiteral("rpc")};
const QStringList kDfsComponents = {QStringLiteral("dfs_scm"), QStringLiteral("dfs_fldb"),
                                    QStringLiteral("dfs_srv"), QStringLiteral("dfs_cl")};

/** The daemons each component runs (resources/dce-components.yaml). */
QStringList daemonsOf(const QString& component)
{
    return dceha::dceComponentDaemons().value(component);
}

/** "key value" lines of dce_cf.db and friends. */
QMap<QString, QString> readKeyed(Node& n, const QString& path)
{
    QMap<QString, QString> out;
    for (const auto& line : QString::fromUtf8(n.readFile(path)).split(QLatin1Char('\n'))) {
        const int sp = int(line.indexOf(QLatin1Char(' ')));
        if (sp > 0)
            out.insert(line.left(sp), line.mid(sp + 1));
    }
    return out;
}

QByteArray keyed(const QList<QPair<QString, QString>>& pairs)
{
    QByteArray out;
    for (const auto& [k, v] : pairs)
        out += (k + QLatin1Char(' ') + v + QLatin1Char('\n')).toUtf8();
    return out;
}

bool configured(Node& n)
{
    return QFileInfo::exists(n.hostPath(kCfDb));
}

bool needFileset(Session& s, const QString& prog, const QString& fileset)
{
    if (s.self().state().filesets.contains(fileset))
        return true;
    s.fail(QStringLiteral("dce-not-installed"), {prog, fileset});
    return false;
}

/** Adds `kerberos5 88/udp kdc` unless an uncommented kerberos5 entry exists, as DCE's security server
 * configuration does. */
void addKerberos5(Node& n)
{
    QByteArray services = n.readFile(QStringLiteral("/etc/services"));
    static const QRegularExpression entry(QStringLiteral("^kerberos5[ \\t]"),
                                          QRegularExpression::MultilineOption);
    if (entry.match(QString::fromUtf8(services)).hasMatch())
        return;
    if (!services.isEmpty() && !services.endsWith('\n'))
        services += '\n';
    n.writeFile(QStringLiteral("/etc/services"), services + "kerberos5\t88/udp\t\tkdc\n");
}

void writeRuntimeFiles(Node& n)
{
    n.writeFile(kEpDb, QStringLiteral("node %1\nhost %2\n").arg(n.name(), n.state().hostname).toUtf8());
    n.writeFile(QStringLiteral("/opt/dcelocal/var/security/creds/dcecred_%1").arg(n.name()),
                QByteArrayLiteral("simulated machine credentials\n"));
}

} // namespace

void exportAtStart(Node& n);

/** The DFS client reads its cache directory from CacheInfo (/...:DIR:KB) when it starts: what holds that
 * directory then is where it caches. */
void recordCachePlacement(Node& n)
{
    const QString info = QString::fromUtf8(n.readFile(kCacheInfo)).trimmed();
    if (info.isEmpty()) {
        n.state().dce.cachePlacement.clear();
        return;
    }
    const QString dir = info.section(QLatin1Char(':'), 1, 1);
    n.state().dce.cacheDir = dir;
    const bool exists = QFileInfo(n.hostPath(dir)).isDir();
    const Mount* own = n.mountAt(dir);
    const Mount* holder = exists ? n.filesystemHolding(dir) : nullptr;
    const Node::LvRef ref = holder ? n.findLv(holder->device.section(QLatin1Char('/'), -1)) : Node::LvRef();
    QString placement;
    if (!exists)
        placement = QStringLiteral("missing");
    else if (own && holder != own)
        placement = QStringLiteral("hidden ") + own->device;
    else if (!holder)
        placement = QStringLiteral("root");
    else
        placement =
            (ref && ref.vg->shared ? QStringLiteral("shared ") : QStringLiteral("local ")) + holder->device;
    n.state().dce.cachePlacement = placement;
}

QStringList runningDceDaemons(Node& n)
{
    QStringList out;
    const auto add = [&out](const QStringList& components) {
        for (const auto& c : components)
            for (const auto& d : daemonsOf(c))
                if (!out.contains(d))
                    out << d;
    };
    if (n.state().dce.dceRunning)
        add(n.state().dce.components.isEmpty() ? QStringList{QStringLiteral("rpc")}
                                               : n.state().dce.components);
    if (n.state().dce.dfsRunning)
        add(n.state().dce.dfsComponents);
    return out;
}

int mkdce(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("n:h:s:c:"));
    const QString usageText =
        QStringLiteral("mkdce -n CELL [-h DCE_HOSTNAME] [-s SEC_SERVER] [-c CDS_SERVER] COMPONENT... "
                       "(cell_admin password on standard input)");
    if (!o.error.isEmpty() || !o.has(QLatin1Char('n')) || o.operands.isEmpty())
        return s.fail(QStringLiteral("dce-usage"), {QStringLiteral("mkdce"), usageText}, 2);
    for (const auto& c : o.operands)
        if (!kDceComponents.contains(c))
            return s.fail(QStringLiteral("dce-bad-component"), {QStringLiteral("mkdce"), c}, 2);
    Node& n = s.self();
    if (!needFileset(s, QStringLiteral("mkdce"), QStringLiteral("dce.client.core.rte")) ||
        (o.operands.contains(QStringLiteral("sec_srv")) &&
         !needFileset(s, QStringLiteral("mkdce"), QStringLiteral("dce.security.rte"))) ||
        (o.operands.contains(QStringLiteral("cds_srv")) &&
         !needFileset(s, QStringLiteral("mkdce"), QStringLiteral("dce.cds.rte"))))
        return 1;
    const QString cell = o.value(QLatin1Char('n'));
    const auto existing = readKeyed(n, kCfDb);
    if (!existing.isEmpty() && existing.value(QStringLiteral("cellname")) != QStringLiteral("/.../") + cell)
        return s.fail(QStringLiteral("dce-already"),
                      {QStringLiteral("mkdce"), existing.value(QStringLiteral("cellname"))});
    const bool servers =
        o.operands.contains(QStringLiteral("sec_srv")) || o.operands.contains(QStringLiteral("cds_srv"));
    if (servers) {
        bool serviceUp = false;
        for (const auto& a : s.shared().cluster.adapters)
            for (const auto& i : n.state().interfaces)
                serviceUp = serviceUp || (a.type == QLatin1String("service") && i.address == a.address);
        if (!serviceUp)
            return s.fail(QStringLiteral("dce-no-service-ip"), {QStringLiteral("mkdce")});
    }
    std::string password;
    std::getline(std::cin, password);
    if (password.empty())
        return s.fail(QStringLiteral("dce-no-password"), {QStringLiteral("mkdce")});

    const QString host = o.has(QLatin1Char('h')) ? o.value(QLatin1Char('h')) : n.state().hostname;
    const auto configuredBefore = readKeyed(n, kComponents);
    QStringList components =
        configuredBefore.value(QStringLiteral("dce")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& c : o.operands) {
        if (components.contains(c)) {
            s.out(QStringLiteral("%1 is already configured.\n").arg(c));
            continue;
        }
        components << c;
        s.out(QStringLiteral("Configuring %1 for cell /.../%2 ... done.\n").arg(c, cell));
    }
    n.writeFile(kCfDb, keyed({{QStringLiteral("cellname"), QStringLiteral("/.../") + cell},
                              {QStringLiteral("hostname"), QStringLiteral("hosts/") + host}}));
    n.writeFile(kComponents, keyed({{QStringLiteral("dce"), components.join(QLatin1Char(' '))},
                                    {QStringLiteral("dfs"), configuredBefore.value(QStringLiteral("dfs"))}}));
    if (o.operands.contains(QStringLiteral("sec_srv"))) {
        n.writeFile(QStringLiteral("/krb5/krb.conf"), QStringLiteral("%1\n%1 %2\n").arg(cell, host).toUtf8());
        n.writeFile(QStringLiteral("/krb5/v5srvtab"), QByteArrayLiteral("simulated key table\n"));
        n.writeFile(QStringLiteral("/opt/dcelocal/var/security/rgy_data/rgy_master"), cell.toUtf8() + '\n');
        addKerberos5(n);
    }
    if (o.operands.contains(QStringLiteral("cds_srv")))
        n.writeFile(QStringLiteral("/opt/dcelocal/var/directory/cds/") + cell + QStringLiteral("#") + host,
                    QByteArrayLiteral("simulated clearinghouse\n"));
    const QByteArray rpc = qgetenv("RPC_UNSUPPORTED_NETADDRS");
    n.state().dce.configEnvironment = rpc.isNull() ? QStringLiteral("(unset)") : QString::fromUtf8(rpc);
    n.state().dce.cell = cell;
    n.state().dce.components = components;
    writeRuntimeFiles(n);
    n.state().dce.dceRunning = true;
    return 0;
}

int mkdfs(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("c:s:"));
    if (!o.error.isEmpty() || o.operands.isEmpty())
        return s.fail(
            QStringLiteral("dce-usage"),
            {QStringLiteral("mkdfs"), QStringLiteral("mkdfs [-c CACHE_DIR] [-s CACHE_KB] COMPONENT...")}, 2);
    for (const auto& c : o.operands)
        if (!kDfsComponents.contains(c))
            return s.fail(QStringLiteral("dce-bad-component"), {QStringLiteral("mkdfs"), c}, 2);
    Node& n = s.self();
    const bool servers = o.operands != QStringList{QStringLiteral("dfs_cl")};
    if ((o.operands.contains(QStringLiteral("dfs_cl")) &&
         !needFileset(s, QStringLiteral("mkdfs"), QStringLiteral("dce.client.dfs.rte"))) ||
        (servers && !needFileset(s, QStringLiteral("mkdfs"), QStringLiteral("dce.dfs_server.rte"))))
        return 1;
    if (!configured(n))
        return s.fail(QStringLiteral("dce-not-configured"), {QStringLiteral("mkdfs")});
    if (!n.state().dce.dceRunning)
        return s.fail(QStringLiteral("dce-not-running"), {QStringLiteral("mkdfs")});
    const QString cell = readKeyed(n, kCfDb).value(QStringLiteral("cellname")).mid(5);
    const QString cache =
        o.has(QLatin1Char('c')) ? o.value(QLatin1Char('c')) : QStringLiteral("/var/dce/adm/dfs/cache");
    if (o.operands.contains(QStringLiteral("dfs_cl"))) {
        if (!QFileInfo(n.hostPath(cache)).isDir()) {
            s.err(QStringLiteral("mkdfs: the DFS client cache directory %1 does not exist.\n").arg(cache));
            return 1;
        }
        n.writeFile(kCacheInfo, QStringLiteral("/...:%1:%2\n")
                                    .arg(cache, o.has(QLatin1Char('s')) ? o.value(QLatin1Char('s'))
                                                                        : QStringLiteral("10000"))
                                    .toUtf8());
        n.state().dce.cacheDir = cache;
    }
    const auto configuredBefore = readKeyed(n, kComponents);
    QStringList components =
        configuredBefore.value(QStringLiteral("dfs")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& c : o.operands)
        if (!components.contains(c)) {
            components << c;
            s.out(QStringLiteral("Configuring %1 ... done.\n").arg(c));
        }
    n.writeFile(kComponents, keyed({{QStringLiteral("dce"), configuredBefore.value(QStringLiteral("dce"))},
                                    {QStringLiteral("dfs"), components.join(QLatin1Char(' '))}}));
    // The global root and the cell's short names, as DFS configuration makes them.
    s.journal().makePath(n.hostPath(QStringLiteral("/...")));
    for (const auto& [link, target] :
         {std::pair{QStringLiteral("/.:"), QStringLiteral("/.../") + cell},
          std::pair{QStringLiteral("/:"), QStringLiteral("/.../") + cell + QStringLiteral("/fs")}})
        if (!QFileInfo(n.hostPath(link)).isSymLink())
            s.journal().link(target, n.hostPath(link));
    if (servers)
        s.journal().makePath(n.hostPath(QStringLiteral("/opt/dcelocal/var/dfs")));
    n.state().dce.dfsComponents = components;
    n.state().dce.dfsRunning = true;
    recordCachePlacement(n);
    return 0;
}

int lsdce(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (!configured(n))
        return s.fail(QStringLiteral("dce-not-configured"), {QStringLiteral("lsdce")});
    const auto cf = readKeyed(n, kCfDb);
    QString text = QStringLiteral("Cell name:   %1\nHost name:   %2\nComponents:  %3\nDCE:         %4\n")
                       .arg(cf.value(QStringLiteral("cellname")), cf.value(QStringLiteral("hostname")),
                            readKeyed(n, kComponents).value(QStringLiteral("dce")),
                            n.state().dce.dceRunning ? QStringLiteral("running") : QStringLiteral("stopped"));
    const QString dfs = readKeyed(n, kComponents).value(QStringLiteral("dfs"));
    if (!dfs.isEmpty())
        text +=
            QStringLiteral("DFS:         %1 (%2)\n")
                .arg(n.state().dce.dfsRunning ? QStringLiteral("running") : QStringLiteral("stopped"), dfs);
    if (!n.state().dce.cachePlacement.isEmpty())
        text += QStringLiteral("DFS cache:   %1 (%2)\n")
                    .arg(n.state().dce.cacheDir, n.state().dce.cachePlacement);
    s.out(text);
    return 0;
}

int startDce(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (!needFileset(s, QStringLiteral("start.dce"), QStringLiteral("dce.client.core.rte")))
        return 1;
    if (!configured(n))
        return s.fail(QStringLiteral("dce-not-configured"), {QStringLiteral("start.dce")});
    if (n.state().dce.dceRunning) {
        s.out(QStringLiteral("DCE daemons are already running.\n"));
        return 0;
    }
    // A stale endpoint map from another node's run: the guide deletes it (and the credentials) before start.
    const auto ep = readKeyed(n, kEpDb);
    if (!ep.isEmpty() && ep.value(QStringLiteral("node")) != n.name())
        return s.fail(QStringLiteral("dce-stale-ep"), {kEpDb});
    writeRuntimeFiles(n);
    n.state().dce.dceRunning = true;
    n.state().dce.components =
        readKeyed(n, kComponents).value(QStringLiteral("dce")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    s.out(QStringLiteral("Starting dced ... secd ... cdsadv ... cdsd ... dtsd ... done (hostname %1).\n")
              .arg(n.state().hostname));
    return 0;
}

int stopDce(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (n.state().dce.dfsRunning)
        return s.fail(QStringLiteral("dfs-running"));
    if (n.state().dce.dceRunning)
        s.out(QStringLiteral("Stopping DCE daemons ... done.\n"));
    n.state().dce.dceRunning = false;
    return 0;
}

int startDfs(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (!n.state().dce.dceRunning)
        return s.fail(QStringLiteral("dce-not-running"), {QStringLiteral("start.dfs")});
    if (readKeyed(n, kComponents).value(QStringLiteral("dfs")).isEmpty())
        return s.fail(QStringLiteral("dfs-not-configured"), {QStringLiteral("start.dfs")});
    if (!n.state().dce.dfsRunning)
        s.out(QStringLiteral("Starting dfsd ... fxd ... flserver ... done.\n"));
    n.state().dce.dfsRunning = true;
    n.state().dce.dfsComponents =
        readKeyed(n, kComponents).value(QStringLiteral("dfs")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    exportAtStart(n);
    recordCachePlacement(n);
    return 0;
}

int stopDfs(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (n.state().dce.dfsRunning)
        s.out(QStringLiteral("Stopping DFS daemons ... done.\n"));
    n.state().dce.dfsRunning = false;
    n.state().dce.aggregates.clear();
    return 0;
}

int newaggr(Session& s, const QStringList& args)
{
    // OSF DFS spells its options as words: newaggr -aggregate DEVICE -blocksize N -fragsize N [-overwrite].
    QString device, blocksize, fragsize;
    bool overwrite = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool valued = a == QLatin1String("-aggregate") || a == QLatin1String("-blocksize") ||
                            a == QLatin1String("-fragsize");
        if (valued && i + 1 < args.size()) {
            const QString v = args.at(++i);
            (a == QLatin1String("-aggregate")   ? device
             : a == QLatin1String("-blocksize") ? blocksize
                                                : fragsize) = v;
        } else if (a == QLatin1String("-overwrite")) {
            overwrite = true;
        } else {
            device.clear();
            break;
        }
    }
    if (device.isEmpty() || blocksize.isEmpty() || fragsize.isEmpty())
        return s.fail(
            QStringLiteral("dce-usage"),
            {QStringLiteral("newaggr"),
             QStringLiteral("newaggr -aggregate DEVICE -blocksize BYTES -fragsize BYTES [-overwrite]")},
            2);
    Node& n = s.self();
    const Node::LvRef ref = n.findLv(device.section(QLatin1Char('/'), -1));
    if (!ref || !n.variedOn(*ref.vg))
        return s.fail(QStringLiteral("dfs-aggr-cannot-open"), {QStringLiteral("newaggr"), device});
    // Like logform, newaggr destroys what the device holds: it refuses an aggregate unless told to overwrite.
    if (ref.lv->label == QLatin1String("aggregate") && !overwrite)
        return s.fail(QStringLiteral("dfs-aggr-exists"), {device});
    ref.lv->formatted = true;
    ref.lv->label = QStringLiteral("aggregate");
    s.out(QStringLiteral("%1: Aggregate initialized.\n").arg(device));
    return 0;
}

int salvage(Session& s, const QStringList& args)
{
    // Only the read-only check: salvage -aggregate DEVICE -verifyonly.
    if (args.size() != 3 || args.at(0) != QLatin1String("-aggregate") ||
        args.at(2) != QLatin1String("-verifyonly"))
        return s.fail(QStringLiteral("dce-usage"),
                      {QStringLiteral("salvage"), QStringLiteral("salvage -aggregate DEVICE -verifyonly")},
                      2);
    Node& n = s.self();
    const Node::LvRef ref = n.findLv(args.at(1).section(QLatin1Char('/'), -1));
    if (!ref || !n.variedOn(*ref.vg))
        return s.fail(QStringLiteral("dfs-aggr-cannot-open"), {QStringLiteral("salvage"), args.at(1)});
    if (ref.lv->label != QLatin1String("aggregate"))
        return s.fail(QStringLiteral("dfs-not-aggregate"), {args.at(1)});
    s.out(QStringLiteral("%1: aggregate verified.\n").arg(args.at(1)));
    return 0;
}

namespace {

/** dfstab's entries: DEVICE NAME TYPE ID, by aggregate name. */
QMap<QString, QStringList> dfstab(Node& n)
{
    QMap<QString, QStringList> out;
    for (const auto& line : QString::fromUtf8(n.readFile(kDfstab)).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() >= 4 && !f.first().startsWith(QLatin1Char('#')))
            out.insert(f.at(1), f);
    }
    return out;
}

/** Exports @p name from dfstab; empty when it worked, else the message id. */
QString exportAggregate(Node& n, const QMap<QString, QStringList>& table, const QString& name)
{
    if (!table.contains(name))
        return QStringLiteral("dfs-not-in-dfstab");
    const Node::LvRef ref = n.findLv(table.value(name).first().section(QLatin1Char('/'), -1));
    if (!ref || !n.variedOn(*ref.vg) || ref.lv->label != QLatin1String("aggregate"))
        return QStringLiteral("dfs-aggr-cannot-open");
    if (!n.state().dce.aggregates.contains(name))
        n.state().dce.aggregates << name;
    return {};
}

} // namespace

int dfsexport(Session& s, const QStringList& args)
{
    Node& n = s.self();
    const auto table = dfstab(n);
    if (args.isEmpty()) {
        // Without options: the aggregates exported now, as dfstab names them.
        QString text;
        for (const auto& name : n.state().dce.aggregates)
            text += table.value(name, {QString(), name}).join(QLatin1Char(' ')) + QLatin1Char('\n');
        s.out(text);
        return 0;
    }
    QStringList names;
    if (args == QStringList{QStringLiteral("-all")})
        names = table.keys();
    else if (args.size() == 2 && args.first() == QLatin1String("-aggregate"))
        names << args.at(1);
    else
        return s.fail(QStringLiteral("dce-usage"),
                      {QStringLiteral("dfsexport"), QStringLiteral("dfsexport [-aggregate NAME | -all]")}, 2);
    if (!n.state().dce.dfsRunning)
        return s.fail(QStringLiteral("dce-not-running"), {QStringLiteral("dfsexport")});
    for (const auto& name : names)
        if (const QString why = exportAggregate(n, table, name); !why.isEmpty())
            return s.fail(why, {QStringLiteral("dfsexport"), name});
    return 0;
}

/** DFS's start exports what dfstab lists (the rc scripts' dfsexport -all); an aggregate whose device is not
 * reachable here stays unexported. */
void exportAtStart(Node& n)
{
    const auto table = dfstab(n);
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        exportAggregate(n, table, it.key());
}

} // namespace aixsim
