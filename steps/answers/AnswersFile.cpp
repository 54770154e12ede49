#include "AnswersFile.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

const QStringList kTopKeys = {QStringLiteral("configuration"),      QStringLiteral("role"),
                              QStringLiteral("cell_name"),          QStringLiteral("dfs"),
                              QStringLiteral("rotating_hostname"),  QStringLiteral("network"),
                              QStringLiteral("shared_vg"),          QStringLiteral("dfs_cache"),
                              QStringLiteral("dfs_aggregates"),     QStringLiteral("dce"),
                              QStringLiteral("scripts_dir"),        QStringLiteral("app_server"),
                              QStringLiteral("applications"),       QStringLiteral("event_wrappers"),
                              QStringLiteral("register_app_server")};
const QStringList kApplicationKeys = {QStringLiteral("name"), QStringLiteral("start"),
                                      QStringLiteral("stop")};
const QStringList kNetworkKeys = {QStringLiteral("service"), QStringLiteral("boot"),
                                  QStringLiteral("standby"), QStringLiteral("peer_service")};
const QStringList kVgKeys = {QStringLiteral("name"),       QStringLiteral("disks"),
                             QStringLiteral("jfslog"),     QStringLiteral("major"),
                             QStringLiteral("pp_size_mb"), QStringLiteral("filesystems")};
const QStringList kFsKeys = {QStringLiteral("mount"), QStringLiteral("lv"), QStringLiteral("size_mb")};
const QStringList kCacheKeys = {QStringLiteral("vg"), QStringLiteral("lv"), QStringLiteral("size_mb"),
                                QStringLiteral("mount")};
const QStringList kAggregateKeys = {QStringLiteral("lv"), QStringLiteral("size_mb"), QStringLiteral("name")};
const QStringList kDceKeys = {QStringLiteral("install_media"), QStringLiteral("servers"),
                              QStringLiteral("clients"), QStringLiteral("filesets")};
const QStringList kServers = {QStringLiteral("sec_srv"), QStringLiteral("cds_srv"),
                              QStringLiteral("dts_srv")};
const QStringList kClients = {QStringLiteral("all_cl"), QStringLiteral("sec_cl"), QStringLiteral("cds_cl"),
                              QStringLiteral("dts_cl"), QStringLiteral("rpc")};
const QStringList kDceMounts = {QStringLiteral("/var/dce"), QStringLiteral("/etc/dce"),
                                QStringLiteral("/krb5")};

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

class Reader
{
public:
    QList<AnswerError> errors;

    void error(const QString& field, const QString& message) { errors.append({field, message}); }

