// DCE 2.2 / DFS on the simulated node: mkdce, mkdfs, lsdce, start.dce, stop.dce, start.dfs, stop.dfs,
// newaggr, dfsexport. The reference marks all their syntax unconfirmed ([u]); what the simulator accepts is
// documented in README ("Simulated node") and its messages live in resources/aixsim/messages.yaml.
// DCE's data is kept in files (dce_cf.db, krb.conf, Ep.db) under /opt/dcelocal → /etc/dce, /var/dce, so a
// node that mounts the shared filesystems sees what the other node's configuration wrote.
#include "Commands.h"
#include "Getopt.h"
#include "Session.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <iostream>
#include <string>

namespace aixsim {

namespace {

const QString kCfDb = QStringLiteral("/opt/dcelocal/etc/dce_cf.db");
const QString kDfsCfDb = QStringLiteral("/opt/dcelocal/etc/dfs_cf.db");
const QString kEpDb = QStringLiteral("/opt/dcelocal/var/dced/Ep.db");
const QStringList kDceComponents = {
    QStringLiteral("sec_srv"), QStringLiteral("cds_srv"), QStringLiteral("dts_srv"), QStringLiteral("all_cl"),
    QStringLiteral("sec_cl"),  QStringLiteral("cds_cl"),  QStringLiteral("dts_cl"),  QStringLiteral("rpc")};
const QStringList kDfsComponents = {QStringLiteral("dfs_scm"), QStringLiteral("dfs_fldb"),
                                    QStringLiteral("dfs_srv"), QStringLiteral("dfs_cl")};

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
    QStringList components =
        existing.value(QStringLiteral("components")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& c : o.operands) {
        if (components.contains(c)) {
            s.out(QStringLiteral("%1 is already configured.\n").arg(c));
            continue;
        }
        components << c;
        s.out(QStringLiteral("Configuring %1 for cell /.../%2 ... done.\n").arg(c, cell));
    }
    n.writeFile(kCfDb, keyed({{QStringLiteral("cellname"), QStringLiteral("/.../") + cell},
                              {QStringLiteral("hostname"), QStringLiteral("hosts/") + host},
                              {QStringLiteral("components"), components.join(QLatin1Char(' '))}}));
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
        n.writeFile(
            QStringLiteral("/opt/dcelocal/etc/CacheInfo"),
            QStringLiteral("/...:%1:%2\n")
                .arg(cache, o.has(QLatin1Char('s')) ? o.value(QLatin1Char('s')) : QStringLiteral("10000"))
                .toUtf8());
        n.state().dce.cacheDir = cache;
    }
    QStringList components = readKeyed(n, kDfsCfDb)
                                 .value(QStringLiteral("components"))
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto& c : o.operands)
        if (!components.contains(c)) {
            components << c;
            s.out(QStringLiteral("Configuring %1 ... done.\n").arg(c));
        }
    n.writeFile(kDfsCfDb, keyed({{QStringLiteral("cellname"), QStringLiteral("/.../") + cell},
                                 {QStringLiteral("components"), components.join(QLatin1Char(' '))}}));
    // The global root and the cell's short names, as DFS configuration makes them.
    s.journal().makePath(n.hostPath(QStringLiteral("/...")));
    for (const auto& [link, target] :
         {std::pair{QStringLiteral("/.:"), QStringLiteral("/.../") + cell},
          std::pair{QStringLiteral("/:"), QStringLiteral("/.../") + cell + QStringLiteral("/fs")}})
        if (!QFileInfo(n.hostPath(link)).isSymLink())
            s.journal().link(target, n.hostPath(link));
    n.state().dce.dfsComponents = components;
    n.state().dce.dfsRunning = true;
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
                            cf.value(QStringLiteral("components")),
                            n.state().dce.dceRunning ? QStringLiteral("running") : QStringLiteral("stopped"));
    const auto dfs = readKeyed(n, kDfsCfDb);
    if (!dfs.isEmpty())
        text += QStringLiteral("DFS:         %1 (%2)\n")
                    .arg(n.state().dce.dfsRunning ? QStringLiteral("running") : QStringLiteral("stopped"),
                         dfs.value(QStringLiteral("components")));
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
    if (!QFileInfo::exists(n.hostPath(kDfsCfDb)))
        return s.fail(QStringLiteral("dfs-not-configured"), {QStringLiteral("start.dfs")});
    if (!n.state().dce.dfsRunning)
        s.out(QStringLiteral("Starting dfsd ... fxd ... flserver ... done.\n"));
    n.state().dce.dfsRunning = true;
    return 0;
}

int stopDfs(Session& s, const QStringList&)
{
    Node& n = s.self();
    if (n.state().dce.dfsRunning)
        s.out(QStringLiteral("Stopping DFS daemons ... done.\n"));
    n.state().dce.dfsRunning = false;
    return 0;
}

int newaggr(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("a:b:f:"));
    // DCE spells its options "-aggregate /dev/LV -bsize N -fragsize N"; accept the long words.
    QString device;
    for (int i = 0; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("-aggregate"))
            device = args.at(i + 1);
    Q_UNUSED(o);
    if (device.isEmpty())
        return s.fail(
            QStringLiteral("dce-usage"),
            {QStringLiteral("newaggr"), QStringLiteral("newaggr -aggregate /dev/LV [-bsize N -fragsize N]")},
            2);
    Node& n = s.self();
    const Node::LvRef ref = n.findLv(device.section(QLatin1Char('/'), -1));
    if (!ref || !n.variedOn(*ref.vg)) {
        s.err(QStringLiteral("newaggr: cannot open %1.\n").arg(device));
        return 1;
    }
    ref.lv->formatted = true;
    ref.lv->label = QStringLiteral("aggregate");
    s.out(QStringLiteral("%1: Aggregate initialized.\n").arg(device));
    return 0;
}

int dfsexport(Session& s, const QStringList& args)
{
    QString aggregate;
    for (int i = 0; i + 1 < args.size(); ++i)
        if (args.at(i) == QLatin1String("-aggregate"))
            aggregate = args.at(i + 1);
    if (aggregate.isEmpty())
        return s.fail(QStringLiteral("dce-usage"),
                      {QStringLiteral("dfsexport"), QStringLiteral("dfsexport -aggregate NAME")}, 2);
    Node& n = s.self();
    if (!n.state().dce.dfsRunning)
        return s.fail(QStringLiteral("dce-not-running"), {QStringLiteral("dfsexport")});
    if (!n.state().dce.aggregates.contains(aggregate))
        n.state().dce.aggregates << aggregate;
    return 0;
}

} // namespace aixsim
