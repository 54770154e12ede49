// The rules an answers file's values must follow and that need no node: the configuration and role, names
// (AIX's LV/VG rule, host, application and aggregate names), IPv4 addresses, paths and programs, and the AIX
// 4.x LVM limits. Rules that need the node are NodeChecks'. The refusals keep AnswersFile's translation
// context (AnswersFile::tr), so the translations stay keyed on "dceha::AnswersFile".
#include "AnswerRules.h"

#include "AnswersFile.h"

#include <QMap>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

namespace dceha {

namespace {

const QStringList& kServers = dceServerComponents();
const QStringList& kClients = dceClientComponents();
const QStringList kDceMounts = {QStringLiteral("/var/dce"), QStringLiteral("/etc/dce"),
                                QStringLiteral("/krb5")};

// What AIX 4.x's LVM accepts (sources in resources/aix-commands.yaml, "limits"): a standard volume group
// holds at most 32 disks and 255 logical volumes (mkvg); LVM tracks at most 1016 physical partitions per disk
// (IBM technote "LVM Limitation of Physical Partitions per Physical Volume", AIX 3.2 to 4.3.0: no -t factor
// before 4.3.1); a logical volume has at most 32512 logical partitions (IBM, "Limits for logical storage
// management": LV limit = PP size x 32512); the PP size is a power of 2 from 1 to 256 MB on AIX 4.x (same
// technote). mkdfs -s takes the DFS cache in 1-KB blocks as a 32-bit number (AIX 4.x is a 32-bit system).
constexpr int kMaxDisksPerVg = 32;
constexpr int kMaxLvsPerVg = 255;
constexpr qint64 kMaxPpsPerDisk = 1016;
constexpr qint64 kMaxLpsPerLv = 32512;
constexpr int kMaxPpSizeMb = 256;
constexpr qint64 kMaxCacheKb = 2147483647;
/** The largest DFS cache whose 90 % in KB (what mkdfs -s is given, Variables' dfs_cache.size_kb) fits. */
constexpr qint64 kMaxCacheMb = kMaxCacheKb * 10 / 9 / 1024;
/** The PP size mkvg gives when -s is not given (AIX 4.x). */
constexpr qint64 kDefaultPpSizeMb = 4;

/** Collects the refusals, in the order the rules find them. */
class Errors
{
public:
    explicit Errors(QList<AnswerError>* out) : m_out(out) {}