    /** Unknown keys, with the closest known one suggested. */
    void checkKeys(const YAML::Node& map, const QStringList& known, const QString& prefix)
    {
        if (!map.IsMap())
            return;
        for (const auto& kv : map) {
            const QString key = QString::fromStdString(kv.first.as<std::string>());
            if (known.contains(key))
                continue;
            const QString field = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            if (key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                key.contains(QLatin1String("passwd"), Qt::CaseInsensitive) ||
                key.contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
                error(field,
                      AnswersFile::tr("secrets are not accepted in an answers file; the cell_admin password "
                                      "comes from DCE_CELL_ADMIN_PASSWORD or a prompt"));
                continue;
            }
            QString best;
            int bestDistance = 4;
            for (const auto& k : known) {
                const int d = editDistance(key, k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            error(field, best.isEmpty() ? AnswersFile::tr("unknown key")
                                        : AnswersFile::tr("unknown key (did you mean '%1'?)").arg(best));
        }
    }

    QString string(const YAML::Node& n, const QString& field, bool required)
    {
        if (!n || n.IsNull()) {
            if (required)
                error(field, AnswersFile::tr("is required"));
            return {};
        }
        if (!n.IsScalar()) {
            error(field, AnswersFile::tr("must be a single value"));
            return {};
        }
        return QString::fromStdString(n.as<std::string>());
    }

    int integer(const YAML::Node& n, const QString& field, bool required, int fallback = 0)
    {
        const QString s = string(n, field, required);
        if (s.isEmpty())
            return fallback;
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok)
            error(field, AnswersFile::tr("must be a whole number"));
        return v;
    }

    bool boolean(const YAML::Node& n, const QString& field, bool fallback)
    {
        const QString s = string(n, field, false);
        if (s.isEmpty())
            return fallback;
        if (s == QLatin1String("true") || s == QLatin1String("yes"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("no"))
            return false;
        error(field, AnswersFile::tr("must be true or false"));
        return fallback;
    }

    QStringList list(const YAML::Node& n, const QString& field)
    {
        QStringList out;
        if (!n || n.IsNull())
            return out;
        if (!n.IsSequence()) {
            error(field, AnswersFile::tr("must be a list"));
            return out;
        }
        int i = 0;
        for (const auto& e : n)
            out << string(e, QStringLiteral("%1[%2]").arg(field).arg(i++), true);
        return out;
    }
};

bool isIpv4(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255 ||
            (m.captured(i).size() > 1 && m.captured(i).startsWith(QLatin1Char('0'))))
            return false;
    return true;
}

/** The reference's name rule for LVs and VGs, plus AIX's default names the guide forbids on shared DASD. */
QString nameProblem(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,14}$"));
    static const QRegularExpression defaults(
        QStringLiteral("^(lv|loglv|fslv|pagelv|bootlv|paging|vg)\\d+$|^hd\\w*$|^rootvg$"));
    static const QRegularExpression reserved(
        QStringLiteral("^(hdisk|tty|rmt|cd|fd|lp|pty|ent|en|tok|scsi|lo|sa|mem|inet)\\d*$"));
    if (name.size() > 15)
        return AnswersFile::tr("'%1' is longer than 15 characters (AIX would silently truncate it)")
            .arg(name);
    if (!valid.match(name).hasMatch())
        return AnswersFile::tr("'%1' must start with a letter and hold only letters, digits and _").arg(name);
    if (reserved.match(name).hasMatch())
        // AIX strips the trailing digits and refuses a device type (0516-358): hdisk9 and hdisk alike.
        return AnswersFile::tr("'%1' is a device type AIX reserves, with or without a number (mklv refuses "
                               "it: 0516-358)")
            .arg(name);
    if (defaults.match(name).hasMatch())
        return AnswersFile::tr(
                   "'%1' is an AIX default name; shared DASD needs non-default names (importvg would "
                   "rename a clashing one)")
            .arg(name);
    return {};
}

QString pathProblem(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return AnswersFile::tr("'%1' must be an absolute path").arg(path);
    if (path.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        path.split(QLatin1Char('/')).contains(QStringLiteral(".")))
        return AnswersFile::tr("'%1' must not contain '.' or '..'").arg(path);
    if (path.contains(QLatin1Char('\n')) || path.contains(QLatin1Char(' ')) ||
        path.contains(QLatin1Char(':')))
        return AnswersFile::tr("'%1' must not contain spaces, colons or newlines").arg(path);
    return {};
}

/** pathProblem for the program of an application's command, in sentences of their own (translatable whole).
 */
QString programProblem(const QString& program)
{
    if (!program.startsWith(QLatin1Char('/')))
        return AnswersFile::tr("the program '%1' must be given by its absolute path").arg(program);
    if (program.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        program.split(QLatin1Char('/')).contains(QStringLiteral(".")))
        return AnswersFile::tr("the program '%1' must not contain '.' or '..'").arg(program);
    if (program.contains(QLatin1Char('\n')) || program.contains(QLatin1Char(' ')) ||
        program.contains(QLatin1Char(':')))
        return AnswersFile::tr("the program '%1' must not contain spaces, colons or newlines").arg(program);
    return {};
}

bool isUnder(const QString& path, const QString& dir)
{
    return path == dir || path.startsWith(dir + QLatin1Char('/'));
}

