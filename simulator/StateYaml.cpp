#include "StateYaml.h"

#include <yaml-cpp/yaml.h>

namespace aixsim {

namespace {

YAML::Node str(const QString& s)
{
    return YAML::Node(s.toStdString());
}
QString qs(const YAML::Node& n)
{
    return n ? QString::fromStdString(n.as<std::string>()) : QString();
}
int num(const YAML::Node& n, int fallback = 0)
{
    return n ? n.as<int>() : fallback;
}
bool flag(const YAML::Node& n, bool fallback = false)
{
    return n ? n.as<bool>() : fallback;
}

YAML::Node list(const QStringList& l)
{
    YAML::Node n(YAML::NodeType::Sequence);
    for (const auto& s : l)
        n.push_back(s.toStdString());
    return n;
}
QStringList qlist(const YAML::Node& n)
{
    QStringList out;
    for (const auto& e : n)
        out << QString::fromStdString(e.as<std::string>());
    return out;
}

YAML::Node lvNode(const LogicalVolume& lv)
{
    YAML::Node n;
    n["id"] = str(lv.id);
    n["name"] = str(lv.name);
    n["type"] = str(lv.type);
    n["lps"] = lv.lps;
    n["label"] = str(lv.label);
    n["log"] = str(lv.log);
    n["formatted"] = lv.formatted;
    n["auto_mount"] = lv.autoMount;
    return n;
}
LogicalVolume lvFrom(const YAML::Node& n)
{
    LogicalVolume lv;
    lv.id = qs(n["id"]);
    lv.name = qs(n["name"]);
    lv.type = qs(n["type"]);
    lv.lps = num(n["lps"]);
    lv.label = qs(n["label"]);
    lv.log = qs(n["log"]);
    lv.formatted = flag(n["formatted"]);
    lv.autoMount = flag(n["auto_mount"]);
    return lv;
}

YAML::Node vgNode(const VolumeGroup& vg)
{
    YAML::Node n;
    n["pp_size_mb"] = vg.ppSizeMb;
    n["disks"] = list(vg.disks);
    n["varied_on_by"] = str(vg.variedOnBy);
    n["shared"] = vg.shared;
    YAML::Node lvs(YAML::NodeType::Sequence);
    for (const auto& lv : vg.lvs)
        lvs.push_back(lvNode(lv));
    n["lvs"] = lvs;
    return n;
}
VolumeGroup vgFrom(const QString& id, const YAML::Node& n)
{
    VolumeGroup vg;
    vg.id = id;
    vg.ppSizeMb = num(n["pp_size_mb"], 4);
    vg.disks = qlist(n["disks"]);
    vg.variedOnBy = qs(n["varied_on_by"]);
    vg.shared = flag(n["shared"]);
    for (const auto& l : n["lvs"])
        vg.lvs << lvFrom(l);
    return vg;
}

YAML::Node disksNode(const QMap<QString, Disk>& disks)
{
    YAML::Node n(YAML::NodeType::Map);
    for (const auto& d : disks) {
        YAML::Node e;
        e["pvid"] = str(d.pvid);
        e["pps"] = d.pps;
        e["vg_id"] = str(d.vgId);
        n[d.name.toStdString()] = e;
    }
    return n;
}
QMap<QString, Disk> disksFrom(const YAML::Node& n)
{
    QMap<QString, Disk> out;
    for (const auto& e : n) {
        Disk d;
        d.name = qs(e.first);
        d.pvid = qs(e.second["pvid"]);
        d.pps = num(e.second["pps"]);
        d.vgId = qs(e.second["vg_id"]);
        out.insert(d.name, d);
    }
    return out;
}

YAML::Node vgsNode(const QMap<QString, VolumeGroup>& vgs)
{
    YAML::Node n(YAML::NodeType::Map);
    for (const auto& vg : vgs)
        n[vg.id.toStdString()] = vgNode(vg);
    return n;
}
QMap<QString, VolumeGroup> vgsFrom(const YAML::Node& n)
{
    QMap<QString, VolumeGroup> out;
    for (const auto& e : n)
        out.insert(qs(e.first), vgFrom(qs(e.first), e.second));
    return out;
}

QByteArray emit(const YAML::Node& n)
{
    YAML::Emitter out;
    out << n;
    return QByteArray(out.c_str()) + '\n';
}

template <typename Fn> bool guarded(const QByteArray& text, QString* error, Fn fn)
{
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root.IsMap()) {
            *error = QStringLiteral("not a state file");
            return false;
        }
        fn(root);
        return true;
    } catch (const YAML::Exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

/** HACMP application servers by name: `NAME: { start: …, stop: … }`. */
YAML::Node serversYaml(const QMap<QString, AppServer>& servers)
{
    YAML::Node out(YAML::NodeType::Map);
    for (const auto& a : servers) {
        YAML::Node e;
        e["start"] = str(a.start);
        e["stop"] = str(a.stop);
        out[a.name.toStdString()] = e;
    }
    return out;
}

QMap<QString, AppServer> serversFrom(const YAML::Node& n)
{
    QMap<QString, AppServer> out;
    for (const auto& e : n)
        out.insert(qs(e.first), AppServer{qs(e.first), qs(e.second["start"]), qs(e.second["stop"])});
    return out;
}

} // namespace

QByteArray toYaml(const NodeState& s)
{
    YAML::Node n;
    n["node"] = str(s.node);
    n["shared_dasd"] = str(s.sharedDasd);
    n["hostname"] = str(s.hostname);
    n["aix_level"] = str(s.aixLevel);
    n["disks"] = disksNode(s.disks);
    n["local_vgs"] = vgsNode(s.localVgs);
    YAML::Node names(YAML::NodeType::Map);
    for (auto it = s.vgNames.cbegin(); it != s.vgNames.cend(); ++it) {
        YAML::Node r;
        r["id"] = str(it->id);
        r["major"] = it->major;
        r["auto_on"] = it->autoOn;
        names[it.key().toStdString()] = r;
    }
    n["vg_names"] = names;
    YAML::Node majors(YAML::NodeType::Sequence);
    for (int m : s.majorsInUse)
        majors.push_back(m);
    n["majors_in_use"] = majors;
    YAML::Node ifs(YAML::NodeType::Sequence);
    for (const auto& i : s.interfaces) {
        YAML::Node e;
        e["name"] = str(i.name);
        e["address"] = str(i.address);
        e["boot_address"] = str(i.bootAddress);
        e["netmask"] = str(i.netmask);
        e["hardware"] = str(i.hardware);
        ifs.push_back(e);
    }
    n["interfaces"] = ifs;
    YAML::Node mounts(YAML::NodeType::Sequence);
    for (const auto& m : s.mounts) {
        YAML::Node e;
        e["device"] = str(m.device);
        e["mount_point"] = str(m.mountPoint);
        e["vfs"] = str(m.vfs);
        e["options"] = str(m.options);
        e["date"] = str(m.date);
        e["permanent"] = m.permanent;
        mounts.push_back(e);
    }
    n["mounts"] = mounts;
    YAML::Node fsets(YAML::NodeType::Map);
    for (auto it = s.filesets.cbegin(); it != s.filesets.cend(); ++it)
        fsets[it.key().toStdString()] = it.value().toStdString();
    n["filesets"] = fsets;
    YAML::Node dce;
    dce["cell"] = str(s.dce.cell);
    dce["components"] = list(s.dce.components);
    dce["dfs_components"] = list(s.dce.dfsComponents);
    dce["config_environment"] = str(s.dce.configEnvironment);
    dce["cache_dir"] = str(s.dce.cacheDir);
    dce["cache_placement"] = str(s.dce.cachePlacement);
    dce["dce_running"] = s.dce.dceRunning;
    dce["dfs_running"] = s.dce.dfsRunning;
    dce["aggregates"] = list(s.dce.aggregates);
    n["dce"] = dce;
    n["app_servers"] = serversYaml(s.appServers);
    n["active_app_servers"] = serversYaml(s.activeAppServers);
    YAML::Node apps(YAML::NodeType::Map);
    for (auto it = s.applications.cbegin(); it != s.applications.cend(); ++it)
        apps[it.key().toStdString()] = list(it.value());
    n["applications"] = apps;
    n["boot_count"] = s.bootCount;
    n["boot_time"] = str(s.bootTime);
    n["halted"] = s.halted;
    return emit(n);
}

bool fromYaml(const QByteArray& text, NodeState* s, QString* error)
{
    return guarded(text, error, [&](const YAML::Node& n) {
        s->node = qs(n["node"]);
        s->sharedDasd = qs(n["shared_dasd"]);
        s->hostname = qs(n["hostname"]);
        s->aixLevel = qs(n["aix_level"]);
        s->disks = disksFrom(n["disks"]);
        s->localVgs = vgsFrom(n["local_vgs"]);
        for (const auto& e : n["vg_names"]) {
            VgRef r;
            r.id = qs(e.second["id"]);
            r.major = num(e.second["major"]);
            r.autoOn = flag(e.second["auto_on"], true);
            s->vgNames.insert(qs(e.first), r);
        }
        for (const auto& m : n["majors_in_use"])
            s->majorsInUse << m.as<int>();
        for (const auto& e : n["interfaces"]) {
            Interface i;
            i.name = qs(e["name"]);
            i.address = qs(e["address"]);
            i.bootAddress = qs(e["boot_address"]);
            i.netmask = qs(e["netmask"]);
            i.hardware = qs(e["hardware"]);
            s->interfaces << i;
        }
        for (const auto& e : n["mounts"]) {
            Mount m;
            m.device = qs(e["device"]);
            m.mountPoint = qs(e["mount_point"]);
            m.vfs = qs(e["vfs"]);
            m.options = qs(e["options"]);
            m.date = qs(e["date"]);
            m.permanent = flag(e["permanent"]);
            s->mounts << m;
        }
        for (const auto& e : n["filesets"])
            s->filesets.insert(qs(e.first), qs(e.second));
        const YAML::Node dce = n["dce"];
        s->dce.cell = qs(dce["cell"]);
        s->dce.components = qlist(dce["components"]);
        s->dce.dfsComponents = qlist(dce["dfs_components"]);
        s->dce.configEnvironment = qs(dce["config_environment"]);
        s->dce.cacheDir = qs(dce["cache_dir"]);
        s->dce.cachePlacement = qs(dce["cache_placement"]);
        s->dce.dceRunning = flag(dce["dce_running"]);
        s->dce.dfsRunning = flag(dce["dfs_running"]);
        s->dce.aggregates = qlist(dce["aggregates"]);
        s->appServers = serversFrom(n["app_servers"]);
        s->activeAppServers = serversFrom(n["active_app_servers"]);
        for (const auto& e : n["applications"])
            s->applications.insert(qs(e.first), qlist(e.second));
        s->bootCount = num(n["boot_count"], 1);
        s->bootTime = qs(n["boot_time"]);
        s->halted = flag(n["halted"]);
    });
}

QByteArray toYaml(const SharedState& s)
{
    YAML::Node n;
    n["serial"] = s.serial;
    n["disks"] = disksNode(s.disks);
    n["vgs"] = vgsNode(s.vgs);
    YAML::Node c;
    c["name"] = str(s.cluster.name);
    c["configuration"] = str(s.cluster.configuration);
    c["nodes"] = list(s.cluster.nodes);
    YAML::Node adapters(YAML::NodeType::Sequence);
    for (const auto& a : s.cluster.adapters) {
        YAML::Node e;
        e["label"] = str(a.label);
        e["type"] = str(a.type);
        e["network"] = str(a.network);
        e["address"] = str(a.address);
        e["node"] = str(a.node);
        e["interface"] = str(a.interface);
        adapters.push_back(e);
    }
    c["adapters"] = adapters;
    YAML::Node groups(YAML::NodeType::Sequence);
    for (const auto& g : s.cluster.groups) {
        YAML::Node e;
        e["name"] = str(g.name);
        e["policy"] = str(g.policy);
        e["nodes"] = list(g.nodes);
        e["service_labels"] = list(g.serviceLabels);
        e["vgs"] = list(g.vgs);
        e["filesystems"] = list(g.filesystems);
        e["app_servers"] = list(g.appServers);
        e["holder"] = str(g.holder);
        groups.push_back(e);
    }
    c["resource_groups"] = groups;
    n["cluster"] = c;
    YAML::Node members(YAML::NodeType::Map);
    for (auto it = s.members.cbegin(); it != s.members.cend(); ++it) {
        YAML::Node e;
        e["root"] = str(it->root);
        e["up"] = it->up;
        e["cluster_manager"] = it->clusterManager;
        members[it.key().toStdString()] = e;
    }
    n["members"] = members;
    YAML::Node events(YAML::NodeType::Sequence);
    for (const auto& ev : s.events) {
        YAML::Node e;
        e["name"] = str(ev.name);
        e["node"] = str(ev.node);
        e["mode"] = str(ev.mode);
        events.push_back(e);
    }
    n["events"] = events;
    n["manager_pid"] = s.managerPid;
    return emit(n);
}

bool fromYaml(const QByteArray& text, SharedState* s, QString* error)
{
    return guarded(text, error, [&](const YAML::Node& n) {
        s->serial = num(n["serial"]);
        s->disks = disksFrom(n["disks"]);
        s->vgs = vgsFrom(n["vgs"]);
        const YAML::Node c = n["cluster"];
        s->cluster.name = qs(c["name"]);
        s->cluster.configuration = qs(c["configuration"]);
        s->cluster.nodes = qlist(c["nodes"]);
        for (const auto& e : c["adapters"])
            s->cluster.adapters << HacmpAdapter{qs(e["label"]),   qs(e["type"]), qs(e["network"]),
                                                qs(e["address"]), qs(e["node"]), qs(e["interface"])};
        for (const auto& e : c["resource_groups"]) {
            ResourceGroup g;
            g.name = qs(e["name"]);
            g.policy = qs(e["policy"]);
            g.nodes = qlist(e["nodes"]);
            g.serviceLabels = qlist(e["service_labels"]);
            g.vgs = qlist(e["vgs"]);
            g.filesystems = qlist(e["filesystems"]);
            g.appServers = qlist(e["app_servers"]);
            g.holder = qs(e["holder"]);
            s->cluster.groups << g;
        }
        for (const auto& e : n["members"]) {
            Member m;
            m.root = qs(e.second["root"]);
            m.up = flag(e.second["up"], true);
            m.clusterManager = flag(e.second["cluster_manager"]);
            s->members.insert(qs(e.first), m);
        }
        for (const auto& e : n["events"])
            s->events << ClusterEvent{qs(e["name"]), qs(e["node"]), qs(e["mode"])};
        s->managerPid = n["manager_pid"] ? n["manager_pid"].as<qint64>() : 0;
    });
}

LogicalVolume* VolumeGroup::lv(const QString& name)
{
    for (auto& l : lvs)
        if (l.name == name)
            return &l;
    return nullptr;
}

int VolumeGroup::usedPps() const
{
    int used = 0;
    for (const auto& l : lvs)
        used += l.lps;
    return used;
}

QString SharedState::newId(const QString& prefix)
{
    return prefix + QString::number(++serial).rightJustified(6, QLatin1Char('0'));
}

} // namespace aixsim
