// The demo cluster or a described one: read, checked field by field, and kept with the shared DASD.
#include "ClusterDescription.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <optional>

namespace aixsim {
namespace cluster {

namespace {

QString qs(const YAML::Node& n)
{
    return QString::fromStdString(n.as<std::string>());
}

/** Checks one described cluster, the first problem kept (field path and rule). */
class Checker
{
public:
    explicit Checker(QString name) : m_name(std::move(name)) {}
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& path, const QString& rule)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("aixsim: %1: %2: %3").arg(m_name, path, rule);
    }
    std::optional<QString> text(const YAML::Node& map, const char* key, const QString& path,
                                const QRegularExpression& rule = QRegularExpression(),
                                const QString& ruleText = {})
    {
        const YAML::Node n = map[key];
        const QString p = path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
        if (!n || !n.IsScalar() || n.Scalar().empty()) {
            fail(p, QStringLiteral("is required (a text)"));
            return std::nullopt;
        }
        const QString v = qs(n);
        if (rule.isValid() && !rule.pattern().isEmpty() && !rule.match(v).hasMatch()) {
            fail(p, QStringLiteral("'%1' %2").arg(v, ruleText));
            return std::nullopt;
        }
        return v;
    }
    QStringList texts(const YAML::Node& map, const char* key, const QString& path, bool required)
    {
        const YAML::Node n = map[key];
        const QString p = path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
        QStringList out;
        if (!n) {
            if (required)
                fail(p, QStringLiteral("is required (a list)"));
            return out;
        }
        if (!n.IsSequence()) {
            fail(p, QStringLiteral("must be a list"));
            return out;
        }
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (!n[i].IsScalar() || n[i].Scalar().empty())
                fail(QStringLiteral("%1[%2]").arg(p).arg(i), QStringLiteral("must be a non-empty text"));
            else
                out << qs(n[i]);
        }
        return out;
    }
    int number(const YAML::Node& map, const char* key, const QString& path, int min, int max)
    {
        const YAML::Node n = map[key];
        const QString p = path + QLatin1Char('.') + QLatin1String(key);
        bool ok = false;
        const qint64 v = n && n.IsScalar() ? QString::fromStdString(n.Scalar()).toLongLong(&ok) : 0;
        if (!ok || v < min || v > max) {
            fail(p, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return int(v);
    }

private:
    QString m_name;
    QString m_error;
};

const QRegularExpression kName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,31}$"));
const QString kNameRule = QStringLiteral("is not a name (a letter, then letters, digits, _ . -; at most 32)");
const QRegularExpression kDisk(QStringLiteral("^hdisk[0-9]{1,4}$"));
const QRegularExpression kPvid(QStringLiteral("^[0-9a-f]{16}$"));
const QRegularExpression kIpv4(QStringLiteral(
    "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"));
const QRegularExpression kInterface(QStringLiteral("^(en|tr|fi|at)[0-9]{1,2}$"));
const QRegularExpression kPath(QStringLiteral("^/[A-Za-z0-9_./-]*$"));

void checkDisks(Checker& c, const YAML::Node& list, const QString& path, QSet<QString>& names,
                QSet<QString>& pvids)
{
    if (!list || !list.IsSequence() || list.size() == 0) {
        c.fail(path, QStringLiteral("is required (a list of disks: name, pvid, pps)"));
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!list[i].IsMap()) {
            c.fail(p, QStringLiteral("must be a mapping (name, pvid, pps)"));
            return;
        }
        const auto name =
            c.text(list[i], "name", p, kDisk, QStringLiteral("is not an AIX disk name (hdiskN)"));
        const auto pvid =
            c.text(list[i], "pvid", p, kPvid, QStringLiteral("must be 16 hexadecimal digits (lspv)"));
        c.number(list[i], "pps", p, 1, 1016 * 64);
        if (name && names.contains(*name))
            c.fail(p + QStringLiteral(".name"), QStringLiteral("%1 appears twice on this node").arg(*name));
        if (pvid && pvids.contains(*pvid))
            c.fail(p + QStringLiteral(".pvid"), QStringLiteral("%1 is the PVID of another disk").arg(*pvid));
        if (name)
            names.insert(*name);
        if (pvid)
            pvids.insert(*pvid);
    }
}