void validate(const Answers& a, Reader& r)
{
    if (!a.configuration.isEmpty() && !Answers::configurations().contains(a.configuration))
        r.error(
            QStringLiteral("configuration"),
            AnswersFile::tr("must be one of %1").arg(Answers::configurations().join(QStringLiteral(", "))));
    if (!a.role.isEmpty() && a.role != QLatin1String("owner") && a.role != QLatin1String("standby"))
        r.error(QStringLiteral("role"), AnswersFile::tr("must be owner or standby"));
    static const QRegularExpression cell(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    if (!a.cellName.isEmpty() && (!cell.match(a.cellName).hasMatch() || a.cellName.size() > 128))
        r.error(QStringLiteral("cell_name"),
                AnswersFile::tr("'%1' must be a DNS-style name (letters, digits, '-', '.')").arg(a.cellName));

    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})$"));
    if (a.isRotating() && a.rotatingHostname.isEmpty())
        r.error(QStringLiteral("rotating_hostname"),
                AnswersFile::tr("is required for hot-standby-rotating (the start "
                                "script sets the host name to it)"));
    if (!a.isRotating() && !a.rotatingHostname.isEmpty())
        r.error(QStringLiteral("rotating_hostname"),
                AnswersFile::tr("is only used with hot-standby-rotating; remove it"));
    if (!a.rotatingHostname.isEmpty() && !host.match(a.rotatingHostname).hasMatch())
        r.error(QStringLiteral("rotating_hostname"),
                AnswersFile::tr("'%1' is not a valid host name").arg(a.rotatingHostname));

    // Network: service addresses are kept, every other address is excluded (at most 10).
    if (a.serviceAddresses.isEmpty())
        r.error(QStringLiteral("network.service"),
                AnswersFile::tr("at least one HACMP service address is required"));
    QSet<QString> seen;
    const QList<QPair<QString, QStringList>> groups = {
        {QStringLiteral("network.service"), a.serviceAddresses},
        {QStringLiteral("network.boot"), a.bootAddresses},
        {QStringLiteral("network.standby"), a.standbyAddresses}};
    for (const auto& [field, addresses] : groups)
        for (int i = 0; i < addresses.size(); ++i) {
            const QString f = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!isIpv4(addresses.at(i)))
                r.error(f, AnswersFile::tr("'%1' is not an IPv4 address").arg(addresses.at(i)));
            else if (seen.contains(addresses.at(i)))
                r.error(f,
                        AnswersFile::tr("%1 appears twice: an address is either kept (service) or excluded "
                                        "(boot, standby), not both")
                            .arg(addresses.at(i)));
            seen.insert(addresses.at(i));
        }
    if (a.bootAddresses.size() + a.standbyAddresses.size() > 10)
        r.error(QStringLiteral("network"),
                AnswersFile::tr("RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; %1 "
                                "boot and standby addresses given")
                    .arg(a.bootAddresses.size() + a.standbyAddresses.size()));
    if (a.bootAddresses.isEmpty())
        r.error(QStringLiteral("network.boot"),
                AnswersFile::tr("at least one boot address is required (it is excluded "
                                "from DCE's RPC)"));

    // Names must be unique across everything the wizard creates.
    QMap<QString, QString> names;
    auto checkName = [&](const QString& field, const QString& name) {
        if (name.isEmpty())
            return;
        if (const QString problem = nameProblem(name); !problem.isEmpty())
            r.error(field, problem);
        else if (names.contains(name))
            r.error(field, AnswersFile::tr("'%1' is already used by %2").arg(name, names.value(name)));
        names.insert(name, field);
    };

    if (a.isMutualTakeover()) {
        if (a.sharedVg.present)
            r.error(QStringLiteral("shared_vg"),
                    AnswersFile::tr("is not used in mutual takeover (DCE/DFS servers cannot "
                                    "run there; no DCE filesystems on shared DASD): remove it"));
        if (!a.dce.servers.isEmpty())
            r.error(QStringLiteral("dce.servers"),
                    AnswersFile::tr("DCE and DFS servers cannot be configured on a "
                                    "mutual-takeover node (guide, ch. 1 notes)"));
        if (!a.aggregates.isEmpty())
            r.error(QStringLiteral("dfs_aggregates"),
                    AnswersFile::tr("DFS aggregates on shared DASD do not apply to "
                                    "mutual takeover"));
    } else if (!a.sharedVg.present) {
        r.error(QStringLiteral("shared_vg"),
                AnswersFile::tr("is required: /var/dce, /etc/dce and /krb5 must be on "
                                "shared DASD in this configuration"));
    } else {
        const auto& vg = a.sharedVg;
        checkName(QStringLiteral("shared_vg.name"), vg.name);
        if (vg.name.isEmpty())
            r.error(QStringLiteral("shared_vg.name"), AnswersFile::tr("is required"));
        if (vg.disks.isEmpty())
            r.error(QStringLiteral("shared_vg.disks"),
                    AnswersFile::tr("at least one shared disk (hdiskN) is required"));
        static const QRegularExpression disk(QStringLiteral("^hdisk\\d+$"));
        for (int i = 0; i < vg.disks.size(); ++i)
            if (!disk.match(vg.disks.at(i)).hasMatch())
                r.error(QStringLiteral("shared_vg.disks[%1]").arg(i),
                        AnswersFile::tr("'%1' is not a disk name (hdiskN)").arg(vg.disks.at(i)));
        checkName(QStringLiteral("shared_vg.jfslog"), vg.jfslog);
        if (vg.jfslog.isEmpty())
            r.error(QStringLiteral("shared_vg.jfslog"),
                    AnswersFile::tr("is required (a non-default name for the JFS log)"));
        if (vg.major != 0 && (vg.major < 10 || vg.major > 511))
            r.error(QStringLiteral("shared_vg.major"), AnswersFile::tr("must be between 10 and 511"));
        if (vg.ppSizeMb <= 0 || (vg.ppSizeMb & (vg.ppSizeMb - 1)) != 0 || vg.ppSizeMb > 256)
            r.error(QStringLiteral("shared_vg.pp_size_mb"),
                    AnswersFile::tr("must be a power of 2 from 1 to 256"));
        QStringList mounts;
        for (int i = 0; i < vg.filesystems.size(); ++i) {
            const auto& fs = vg.filesystems.at(i);
            const QString prefix = QStringLiteral("shared_vg.filesystems[%1]").arg(i);
            checkName(prefix + QStringLiteral(".lv"), fs.lv);
            if (fs.lv.isEmpty())
                r.error(prefix + QStringLiteral(".lv"), AnswersFile::tr("is required"));
            if (const QString p = pathProblem(fs.mount); !p.isEmpty())
                r.error(prefix + QStringLiteral(".mount"), p);
            else if (mounts.contains(fs.mount))
                r.error(prefix + QStringLiteral(".mount"),
                        AnswersFile::tr("'%1' is listed twice").arg(fs.mount));
            if (fs.sizeMb <= 0)
                r.error(prefix + QStringLiteral(".size_mb"),
                        AnswersFile::tr("must be a positive number of megabytes"));
            mounts << fs.mount;
        }
        for (const auto& required : kDceMounts)
            if (!mounts.contains(required))
                r.error(
                    QStringLiteral("shared_vg.filesystems"),
                    AnswersFile::tr("%1 is missing: /var/dce, /etc/dce and /krb5 must all be on shared DASD")
                        .arg(required));
    }

    if (a.dfs) {
        if (!a.dfsCache.present) {
            r.error(QStringLiteral("dfs_cache"),
                    AnswersFile::tr("is required with dfs: true (a local JFS for the DFS "
                                    "client cache)"));
        } else {
            checkName(QStringLiteral("dfs_cache.lv"), a.dfsCache.lv);
            if (a.dfsCache.vg.isEmpty())
                r.error(QStringLiteral("dfs_cache.vg"),
                        AnswersFile::tr("is required (a local volume group, e.g. rootvg)"));
            else if (a.sharedVg.present && a.dfsCache.vg == a.sharedVg.name)
                r.error(QStringLiteral("dfs_cache.vg"),
                        AnswersFile::tr("the DFS cache must be on non-shared DASD, not on "
                                        "the shared VG %1")
                            .arg(a.sharedVg.name));
            if (const QString p = pathProblem(a.dfsCache.mount); !p.isEmpty())
                r.error(QStringLiteral("dfs_cache.mount"), p);
            if (a.dfsCache.sizeMb <= 0)
                r.error(QStringLiteral("dfs_cache.size_mb"),
                        AnswersFile::tr("must be a positive number of megabytes"));
        }
        for (int i = 0; i < a.aggregates.size(); ++i) {
            const auto& ag = a.aggregates.at(i);
            const QString prefix = QStringLiteral("dfs_aggregates[%1]").arg(i);
            checkName(prefix + QStringLiteral(".lv"), ag.lv);
            static const QRegularExpression aggName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,31}$"));
            if (!aggName.match(ag.name).hasMatch())
                r.error(prefix + QStringLiteral(".name"),
                        AnswersFile::tr("'%1' must be a short name of letters, digits, _ . -").arg(ag.name));
            if (ag.sizeMb <= 0)
                r.error(prefix + QStringLiteral(".size_mb"),
                        AnswersFile::tr("must be a positive number of megabytes"));
        }
    } else if (!a.aggregates.isEmpty()) {
        r.error(QStringLiteral("dfs_aggregates"), AnswersFile::tr("need dfs: true"));
    }

    for (int i = 0; i < a.dce.servers.size(); ++i)
        if (!kServers.contains(a.dce.servers.at(i)))
            r.error(QStringLiteral("dce.servers[%1]").arg(i),
                    AnswersFile::tr("'%1' is not one of %2")
                        .arg(a.dce.servers.at(i), kServers.join(QStringLiteral(", "))));
    for (int i = 0; i < a.dce.clients.size(); ++i)
        if (!kClients.contains(a.dce.clients.at(i)))
            r.error(QStringLiteral("dce.clients[%1]").arg(i),
                    AnswersFile::tr("'%1' is not one of %2")
                        .arg(a.dce.clients.at(i), kClients.join(QStringLiteral(", "))));
    if (a.isOwner() && !a.isMutualTakeover() && a.dce.servers.isEmpty())
        r.error(QStringLiteral("dce.servers"),
                AnswersFile::tr("the owner node of this configuration hosts the cell's "
                                "servers: name at least one (sec_srv, cds_srv)"));
    if (const QString p = pathProblem(a.dce.installMedia); !p.isEmpty())
        r.error(QStringLiteral("dce.install_media"), p);
    static const QRegularExpression fileset(QStringLiteral("^[A-Za-z0-9_.+-]+$"));
    for (int i = 0; i < a.dce.filesets.size(); ++i)
        if (!fileset.match(a.dce.filesets.at(i)).hasMatch())
            r.error(QStringLiteral("dce.filesets[%1]").arg(i),
                    AnswersFile::tr("'%1' is not a fileset name").arg(a.dce.filesets.at(i)));

    if (const QString p = pathProblem(a.scriptsDir); !p.isEmpty())
        r.error(QStringLiteral("scripts_dir"), p);
    for (int i = 0; i < a.peerServiceAddresses.size(); ++i)
        if (!isIpv4(a.peerServiceAddresses.at(i)))
            r.error(QStringLiteral("network.peer_service[%1]").arg(i),
                    AnswersFile::tr("'%1' is not an IPv4 address").arg(a.peerServiceAddresses.at(i)));
    if (a.isMutualTakeover() && a.peerServiceAddresses.isEmpty())
        r.error(QStringLiteral("network.peer_service"),
                AnswersFile::tr(
                    "is required in mutual takeover: the other node's service address, which this node's "
                    "application server script excludes after a takeover (guide, ch. 2)"));
    if (!a.isMutualTakeover() && !a.peerServiceAddresses.isEmpty())
        r.error(QStringLiteral("network.peer_service"),
                AnswersFile::tr("is only used in mutual takeover; remove it"));
    static const QRegularExpression appName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,31}$"));
    QStringList appNames;
    for (int i = 0; i < a.applications.size(); ++i) {
        const auto& app = a.applications.at(i);
        const QString prefix = QStringLiteral("applications[%1]").arg(i);
        if (!appName.match(app.name).hasMatch())
            r.error(prefix + QStringLiteral(".name"),
                    AnswersFile::tr("'%1' must be a short name of letters, digits, _ . -").arg(app.name));
        else if (appNames.contains(app.name))
            r.error(prefix + QStringLiteral(".name"), AnswersFile::tr("'%1' is listed twice").arg(app.name));
        appNames << app.name;
        for (const auto& [key, argv] :
             {std::pair{QStringLiteral(".start"), app.start}, std::pair{QStringLiteral(".stop"), app.stop}}) {
            if (argv.isEmpty())
                r.error(prefix + key,
                        AnswersFile::tr("is required: the program and its arguments, as a list"));
            else if (const QString p = programProblem(argv.first()); !p.isEmpty())
                r.error(prefix + key, p);
            for (const auto& arg : argv)
                if (arg.contains(QLatin1Char('\n')))
                    r.error(prefix + key, AnswersFile::tr("arguments must not contain newlines"));
        }
    }
    for (const auto& shared : a.sharedMountPoints())
        if (isUnder(a.scriptsDir, shared))
            r.error(QStringLiteral("scripts_dir"),
                    AnswersFile::tr("'%1' is under the shared mount point %2: HACMP needs "
                                    "the scripts on each node's local disk")
                        .arg(a.scriptsDir, shared));
    static const QRegularExpression server(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,31}$"));
    if (!server.match(a.appServerName).hasMatch())
        r.error(QStringLiteral("app_server"),
                AnswersFile::tr("'%1' must be a name of letters, digits and _").arg(a.appServerName));
}

