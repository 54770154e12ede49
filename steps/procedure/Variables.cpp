#include "Variables.h"

#include "DceComponentTable.h"
#include "ScriptGenerator.h"

#include <QFile>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

/** The DCE filesets each component needs ([u] in the reference: adjust with dce.filesets on a real node). */
QStringList filesetsFor(const Answers& a)
{
    QStringList f{QStringLiteral("dce.client.core.rte")};
    if (a.dce.servers.contains(QStringLiteral("sec_srv")))
        f << QStringLiteral("dce.security.rte");
    if (a.dce.servers.contains(QStringLiteral("cds_srv")))
        f << QStringLiteral("dce.cds.rte");
    if (a.dfs) {
        f << QStringLiteral("dce.client.dfs.rte");
        // Outside mutual takeover the standby runs the owner's DFS servers after a takeover: both need them.
        if (!a.isMutualTakeover())
            f << QStringLiteral("dce.dfs_server.rte");
    }
    return f;
}

/** The daemons @p components run once configured and started (resources/dce-components.yaml), each once. */
QStringList daemonsOf(const QStringList& components)
{
    QStringList out;
    for (const auto& c : components)
        for (const auto& d : dceComponentDaemons().value(c))
            if (!out.contains(d))
                out << d;
    return out;
}

} // namespace