void check(Checker& c, const YAML::Node& d)
{
    if (!d.IsMap()) {
        c.fail(QStringLiteral("(file)"), QStringLiteral("must be a mapping (cluster, shared_disks, nodes)"));
        return;
    }
    const YAML::Node cl = d["cluster"];
    if (!cl || !cl.IsMap()) {
        c.fail(QStringLiteral("cluster"),
               QStringLiteral("is required (name, nodes, adapters, resource_groups)"));
        return;
    }
    c.text(cl, "name", QStringLiteral("cluster"), kName, kNameRule);
    const QStringList nodes = c.texts(cl, "nodes", QStringLiteral("cluster"), true);
    if (!c.failed() && (nodes.size() != 2 || nodes.at(0) == nodes.at(1)))
        c.fail(QStringLiteral("cluster.nodes"), QStringLiteral("must name two different nodes (the guide's "
                                                               "configurations are two-node clusters)"));
    for (int i = 0; i < nodes.size(); ++i)
        if (!kName.match(nodes.at(i)).hasMatch())
            c.fail(QStringLiteral("cluster.nodes[%1]").arg(i),
                   QStringLiteral("'%1' %2").arg(nodes.at(i), kNameRule));
    if (cl["configurations"])
        c.fail(
            QStringLiteral("cluster.configurations"),
            QStringLiteral("is the demo's per-configuration table; a described cluster gives its own groups "
                           "in cluster.resource_groups"));
    const YAML::Node adapters = cl["adapters"];
    QSet<QString> serviceLabels, labels, addresses;
    if (!adapters || !adapters.IsSequence() || adapters.size() == 0)
        c.fail(QStringLiteral("cluster.adapters"),
               QStringLiteral("is required (HACMP's adapters as cllsif lists "
                              "them)"));
    for (std::size_t i = 0; adapters && adapters.IsSequence() && i < adapters.size(); ++i) {
        const YAML::Node a = adapters[i];
        const QString p = QStringLiteral("cluster.adapters[%1]").arg(i);
        if (!a.IsMap()) {
            c.fail(p, QStringLiteral("must be a mapping (label, type, network, address, node, interface)"));
            break;
        }
        const auto label = c.text(a, "label", p, kName, kNameRule);
        const auto type = c.text(a, "type", p, QRegularExpression(QStringLiteral("^(service|boot|standby)$")),
                                 QStringLiteral("is not one of service, boot, standby"));
        c.text(a, "network", p, kName, kNameRule);
        const auto address = c.text(a, "address", p, kIpv4, QStringLiteral("is not an IPv4 address"));
        const auto node = c.text(a, "node", p);
        c.text(a, "interface", p, kInterface,
               QStringLiteral("is not an AIX network interface (en0, tr1, …)"));
        if (node && !nodes.contains(*node))
            c.fail(p + QStringLiteral(".node"),
                   QStringLiteral("'%1' is not one of cluster.nodes").arg(*node));
        if (label && labels.contains(*label))
            c.fail(p + QStringLiteral(".label"), QStringLiteral("%1 appears twice").arg(*label));
        if (address && addresses.contains(*address))
            c.fail(p + QStringLiteral(".address"), QStringLiteral("%1 appears twice").arg(*address));
        if (label)
            labels.insert(*label);
        if (address)
            addresses.insert(*address);
        if (label && type && *type == QLatin1String("service"))
            serviceLabels.insert(*label);
    }
    const YAML::Node groups = cl["resource_groups"];
    if (!groups || !groups.IsSequence() || groups.size() == 0)
        c.fail(QStringLiteral("cluster.resource_groups"),
               QStringLiteral(
                   "is required (the cluster's own resource groups: name, policy, nodes, service_labels, "
                   "vgs, filesystems, app_servers)"));
    QSet<QString> groupNames;
    for (std::size_t i = 0; groups && groups.IsSequence() && i < groups.size(); ++i) {
        const YAML::Node g = groups[i];
        const QString p = QStringLiteral("cluster.resource_groups[%1]").arg(i);
        if (!g.IsMap()) {
            c.fail(p, QStringLiteral("must be a mapping"));
            break;
        }
        const auto name = c.text(g, "name", p, kName, kNameRule);
        if (name && groupNames.contains(*name))
            c.fail(p + QStringLiteral(".name"), QStringLiteral("%1 appears twice").arg(*name));
        if (name)
            groupNames.insert(*name);
        c.text(g, "policy", p, QRegularExpression(QStringLiteral("^(cascading|rotating|concurrent)$")),
               QStringLiteral("is not one of cascading, rotating, concurrent"));
        const QStringList members = c.texts(g, "nodes", p, true);
        for (int k = 0; k < members.size(); ++k)
            if (!nodes.contains(members.at(k)))
                c.fail(QStringLiteral("%1.nodes[%2]").arg(p).arg(k),
                       QStringLiteral("'%1' is not one of cluster.nodes").arg(members.at(k)));
        const QStringList service = c.texts(g, "service_labels", p, false);
        for (int k = 0; k < service.size(); ++k)
            if (!serviceLabels.contains(service.at(k)))
                c.fail(QStringLiteral("%1.service_labels[%2]").arg(p).arg(k),
                       QStringLiteral("'%1' is not a service adapter's label").arg(service.at(k)));
        for (const auto& vg : c.texts(g, "vgs", p, false))
            if (!kName.match(vg).hasMatch())
                c.fail(p + QStringLiteral(".vgs"), QStringLiteral("'%1' %2").arg(vg, kNameRule));
        for (const auto& fs : c.texts(g, "filesystems", p, false))
            if (!kPath.match(fs).hasMatch())
                c.fail(p + QStringLiteral(".filesystems"),
                       QStringLiteral("'%1' is not an absolute path").arg(fs));
        for (const auto& app : c.texts(g, "app_servers", p, false))
            if (!kName.match(app).hasMatch())
                c.fail(p + QStringLiteral(".app_servers"), QStringLiteral("'%1' %2").arg(app, kNameRule));
    }
    QSet<QString> sharedNames, pvids;
    checkDisks(c, d["shared_disks"], QStringLiteral("shared_disks"), sharedNames, pvids);
    const YAML::Node nodeMap = d["nodes"];
    if (!nodeMap || !nodeMap.IsMap()) {
        c.fail(QStringLiteral("nodes"),
               QStringLiteral("is required (each cluster node: hostname, interfaces, disks)"));
        return;
    }
    for (const auto& name : nodes) {
        const YAML::Node n = nodeMap[name.toStdString()];
        const QString p = QStringLiteral("nodes.") + name;
        if (!n || !n.IsMap()) {
            c.fail(p, QStringLiteral("is required (hostname, interfaces, disks)"));
            continue;
        }
        c.text(n, "hostname", p, kName, kNameRule);
        const YAML::Node ifs = n["interfaces"];
        if (!ifs || !ifs.IsSequence() || ifs.size() == 0)
            c.fail(p + QStringLiteral(".interfaces"),
                   QStringLiteral("is required (name, address, hardware)"));
        for (std::size_t i = 0; ifs && ifs.IsSequence() && i < ifs.size(); ++i) {
            const QString ip = QStringLiteral("%1.interfaces[%2]").arg(p).arg(i);
            if (!ifs[i].IsMap()) {
                c.fail(ip, QStringLiteral("must be a mapping (name, address, hardware)"));
                break;
            }
            c.text(ifs[i], "name", ip, kInterface,
                   QStringLiteral("is not an AIX network interface (en0, tr1, …)"));
            c.text(ifs[i], "address", ip, kIpv4, QStringLiteral("is not an IPv4 address"));
            c.text(ifs[i], "hardware", ip);
        }
        QSet<QString> local = sharedNames;
        checkDisks(c, n["disks"], p + QStringLiteral(".disks"), local, pvids);
        for (const auto& disk : c.texts(n, "rootvg", p, false))
            if (!local.contains(disk) || sharedNames.contains(disk))
                c.fail(p + QStringLiteral(".rootvg"),
                       QStringLiteral("'%1' is not one of this node's own disks").arg(disk));
    }
    const YAML::Node majors = d["majors_in_use"];
    for (const auto& name : nodes) {
        if (!majors || !majors[name.toStdString()])
            continue;
        const QStringList items =
            c.texts(majors, name.toStdString().c_str(), QStringLiteral("majors_in_use"), false);
        for (const auto& item : items)
            if (!QRegularExpression(QStringLiteral("^[0-9]{1,5}(\\.\\.[0-9]{1,5})?$")).match(item).hasMatch())
                c.fail(QStringLiteral("majors_in_use.") + name,
                       QStringLiteral("'%1' is neither a number nor a range A..B").arg(item));
    }
}

