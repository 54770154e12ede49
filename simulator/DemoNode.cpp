// Laying down the demo cluster (resources/aixsim/demo-node.yaml): the shared DASD on first use of a shared
// directory, and each node on first use of its root. Files already under the root are never overwritten.
#include "ClusterDescription.h"
#include "Session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <yaml-cpp/yaml.h>

namespace aixsim {

namespace {

QString qs(const YAML::Node& n)
{
    return n ? QString::fromStdString(n.as<std::string>()) : QString();
}
QStringList qlist(const YAML::Node& n)
{
    QStringList out;
    for (const auto& e : n)
        out << qs(e);
    return out;
}

void writeIfMissing(const QString& hostPath, const QByteArray& content)
{
    if (QFile::exists(hostPath))
        return;
    QDir().mkpath(hostPath.section(QLatin1Char('/'), 0, -2));
    QFile f(hostPath);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

} // namespace

QStringList demoConfigurations()
{
    QStringList names;
    for (const auto& c : cluster::demo()["cluster"]["configurations"])
        names << qs(c.first);
    return names;
}

bool Session::layDownShared(QString* error)
{
    YAML::Node d = cluster::demo();
    if (!m_clusterFile.isEmpty()) {
        QFile file(m_clusterFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("aixsim: the cluster description %1 cannot be read: %2")
                         .arg(m_clusterFile, file.errorString());
            return false;
        }
        const QByteArray text = file.readAll();
        d = cluster::load(text, m_clusterFile, error);
        if (!d.IsMap())
            return false;
        // Kept with the shared DASD: every node laid down on it later is the described cluster's.
        QFile copy(cluster::copyPath(m_sharedDir));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(text) != text.size()) {
            *error = QStringLiteral("aixsim: cannot keep the cluster description in %1").arg(copy.fileName());
            return false;
        }
    }
    const YAML::Node c = d["cluster"];
    m_shared.cluster.name = qs(c["name"]);
    m_shared.cluster.nodes = qlist(c["nodes"]);
    m_shared.cluster.configuration = !m_clusterFile.isEmpty()        ? QStringLiteral("described")
                                     : m_configurationHint.isEmpty() ? QStringLiteral("hot-standby-cascading")
                                                                     : m_configurationHint;
    for (const auto& a : c["adapters"])
        m_shared.cluster.adapters << HacmpAdapter{qs(a["label"]),   qs(a["type"]), qs(a["network"]),
                                                  qs(a["address"]), qs(a["node"]), qs(a["interface"])};
    const YAML::Node groups = m_clusterFile.isEmpty()
                                  ? c["configurations"][m_shared.cluster.configuration.toStdString()]
                                  : c["resource_groups"];
    for (const auto& g : groups) {
        ResourceGroup rg;
        rg.name = qs(g["name"]);
        rg.policy = qs(g["policy"]);
        rg.nodes = qlist(g["nodes"]);
        rg.serviceLabels = qlist(g["service_labels"]);
        rg.vgs = qlist(g["vgs"]);
        rg.filesystems = qlist(g["filesystems"]);
        rg.appServers = qlist(g["app_servers"]);
        m_shared.cluster.groups << rg;
    }
    for (const auto& disk : d["shared_disks"])
        m_shared.disks.insert(qs(disk["name"]),
                              Disk{qs(disk["name"]), qs(disk["pvid"]), disk["pps"].as<int>(), {}});
    return true;
}

NodeState Session::layDownNode(const QString& nodeName, const QString& root)
{
    const YAML::Node d = cluster::of(m_sharedDir);
    const YAML::Node n = d["nodes"][nodeName.toStdString()];
    NodeState s;
    s.node = nodeName;
    s.hostname = n ? qs(n["hostname"]) : nodeName;
    s.aixLevel = qs(d["aix_level"]);
    s.bootTime = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (const auto& i : n["interfaces"]) {
        Interface iface;
        iface.name = qs(i["name"]);
        iface.address = iface.bootAddress = qs(i["address"]);
        iface.hardware = qs(i["hardware"]);
        s.interfaces << iface;
    }
    for (const auto& disk : n["disks"])
        s.disks.insert(qs(disk["name"]), Disk{qs(disk["name"]), qs(disk["pvid"]), disk["pps"].as<int>(), {}});
    // A number, or a range "A..B" (the form lvlstmajor prints).
    for (const auto& m : d["majors_in_use"][nodeName.toStdString()]) {
        const QString item = qs(m);
        const int from = item.section(QLatin1String(".."), 0, 0).toInt();
        const int to =
            item.contains(QLatin1String("..")) ? item.section(QLatin1String(".."), 1).toInt() : from;
        for (int major = from; major <= to; ++major)
            s.majorsInUse << major;
    }
    for (const auto& f : d["filesets"])
        s.filesets.insert(qs(f.first), qs(f.second));

    VolumeGroup rootvg;
    rootvg.id = m_shared.newId(QStringLiteral("rootvg."));
    // rootvg: the node's own list when the description gives one, else the stock one, else its first disk.
    rootvg.disks = n["rootvg"] ? qlist(n["rootvg"]) : qlist(d["rootvg"]["disks"]);
    if (rootvg.disks.isEmpty() || !s.disks.contains(rootvg.disks.first()))
        rootvg.disks = QStringList{s.disks.isEmpty() ? QStringLiteral("hdisk0") : s.disks.firstKey()};
    for (const auto& l : d["rootvg"]["lvs"]) {
        LogicalVolume lv;
        lv.id = m_shared.newId(QStringLiteral("lv."));
        lv.name = qs(l["name"]);
        lv.type = qs(l["type"]);
        lv.lps = l["lps"].as<int>();
        lv.label = qs(l["label"]);
        lv.log = qs(l["log"]);
        lv.formatted = l["formatted"] && l["formatted"].as<bool>();
        lv.autoMount = l["auto_mount"] && l["auto_mount"].as<bool>();
        rootvg.lvs << lv;
    }
    for (const auto& disk : rootvg.disks)
        s.disks[disk].vgId = rootvg.id;
    s.localVgs.insert(rootvg.id, rootvg);
    s.vgNames.insert(QStringLiteral("rootvg"), VgRef{rootvg.id, 10, true});

    // rootvg's filesystems: in /etc/filesystems, and mounted for good (they are the root itself).
    FilesystemsFile filesystems;
    const QString date = QDateTime::currentDateTime().toString(QStringLiteral("MMM dd HH:mm"));
    for (const auto& lv : rootvg.lvs) {
        if (lv.type != QLatin1String("jfs"))
            continue;
        filesystems.append(FilesystemsFile::jfsStanza(lv.label, QStringLiteral("/dev/") + lv.name,
                                                      QStringLiteral("/dev/") + lv.log, true));
        Mount m;
        m.device = QStringLiteral("/dev/") + lv.name;
        m.mountPoint = lv.label;
        m.options = QStringLiteral("rw,log=/dev/") + lv.log;
        m.date = date;
        m.permanent = true;
        s.mounts << m;
        QDir().mkpath(root + lv.label);
    }
    FilesystemsFile::Stanza proc{QStringLiteral("/proc"), {}};
    proc.set(QStringLiteral("dev"), QStringLiteral("/proc"));
    proc.set(QStringLiteral("vol"), QStringLiteral("/proc"));
    proc.set(QStringLiteral("mount"), QStringLiteral("true"));
    proc.set(QStringLiteral("check"), QStringLiteral("false"));
    proc.set(QStringLiteral("vfs"), QStringLiteral("procfs"));
    filesystems.append(proc);
    QByteArray fsText =
        "* @(#)filesystems   AIX 4.2.1\n*\n* File system information; see filesystems(4).\n*\n\n" +
        filesystems.serialize();
    writeIfMissing(root + QStringLiteral("/etc/filesystems"), fsText);

    for (const auto& f : d["files"])
        writeIfMissing(root + qs(f.first), qs(f.second).toUtf8());
    for (const auto& media : d["media"]) {
        QByteArray listing = "# installation media (simulated): fileset level description\n";
        for (const auto& fs : media.second)
            listing += (qs(fs["fileset"]) + QLatin1Char(' ') + qs(fs["level"]) + QLatin1Char(' ') +
                        qs(fs["description"]) + QLatin1Char('\n'))
                           .toUtf8();
        writeIfMissing(root + qs(media.first), listing);
    }
    for (const char* dir : {"/opt", "/usr/bin", "/usr/local", "/var/adm", "/dev"})
        QDir().mkpath(root + QLatin1String(dir));
    // A few of AIX's base programs, so that an application's command line may name them (the wizard checks
    // that each application's programs exist on the node before anything changes): /usr/bin/sh, true and
    // false run this machine's; /bin is a link to usr/bin, as on AIX.
    for (const auto& [name, host] : {std::pair{"sh", "/bin/sh"}, std::pair{"ksh", "/bin/sh"},
                                     std::pair{"true", "/bin/true"}, std::pair{"false", "/bin/false"}}) {
        const QString link = root + QStringLiteral("/usr/bin/") + QLatin1String(name);
        if (!QFileInfo(link).exists() && !QFileInfo(link).isSymLink())
            QFile::link(QLatin1String(host), link);
    }
    if (!QFileInfo::exists(root + QStringLiteral("/bin")))
        QFile::link(QStringLiteral("usr/bin"), root + QStringLiteral("/bin"));
    return s;
}

} // namespace aixsim