YAML::Node strList(const QStringList& l)
{
    YAML::Node n(YAML::NodeType::Sequence);
    for (const auto& s : l)
        n.push_back(s.toStdString());
    return n;
}

} // namespace

const QStringList& Answers::configurations()
{
    static const QStringList list = {
        QStringLiteral("hot-standby-cascading"), QStringLiteral("one-sided-takeover-cascading"),
        QStringLiteral("hot-standby-rotating"), QStringLiteral("mutual-takeover-cascading")};
    return list;
}

QStringList Answers::sharedMountPoints() const
{
    QStringList out;
    if (sharedVg.present)
        for (const auto& fs : sharedVg.filesystems)
            out << fs.mount;
    return out;
}

AnswersFile::Parsed AnswersFile::parse(const QByteArray& yamlText)
{
    Parsed parsed;
    Reader r;
    YAML::Node root;
    try {
        root = YAML::Load(yamlText.toStdString());
    } catch (const YAML::Exception& e) {
        parsed.errors.append({QStringLiteral("(file)"),
                              AnswersFile::tr("not valid YAML: %1").arg(QString::fromStdString(e.msg))});
        return parsed;
    }
    if (!root.IsMap()) {
        parsed.errors.append({QStringLiteral("(file)"), AnswersFile::tr("must be a mapping of answers")});
        return parsed;
    }
    Answers& a = parsed.answers;
    try {
        r.checkKeys(root, kTopKeys, QString());
        a.configuration = r.string(root["configuration"], QStringLiteral("configuration"), true);
        a.role = r.string(root["role"], QStringLiteral("role"), true);
        a.cellName = r.string(root["cell_name"], QStringLiteral("cell_name"), true);
        a.dfs = r.boolean(root["dfs"], QStringLiteral("dfs"), false);
        a.rotatingHostname = r.string(root["rotating_hostname"], QStringLiteral("rotating_hostname"), false);
        const YAML::Node net = root["network"];
        if (!net || !net.IsMap()) {
            r.error(QStringLiteral("network"),
                    AnswersFile::tr("is required (service, boot and standby addresses)"));
        } else {
            r.checkKeys(net, kNetworkKeys, QStringLiteral("network"));
            a.serviceAddresses = r.list(net["service"], QStringLiteral("network.service"));
            a.bootAddresses = r.list(net["boot"], QStringLiteral("network.boot"));
            a.standbyAddresses = r.list(net["standby"], QStringLiteral("network.standby"));
            a.peerServiceAddresses = r.list(net["peer_service"], QStringLiteral("network.peer_service"));
        }
        if (const YAML::Node vg = root["shared_vg"]; vg && !vg.IsNull()) {
            a.sharedVg.present = true;
            r.checkKeys(vg, kVgKeys, QStringLiteral("shared_vg"));
            a.sharedVg.name = r.string(vg["name"], QStringLiteral("shared_vg.name"), false);
            a.sharedVg.disks = r.list(vg["disks"], QStringLiteral("shared_vg.disks"));
            a.sharedVg.jfslog = r.string(vg["jfslog"], QStringLiteral("shared_vg.jfslog"), false);
            a.sharedVg.major = r.integer(vg["major"], QStringLiteral("shared_vg.major"), false, 0);
            a.sharedVg.ppSizeMb =
                r.integer(vg["pp_size_mb"], QStringLiteral("shared_vg.pp_size_mb"), false, 4);
            int i = 0;
            if (vg["filesystems"] && !vg["filesystems"].IsSequence())
                r.error(QStringLiteral("shared_vg.filesystems"), AnswersFile::tr("must be a list"));
            for (const auto& fs : vg["filesystems"]) {
                const QString prefix = QStringLiteral("shared_vg.filesystems[%1]").arg(i++);
                r.checkKeys(fs, kFsKeys, prefix);
                a.sharedVg.filesystems.append(
                    {r.string(fs["mount"], prefix + QStringLiteral(".mount"), true),
                     r.string(fs["lv"], prefix + QStringLiteral(".lv"), true),
                     r.integer(fs["size_mb"], prefix + QStringLiteral(".size_mb"), true)});
            }
        }
        if (const YAML::Node c = root["dfs_cache"]; c && !c.IsNull()) {
            a.dfsCache.present = true;
            r.checkKeys(c, kCacheKeys, QStringLiteral("dfs_cache"));
            a.dfsCache.vg = r.string(c["vg"], QStringLiteral("dfs_cache.vg"), true);
            a.dfsCache.lv = r.string(c["lv"], QStringLiteral("dfs_cache.lv"), true);
            a.dfsCache.sizeMb = r.integer(c["size_mb"], QStringLiteral("dfs_cache.size_mb"), true);
            if (c["mount"])
                a.dfsCache.mount = r.string(c["mount"], QStringLiteral("dfs_cache.mount"), true);
        }
        int i = 0;
        if (root["dfs_aggregates"] && !root["dfs_aggregates"].IsSequence() &&
            !root["dfs_aggregates"].IsNull())
            r.error(QStringLiteral("dfs_aggregates"), AnswersFile::tr("must be a list"));
        else
            for (const auto& ag : root["dfs_aggregates"]) {
                const QString prefix = QStringLiteral("dfs_aggregates[%1]").arg(i++);
                r.checkKeys(ag, kAggregateKeys, prefix);
                a.aggregates.append({r.string(ag["lv"], prefix + QStringLiteral(".lv"), true),
                                     r.string(ag["name"], prefix + QStringLiteral(".name"), true),
                                     r.integer(ag["size_mb"], prefix + QStringLiteral(".size_mb"), true)});
            }
        if (const YAML::Node d = root["dce"]; d && !d.IsNull()) {
            r.checkKeys(d, kDceKeys, QStringLiteral("dce"));
            if (d["install_media"])
                a.dce.installMedia = r.string(d["install_media"], QStringLiteral("dce.install_media"), true);
            a.dce.servers = r.list(d["servers"], QStringLiteral("dce.servers"));
            a.dce.clients = r.list(d["clients"], QStringLiteral("dce.clients"));
            a.dce.filesets = r.list(d["filesets"], QStringLiteral("dce.filesets"));
        }
        if (root["scripts_dir"])
            a.scriptsDir = r.string(root["scripts_dir"], QStringLiteral("scripts_dir"), true);
        if (root["app_server"])
            a.appServerName = r.string(root["app_server"], QStringLiteral("app_server"), true);
        a.eventWrappers = r.boolean(root["event_wrappers"], QStringLiteral("event_wrappers"), false);
        a.registerAppServer =
            r.boolean(root["register_app_server"], QStringLiteral("register_app_server"), false);
        int k = 0;
        if (root["applications"] && !root["applications"].IsSequence() && !root["applications"].IsNull())
            r.error(QStringLiteral("applications"), AnswersFile::tr("must be a list"));
        else
            for (const auto& app : root["applications"]) {
                const QString prefix = QStringLiteral("applications[%1]").arg(k++);
                r.checkKeys(app, kApplicationKeys, prefix);
                a.applications.append({r.string(app["name"], prefix + QStringLiteral(".name"), true),
                                       r.list(app["start"], prefix + QStringLiteral(".start")),
                                       r.list(app["stop"], prefix + QStringLiteral(".stop"))});
            }
    } catch (const YAML::Exception& e) {
        r.error(QStringLiteral("(file)"), QString::fromStdString(e.msg));
    }
    validate(a, r);
    parsed.errors = r.errors;
    parsed.digest = QCryptographicHash::hash(serialize(a), QCryptographicHash::Sha256).toHex();
    return parsed;
}

