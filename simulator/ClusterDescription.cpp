// The demo cluster or a described one: read, checked field by field, and kept with the shared DASD.
#include "ClusterDescription.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <algorithm>
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
/** The highest major number a description may give (more than a node uses; lvlstmajor lists up to it). */
constexpr int kMaxMajor = 4095;
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

/** A key given twice in one mapping: YAML's readers differ on which one counts, so none is taken. */
void checkUniqueKeys(Checker& c, const YAML::Node& n, const QString& path)
{
    if (n.IsSequence())
        for (std::size_t i = 0; i < n.size(); ++i)
            checkUniqueKeys(c, n[i], QStringLiteral("%1[%2]").arg(path).arg(i));
    if (!n.IsMap())
        return;
    QSet<QString> keys;
    for (const auto& kv : n) {
        const QString key = kv.first.IsScalar() ? QString::fromStdString(kv.first.Scalar()) : QString();
        const QString p = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (keys.contains(key))
            c.fail(p, QStringLiteral("is given twice (which one counts would not be clear)"));
        keys.insert(key);
        checkUniqueKeys(c, kv.second, p);
    }
}

void check(Checker& c, const YAML::Node& d)
{
    if (!d.IsMap()) {
        c.fail(QStringLiteral("(file)"), QStringLiteral("must be a mapping (cluster, shared_disks, nodes)"));
        return;
    }
    checkUniqueKeys(c, d, QString());
    if (c.failed())
        return;
    if (d["part_of_node"]) {
        c.fail(QStringLiteral("part_of_node"),
               QStringLiteral("this is one node's part of a description (scripts/capture-cluster.ksh "
                              "writes one on each node): merge the two nodes' parts with aixsim "
                              "--merge-cluster PART1 PART2 (scripts/merge-cluster)"));
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
        if (!c.failed() && members.isEmpty())
            c.fail(p + QStringLiteral(".nodes"),
                   QStringLiteral("must name the group's nodes (in priority order)"));
        for (int k = 0; k < members.size(); ++k) {
            if (!nodes.contains(members.at(k)))
                c.fail(QStringLiteral("%1.nodes[%2]").arg(p).arg(k),
                       QStringLiteral("'%1' is not one of cluster.nodes").arg(members.at(k)));
            if (members.indexOf(members.at(k)) < k)
                c.fail(QStringLiteral("%1.nodes[%2]").arg(p).arg(k),
                       QStringLiteral("%1 appears twice").arg(members.at(k)));
        }
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
    for (const auto& kv : nodeMap)
        if (!nodes.contains(qs(kv.first)))
            c.fail(QStringLiteral("nodes.") + qs(kv.first), QStringLiteral("is not one of cluster.nodes"));
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
    if (majors && !majors.IsMap()) {
        c.fail(QStringLiteral("majors_in_use"),
               QStringLiteral("must be a mapping (each node: its majors in use)"));
        return;
    }
    for (const auto& kv : majors)
        if (!nodes.contains(qs(kv.first)))
            c.fail(QStringLiteral("majors_in_use.") + qs(kv.first),
                   QStringLiteral("is not one of cluster.nodes"));
    static const QRegularExpression majorItem(QStringLiteral("^([0-9]{1,4})(\\.\\.([0-9]{1,4}))?$"));
    for (const auto& name : nodes) {
        if (!majors || !majors[name.toStdString()])
            continue;
        const QStringList items =
            c.texts(majors, name.toStdString().c_str(), QStringLiteral("majors_in_use"), false);
        for (const auto& item : items) {
            const auto m = majorItem.match(item);
            const int from = m.captured(1).toInt();
            const int to = m.hasCaptured(3) ? m.captured(3).toInt() : from;
            if (!m.hasMatch())
                c.fail(QStringLiteral("majors_in_use.") + name,
                       QStringLiteral("'%1' is neither a number nor a range A..B").arg(item));
            else if (to < from || to > kMaxMajor)
                c.fail(QStringLiteral("majors_in_use.") + name,
                       QStringLiteral("'%1': a major number is from 0 to %2, a range A..B has A <= B")
                           .arg(item)
                           .arg(kMaxMajor));
        }
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

// ---- merging two nodes' parts

/** A text as YAML writes it plainly when it safely can (names, addresses, paths, numbers), else double-quoted
 * with `\` and `"` escaped: what a hostile or odd value from a node's listing cannot break out of. */
QString yamlText(const QString& v)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/][A-Za-z0-9_./-]*$"));
    static const QRegularExpression special(QStringLiteral("^(y|n|yes|no|on|off|true|false|null)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (plain.match(v).hasMatch() && !special.match(v).hasMatch() && !v.contains(QLatin1String("..")))
        return v;
    QString q = v;
    q.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    q.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/** A text for a comment line: nothing in it may start a line of its own. */
QString oneLine(QString v)
{
    for (QChar& ch : v)
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            ch = QLatin1Char(' ');
    return v;
}

/** @p n in YAML's flow style, on one line: `{ k: v, … }`, `[a, b]`, a text. */
QString flow(const YAML::Node& n)
{
    if (n.IsSequence()) {
        QStringList items;
        for (const auto& e : n)
            items << flow(e);
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    if (n.IsMap()) {
        QStringList items;
        for (const auto& kv : n)
            items << yamlText(qs(kv.first)) + QLatin1String(": ") + flow(kv.second);
        return QLatin1String("{ ") + items.join(QLatin1String(", ")) + QLatin1String(" }");
    }
    if (n.IsScalar())
        return yamlText(QString::fromStdString(n.Scalar()));
    return QStringLiteral("null");
}

/** A mapping's entries at @p indent, one a line: a list of mappings as a block list of flow mappings, the
 * rest in flow style. */
QString block(const YAML::Node& map, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    QString out;
    for (const auto& kv : map) {
        const YAML::Node v = kv.second;
        out += pad + yamlText(qs(kv.first)) + QLatin1Char(':');
        bool listOfMaps = v.IsSequence() && v.size() > 0;
        for (const auto& e : v.IsSequence() ? v : YAML::Node())
            listOfMaps = listOfMaps && e.IsMap();
        if (listOfMaps) {
            out += QLatin1Char('\n');
            for (const auto& e : v)
                out += pad + QLatin1String("  - ") + flow(e) + QLatin1Char('\n');
        } else if (v.IsMap() && v.size() > 0) {
            out += QLatin1Char('\n') + block(v, indent + 2);
        } else {
            out += QLatin1Char(' ') + flow(v) + QLatin1Char('\n');
        }
    }
    return out;
}

QString describe(const YAML::Node& n)
{
    if (!n)
        return QStringLiteral("nothing");
    if (n.IsScalar())
        return QLatin1Char('\'') + QString::fromStdString(n.Scalar()) + QLatin1Char('\'');
    return flow(n);
}

/** The first place two YAML trees differ ("cluster.adapters[1].address"), with what each holds there; empty
 * when they are alike. */
bool firstDifference(const YAML::Node& a, const YAML::Node& b, const QString& path, QString* where,
                     QString* inA, QString* inB)
{
    const auto differ = [&](const QString& p, const YAML::Node& x, const YAML::Node& y) {
        *where = p;
        *inA = describe(x);
        *inB = describe(y);
        return true;
    };
    if (!a || !b || a.Type() != b.Type())
        return differ(path, a, b);
    if (a.IsScalar())
        return a.Scalar() != b.Scalar() ? differ(path, a, b) : false;
    if (a.IsSequence()) {
        for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (i >= a.size() || i >= b.size())
                return differ(p, i < a.size() ? a[i] : YAML::Node(), i < b.size() ? b[i] : YAML::Node());
            if (firstDifference(a[i], b[i], p, where, inA, inB))
                return true;
        }
        return false;
    }
    if (a.IsMap()) {
        for (const auto& kv : a) {
            const QString p = path + QLatin1Char('.') + qs(kv.first);
            if (firstDifference(kv.second, b[kv.first.Scalar()], p, where, inA, inB))
                return true;
        }
        for (const auto& kv : b)
            if (!a[kv.first.Scalar()])
                return differ(path + QLatin1Char('.') + qs(kv.first), YAML::Node(), kv.second);
    }
    return false;
}

/** One node's part, read and checked for what merging needs (the rest is load()'s to check). */
struct Part
{
    QString file;
    QString node;
    YAML::Node doc;
    YAML::Node entry; ///< doc["nodes"][node]
};

bool readPart(const QByteArray& text, const QString& file, Part* part, QString* error)
{
    part->file = file;
    try {
        part->doc = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        *error = QStringLiteral("aixsim: %1: not YAML: %2").arg(file, QString::fromStdString(e.what()));
        return false;
    }
    const YAML::Node& d = part->doc;
    const YAML::Node marker = d.IsMap() ? d["part_of_node"] : YAML::Node();
    if (!marker || !marker.IsScalar() || marker.Scalar().empty()) {
        *error = QStringLiteral("aixsim: %1: part_of_node: is required: this is not one node's part of a "
                                "description (what scripts/capture-cluster.ksh prints on a node)")
                     .arg(file);
        return false;
    }
    part->node = qs(marker);
    if (!d["cluster"] || !d["cluster"].IsMap()) {
        *error =
            QStringLiteral("aixsim: %1: cluster: is required (the cluster section HACMP's listings give)")
                .arg(file);
        return false;
    }
    QStringList clusterNodes;
    if (d["cluster"]["nodes"] && d["cluster"]["nodes"].IsSequence())
        for (const auto& n : d["cluster"]["nodes"])
            clusterNodes << (n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString());
    if (!clusterNodes.contains(part->node)) {
        *error = QStringLiteral("aixsim: %1: part_of_node: '%2' is not one of cluster.nodes (%3)")
                     .arg(file, part->node, clusterNodes.join(QLatin1Char(' ')));
        return false;
    }
    const YAML::Node nodes = d["nodes"];
    if (!nodes || !nodes.IsMap() || nodes.size() != 1 || !nodes[part->node.toStdString()] ||
        !nodes[part->node.toStdString()].IsMap()) {
        *error = QStringLiteral("aixsim: %1: nodes: must hold %2's entry alone (a part describes the node it "
                                "was captured on)")
                     .arg(file, part->node);
        return false;
    }
    part->entry = nodes[part->node.toStdString()];
    const YAML::Node disks = part->entry["disks"];
    if (!disks || !disks.IsSequence()) {
        *error = QStringLiteral("aixsim: %1: nodes.%2.disks: is required (every disk lspv lists)")
                     .arg(file, part->node);
        return false;
    }
    for (std::size_t i = 0; i < disks.size(); ++i)
        if (!disks[i].IsMap() || !disks[i]["name"] || !disks[i]["name"].IsScalar() || !disks[i]["pvid"] ||
            !disks[i]["pvid"].IsScalar()) {
            *error = QStringLiteral("aixsim: %1: nodes.%2.disks[%3]: must give the disk's name and pvid")
                         .arg(file, part->node)
                         .arg(i);
            return false;
        }
    return true;
}

} // namespace

QByteArray merge(const QByteArray& first, const QString& firstName, const QByteArray& second,
                 const QString& secondName, QString* error)
{
    Part parts[2];
    if (!readPart(first, firstName, &parts[0], error) || !readPart(second, secondName, &parts[1], error))
        return QByteArray();
    const Part& a = parts[0];
    const Part& b = parts[1];
    QString where, inA, inB;
    if (firstDifference(a.doc["cluster"], b.doc["cluster"], QStringLiteral("cluster"), &where, &inA, &inB)) {
        *error = QStringLiteral("aixsim: the two parts' cluster sections differ at %1: %2 in %3, %4 in %5: "
                                "they are not parts of one cluster, or HACMP's configuration is not "
                                "synchronised between its nodes (synchronise the cluster's topology and "
                                "resources, then capture both nodes again)")
                     .arg(where, inA, a.file, inB, b.file);
        return QByteArray();
    }
    if (a.node == b.node) {
        *error = QStringLiteral("aixsim: %1 and %2 are both %3's part: give the other node's part (the "
                                "capture run on the other node of the cluster)")
                     .arg(a.file, b.file, a.node);
        return QByteArray();
    }

    // The shared disks: the PVIDs both nodes see, under the name both give them.
    QMap<QString, YAML::Node> secondByPvid;
    for (const auto& disk : b.entry["disks"])
        secondByPvid.insert(qs(disk["pvid"]), disk);
    YAML::Node shared(YAML::NodeType::Sequence);
    QSet<QString> sharedPvids;
    for (const auto& disk : a.entry["disks"]) {
        const QString pvid = qs(disk["pvid"]);
        if (!secondByPvid.contains(pvid))
            continue;
        const YAML::Node other = secondByPvid.value(pvid);
        if (qs(other["name"]) != qs(disk["name"])) {
            *error = QStringLiteral("aixsim: the disk with PVID %1 is %2 on %3 (%4) but %5 on %6 (%7): the "
                                    "simulator gives a shared disk one name on both nodes, so it cannot lay "
                                    "down a twin of this cluster")
                         .arg(pvid, qs(disk["name"]), a.node, a.file, qs(other["name"]), b.node, b.file);
            return QByteArray();
        }
        if (!other["pps"] || !disk["pps"] || other["pps"].Scalar() != disk["pps"].Scalar()) {
            *error = QStringLiteral("aixsim: the shared disk %1 (PVID %2) is %3 partitions on %4 (%5) but %6 "
                                    "on %7 (%8): one disk has one size")
                         .arg(qs(disk["name"]), pvid, describe(disk["pps"]), a.node, a.file,
                              describe(other["pps"]), b.node, b.file);
            return QByteArray();
        }
        shared.push_back(YAML::Clone(disk));
        sharedPvids.insert(pvid);
    }
    if (sharedPvids.isEmpty()) {
        *error = QStringLiteral("aixsim: %1 and %2 have no disk in common (no PVID both nodes' lspv lists): "
                                "a twin of this cluster would have no shared disk")
                     .arg(a.file, b.file);
        return QByteArray();
    }

    // Each node's entry, its own disks only, in the order of cluster.nodes.
    const YAML::Node cl = a.doc["cluster"];
    QByteArray text;
    QString out =
        QStringLiteral("# A twin of HACMP cluster %1 for the simulator (aixsim --cluster FILE): merged by\n"
                       "# aixsim --merge-cluster from %2 (%3's part) and %4 (%5's part), each written by\n"
                       "# scripts/capture-cluster.ksh on that node.\n")
            .arg(oneLine(cl["name"] && cl["name"].IsScalar() ? qs(cl["name"]) : QStringLiteral("?")),
                 oneLine(a.file), oneLine(a.node), oneLine(b.file), oneLine(b.node));
    YAML::Node top(YAML::NodeType::Map);
    top["cluster"] = YAML::Clone(cl);
    out += QStringLiteral("cluster:\n") + block(top["cluster"], 2);
    out += QStringLiteral("\nshared_disks:\n");
    for (const auto& disk : shared)
        out += QStringLiteral("  - ") + flow(disk) + QLatin1Char('\n');
    out += QStringLiteral("\nnodes:\n");
    YAML::Node majors(YAML::NodeType::Map);
    for (const auto& n : cl["nodes"]) {
        const Part& p = qs(n) == a.node ? a : b;
        YAML::Node entry = YAML::Clone(p.entry);
        YAML::Node own(YAML::NodeType::Sequence);
        for (const auto& disk : p.entry["disks"])
            if (!sharedPvids.contains(qs(disk["pvid"])))
                own.push_back(YAML::Clone(disk));
        entry["disks"] = own;
        out += QStringLiteral("  ") + yamlText(p.node) + QStringLiteral(":\n") + block(entry, 4);
        const YAML::Node m = p.doc["majors_in_use"];
        if (m && m.IsMap() && m[p.node.toStdString()])
            majors[p.node.toStdString()] = YAML::Clone(m[p.node.toStdString()]);
    }
    if (majors.size() > 0)
        out += QStringLiteral("\nmajors_in_use:\n") + block(majors, 2);
    text = out.toUtf8();

    // What --cluster will read: checked as it will be.
    QString problem;
    if (!load(text, QStringLiteral("the merged description"), &problem).IsMap()) {
        *error = problem + QStringLiteral(" (merged from %1 and %2)").arg(a.file, b.file);
        return QByteArray();
    }
    return text;
}

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