Variables::Variables(const Answers& a)
{
    m_values.insert(QStringLiteral("configuration"), a.configuration);
    m_values.insert(QStringLiteral("role"), a.role);
    m_values.insert(QStringLiteral("cell_name"), a.cellName);
    m_values.insert(QStringLiteral("rotating_hostname"), a.rotatingHostname);
    m_values.insert(QStringLiteral("scripts_dir"), a.scriptsDir);
    m_values.insert(QStringLiteral("app_server"), a.appServerName);
    m_values.insert(QStringLiteral("network.excluded"), a.excludedAddresses());
    m_values.insert(QStringLiteral("network.service"), a.serviceAddresses.value(0));
    m_values.insert(QStringLiteral("network.service_regex"),
                    QRegularExpression::escape(a.serviceAddresses.value(0)));
    m_lists.insert(QStringLiteral("network.service"), a.serviceAddresses);
    m_lists.insert(QStringLiteral("network.peer_service"), a.peerServiceAddresses);
    // What the generated scripts log for each application (the drill reads it in hacmp.out).
    QStringList started, stopped;
    for (const auto& app : a.applications) {
        started << app.name + QStringLiteral(" started");
        stopped << app.name + QStringLiteral(" stopped");
    }
    m_lists.insert(QStringLiteral("applications.started"), started);
    m_lists.insert(QStringLiteral("applications.stopped"), stopped);
    QStringList peerStarted;
    for (const auto& app : a.peerApplications)
        peerStarted << app.name + QStringLiteral(" started");
    m_lists.insert(QStringLiteral("peer_applications.started"), peerStarted);

    const auto& vg = a.sharedVg;
    m_values.insert(QStringLiteral("shared_vg.name"), vg.name);
    m_values.insert(QStringLiteral("shared_vg.jfslog"), vg.jfslog);
    m_values.insert(QStringLiteral("shared_vg.disk"), vg.disks.value(0));
    m_values.insert(QStringLiteral("shared_vg.major"), vg.major ? QString::number(vg.major) : QString());
    m_values.insert(QStringLiteral("shared_vg.pp_size_mb"), QString::number(vg.ppSizeMb));
    m_lists.insert(QStringLiteral("shared_vg.disks"), vg.disks);
    QStringList mounts;
    QStringList lvs{vg.jfslog};
    QList<QMap<QString, QString>> fsItems;
    for (const auto& fs : vg.filesystems) {
        mounts << fs.mount;
        lvs << fs.lv;
        fsItems.append({{QStringLiteral("lv"), fs.lv},
                        {QStringLiteral("mount"), fs.mount},
                        {QStringLiteral("size_mb"), QString::number(fs.sizeMb)}});
    }
    QList<QMap<QString, QString>> aggregateItems;
    for (const auto& ag : a.aggregates) {
        lvs << ag.lv;
        // dfstab's aggregate ID: unique on the file server, numbered in the answers' order.
        aggregateItems.append({{QStringLiteral("lv"), ag.lv},
                               {QStringLiteral("name"), ag.name},
                               {QStringLiteral("id"), QString::number(aggregateItems.size() + 1)},
                               {QStringLiteral("size_mb"), QString::number(ag.sizeMb)}});
    }
    if (!vg.present) {
        mounts.clear();
        lvs.clear();
    }
    m_lists.insert(QStringLiteral("shared_vg.mounts"), mounts);
    QStringList reversed(mounts.crbegin(), mounts.crend());
    m_lists.insert(QStringLiteral("shared_vg.mounts_reversed"), reversed);
    m_lists.insert(QStringLiteral("shared_vg.lvs"), lvs);
    m_items.insert(QStringLiteral("shared_vg.filesystems"), fsItems);
    m_items.insert(QStringLiteral("dfs_aggregates"), aggregateItems);

    m_values.insert(QStringLiteral("dfs_cache.vg"), a.dfsCache.vg);
    m_values.insert(QStringLiteral("dfs_cache.lv"), a.dfsCache.lv);
    m_values.insert(QStringLiteral("dfs_cache.mount"), a.dfsCache.mount);
    m_values.insert(QStringLiteral("dfs_cache.size_mb"), QString::number(a.dfsCache.sizeMb));
    // A cache mount point under a shared filesystem (the guide's default /var/dce/adm/dfs/cache is under
    // /var/dce): mounted at boot it would be covered when HACMP mounts /var/dce, and DFS would cache on
    // shared disk. So it is not mounted at boot; the start script mounts it after HACMP, the stop script
    // unmounts it before HACMP releases /var/dce.
    const bool underShared = a.dfsCacheUnderShared();
    m_values.insert(QStringLiteral("dfs_cache.under_shared"),
                    underShared ? QStringLiteral("true") : QString());
    m_values.insert(QStringLiteral("dfs_cache.mounted_at_boot"),
                    underShared ? QString() : QStringLiteral("true"));
    m_values.insert(QStringLiteral("dfs_cache.automount"),
                    underShared ? QStringLiteral("no") : QStringLiteral("yes"));
    // The cache a DFS client may use: 90 % of its filesystem, in kilobytes, computed in 64 bits (in 32 bits
    // 2097152 MB gave mkdfs -s -214748364); the answers bound the result to what mkdfs accepts.
    m_values.insert(QStringLiteral("dfs_cache.size_kb"),
                    QString::number(qint64(a.dfsCache.sizeMb) * 1024 * 9 / 10));

    m_values.insert(QStringLiteral("dce.install_media"), a.dce.installMedia);
    const QStringList filesets = a.dce.filesets.isEmpty() ? filesetsFor(a) : a.dce.filesets;
    m_lists.insert(QStringLiteral("dce.filesets"), filesets);
    m_values.insert(QStringLiteral("dce.filesets_text"), filesets.join(QStringLiteral(", ")));
    const QStringList components = a.dce.servers + a.dce.clients;
    m_lists.insert(QStringLiteral("dce.components"), components);
    m_values.insert(QStringLiteral("dce.components_text"), components.join(QStringLiteral(", ")));
    m_lists.insert(QStringLiteral("dce.daemons"), daemonsOf(components));
    m_lists.insert(QStringLiteral("dce.clients"), a.dce.clients);
    m_values.insert(QStringLiteral("dce.clients_text"), a.dce.clients.join(QStringLiteral(", ")));
    // Rotating resources: DCE is configured under the rotating resource's host name, the one the start
    // script sets before start.dce.
    m_lists.insert(QStringLiteral("dce.hostname_args"),
                   a.isRotating() ? QStringList{QStringLiteral("-h"), a.rotatingHostname} : QStringList{});
    const QStringList dfsComponents = a.isMutualTakeover() || !a.isOwner()
                                          ? QStringList{QStringLiteral("dfs_cl")}
                                          : QStringList{QStringLiteral("dfs_scm"), QStringLiteral("dfs_fldb"),
                                                        QStringLiteral("dfs_srv"), QStringLiteral("dfs_cl")};
    m_lists.insert(QStringLiteral("dfs.components"), dfsComponents);
    m_values.insert(QStringLiteral("dfs.components_text"), dfsComponents.join(QStringLiteral(", ")));
    m_lists.insert(QStringLiteral("dfs.daemons"), daemonsOf(dfsComponents));
    m_lists.insert(QStringLiteral("dfs.client_daemons"), daemonsOf({QStringLiteral("dfs_cl")}));
    m_values.insert(QStringLiteral("dfs.install_title"), a.dfs ? QStringLiteral("/DFS") : QString());
    const ScriptGenerator scripts(a, {}, {}, {});
    m_lists.insert(QStringLiteral("scripts.registration"), scripts.registration());
    m_values.insert(QStringLiteral("scripts.start"), scripts.startScript());
    m_values.insert(QStringLiteral("scripts.stop"), scripts.stopScript());
    m_values.insert(QStringLiteral("scripts.start_name"),
                    scripts.startScript().section(QLatin1Char('/'), -1));
    // Mutual takeover: the other node's application server, whose scripts this node has too.
    m_values.insert(QStringLiteral("peer_app_server"), a.peerAppServerName);
    m_lists.insert(QStringLiteral("scripts.peer_registration"), scripts.peerRegistration());
    m_values.insert(QStringLiteral("scripts.peer_start"), scripts.peerStartScript());
    m_values.insert(QStringLiteral("scripts.peer_stop"), scripts.peerStopScript());
    m_values.insert(QStringLiteral("scripts.peer_start_name"),
                    scripts.peerStartScript().section(QLatin1Char('/'), -1));
    m_values.insert(QStringLiteral("register_app_server"),
                    a.registerAppServer ? QStringLiteral("true") : QString());
}

QStringList Variables::list(const QString& name) const
{
    if (m_lists.contains(name))
        return m_lists.value(name);
    return m_values.contains(name) ? QStringList{m_values.value(name)} : QStringList{};
}

QString Variables::expand(const QString& text, QStringList* unknown) const
{
    static const QRegularExpression ref(QStringLiteral("([$@])\\{([A-Za-z0-9_.]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(2);
        if (m.captured(1) == QLatin1String("@") && m_lists.contains(name))
            out += m_lists.value(name).join(QStringLiteral(", "));
        else if (m_values.contains(name))
            out += m_values.value(name);
        else {
            out += m.captured(0);
            if (unknown)
                *unknown << name;
        }
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QStringList Variables::expandElement(const QString& element, QStringList* unknown) const
{
    static const QRegularExpression whole(QStringLiteral("^@\\{([A-Za-z0-9_.]+)\\}$"));
    const auto m = whole.match(element);
    if (m.hasMatch()) {
        if (!has(m.captured(1))) {
            if (unknown)
                *unknown << m.captured(1);
            return {element};
        }
        return list(m.captured(1));
    }
    return {expand(element, unknown)};
}

QList<QMap<QString, QString>> Variables::items(const QString& name) const
{
    return m_items.value(name);
}

} // namespace dceha