QByteArray AnswersFile::serialize(const Answers& a)
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "configuration" << YAML::Value << a.configuration.toStdString();
    out << YAML::Key << "role" << YAML::Value << a.role.toStdString();
    out << YAML::Key << "cell_name" << YAML::Value << a.cellName.toStdString();
    out << YAML::Key << "dfs" << YAML::Value << a.dfs;
    if (!a.rotatingHostname.isEmpty())
        out << YAML::Key << "rotating_hostname" << YAML::Value << a.rotatingHostname.toStdString();
    out << YAML::Key << "network" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "service" << YAML::Value << YAML::Flow << strList(a.serviceAddresses);
    out << YAML::Key << "boot" << YAML::Value << YAML::Flow << strList(a.bootAddresses);
    out << YAML::Key << "standby" << YAML::Value << YAML::Flow << strList(a.standbyAddresses);
    if (!a.peerServiceAddresses.isEmpty())
        out << YAML::Key << "peer_service" << YAML::Value << YAML::Flow << strList(a.peerServiceAddresses);
    out << YAML::EndMap;
    if (a.sharedVg.present) {
        out << YAML::Key << "shared_vg" << YAML::Value << YAML::BeginMap;
        out << YAML::Key << "name" << YAML::Value << a.sharedVg.name.toStdString();
        out << YAML::Key << "disks" << YAML::Value << YAML::Flow << strList(a.sharedVg.disks);
        out << YAML::Key << "jfslog" << YAML::Value << a.sharedVg.jfslog.toStdString();
        if (a.sharedVg.major)
            out << YAML::Key << "major" << YAML::Value << a.sharedVg.major;
        out << YAML::Key << "pp_size_mb" << YAML::Value << a.sharedVg.ppSizeMb;
        out << YAML::Key << "filesystems" << YAML::Value << YAML::BeginSeq;
        for (const auto& fs : a.sharedVg.filesystems)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "mount" << YAML::Value
                << fs.mount.toStdString() << YAML::Key << "lv" << YAML::Value << fs.lv.toStdString()
                << YAML::Key << "size_mb" << YAML::Value << fs.sizeMb << YAML::EndMap;
        out << YAML::EndSeq << YAML::EndMap;
    }
    if (a.dfsCache.present) {
        out << YAML::Key << "dfs_cache" << YAML::Value << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "vg" << YAML::Value << a.dfsCache.vg.toStdString() << YAML::Key << "lv"
            << YAML::Value << a.dfsCache.lv.toStdString() << YAML::Key << "size_mb" << YAML::Value
            << a.dfsCache.sizeMb << YAML::Key << "mount" << YAML::Value << a.dfsCache.mount.toStdString()
            << YAML::EndMap;
    }
    if (!a.aggregates.isEmpty()) {
        out << YAML::Key << "dfs_aggregates" << YAML::Value << YAML::BeginSeq;
        for (const auto& ag : a.aggregates)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "lv" << YAML::Value << ag.lv.toStdString()
                << YAML::Key << "size_mb" << YAML::Value << ag.sizeMb << YAML::Key << "name" << YAML::Value
                << ag.name.toStdString() << YAML::EndMap;
        out << YAML::EndSeq;
    }
    out << YAML::Key << "dce" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "install_media" << YAML::Value << a.dce.installMedia.toStdString();
    out << YAML::Key << "servers" << YAML::Value << YAML::Flow << strList(a.dce.servers);
    out << YAML::Key << "clients" << YAML::Value << YAML::Flow << strList(a.dce.clients);
    if (!a.dce.filesets.isEmpty())
        out << YAML::Key << "filesets" << YAML::Value << YAML::Flow << strList(a.dce.filesets);
    out << YAML::EndMap;
    out << YAML::Key << "scripts_dir" << YAML::Value << a.scriptsDir.toStdString();
    out << YAML::Key << "app_server" << YAML::Value << a.appServerName.toStdString();
    if (!a.applications.isEmpty()) {
        out << YAML::Key << "applications" << YAML::Value << YAML::BeginSeq;
        for (const auto& app : a.applications)
            out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value
                << app.name.toStdString() << YAML::Key << "start" << YAML::Value << YAML::Flow
                << strList(app.start) << YAML::Key << "stop" << YAML::Value << YAML::Flow << strList(app.stop)
                << YAML::EndMap;
        out << YAML::EndSeq;
    }
    if (a.eventWrappers)
        out << YAML::Key << "event_wrappers" << YAML::Value << true;
    if (a.registerAppServer)
        out << YAML::Key << "register_app_server" << YAML::Value << true;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

