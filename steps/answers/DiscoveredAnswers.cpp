#include "DiscoveredAnswers.h"

#include "procedure/LvmOutput.h"
#include "system/YamlOutput.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace dceha {

namespace {

using View = NodeDiscovery::ClusterView;
using Group = NodeDiscovery::ResourceGroup;

// What no listing says: the guide's names and the demo cluster's sizes, said as defaults in the file.
constexpr int kJfslogLps = 1;
struct DefaultFilesystem
{
    const char* mount;
    const char* lv;
    int sizeMb;
};
constexpr DefaultFilesystem kFilesystems[] = {
    {"/var/dce", "dcevarlv", 64}, {"/etc/dce", "dceetclv", 16}, {"/krb5", "dcekrb5lv", 8}};
constexpr int kCacheMb = 40;
constexpr int kAggregateMb = 128;
constexpr int kMaxPpsPerDisk = 1016;

QString scalar(const QString& s)
{
    YAML::Emitter e;
    yamlout::string(e, s);
    return QString::fromUtf8(e.c_str());
}

QString seq(const QStringList& list)
{
    YAML::Emitter e;
    yamlout::strings(e, list);
    return QString::fromUtf8(e.c_str());
}

/** The answers file being written: one `key: value  # source` line at a time. */
class Text
{
public:
    explicit Text(QMap<QString, QString>& sources) : m_sources(sources) {}
    void line(const QString& text)
    {
        m_lines << text;
        // A section's key ("network:") is the prefix of the values below it.
        if (!text.startsWith(QLatin1Char(' ')) && !text.startsWith(QLatin1Char('#')) &&
            text.endsWith(QLatin1Char(':')))
            m_section = text.chopped(1);
    }
    /** A whole line (a list item, a one-line mapping) of @p field, with its source. */
    void sourced(const QString& field, const QString& text, const QString& source)
    {
        m_lines << text.leftJustified(44) + QStringLiteral("  # ") + source;
        m_sources.insert(field, source);
    }
    void value(int depth, const QString& key, const QString& value, const QString& source)
    {
        if (!source.isEmpty())
            m_sources.insert(depth == 0 ? key : m_section + QLatin1Char('.') + key, source);
        QString l = QString(depth * 2, QLatin1Char(' ')) + key + QStringLiteral(": ") + value;
        if (!source.isEmpty())
            l = l.leftJustified(44) + QStringLiteral("  # ") + source;
        m_lines << l;
    }
    QByteArray bytes() const { return (m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(); }

private:
    QStringList m_lines;
    QMap<QString, QString>& m_sources;
    QString m_section;
};

QString addressOf(const View& v, const QString& label)
{
    for (const auto& i : v.interfaces)
        if (i.label == label)
            return i.address;
    return QString();
}

QStringList addressesOf(const View& v, const QStringList& labels)
{
    QStringList out;
    for (const auto& l : labels)
        if (const QString a = addressOf(v, l); !a.isEmpty())
            out << a;
    return out;
}

QStringList ownAddresses(const View& v, const QString& type, QStringList* labels)
{
    QStringList out;
    for (const auto& i : v.interfaces)
        if (i.node == v.hostname && i.type == type) {
            out << i.address;
            *labels << i.label;
        }
    return out;
}

const Group* homedAt(const QList<Group>& groups, const QString& node)
{
    for (const auto& g : groups)
        if (g.nodes.value(0) == node)
            return &g;
    return nullptr;
}

bool holds(const Group* g, const QString& node)
{
    return g && g->nodes.contains(node);
}

QString describe(const Group& g)
{
    return QStringLiteral("%1: %2, nodes %3").arg(g.name, g.policy, g.nodes.join(QLatin1Char(' ')));
}

/** The lowest major number of at least 10 free on every node given (lvlstmajor's output each). */
int lowestCommonMajor(const QStringList& frees)
{
    for (int m = 10; m < 65536; ++m)
        if (std::all_of(frees.cbegin(), frees.cend(), [m](const QString& f) { return lvm::majorFree(f, m); }))
            return m;
    return 0;
}

qint64 lpsFor(qint64 sizeMb, qint64 pp)
{
    return std::max<qint64>(1, (sizeMb + pp - 1) / pp);
}

} // namespace

DiscoveredAnswers DiscoveredAnswers::derive(const View& here, const View* peer, const QString& givenRole)
{
    DiscoveredAnswers d;
    Text t(d.sources);
    const QString me = here.hostname;
    t.line(QStringLiteral(
               "# Answers derived from the node %1 by dce-ha-wizard --discover, %2; nothing was changed.")
               .arg(me, QDateTime::currentDateTime().toString(Qt::ISODate)));
    t.line(QStringLiteral("# Each value says where it came from: a listing of the node (HACMP's, AIX's) or a "
                          "default. Check them,"));
    t.line(QStringLiteral("# add the cell name below, run --preflight, then the integration."));
    for (const auto& p : here.problems)
        t.line(QStringLiteral("# NOT READ: ") + p);
    const auto level = [&here](const char* fileset) {
        return here.filesets.value(QLatin1String(fileset), QStringLiteral("not installed"));
    };
    t.line(
        QStringLiteral(
            "# %1 (lslpp -l): AIX bos.rte %2, HACMP cluster.base.server.rte %3, DCE dce.client.core.rte %4")
            .arg(me, level("bos.rte"), level("cluster.base.server.rte"), level("dce.client.core.rte")));
    if (here.groups.isEmpty()) {
        d.problems << QStringLiteral(
                          "HACMP has no resource group on %1 (cllsgrp): define the cluster's topology "
                          "and resources first (guide ch. 3, step 1)")
                          .arg(me);
        d.text = t.bytes();
        return d;
    }
    QStringList nodes;
    for (const auto& g : here.groups)
        for (const auto& n : g.nodes)
            if (!nodes.contains(n))
                nodes << n;
    QString other;
    for (const auto& n : nodes)
        if (n != me)
            other = n;
    if (!nodes.contains(me))
        d.problems << QStringLiteral("this node (%1) is in none of HACMP's resource groups (nodes %2)")
                          .arg(me, nodes.join(QLatin1Char(' ')));

    // The configuration from the groups' policies and node lists (guide ch. 2's four configurations).
    const Group* rotating = nullptr;
    for (const auto& g : here.groups)
        if (g.policy == QLatin1String("rotating") && holds(&g, me))
            rotating = &g;
    const Group* mine = homedAt(here.groups, me);
    const Group* theirs = other.isEmpty() ? nullptr : homedAt(here.groups, other);
    QString configuration, why;
    const Group* dce = nullptr; // the group holding the shared VG and DCE's filesystems
    QString owner;
    if (rotating) {
        configuration = QStringLiteral("hot-standby-rotating");
        dce = rotating;
        owner = rotating->nodes.value(0);
        why = QStringLiteral("HACMP: %1").arg(describe(*rotating));
    } else if (mine && theirs && holds(mine, other) && holds(theirs, me)) {
        configuration = QStringLiteral("mutual-takeover-cascading");
        owner = here.groups.first().nodes.value(0);
        why = QStringLiteral("HACMP: %1 and %2 take each other over").arg(mine->name, theirs->name);
    } else if (mine && theirs) {
        configuration = QStringLiteral("one-sided-takeover-cascading");
        dce = holds(mine, other) ? mine : theirs;
        owner = dce->nodes.value(0);
        why = QStringLiteral("HACMP: %1; %2 is %3's own")
                  .arg(describe(*dce), (dce == mine ? theirs : mine)->name, (dce == mine ? other : me));
    } else {
        dce = mine ? mine : theirs;
        if (!dce)
            dce = &here.groups.first();
        configuration = QStringLiteral("hot-standby-cascading");
        owner = dce->nodes.value(0);
        why = QStringLiteral("HACMP: %1; %2 is the home of none").arg(describe(*dce), dce->nodes.value(1));
    }
    const QString role = !givenRole.isEmpty() ? givenRole
                         : owner == me        ? QStringLiteral("owner")
                                              : QStringLiteral("standby");
    const bool isOwner = role == QLatin1String("owner");
    const bool mutual = configuration == QLatin1String("mutual-takeover-cascading");
    t.value(0, QStringLiteral("configuration"), configuration,
            why + QStringLiteral(" (cllsgrp, odmget HACMPgroup)"));
    t.value(0, QStringLiteral("role"), role,
            !givenRole.isEmpty()
                ? QStringLiteral("given with --role")
                : QStringLiteral("%1 is the %2 node (HACMP's priority order)")
                      .arg(me, owner == me ? QStringLiteral("first") : QStringLiteral("second")));
    t.line(QStringLiteral(
        "# cell_name: ADD IT: the DCE cell's name, e.g. ha.example.com (no node knows it before "
        "DCE is configured)"));
    t.value(0, QStringLiteral("dfs"), QStringLiteral("true"),
            QStringLiteral("default: the guide integrates DCE and DFS; false for DCE alone"));
    if (rotating)
        t.value(0, QStringLiteral("rotating_hostname"), scalar(rotating->serviceLabels.value(0)),
                QStringLiteral("%1's service label (cllsres)").arg(rotating->name));

    // Addresses: the service labels of the group(s), this node's boot and standby adapters (cllsif).
    t.line(QStringLiteral("network:"));
    const Group* serviceGroup = mutual ? mine : dce;
    const QStringList service = serviceGroup ? addressesOf(here, serviceGroup->serviceLabels) : QStringList();
    if (service.isEmpty())
        d.problems << QStringLiteral(
                          "no service address: HACMP's group %1 holds no service label cllsif knows")
                          .arg(serviceGroup ? serviceGroup->name : QStringLiteral("(none)"));
    t.value(1, QStringLiteral("service"), seq(service),
            serviceGroup ? QStringLiteral("%1's service label(s) %2 (cllsres, cllsif -c)")
                               .arg(serviceGroup->name, serviceGroup->serviceLabels.join(QLatin1Char(' ')))
                         : QString());
    QStringList bootLabels, standbyLabels;
    const QStringList boot = ownAddresses(here, QStringLiteral("boot"), &bootLabels);
    const QStringList standby = ownAddresses(here, QStringLiteral("standby"), &standbyLabels);
    t.value(1, QStringLiteral("boot"), seq(boot),
            QStringLiteral("%1's boot adapter(s) %2 (cllsif -c)").arg(me, bootLabels.join(QLatin1Char(' '))));
    t.value(1, QStringLiteral("standby"), seq(standby),
            QStringLiteral("%1's standby adapter(s) %2 (cllsif -c)")
                .arg(me, standbyLabels.join(QLatin1Char(' '))));
    if (mutual && theirs)
        t.value(1, QStringLiteral("peer_service"), seq(addressesOf(here, theirs->serviceLabels)),
                QStringLiteral("%1's service label(s) %2, taken over here if %3 fails")
                    .arg(theirs->name, theirs->serviceLabels.join(QLatin1Char(' ')), other));

    // The shared VG (not in mutual takeover: no shared filesystems there).
    if (!mutual && dce) {
        const QString vg = dce->volumeGroups.value(0, QStringLiteral("dcevg"));
        t.line(QStringLiteral("shared_vg:"));
        t.value(1, QStringLiteral("name"), scalar(vg),
                dce->volumeGroups.isEmpty()
                    ? QStringLiteral("default: HACMP's group %1 holds no volume group yet; add %2 to it")
                          .arg(dce->name, vg)
                    : QStringLiteral("%1's volume group (cllsres)").arg(dce->name));
        // The filesystems and their partitions, to choose the disks and the PP size.
        const QStringList groupMounts = dce->filesystems;
        QStringList disks;
        QString disksWhy;
        for (const auto& disk : here.disks)
            if (disk.vg == vg)
                disks << disk.name;
        if (!disks.isEmpty()) {
            disksWhy = QStringLiteral("in %1 already (lspv)").arg(vg);
        } else {
            QSet<QString> peerPvids, peerOwnerPvids;
            if (peer)
                for (const auto& disk : peer->disks) {
                    if (disk.vg == QLatin1String("None") || disk.vg == vg)
                        peerPvids.insert(disk.pvid);
                    if (disk.vg == vg)
                        peerOwnerPvids.insert(disk.pvid);
                }
            QStringList candidates, shared;
            for (const auto& disk : here.disks)
                if (disk.vg == QLatin1String("None")) {
                    candidates << disk.name;
                    if (peer && (peerOwnerPvids.isEmpty() ? peerPvids : peerOwnerPvids).contains(disk.pvid))
                        shared << disk.name;
                }
            if (peer && !peerOwnerPvids.isEmpty()) {
                disks = shared;
                disksWhy = QStringLiteral("the disks of %1 on %2, by PVID (lspv on both)").arg(vg, other);
            } else if (peer) {
                // As few shared disks as hold the LVs, in lspv's order.
                qint64 needed = kJfslogLps;
                for (const auto& fs : kFilesystems)
                    needed += lpsFor(fs.sizeMb, 4);
                needed += lpsFor(kAggregateMb, 4);
                qint64 room = 0;
                for (const auto& disk : shared) {
                    if (room >= needed)
                        break;
                    disks << disk;
                    room += here.diskSizeMb.value(disk) / 4;
                }
                disksWhy =
                    QStringLiteral("in no volume group and seen by %1 with the same PVID (lspv on both)%2")
                        .arg(other,
                             shared.size() > disks.size()
                                 ? QStringLiteral("; also shared: %1")
                                       .arg(QStringList(shared.mid(disks.size())).join(QLatin1Char(' ')))
                                 : QString());
            } else if (candidates.size() == 1) {
                disks = candidates;
                disksWhy =
                    QStringLiteral("the only disk in no volume group (lspv): check it is on the shared DASD");
            }
            if (disks.isEmpty())
                d.problems
                    << (candidates.isEmpty()
                            ? QStringLiteral("no disk of %1 is free for %2 (lspv: every disk is in a volume "
                                             "group)")
                                  .arg(me, vg)
                            : QStringLiteral("which of %1 (in no volume group) are the shared disks only the "
                                             "other node can tell (the same PVIDs): give --peer-root, or "
                                             "name them in shared_vg.disks")
                                  .arg(candidates.join(QStringLiteral(", "))));
        }
        t.value(1, QStringLiteral("disks"), seq(disks), disksWhy);
        t.value(1, QStringLiteral("jfslog"), QStringLiteral("dcelog"),
                QStringLiteral("default (a non-default name, "
                               "unique on both nodes)"));
        // A PP size the disks allow: at most 1016 partitions a disk (mkvg's limit).
        int pp = 4;
        for (const auto& disk : disks)
            while (here.diskSizeMb.value(disk) / pp > kMaxPpsPerDisk && pp < 256)
                pp *= 2;
        QStringList sizes;
        for (const auto& disk : disks)
            if (here.diskSizeMb.contains(disk))
                sizes << QStringLiteral("%1 %2 MB").arg(disk).arg(here.diskSizeMb.value(disk));
        t.value(1, QStringLiteral("pp_size_mb"), QString::number(pp),
                sizes.isEmpty() ? QStringLiteral("default")
                                : QStringLiteral("at most %1 partitions a disk: %2 (bootinfo -s)")
                                      .arg(kMaxPpsPerDisk)
                                      .arg(sizes.join(QStringLiteral(", "))));
        QStringList frees{here.freeMajors};
        if (peer)
            frees << peer->freeMajors;
        const int major = peer ? lowestCommonMajor(frees) : 0;
        t.value(1, QStringLiteral("major"), QString::number(major),
                peer ? QStringLiteral("the lowest free on both nodes (lvlstmajor: %1 %2, %3 %4)")
                           .arg(me, here.freeMajors, other, peer->freeMajors)
                     : QStringLiteral("0: each node's lowest free (lvlstmajor here: %1); the other node is "
                                      "not reachable to find one free on both")
                           .arg(here.freeMajors));
        t.line(QStringLiteral("  filesystems:"));
        for (const auto& fs : kFilesystems) {
            const QString mount = QLatin1String(fs.mount);
            t.sourced(QStringLiteral("shared_vg.filesystems"),
                      QStringLiteral("    - { mount: %1, lv: %2, size_mb: %3 }")
                          .arg(mount, QLatin1String(fs.lv))
                          .arg(fs.sizeMb),
                      groupMounts.contains(mount)
                          ? QStringLiteral("in %1 (cllsres); LV name and size: defaults").arg(dce->name)
                          : QStringLiteral("NOT in HACMP's group %1: add it").arg(dce->name));
        }
    }

    // DFS: the cache on this node's rootvg, one aggregate on the shared VG.
    const QString rootvgSpace =
        here.rootvg ? QStringLiteral("rootvg: %1 MB free (lsvg rootvg)").arg(here.rootvg->freeMb)
                    : QStringLiteral("rootvg could not be shown (lsvg rootvg)");
    t.sourced(QStringLiteral("dfs_cache"),
              QStringLiteral(
                  "dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: %1, mount: /var/dce/adm/dfs/cache }")
                  .arg(kCacheMb),
              QStringLiteral("defaults; %1").arg(rootvgSpace));
    if (!mutual)
        t.sourced(QStringLiteral("dfs_aggregates"),
                  QStringLiteral("dfs_aggregates: [ { lv: dfsagg1lv, size_mb: %1, name: agg1 } ]")
                      .arg(kAggregateMb),
                  QStringLiteral("default: one aggregate on the shared VG"));
    t.line(QStringLiteral("dce:"));
    t.value(1, QStringLiteral("install_media"), QStringLiteral("/dev/cd0"),
            here.installMediaPresent
                ? QStringLiteral("default; present on %1").arg(me)
                : QStringLiteral("default; NOT present on %1 now: insert the DCE CD").arg(me));
    t.value(
        1, QStringLiteral("servers"), mutual ? QStringLiteral("[]") : QStringLiteral("[sec_srv, cds_srv]"),
        mutual ? QStringLiteral("default: in mutual takeover the cell's servers run outside the cluster")
               : QStringLiteral("default: a new cell's security and directory servers, on the shared DASD"));
    t.value(1, QStringLiteral("clients"), QStringLiteral("[all_cl]"), QStringLiteral("default"));

    // The application server(s): the group's (cllsres), the scripts' directory from cllsserv when registered.
    const auto registered = [&here](const QString& name) -> const NodeDiscovery::AppServer* {
        for (const auto& a : here.appServers)
            if (a.name == name)
                return &a;
        return nullptr;
    };
    const Group* appGroup = mutual ? mine : dce;
    const QString appServer = appGroup ? appGroup->applicationServers.value(0) : QString();
    QString scriptsDir = QStringLiteral("/usr/local/hacmp/dce");
    QString scriptsWhy = QStringLiteral("default");
    if (const auto* a = registered(appServer); a && a->start.contains(QLatin1Char('/'))) {
        scriptsDir = a->start.section(QLatin1Char('/'), 0, -2);
        scriptsWhy = QStringLiteral("%1's start script %2 (cllsserv)").arg(appServer, a->start);
    }
    t.value(0, QStringLiteral("scripts_dir"), scalar(scriptsDir), scriptsWhy);
    const QString serverName =
        appServer.isEmpty() ? (mutual ? QString() : QStringLiteral("dceserver")) : appServer;
    if (!serverName.isEmpty())
        t.value(0, QStringLiteral("app_server"), scalar(serverName),
                appServer.isEmpty()
                    ? QStringLiteral("default: HACMP's group runs none yet; add it to the group")
                    : QStringLiteral("%1's application server (cllsres)").arg(appGroup->name));
    else
        d.problems << QStringLiteral("mutual takeover: HACMP's group %1 runs no application server")
                          .arg(mine ? mine->name : QString());
    if (mutual && theirs) {
        const QString peerServer = theirs->applicationServers.value(0);
        if (peerServer.isEmpty())
            d.problems << QStringLiteral("mutual takeover: HACMP's group %1 runs no application server")
                              .arg(theirs->name);
        else
            t.value(0, QStringLiteral("peer_app_server"), scalar(peerServer),
                    QStringLiteral("%1's application server, run here after a takeover (cllsres)")
                        .arg(theirs->name));
    }
    if (isOwner) {
        const bool known = registered(serverName);
        t.value(0, QStringLiteral("register_app_server"),
                known ? QStringLiteral("false") : QStringLiteral("true"),
                known ? QStringLiteral("%1 is registered already (cllsserv)").arg(serverName)
                      : QStringLiteral("%1 is not registered yet (cllsserv): claddserv once both nodes are "
                                       "integrated")
                            .arg(serverName));
    }
    t.line(QStringLiteral(
        "# applications: the user applications the scripts start after DCE/DFS and stop before; "
        "no listing names them."));
    d.text = t.bytes();
    return d;
}

} // namespace dceha