/** AIX's stock the description leaves out, from the demo; /etc/hosts from the described adapters. */
void completeWithStock(YAML::Node& d)
{
    const YAML::Node stock = demo();
    for (const char* key : {"aix_level", "rootvg", "filesets", "media"})
        if (!d[key])
            d[key] = YAML::Clone(stock[key]);
    if (!d["files"]) {
        d["files"] = YAML::Clone(stock["files"]);
        d["files"].remove("/etc/hosts");
    }
    if (!d["files"]["/etc/hosts"]) {
        QString hosts = QStringLiteral("127.0.0.1       loopback localhost\n");
        for (const auto& a : d["cluster"]["adapters"]) {
            QString names = qs(a["label"]);
            if (qs(a["type"]) == QLatin1String("boot"))
                names += QLatin1Char(' ') + qs(d["nodes"][a["node"].as<std::string>()]["hostname"]);
            hosts += qs(a["address"]).leftJustified(16) + names + QLatin1Char('\n');
        }
        d["files"]["/etc/hosts"] = hosts.toStdString();
    }
}

} // namespace

YAML::Node demo()
{
    QFile file(QStringLiteral(":/aixsim/demo-node.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("aixsim: the embedded demo node description is missing");
    return YAML::Load(file.readAll().toStdString());
}

YAML::Node load(const QByteArray& text, const QString& name, QString* error)
{
    YAML::Node d;
    try {
        d = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        *error = QStringLiteral("aixsim: %1: not YAML: %2").arg(name, QString::fromStdString(e.what()));
        return YAML::Node();
    }
    Checker c(name);
    try {
        check(c, d);
    } catch (const YAML::Exception& e) {
        c.fail(QStringLiteral("(file)"), QString::fromStdString(e.what()));
    }
    if (c.failed()) {
        *error = c.error();
        return YAML::Node();
    }
    completeWithStock(d);
    return d;
}

QString copyPath(const QString& sharedDir)
{
    return sharedDir + QStringLiteral("/cluster.yaml");
}

YAML::Node of(const QString& sharedDir)
{
    QFile copy(copyPath(sharedDir));
    if (!copy.open(QIODevice::ReadOnly))
        return demo();
    QString ignored;
    const YAML::Node d = load(copy.readAll(), copy.fileName(), &ignored);
    return d.IsMap() ? d : demo();
}

} // namespace cluster
} // namespace aixsim