    void error(const QString& field, const QString& message) { m_out->append({field, message}); }

private:
    QList<AnswerError>* m_out;
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

/** A character as a person can read it in a message: control characters and spaces by name. */
QString describeCharacter(QChar c)
{
    if (c == QLatin1Char('\n'))
        return AnswersFile::tr("a newline");
    if (c == QLatin1Char('\t'))
        return AnswersFile::tr("a tab");
    if (c == QLatin1Char(' '))
        return AnswersFile::tr("a space");
    if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
        return AnswersFile::tr("the control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(c);
}

/** The value as a message may quote it: control characters shown as '?', so a refusal stays one line. */
QString shown(const QString& value)
{
    QString out = value.left(80);
    for (auto& c : out)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    return value.size() > 80 ? out + QStringLiteral("…") : out;
}

/** The first character of @p s that is neither an ASCII letter or digit nor in @p extra, or a null QChar. */
QChar firstBadCharacter(const QString& s, QLatin1String extra)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            continue;
        if (u < 128 && extra.contains(QLatin1Char(char(u))))
            continue;
        return c;
    }
    return {};
}

/** The reference's name rule for LVs and VGs (aix-commands.md, "Names": 1–15 characters,
 * `^[A-Za-z][A-Za-z0-9_]{0,14}$`), plus AIX's default names the guide forbids on shared DASD when
 * @p onSharedDasd (a local VG such as the DFS cache's rootvg keeps its default name). */
QString nameProblem(const QString& name, bool onSharedDasd = true)
{
    static const QRegularExpression defaults(
        QStringLiteral("^(lv|loglv|fslv|pagelv|bootlv|paging|vg)\\d+$|^hd\\w*$|^rootvg$"));
    static const QRegularExpression reserved(
        QStringLiteral("^(hdisk|tty|rmt|cd|fd|lp|pty|ent|en|tok|scsi|lo|sa|mem|inet)\\d*$"));
    if (const QChar bad = firstBadCharacter(name, QLatin1String("_")); !bad.isNull())
        return AnswersFile::tr("'%1' holds %2, which a name cannot: only letters, digits and _ are allowed")
            .arg(shown(name), describeCharacter(bad));
    if (!name.at(0).isLetter())
        return AnswersFile::tr("'%1' must start with a letter").arg(name);
    if (name.size() > 15)
        return AnswersFile::tr("'%1' is longer than 15 characters (AIX would silently truncate it)")
            .arg(name);
    if (reserved.match(name).hasMatch())
        // AIX strips the trailing digits and refuses a device type (0516-358): hdisk9 and hdisk alike.
        return AnswersFile::tr("'%1' is a device type AIX reserves, with or without a number (mklv refuses "
                               "it: 0516-358)")
            .arg(name);
    if (onSharedDasd && defaults.match(name).hasMatch())
        return AnswersFile::tr(
                   "'%1' is an AIX default name; shared DASD needs non-default names (importvg would "
                   "rename a clashing one)")
            .arg(name);
    return {};
}

/** "_ . -": the characters of @p extra, for a message. */
QString allowedList(QLatin1String extra)
{
    QStringList out;
    for (const char c : extra)
        out << QString(QLatin1Char(c));
    return out.join(QLatin1Char(' '));
}

/** A short name of letters, digits and the characters in @p extra, starting with a letter, at most @p max
 * characters (application server, application, aggregate names). */
QString shortNameProblem(const QString& name, QLatin1String extra, int max)
{
    if (const QChar bad = firstBadCharacter(name, extra); !bad.isNull())
        return AnswersFile::tr(
                   "'%1' holds %2, which a short name cannot hold: only letters, digits and %3 are "
                   "allowed")
            .arg(shown(name), describeCharacter(bad), allowedList(extra));
    if (name.isEmpty() || !name.at(0).isLetter())
        return AnswersFile::tr("'%1' must start with a letter").arg(name);
    if (name.size() > max)
        return AnswersFile::tr("'%1' is longer than %2 characters").arg(name).arg(max);
    return {};
}

/** The characters a path answer may hold. Every path the procedure needs (mount points, the scripts
 * directory, the install device, programs) is made of these; everything else is refused rather than
 * quoted, because the paths reach /etc/filesystems stanzas (no space), colon-separated lsfs -c output and
 * RPC_UNSUPPORTED_NETADDRS-style lists (no ':'), HACMP's application server definition and the generated ksh
 * scripts. Refused: control characters, space, ':' and the shell's special characters
 * $ ` ' " \ ; & | < > * ? [ ] ( ) { } ! # ~ = ^. */
const QLatin1String kPathCharacters("/._-+,@%");

QString pathCharacterProblem(const QString& path)
{
    if (const QChar bad = firstBadCharacter(path, kPathCharacters); !bad.isNull())
        return AnswersFile::tr("'%1' holds %2, which is not allowed in a path (allowed: letters, digits and "
                               "/ . _ - + , @ %)")
            .arg(shown(path), describeCharacter(bad));
    return {};
}

QString pathProblem(const QString& path)
{
    if (const QString p = pathCharacterProblem(path); !p.isEmpty())
        return p;
    if (!path.startsWith(QLatin1Char('/')))
        return AnswersFile::tr("'%1' must be an absolute path").arg(path);
    if (path.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        path.split(QLatin1Char('/')).contains(QStringLiteral(".")))
        return AnswersFile::tr("'%1' must not contain '.' or '..'").arg(path);
    // AIX's PATH_MAX is 1023 bytes; a mount point or directory longer than that cannot be created.
    if (path.toUtf8().size() > 1023)
        return AnswersFile::tr("is longer than 1023 characters (AIX's PATH_MAX)");
    return {};
}

/** pathProblem for the program of an application's command, in sentences of their own (translatable whole).
 */
QString programProblem(const QString& program)
{
    if (const QChar bad = firstBadCharacter(program, kPathCharacters); !bad.isNull())
        return AnswersFile::tr("the program '%1' holds %2, which is not allowed in a path (allowed: letters, "
                               "digits and / . _ - + , @ %)")
            .arg(shown(program), describeCharacter(bad));
    if (!program.startsWith(QLatin1Char('/')))
        return AnswersFile::tr("the program '%1' must be given by its absolute path").arg(program);
    if (program.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        program.split(QLatin1Char('/')).contains(QStringLiteral(".")))
        return AnswersFile::tr("the program '%1' must not contain '.' or '..'").arg(program);
    return {};
}

bool isUnder(const QString& path, const QString& dir)
{
    return path == dir || path.startsWith(dir + QLatin1Char('/'));
}

/** An LV's size in MB: positive, and at most kMaxLpsPerLv partitions of @p ppMb (mklv's limit). */
void checkLvSize(Errors& r, const QString& field, int sizeMb, qint64 ppMb)
{
    if (sizeMb <= 0)
        r.error(field, AnswersFile::tr("must be a positive number of megabytes"));
    else if ((qint64(sizeMb) + ppMb - 1) / ppMb > kMaxLpsPerLv)
        r.error(field, AnswersFile::tr("%1 MB is too large: a logical volume holds at most %2 partitions of "
                                       "%3 MB on AIX 4.x (at most %4 MB)")
                           .arg(sizeMb)
                           .arg(kMaxLpsPerLv)
                           .arg(ppMb)
                           .arg(kMaxLpsPerLv * ppMb));
}

void validate(const Answers& a, Errors& r)
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
                AnswersFile::tr("'%1' must be a DNS-style name (letters, digits, '-', '.')")
                    .arg(shown(a.cellName)));

    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})$"));
    if (a.isRotating() && a.rotatingHostname.isEmpty())
        r.error(QStringLiteral("rotating_hostname"),
                AnswersFile::tr("is required for hot-standby-rotating (the start "
                                "script sets the host name to it)"));
    if (!a.isRotating() && !a.rotatingHostname.isEmpty())
        r.error(QStringLiteral("rotating_hostname"),
                AnswersFile::tr("is only used with hot-standby-rotating; remove it"));
    if (!a.rotatingHostname.isEmpty() && !host.match(a.rotatingHostname).hasMatch()) {
        const QChar bad = firstBadCharacter(a.rotatingHostname, QLatin1String("-"));
        r.error(QStringLiteral("rotating_hostname"),
                bad.isNull()
                    ? AnswersFile::tr("'%1' is not a valid host name (letters, digits and -, at most "
                                      "63 characters)")
                          .arg(shown(a.rotatingHostname))
                    : AnswersFile::tr("'%1' holds %2, which a host name cannot: only letters, digits "
                                      "and - are allowed")
                          .arg(shown(a.rotatingHostname), describeCharacter(bad)));
    }

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
                r.error(f, AnswersFile::tr("'%1' is not an IPv4 address").arg(shown(addresses.at(i))));
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
    else if (a.isMutualTakeover() &&
             a.bootAddresses.size() + a.standbyAddresses.size() + a.serviceAddresses.size() > 10)
        r.error(QStringLiteral("network"),
                AnswersFile::tr("RPC_UNSUPPORTED_NETADDRS holds at most 10 addresses; after a mutual "
                                "takeover this node also excludes its service addresses: %1 in all")
                    .arg(a.bootAddresses.size() + a.standbyAddresses.size() + a.serviceAddresses.size()));
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
        if (vg.disks.size() > kMaxDisksPerVg)
            r.error(QStringLiteral("shared_vg.disks"),
                    AnswersFile::tr("%1 disks given; a volume group holds at most %2 on AIX 4.x (mkvg)")
                        .arg(vg.disks.size())
                        .arg(kMaxDisksPerVg));
        static const QRegularExpression disk(QStringLiteral("^hdisk\\d+$"));
        for (int i = 0; i < vg.disks.size(); ++i)
            if (!disk.match(vg.disks.at(i)).hasMatch())
                r.error(QStringLiteral("shared_vg.disks[%1]").arg(i),
                        AnswersFile::tr("'%1' is not a disk name (hdiskN)").arg(shown(vg.disks.at(i))));
        checkName(QStringLiteral("shared_vg.jfslog"), vg.jfslog);
        if (vg.jfslog.isEmpty())
            r.error(QStringLiteral("shared_vg.jfslog"),
                    AnswersFile::tr("is required (a non-default name for the JFS log)"));
        // Majors below 10 belong to AIX's own devices; 511 keeps to numbers every AIX 4.x kernel's device
        // switch table has (lvlstmajor lists the free ones; mkvg/importvg -V takes one).
        if (vg.major != 0 && (vg.major < 10 || vg.major > 511))
            r.error(QStringLiteral("shared_vg.major"),
                    AnswersFile::tr(
                        "must be between 10 and 511 (a major number free on both nodes: lvlstmajor)"));
        if (vg.ppSizeMb <= 0 || (vg.ppSizeMb & (vg.ppSizeMb - 1)) != 0 || vg.ppSizeMb > kMaxPpSizeMb)
            r.error(
                QStringLiteral("shared_vg.pp_size_mb"),
                AnswersFile::tr("must be a power of 2 from 1 to %1 (mkvg -s on AIX 4.x)").arg(kMaxPpSizeMb));
        const qint64 pp = vg.ppSizeMb > 0 && vg.ppSizeMb <= kMaxPpSizeMb ? vg.ppSizeMb : kDefaultPpSizeMb;
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
            checkLvSize(r, prefix + QStringLiteral(".size_mb"), fs.sizeMb, pp);
            mounts << fs.mount;
        }
        // The whole shared VG: its LVs (the log's one partition, the filesystems, the DFS aggregates) must
        // fit the partitions LVM can track on its disks, and their number what a VG holds.
        qint64 partitions = 1;
        for (const auto& fs : vg.filesystems)
            partitions += fs.sizeMb > 0 ? (qint64(fs.sizeMb) + pp - 1) / pp : 0;
        for (const auto& ag : a.aggregates)
            partitions += ag.sizeMb > 0 ? (qint64(ag.sizeMb) + pp - 1) / pp : 0;
        if (!vg.disks.isEmpty() && partitions > kMaxPpsPerDisk * vg.disks.size())
            r.error(
                QStringLiteral("shared_vg"),
                AnswersFile::tr("its logical volumes need %1 partitions of %2 MB, more than the %3 that AIX "
                                "4.x tracks on %4 disk(s) (1016 per disk): give a larger pp_size_mb or "
                                "more disks")
                    .arg(partitions)
                    .arg(pp)
                    .arg(kMaxPpsPerDisk * vg.disks.size())
                    .arg(vg.disks.size()));
        if (1 + vg.filesystems.size() + a.aggregates.size() > kMaxLvsPerVg)
            r.error(QStringLiteral("shared_vg"),
                    AnswersFile::tr("%1 logical volumes; a volume group holds at most %2 on AIX 4.x (mkvg)")
                        .arg(1 + vg.filesystems.size() + a.aggregates.size())
                        .arg(kMaxLvsPerVg));
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
            else if (const QString p = nameProblem(a.dfsCache.vg, false); !p.isEmpty())
                // A local VG keeps AIX's default name (rootvg): only the name rule applies.
                r.error(QStringLiteral("dfs_cache.vg"), p);
            else if (a.sharedVg.present && a.dfsCache.vg == a.sharedVg.name)
                r.error(QStringLiteral("dfs_cache.vg"),
                        AnswersFile::tr("the DFS cache must be on non-shared DASD, not on "
                                        "the shared VG %1")
                            .arg(a.sharedVg.name));
            if (const QString p = pathProblem(a.dfsCache.mount); !p.isEmpty())
                r.error(QStringLiteral("dfs_cache.mount"), p);
            if (a.dfsCache.sizeMb > kMaxCacheMb)
                r.error(
                    QStringLiteral("dfs_cache.size_mb"),
                    AnswersFile::tr("%1 MB is too large: mkdfs -s takes the cache (90 % of it) in KB as a "
                                    "32-bit number, so at most %2 MB")
                        .arg(a.dfsCache.sizeMb)
                        .arg(kMaxCacheMb));
            else
                // The cache VG's PP size is known only on the node (lsvg VG: NodeChecks applies mklv's limit
                // with it); here the largest PP size AIX 4.x allows bounds it.
                checkLvSize(r, QStringLiteral("dfs_cache.size_mb"), a.dfsCache.sizeMb, kMaxPpSizeMb);
        }
        for (int i = 0; i < a.aggregates.size(); ++i) {
            const auto& ag = a.aggregates.at(i);
            const QString prefix = QStringLiteral("dfs_aggregates[%1]").arg(i);
            checkName(prefix + QStringLiteral(".lv"), ag.lv);
            if (const QString p = shortNameProblem(ag.name, QLatin1String("_.-"), 32); !p.isEmpty())
                r.error(prefix + QStringLiteral(".name"), p);
            checkLvSize(r, prefix + QStringLiteral(".size_mb"), ag.sizeMb,
                        a.sharedVg.ppSizeMb > 0 && a.sharedVg.ppSizeMb <= kMaxPpSizeMb ? a.sharedVg.ppSizeMb
                                                                                       : kDefaultPpSizeMb);
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
                    AnswersFile::tr("'%1' is not a fileset name").arg(shown(a.dce.filesets.at(i))));

    if (const QString p = pathProblem(a.scriptsDir); !p.isEmpty())
        r.error(QStringLiteral("scripts_dir"), p);
    for (int i = 0; i < a.peerServiceAddresses.size(); ++i)
        if (!isIpv4(a.peerServiceAddresses.at(i)))
            r.error(QStringLiteral("network.peer_service[%1]").arg(i),
                    AnswersFile::tr("'%1' is not an IPv4 address").arg(a.peerServiceAddresses.at(i)));
    if (a.isMutualTakeover() && a.peerServiceAddresses.isEmpty())
        r.error(QStringLiteral("network.peer_service"),
                AnswersFile::tr(
                    "is required in mutual takeover: the other node's service address, which this node "
                    "takes over when the other node fails (guide, ch. 2)"));
    if (!a.isMutualTakeover() && !a.peerServiceAddresses.isEmpty())
        r.error(QStringLiteral("network.peer_service"),
                AnswersFile::tr("is only used in mutual takeover; remove it"));
    for (const auto& [list, field] : {std::pair{&a.applications, QStringLiteral("applications")},
                                      std::pair{&a.peerApplications, QStringLiteral("peer_applications")}}) {
        QStringList appNames;
        for (int i = 0; i < list->size(); ++i) {
            const auto& app = list->at(i);
            const QString prefix = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (const QString p = shortNameProblem(app.name, QLatin1String("_.-"), 32); !p.isEmpty())
                r.error(prefix + QStringLiteral(".name"), p);
            else if (appNames.contains(app.name))
                r.error(prefix + QStringLiteral(".name"),
                        AnswersFile::tr("'%1' is listed twice").arg(app.name));
            appNames << app.name;
            for (const auto& [key, argv] : {std::pair{QStringLiteral(".start"), app.start},
                                            std::pair{QStringLiteral(".stop"), app.stop}}) {
                if (argv.isEmpty())
                    r.error(prefix + key,
                            AnswersFile::tr("is required: the program and its arguments, as a list"));
                else if (const QString p = programProblem(argv.first()); !p.isEmpty())
                    r.error(prefix + key, p);
                // Arguments reach the scripts quoted (any shell character is inert there), but a control
                // character would break the script's lines and the record's.
                for (const auto& arg : argv)
                    for (const QChar c : arg)
                        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
                            r.error(prefix + key,
                                    AnswersFile::tr("the argument '%1' holds %2: arguments must not "
                                                    "hold control characters")
                                        .arg(shown(arg), describeCharacter(c)));
                            break;
                        }
            }
        }
    }
    if (!a.isMutualTakeover() && !a.peerApplications.isEmpty())
        r.error(QStringLiteral("peer_applications"),
                AnswersFile::tr("is only used in mutual takeover; remove it"));
    for (const auto& shared : a.sharedMountPoints())
        if (isUnder(a.scriptsDir, shared))
            r.error(QStringLiteral("scripts_dir"),
                    AnswersFile::tr("'%1' is under the shared mount point %2: HACMP needs "
                                    "the scripts on each node's local disk")
                        .arg(a.scriptsDir, shared));
    // HACMP's application server name: at most 31 characters (fidelity.md, SG24-5131).
    if (const QString p = shortNameProblem(a.appServerName, QLatin1String("_"), 31); !p.isEmpty())
        r.error(QStringLiteral("app_server"), p);
    if (a.isMutualTakeover()) {
        if (a.peerAppServerName.isEmpty())
            r.error(QStringLiteral("peer_app_server"),
                    AnswersFile::tr("is required in mutual takeover: the other node's application server, "
                                    "whose scripts this node runs when it takes the other node's resource "
                                    "group over"));
        else if (const QString p = shortNameProblem(a.peerAppServerName, QLatin1String("_"), 31);
                 !p.isEmpty())
            r.error(QStringLiteral("peer_app_server"), p);
        else if (a.peerAppServerName == a.appServerName)
            r.error(QStringLiteral("peer_app_server"),
                    AnswersFile::tr("is '%1', this node's own application server: in mutual takeover each "
                                    "node's resource group has its own")
                        .arg(a.appServerName));
        if (a.eventWrappers)
            r.error(QStringLiteral("event_wrappers"),
                    AnswersFile::tr("is not used in mutual takeover: the guide's failover and reintegration "
                                    "actions do not apply there (ch. 2), HACMP's application servers move "
                                    "the applications"));
    } else if (!a.peerAppServerName.isEmpty()) {
        r.error(QStringLiteral("peer_app_server"),
                AnswersFile::tr("is only used in mutual takeover; remove it"));
    }
}

} // namespace

QList<AnswerError> checkAnswerRules(const Answers& answers)
{
    QList<AnswerError> errors;
    Errors r(&errors);
    validate(answers, r);
    return errors;
}

const QStringList& dceServerComponents()
{
    static const QStringList servers{QStringLiteral("sec_srv"), QStringLiteral("cds_srv"),
                                     QStringLiteral("dts_srv")};
    return servers;
}

const QStringList& dceClientComponents()
{
    static const QStringList clients{QStringLiteral("all_cl"), QStringLiteral("sec_cl"),
                                     QStringLiteral("cds_cl"), QStringLiteral("dts_cl"),
                                     QStringLiteral("rpc")};
    return clients;
}

} // namespace dceha