QStringList AnswersFile::differences(const Answers& a, const Answers& b)
{
    // Compared through the canonical form, key by key at the top level and one level down.
    const YAML::Node x = YAML::Load(serialize(a).toStdString());
    const YAML::Node y = YAML::Load(serialize(b).toStdString());
    QStringList out;
    auto text = [](const YAML::Node& n) {
        YAML::Emitter e;
        e << n;
        return QString::fromUtf8(e.c_str());
    };
    QSet<QString> keys;
    for (const auto& kv : x)
        keys.insert(QString::fromStdString(kv.first.as<std::string>()));
    for (const auto& kv : y)
        keys.insert(QString::fromStdString(kv.first.as<std::string>()));
    QStringList sorted = keys.values();
    sorted.sort();
    for (const auto& k : sorted) {
        const YAML::Node xv = x[k.toStdString()];
        const YAML::Node yv = y[k.toStdString()];
        if (xv.IsMap() && yv.IsMap()) {
            QSet<QString> sub;
            for (const auto& kv : xv)
                sub.insert(QString::fromStdString(kv.first.as<std::string>()));
            for (const auto& kv : yv)
                sub.insert(QString::fromStdString(kv.first.as<std::string>()));
            QStringList subSorted = sub.values();
            subSorted.sort();
            for (const auto& s : subSorted)
                if (text(xv[s.toStdString()]) != text(yv[s.toStdString()]))
                    out << k + QLatin1Char('.') + s;
        } else if (text(xv) != text(yv)) {
            out << k;
        }
    }
    return out;
}

} // namespace dceha
