// Answers validation: a table of bad answers, each refused by the real binary with the field named and the
// rule said, and the node left untouched; the canonical form and its digest; differences between answers.
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "answers/ClusterChecks.h"
#include "answers/DiscoveredAnswers.h"
#include "answers/Preflight.h"
#include "system/CommandMap.h"
#include "system/RealSystem.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dceha;

Q_DECLARE_METATYPE(NodeDiscovery::ResourceGroup)

Q_DECLARE_METATYPE(dceha::NodeDiscovery::ClusterView)

class tst_Answers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_shared;

    static QByteArray owner()
    {
        return wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"), true,
                                      false);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.path() + QStringLiteral("/node1");
        m_shared = m_dir.path() + QStringLiteral("/shared");
        SimNode(m_root, m_shared).ok(QStringLiteral("hostname"));
    }

    void examplesAreValid_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* c : {"hot-standby-cascading", "one-sided-takeover-cascading", "hot-standby-rotating",
                              "mutual-takeover-cascading"})
            for (const char* r : {"owner", "standby"})
                QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(c), QLatin1String(r))))
                    << QStringLiteral("%1-%2").arg(QLatin1String(c), QLatin1String(r));
    }

    void examplesAreValid()
    {
        QFETCH(QString, file);
        const auto parsed =
            AnswersFile::parse(wizard::readFile(QStringLiteral(DCEHA_SOURCE_DIR "/resources/answers/") +
                                                file + QStringLiteral(".yaml"))
                                   .toUtf8());
        QStringList errors;
        for (const auto& e : parsed.errors)
            errors << e.text();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule"); // a fragment of the message

        const QByteArray base = owner();
        auto with = [&](const char* from, const char* to) {
            QByteArray b = base;
            const int at = int(b.indexOf(from));
            if (at < 0)
                qFatal("test table: '%s' is not in the example answers", from);
            b.replace(at, int(qstrlen(from)), to);
            return b;
        };
        auto mutualOwner =
            wizard::exampleAnswers(QStringLiteral("mutual-takeover-cascading"), QStringLiteral("owner"));

        QTest::newRow("unknown key") << base + "dfs_cahce: {}\n"
                                     << "dfs_cahce"
                                     << "did you mean 'dfs_cache'";
        QTest::newRow("unknown nested key")
            << with("  jfslog: dcelog", "  jfslogg: dcelog") << "shared_vg.jfslogg"
            << "did you mean 'jfslog'";
        QTest::newRow("password in the file") << base + "cell_admin_password: hunter2\n"
                                              << "cell_admin_password"
                                              << "secrets are not accepted";
        QTest::newRow("nested password") << with("dce: {", "dce: { password: x,") << "dce.password"
                                         << "secrets are not accepted";
        QTest::newRow("not yaml") << QByteArray("configuration: [unclosed\n") << "(file)"
                                  << "not valid YAML";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << "(file)"
                                       << "mapping";
        QTest::newRow("unknown configuration")
            << with("configuration: hot-standby-cascading", "configuration: hot-standby") << "configuration"
            << "must be one of";
        QTest::newRow("missing configuration")
            << with("configuration: hot-standby-cascading\n", "") << "configuration"
            << "is required";
        QTest::newRow("bad role") << with("role: owner", "role: primary") << "role"
                                  << "owner or standby";
        QTest::newRow("missing cell") << with("cell_name: ha.example.com\n", "") << "cell_name"
                                      << "is required";
        QTest::newRow("bad cell name")
            << with("cell_name: ha.example.com", "cell_name: \"ha example\"") << "cell_name"
            << "DNS-style";
        QTest::newRow("dfs not boolean") << with("dfs: true", "dfs: maybe") << "dfs"
                                         << "true or false";
        QTest::newRow("rotating hostname missing")
            << with("configuration: hot-standby-cascading", "configuration: hot-standby-rotating")
            << "rotating_hostname"
            << "is required for hot-standby-rotating";
        QTest::newRow("rotating hostname refused") << base + "rotating_hostname: dcesvc\n"
                                                   << "rotating_hostname"
                                                   << "only used with hot-standby-rotating";
        QTest::newRow("bad IPv4") << with("service: [9.3.240.2]", "service: [9.3.240.256]")
                                  << "network.service[0]"
                                  << "not an IPv4 address";
        QTest::newRow("IPv4 with letters")
            << with("boot: [9.3.240.1]", "boot: [9.3.x.1]") << "network.boot[0]"
            << "not an IPv4 address";
        QTest::newRow("no service address")
            << with("service: [9.3.240.2]", "service: []") << "network.service"
            << "at least one";
        QTest::newRow("kept and excluded")
            << with("standby: [9.3.240.66]", "standby: [9.3.240.2]") << "network.standby[0]"
            << "either kept";
        QTest::newRow("more than 10 exclusions")
            << with("standby: [9.3.240.66]",
                    "standby: [9.3.240.66, 9.3.240.67, 9.3.240.68, 9.3.240.69, 9.3.240.70, 9.3.240.71, "
                    "9.3.240.72, 9.3.240.73, 9.3.240.74, 9.3.240.75]")
            << "network"
            << "at most 10";
        QTest::newRow("service not an HACMP service label")
            << with("service: [9.3.240.2]", "service: [9.3.240.9]") << "network.service[0]"
            << "not an HACMP service IP label";
        QTest::newRow("service is a boot adapter")
            << with("service: [9.3.240.2]\n  boot: [9.3.240.1]", "service: [9.3.240.1]\n  boot: [9.3.240.2]")
            << "network.service[0]"
            << "HACMP boot address";
        QTest::newRow("LV name too long")
            << with("lv: dcevarlv", "lv: dcevarlvwaytoolong") << "shared_vg.filesystems[0].lv"
            << "longer than 15";
        QTest::newRow("default LV name") << with("lv: dcevarlv", "lv: lv00") << "shared_vg.filesystems[0].lv"
                                         << "default name";
        QTest::newRow("default log name") << with("jfslog: dcelog", "jfslog: loglv00") << "shared_vg.jfslog"
                                          << "default name";
        QTest::newRow("fslv name") << with("lv: dceetclv", "lv: fslv03") << "shared_vg.filesystems[1].lv"
                                   << "default name";
        QTest::newRow("hd name") << with("lv: dcekrb5lv", "lv: hd10opt") << "shared_vg.filesystems[2].lv"
                                 << "default name";
        QTest::newRow("reserved prefix") << with("name: dcevg", "name: hdisk9") << "shared_vg.name"
                                         << "device type AIX reserves";
        QTest::newRow("reserved device type without a number")
            << with("name: dcevg", "name: tty") << "shared_vg.name"
            << "device type AIX reserves";
        QTest::newRow("duplicate LV name")
            << with("lv: dceetclv", "lv: dcevarlv") << "shared_vg.filesystems[1].lv"
            << "already used by";
        QTest::newRow("bad characters in a name")
            << with("lv: dcekrb5lv", "lv: \"dce-krb5\"") << "shared_vg.filesystems[2].lv"
            << "only letters";
        QTest::newRow("cache on the shared VG") << with("vg: rootvg", "vg: dcevg") << "dfs_cache.vg"
                                                << "non-shared DASD";
        QTest::newRow("missing /krb5")
            << with("    - { mount: /krb5, lv: dcekrb5lv, size_mb: 8 }\n", "") << "shared_vg.filesystems"
            << "/krb5 is missing";
        QTest::newRow("relative mount")
            << with("mount: /etc/dce", "mount: etc/dce") << "shared_vg.filesystems[1].mount"
            << "absolute";
        QTest::newRow("dotdot path") << with("scripts_dir: /usr/local/hacmp/dce",
                                             "scripts_dir: /usr/local/../tmp")
                                     << "scripts_dir"
                                     << "'..'";
        QTest::newRow("scripts on shared DASD")
            << with("scripts_dir: /usr/local/hacmp/dce", "scripts_dir: /etc/dce/scripts") << "scripts_dir"
            << "shared mount point";
        QTest::newRow("no peer_app_server in mutual takeover")
            << QByteArray(mutualOwner).replace("peer_app_server: dceapp2", "") << "peer_app_server"
            << "is required in mutual takeover";
        QTest::newRow("the same application server on both mutual-takeover nodes")
            << QByteArray(mutualOwner).replace("peer_app_server: dceapp2", "peer_app_server: dceapp1")
            << "peer_app_server"
            << "each node's resource group has its own";
        QTest::newRow("event wrappers in mutual takeover") << mutualOwner + "event_wrappers: true\n"
                                                           << "event_wrappers"
                                                           << "is not used in mutual takeover";
        QTest::newRow("peer_app_server outside mutual takeover") << base + "peer_app_server: dceapp2\n"
                                                                 << "peer_app_server"
                                                                 << "only used in mutual takeover";
        QTest::newRow("peer_applications outside mutual takeover")
            << base + "peer_applications: [ { name: payroll, start: [/opt/p/start], stop: [/opt/p/stop] } ]\n"
            << "peer_applications"
            << "only used in mutual takeover";
        QTest::newRow("shell in the other node's application")
            << QByteArray(mutualOwner)
                   .replace("start: [/usr/local/bin/dceapp, start, payroll]",
                            "start: [\"/usr/local/bin/dceapp;id\", start, payroll]")
            << "peer_applications[0].start"
            << "holds ';'";
        QTest::newRow("servers in mutual takeover")
            << QByteArray(mutualOwner).replace("servers: []", "servers: [sec_srv]") << "dce.servers"
            << "cannot be configured on a mutual-takeover node";
        QTest::newRow("shared VG in mutual takeover")
            << QByteArray(mutualOwner) +
                   "shared_vg: { name: dcevg, disks: [hdisk2], jfslog: dcelog, filesystems: [] }\n"
            << "shared_vg"
            << "not used in mutual takeover";
        QTest::newRow("no shared VG outside mutual")
            << QByteArray(mutualOwner).replace("mutual-takeover-cascading", "hot-standby-cascading")
            << "shared_vg"
            << "is required";
        QTest::newRow("unknown DCE server")
            << with("servers: [sec_srv, cds_srv]", "servers: [sec_srv, ftp_srv]") << "dce.servers[1]"
            << "not one of";
        QTest::newRow("unknown DCE client")
            << with("clients: [all_cl]", "clients: [everything]") << "dce.clients[0]"
            << "not one of";
        QTest::newRow("size not a number")
            << with("size_mb: 64", "size_mb: big") << "shared_vg.filesystems[0].size_mb"
            << "whole number";
        QTest::newRow("negative size")
            << with("size_mb: 64", "size_mb: -4") << "shared_vg.filesystems[0].size_mb"
            << "positive";
        QTest::newRow("bad disk") << with("disks: [hdisk2]", "disks: [sda]") << "shared_vg.disks[0]"
                                  << "not a disk name";
        QTest::newRow("major out of range") << with("major: 50", "major: 3") << "shared_vg.major"
                                            << "between 10 and 511";
        QTest::newRow("pp size") << with("major: 50", "major: 50\n  pp_size_mb: 3") << "shared_vg.pp_size_mb"
                                 << "power of 2";
        QTest::newRow("cache missing with DFS")
            << with("dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40, mount: /var/dce/adm/dfs/cache }\n",
                    "")
            << "dfs_cache"
            << "is required with dfs: true";
        QTest::newRow("aggregates without DFS") << with("dfs: true", "dfs: false") << "dfs_aggregates"
                                                << "need dfs: true";
        QTest::newRow("bad aggregate name")
            << with("name: agg1", "name: \"agg 1\"") << "dfs_aggregates[0].name"
            << "short name";
        QTest::newRow("list expected") << with("disks: [hdisk2]", "disks: hdisk2") << "shared_vg.disks"
                                       << "must be a list";
        QTest::newRow("media path") << with("install_media: /dev/cd0", "install_media: cd0")
                                    << "dce.install_media"
                                    << "absolute";
        QTest::newRow("shell in the cell name")
            << with("cell_name: ha.example.com", "cell_name: \"x; rm -rf /\"") << "cell_name"
            << "DNS-style";
        QTest::newRow("owner without servers")
            << with("servers: [sec_srv, cds_srv]", "servers: []") << "dce.servers"
            << "hosts the cell's servers";

        // Issue 9: type confusion is a refusal naming the field, never an exception (exit 2, not SIGABRT).
        QTest::newRow("dce not a mapping")
            << with("dce: { install_media: /dev/cd0, servers: [sec_srv, cds_srv], clients: [all_cl] }",
                    "dce: 5")
            << "dce"
            << "must be a mapping";
        QTest::newRow("network not a mapping")
            << with("network:\n  service: [9.3.240.2]\n  boot: [9.3.240.1]\n  standby: [9.3.240.66]\n",
                    "network: 5\n")
            << "network"
            << "must be a mapping";
        QTest::newRow("cell name a list")
            << with("cell_name: ha.example.com", "cell_name: [a, b]") << "cell_name"
            << "single value, not a list";
        QTest::newRow("size a mapping")
            << with("size_mb: 64", "size_mb: { a: 1 }") << "shared_vg.filesystems[0].size_mb"
            << "single value, not a mapping";
        QTest::newRow("filesystem a scalar")
            << with("    - { mount: /krb5, lv: dcekrb5lv, size_mb: 8 }", "    - 5")
            << "shared_vg.filesystems[2]"
            << "must be a mapping";
        QTest::newRow("dfs_cache a list")
            << with("dfs_cache: { vg: rootvg, lv: dfscachelv, size_mb: 40, mount: /var/dce/adm/dfs/cache }",
                    "dfs_cache: [rootvg]")
            << "dfs_cache"
            << "must be a mapping";
        QTest::newRow("boolean a list") << base + "event_wrappers: [true]\n"
                                        << "event_wrappers"
                                        << "single value, not a list";
        // Duplicate keys and a second document: yaml-cpp alone kept the first silently.
        QTest::newRow("duplicate top-level key") << base + "cell_name: other.example.com\n"
                                                 << "cell_name"
                                                 << "given twice";
        QTest::newRow("duplicate nested key")
            << with("  jfslog: dcelog", "  jfslog: dcelog\n  jfslog: other") << "shared_vg.jfslog"
            << "given twice";
        QTest::newRow("second document") << base + "---\ncell_name: other.example.com\n"
                                         << "(file)"
                                         << "more than one YAML document";
        QTest::newRow("alias bomb") << QByteArray("a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                                                  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                                                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                                                  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                                                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                                                  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                                                  "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n")
                                    << "(file)"
                                    << "more than 1000000 values";
        QTest::newRow("deep nesting") << QByteArray(200, '[') + QByteArray(200, ']') + "\n"
                                      << "(file)"
                                      << "nested deeper than 64";
        // Numbers have AIX's bounds, and a value beyond int is refused, never wrapped around.
        QTest::newRow("size beyond mklv's LPs")
            << with("size_mb: 64", "size_mb: 2147483647") << "shared_vg.filesystems[0].size_mb"
            << "at most 32512 partitions of 4 MB";
        QTest::newRow("size beyond int")
            << with("size_mb: 64", "size_mb: 99999999999") << "shared_vg.filesystems[0].size_mb"
            << "must be a whole number from";
        QTest::newRow("size not decimal")
            << with("size_mb: 64", "size_mb: 0x40") << "shared_vg.filesystems[0].size_mb"
            << "whole number";
        QTest::newRow("cache beyond mklv on rootvg")
            << with("size_mb: 40", "size_mb: 2097152") << "dfs_cache.size_mb"
            << "at most 32512 partitions of 4 MB";
        QTest::newRow("cache beyond mkdfs's 32-bit KB")
            << with("size_mb: 40", "size_mb: 3000000") << "dfs_cache.size_mb"
            << "mkdfs -s";
        QTest::newRow("aggregate beyond mklv")
            << with("size_mb: 128", "size_mb: 200000") << "dfs_aggregates[0].size_mb"
            << "at most 32512 partitions";
        QTest::newRow("shared VG beyond 1016 PPs per disk")
            << with("size_mb: 128", "size_mb: 8000") << "shared_vg"
            << "1016 per disk";
        QTest::newRow("pp size beyond 256")
            << with("major: 50", "major: 50\n  pp_size_mb: 512") << "shared_vg.pp_size_mb"
            << "power of 2 from 1 to 256";
        QTest::newRow("major beyond int") << with("major: 50", "major: 4294967346") << "shared_vg.major"
                                          << "whole number from";
        QTest::newRow("too many disks")
            << with("disks: [hdisk2]", "disks: [hdisk2, hdisk3, hdisk4, hdisk5, hdisk6, hdisk7, hdisk8, "
                                       "hdisk9, hdisk10, hdisk11, "
                                       "hdisk12, hdisk13, hdisk14, hdisk15, hdisk16, hdisk17, hdisk18, "
                                       "hdisk19, hdisk20, hdisk21, "
                                       "hdisk22, hdisk23, hdisk24, hdisk25, hdisk26, hdisk27, hdisk28, "
                                       "hdisk29, hdisk30, hdisk31, "
                                       "hdisk32, hdisk33, hdisk34]")
            << "shared_vg.disks"
            << "at most 32";
        // The DFS cache's VG: the name rule, then the node (lsvg) before anything runs.
        QTest::newRow("cache VG name") << with("vg: rootvg", "vg: \"root;vg\"") << "dfs_cache.vg"
                                       << "holds ';'";
        QTest::newRow("cache VG not on the node") << with("vg: rootvg", "vg: datavg") << "dfs_cache.vg"
                                                  << "not a volume group of this node";
        // Paths and names: control and shell characters refused, the character named.
        QTest::newRow("dollar in scripts_dir")
            << with("scripts_dir: /usr/local/hacmp/dce", "scripts_dir: /usr/local/$HOME") << "scripts_dir"
            << "holds '$', which is not allowed in a path";
        QTest::newRow("newline in a mount point")
            << with("mount: /etc/dce", "mount: \"/etc/dce\\nx\"") << "shared_vg.filesystems[1].mount"
            << "holds a newline";
        QTest::newRow("tab in the cache mount")
            << with("mount: /var/dce/adm/dfs/cache", "mount: \"/var/dce/adm/dfs/ca\\tche\"")
            << "dfs_cache.mount"
            << "holds a tab";
        QTest::newRow("backquote in install media")
            << with("install_media: /dev/cd0", "install_media: \"/dev/`cd0`\"") << "dce.install_media"
            << "holds '`'";
        QTest::newRow("space in scripts_dir")
            << with("scripts_dir: /usr/local/hacmp/dce", "scripts_dir: \"/usr/local/hacmp dce\"")
            << "scripts_dir"
            << "holds a space";
        QTest::newRow("control character in a name")
            << with("lv: dcevarlv", "lv: \"dce\\x01lv\"") << "shared_vg.filesystems[0].lv"
            << "holds the control character U+0001";
        QTest::newRow("semicolon in the app server") << base + "app_server: \"dce;reboot\"\n"
                                                     << "app_server"
                                                     << "holds ';'";
        QTest::newRow("pipe in an application name")
            << base + "applications: [ { name: \"pay|roll\", start: [/opt/p/start], stop: [/opt/p/stop] } ]\n"
            << "applications[0].name"
            << "holds '|'";
        QTest::newRow("shell in an application's program")
            << base +
                   "applications: [ { name: payroll, start: [\"/opt/p/start;id\"], stop: [/opt/p/stop] } ]\n"
            << "applications[0].start"
            << "holds ';'";
        // Against HACMP's own configuration (the demo cluster: hot standby, group dcerg, cascading, node1
        // then node2, dcesvc, dcevg, /var/dce /etc/dce /krb5, dceserver): refused before anything changes.
        QTest::newRow("rotating answers on a cascading group")
            << wizard::exampleAnswers(QStringLiteral("hot-standby-rotating"), QStringLiteral("owner"))
            << "configuration"
            << "needs a rotating resource group; HACMP's group dcerg, which holds dcesvc, is cascading";
        QTest::newRow("one-sided takeover on a hot-standby cluster")
            << wizard::exampleAnswers(QStringLiteral("one-sided-takeover-cascading"), QStringLiteral("owner"))
            << "configuration"
            << "HACMP makes node2 the home of none: that is hot standby";
        QTest::newRow("a volume group HACMP's group does not hold")
            << with("  name: dcevg", "  name: appdcevg") << "shared_vg.name"
            << "HACMP's resource group dcerg holds the volume group(s) dcevg, not appdcevg";
        QTest::newRow("an application server HACMP's group does not run")
            << base + "app_server: dcesrv2\n"
            << "app_server"
            << "runs the application server(s) dceserver, not dcesrv2";
        // rootvg of a fresh demo node has 421 free partitions of 4 MB.
        QTest::newRow("a DFS cache larger than its volume group's free space")
            << with("size_mb: 40, mount: /var/dce/adm/dfs/cache",
                    "size_mb: 2000, mount: /var/dce/adm/dfs/cache")
            << "dfs_cache.size_mb"
            << "2000 MB does not fit in rootvg: it has 421 free partitions of 4 MB (1684 MB, lsvg rootvg); "
               "the "
               "cache needs 500";
        QTest::newRow("an application's program missing on the node")
            << base +
                   "applications: [ { name: payroll, start: [/opt/payroll/bin/start], stop: [/bin/true] } ]\n"
            << "applications[0].start"
            << "/opt/payroll/bin/start is not a program on this node: HACMP could not run it at a takeover";
        QTest::newRow("an application's program not executable")
            << base + "applications: [ { name: payroll, start: [/bin/true], stop: [/etc/hosts, now] } ]\n"
            << "applications[0].stop"
            << "/etc/hosts is not executable on this node (mode 644)";
        // The pre-flight's node checks (the demo's hdisk2 is 2148 MB, in no VG; hdisk0 is rootvg's; node1
        // uses the major numbers 0..44).
        QTest::newRow("filesystems larger than the shared disks")
            << with("size_mb: 64", "size_mb: 3000") << "shared_vg.filesystems"
            << "the disks hdisk2 hold at most 537 partitions of 4 MB; the logical volumes need 789";
        QTest::newRow("a shared disk in rootvg")
            << with("disks: [hdisk2]", "disks: [hdisk0]") << "shared_vg.disks[0]"
            << "hdisk0 belongs to the volume group rootvg: making dcevg on it would destroy rootvg";
        QTest::newRow("a shared disk the node does not have")
            << with("disks: [hdisk2]", "disks: [hdisk2, hdisk9]") << "shared_vg.disks[1]"
            << "hdisk9 is not a disk of this node";
        QTest::newRow("a major number in use") << with("major: 50", "major: 20") << "shared_vg.major"
                                               << "20 is in use on this node";
        QTest::newRow("no installation media")
            << with("install_media: /dev/cd0", "install_media: /dev/cd1") << "dce.install_media"
            << "/dev/cd1 is not there";
        QTest::newRow("newline in an application's argument")
            << base + "applications: [ { name: payroll, start: [/opt/p/start, \"a\\nb\"], stop: "
                      "[/opt/p/stop] } ]\n"
            << "applications[0].start"
            << "holds a newline";
    }

    void refused()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const QString before = wizard::tree(m_root);
        const QString file = wizard::writeFile(m_dir.path() + QStringLiteral("/bad.yaml"), answers);
        const WizardResult r = wizard::run({QStringLiteral("--headless"), QStringLiteral("--simulate"),
                                            QStringLiteral("--root"), m_root, QStringLiteral("--shared-dasd"),
                                            m_shared, QStringLiteral("--answers"), file},
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=x")});
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("  ") + field + QStringLiteral(": ")), qPrintable(r.err));
        const QString line = r.err.section(QStringLiteral("  ") + field + QStringLiteral(": "), 1)
                                 .section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.contains(rule), qPrintable(r.err));
        QCOMPARE(wizard::tree(m_root), before);
        QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")));
    }

    /** The answers against HACMP's resource groups, case by case (the pure rule; the real binary's refusals
     * are rows of refused()): each mismatch names the field and says what HACMP has. */
    void reconciledWithHacmpsResourceGroups_data()
    {
        using Group = NodeDiscovery::ResourceGroup;
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QList<Group>>("groups");
        QTest::addColumn<QByteArray>("change"); // appended to the example answers
        QTest::addColumn<QString>("field");     // empty: accepted
        QTest::addColumn<QString>("rule");
        const Group dcerg{QStringLiteral("dcerg"),
                          QStringLiteral("cascading"),
                          {"node1", "node2"},
                          {"dcesvc"},
                          {"dcevg"},
                          {"/var/dce", "/etc/dce", "/krb5"},
                          {"dceserver"}};
        Group rotating = dcerg;
        rotating.policy = QStringLiteral("rotating");
        const Group node2rg{
            QStringLiteral("node2rg"), QStringLiteral("cascading"), {"node2"}, {"node2_svc"}, {}, {}, {}};
        Group node2rgTakenOver = node2rg;
        node2rgTakenOver.nodes = QStringList{"node2", "node1"};
        const Group node1rg{QStringLiteral("node1rg"),
                            QStringLiteral("cascading"),
                            {"node1", "node2"},
                            {"dcesvc"},
                            {},
                            {},
                            {"dceapp1"}};
        const Group mutual2{QStringLiteral("node2rg"),
                            QStringLiteral("cascading"),
                            {"node2", "node1"},
                            {"node2_svc"},
                            {},
                            {},
                            {"dceapp2"}};
        const QString hsc = QStringLiteral("hot-standby-cascading"),
                      osc = QStringLiteral("one-sided-takeover-cascading"),
                      hsr = QStringLiteral("hot-standby-rotating"),
                      mt = QStringLiteral("mutual-takeover-cascading");
        const QString owner = QStringLiteral("owner"), standby = QStringLiteral("standby");
        // The demo cluster's groups fit the example answers, both roles.
        QTest::newRow("hot standby owner")
            << hsc << owner << "node1" << QList<Group>{dcerg} << QByteArray() << ""
            << "";
        QTest::newRow("hot standby standby")
            << hsc << standby << "node2" << QList<Group>{dcerg} << QByteArray() << ""
            << "";
        QTest::newRow("rotating standby")
            << hsr << standby << "node2" << QList<Group>{rotating} << QByteArray() << ""
            << "";
        QTest::newRow("one-sided owner")
            << osc << owner << "node1" << QList<Group>{dcerg, node2rg} << QByteArray() << ""
            << "";
        QTest::newRow("one-sided standby")
            << osc << standby << "node2" << QList<Group>{dcerg, node2rg} << QByteArray() << ""
            << "";
        QTest::newRow("mutual owner")
            << mt << owner << "node1" << QList<Group>{node1rg, mutual2} << QByteArray() << ""
            << "";
        QTest::newRow("mutual standby")
            << mt << standby << "node2" << QList<Group>{node1rg, mutual2} << QByteArray() << ""
            << "";
        // The group has no application server yet: the wizard defines it, the administrator adds it.
        Group noServer = dcerg;
        noServer.applicationServers.clear();
        noServer.filesystems.clear(); // every filesystem of the VG
        QTest::newRow("no server in the group yet")
            << hsc << owner << "node1" << QList<Group>{noServer} << QByteArray() << ""
            << "";
        // Mismatches.
        QTest::newRow("the owner on the standby node")
            << hsc << owner << "node2" << QList<Group>{dcerg} << QByteArray() << "role"
            << "HACMP lists node1 first";
        QTest::newRow("the standby on the home node")
            << hsc << standby << "node1" << QList<Group>{dcerg} << QByteArray() << "role"
            << "it is the owner, not the standby";
        QTest::newRow("a node outside the group")
            << hsc << owner << "node3" << QList<Group>{dcerg} << QByteArray() << "role"
            << "is not a node of resource group dcerg";
        QTest::newRow("cascading answers on a rotating group")
            << hsc << owner << "node1" << QList<Group>{rotating} << QByteArray() << "configuration"
            << "is rotating";
        QTest::newRow("hot standby where the standby has a group")
            << hsc << owner << "node1" << QList<Group>{dcerg, node2rg} << QByteArray() << "configuration"
            << "that is one-sided";
        QTest::newRow("one-sided where the owner takes the standby's group")
            << osc << owner << "node1" << QList<Group>{dcerg, node2rgTakenOver} << QByteArray()
            << "configuration"
            << "that is mutual takeover";
        Group withoutKrb5 = dcerg;
        withoutKrb5.filesystems.removeAll(QStringLiteral("/krb5"));
        QTest::newRow("a DCE filesystem HACMP does not mount")
            << hsc << owner << "node1" << QList<Group>{withoutKrb5} << QByteArray()
            << "shared_vg.filesystems[2].mount"
            << "mounts /var/dce, /etc/dce, not /krb5";
        Group otherLabel = dcerg;
        otherLabel.serviceLabels = QStringList{"appsvc"};
        QTest::newRow("the service label in no group")
            << hsc << owner << "node1" << QList<Group>{otherLabel} << QByteArray() << "network.service"
            << "no HACMP resource group holds the service label dcesvc";
        QTest::newRow("mutual without the other node's group")
            << mt << owner << "node1" << QList<Group>{node1rg} << QByteArray() << "network.peer_service"
            << "holds node2_svc with this node (node1)";
        Group mutual2Other = mutual2;
        mutual2Other.applicationServers = QStringList{"payroll"};
        QTest::newRow("mutual: the other group runs another server")
            << mt << owner << "node1" << QList<Group>{node1rg, mutual2Other} << QByteArray()
            << "peer_app_server"
            << "node2rg runs the application server(s) payroll, not dceapp2";
        QTest::newRow("mutual: not this node's own group")
            << mt << owner << "node2" << QList<Group>{node1rg, mutual2} << QByteArray() << "network.service"
            << "node1rg's home node is node1";
    }

    void reconciledWithHacmpsResourceGroups()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, role);
        QFETCH(QString, node);
        QFETCH(QList<NodeDiscovery::ResourceGroup>, groups);
        QFETCH(QByteArray, change);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const auto parsed = AnswersFile::parse(wizard::exampleAnswers(configuration, role) + change);
        QVERIFY(parsed.errors.isEmpty());
        // The demo cluster's adapters (cllsif -c).
        const auto interfaces = NodeDiscovery::parseCllsif(
            QStringLiteral("#adapter:type:network:net_type:attribute:node:ip_address\n"
                           "node1_boot:boot:ether1:ether:public:node1:9.3.240.1\ndcesvc:service:ether1:ether:"
                           "public:node1:9.3.240.2\n"
                           "node1_stby:standby:ether1:ether:public:node1:9.3.240.66\nnode2_boot:boot:ether1:"
                           "ether:public:node2:9.3.240.3\n"
                           "node2_svc:service:ether1:ether:public:node2:9.3.240.4\nnode2_stby:standby:ether1:"
                           "ether:public:node2:9.3.240.67\n"));
        const QList<AnswerError> errors =
            reconcileWithResourceGroups(parsed.answers, groups, interfaces, node);
        QStringList texts;
        for (const auto& e : errors)
            texts << e.text();
        if (field.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(!errors.isEmpty(), "accepted");
        QCOMPARE(errors.first().field, field);
        QVERIFY2(errors.first().message.contains(rule), qPrintable(texts.join(QLatin1Char('\n'))));
    }

    /** The HACMP listings as the discovery reads them: cllsres's KEYWORD="value" lines and odmget's stanzas.
     */
    void hacmpListingsAreParsed()
    {
        const auto res = NodeDiscovery::parseCllsres(QStringLiteral(
            "SERVICE_LABEL=\"dcesvc\"\nFILESYSTEM=\"/var/dce /etc/dce  /krb5\"\nVOLUME_GROUP=\"\"\n"));
        QCOMPARE(res.value(QStringLiteral("SERVICE_LABEL")), QStringList{"dcesvc"});
        QCOMPARE(res.value(QStringLiteral("FILESYSTEM")), (QStringList{"/var/dce", "/etc/dce", "/krb5"}));
        QVERIFY(res.contains(QStringLiteral("VOLUME_GROUP")) &&
                res.value(QStringLiteral("VOLUME_GROUP")).isEmpty());
        const auto stanzas = NodeDiscovery::parseOdmStanzas(QStringLiteral(
            "\nHACMPgroup:\n\tgroup = \"dcerg\"\n\ttype = \"rotating\"\n\tnodes = \"node1 node2\"\n\n"
            "HACMPgroup:\n\tgroup = \"appsrg\"\n\ttype = \"cascading\"\n\tnodes = \"node2\"\n"));
        QCOMPARE(stanzas.size(), 2);
        QCOMPARE(stanzas.at(0).value(QStringLiteral("type")), QStringLiteral("rotating"));
        QCOMPARE(stanzas.at(1).value(QStringLiteral("nodes")), QStringLiteral("node2"));
    }

    /** --preflight: every finding with its evidence, exit 0 without a failure, 2 with one; nothing changed.
     */
    void thePreflightShowsEveryFinding()
    {
        const QString good = wizard::writeFile(m_dir.path() + QStringLiteral("/good.yaml"), owner());
        const QString before = wizard::tree(m_root);
        const QStringList node{QStringLiteral("--simulate"), QStringLiteral("--root"), m_root,
                               QStringLiteral("--shared-dasd"), m_shared};
        WizardResult r = wizard::run(QStringList{QStringLiteral("--headless"), QStringLiteral("--preflight"),
                                                 QStringLiteral("--answers"), good} +
                                     node);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char* line :
             {"PASS     HACMP service labels: every service address is an HACMP service IP label",
              "seen: cllsif -c: 9.3.240.2 = dcesvc (node1)",
              "PASS     Shared disks:", "seen: lspv: hdisk2 000b3c5a8d2f4e02 None",
              "PASS     Shared volume group capacity: the disks hold the logical volumes (55 of at most 537 "
              "partitions)",
              "seen: bootinfo -s: hdisk2 2148 MB", "PASS     Major number: 50 is free on this node",
              "seen: lvlstmajor: 45...",
              "PASS     DFS cache:", "PASS     Installation media: /dev/cd0 is there", " 0 failure(s)"})
            QVERIFY2(r.out.contains(QLatin1String(line)),
                     qPrintable(QLatin1String(line) + QLatin1Char('\n') + r.out));
        const QString bad =
            wizard::writeFile(m_dir.path() + QStringLiteral("/bad-preflight.yaml"),
                              QByteArray(owner())
                                  .replace("major: 50", "major: 20")
                                  .replace("install_media: /dev/cd0", "install_media: /dev/cd1"));
        r = wizard::run(QStringList{QStringLiteral("--preflight"), QStringLiteral("--answers"), bad} + node);
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("FAILURE  Major number: shared_vg.major: 20 is in use on this node")),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("FAILURE  Installation media: dce.install_media: /dev/cd1 is not "
                                          "there")),
            qPrintable(r.out));
        // All findings at once: the other checks still passed and are shown.
        QVERIFY(r.out.contains(QStringLiteral("PASS     Shared disks:")));
        QVERIFY2(r.out.contains(QStringLiteral(" 2 failure(s)")), qPrintable(r.out));
        QCOMPARE(wizard::tree(m_root), before);
    }

    /** The standby finds the owner's shared disks by PVID: a disk of another PVID is refused, naming the disk
     * that has the owner's. */
    void theStandbyComparesTheOwnersPvids()
    {
        const QString n2 = m_dir.path() + QStringLiteral("/node2");
        SimNode(n2, m_shared).ok(QStringLiteral("hostname"));
        RealSystem system(n2, CommandMap::forSimulatedNode(SimNode::aixsim(), n2, m_shared));
        const auto parsed = AnswersFile::parse(
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")));
        QVERIFY(parsed.errors.isEmpty());
        PreflightInput input;
        input.ownerRecordGiven = true;
        input.ownerDiskPvids = {{QStringLiteral("hdisk2"), QStringLiteral("000b3c5a8d2f4e03")}};
        auto findings = Preflight::run(system, parsed.answers, input);
        const auto failures = Preflight::failures(findings);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().field, QStringLiteral("shared_vg.disks[0]"));
        QCOMPARE(failures.first().message,
                 QStringLiteral(
                     "hdisk2 (PVID 000b3c5a8d2f4e02) is not a disk the owner made dcevg on; on this node "
                     "the owner's disks are hdisk3"));
        input.ownerDiskPvids = {{QStringLiteral("hdisk2"), QStringLiteral("000b3c5a8d2f4e02")}};
        findings = Preflight::run(system, parsed.answers, input);
        QVERIFY(Preflight::failures(findings).isEmpty());
        QCOMPARE(Preflight::count(findings, PreflightFinding::Severity::Warning), 0);
        // Without the owner's record: a warning, not a silent pass.
        input = PreflightInput();
        findings = Preflight::run(system, parsed.answers, input);
        QCOMPARE(Preflight::count(findings, PreflightFinding::Severity::Warning), 1);
    }

    /** Answers derived from what a node says of the cluster (the pure rule; tst_discovery runs the binary):
     * the configuration from the groups, the role from the priority, the shared disks by PVID on both nodes.
     */
    void derivedFromTheClusterView_data()
    {
        using View = NodeDiscovery::ClusterView;
        using Group = NodeDiscovery::ResourceGroup;
        QTest::addColumn<View>("here");
        QTest::addColumn<bool>("withPeer");
        QTest::addColumn<QStringList>("lines"); // the derived text holds each
        QTest::addColumn<QString>("problem");   // a fragment of the one problem, or empty
        View base;
        base.hostname = QStringLiteral("alpha");
        base.interfaces = {{"alpha_boot", "boot", "net1", "alpha", "10.0.0.1"},
                           {"appsvc", "service", "net1", "alpha", "10.0.0.10"},
                           {"alpha_stby", "standby", "net1", "alpha", "10.0.1.1"},
                           {"beta_boot", "boot", "net1", "beta", "10.0.0.2"},
                           {"betasvc", "service", "net1", "beta", "10.0.0.20"},
                           {"beta_stby", "standby", "net1", "beta", "10.0.1.2"}};
        base.disks = {{"hdisk0", "00aa000000000000", "rootvg"},
                      {"hdisk1", "00aa000000000001", "None"},
                      {"hdisk7", "00cc000000000007", "None"}};
        base.diskSizeMb = {{"hdisk1", 2148}, {"hdisk7", 9000}};
        base.freeMajors = QStringLiteral("40...");
        const Group appRg{"apprg",    "cascading", {"alpha", "beta"},
                          {"appsvc"}, {"appvg"},   {"/var/dce", "/etc/dce", "/krb5"},
                          {"appsrv"}};
        View hot = base;
        hot.groups = {appRg};
        QTest::newRow("hot standby, this node first: the owner")
            << hot << true
            << QStringList{"configuration: hot-standby-cascading",
                           "role: owner",
                           "service: [10.0.0.10]",
                           "boot: [10.0.0.1]",
                           "name: appvg",
                           "disks: [hdisk7]",
                           "pp_size_mb: 16",
                           "major: 45",
                           "app_server: appsrv"}
            << QString();
        View second = hot;
        second.groups.first().nodes = QStringList{"beta", "alpha"};
        QTest::newRow("hot standby, this node second: the standby")
            << second << true << QStringList{"configuration: hot-standby-cascading", "role: standby"}
            << QString();
        View rotating = hot;
        rotating.groups.first().policy = QStringLiteral("rotating");
        QTest::newRow("rotating") << rotating << true
                                  << QStringList{"configuration: hot-standby-rotating",
                                                 "rotating_hostname: appsvc"}
                                  << QString();
        View mutual = base;
        mutual.groups = {{"alpharg", "cascading", {"alpha", "beta"}, {"appsvc"}, {}, {}, {"alphaapp"}},
                         {"betarg", "cascading", {"beta", "alpha"}, {"betasvc"}, {}, {}, {"betaapp"}}};
        QTest::newRow("mutual takeover")
            << mutual << true
            << QStringList{"configuration: mutual-takeover-cascading", "peer_service: [10.0.0.20]",
                           "app_server: alphaapp", "peer_app_server: betaapp", "servers: []"}
            << QString();
        View oneSided = mutual;
        oneSided.groups.last().nodes = QStringList{"beta"};
        QTest::newRow("one-sided takeover")
            << oneSided << true << QStringList{"configuration: one-sided-takeover-cascading", "role: owner"}
            << QString();
        QTest::newRow("two free disks and no other node: not guessed")
            << hot << false << QStringList{"disks: []", "major: 0"}
            << QStringLiteral("which of hdisk1, hdisk7 (in no volume group) are the shared disks");
        View none = base;
        QTest::newRow("no resource group")
            << none << true << QStringList{} << QStringLiteral("HACMP has no resource group on alpha");
    }

    void derivedFromTheClusterView()
    {
        QFETCH(NodeDiscovery::ClusterView, here);
        QFETCH(bool, withPeer);
        QFETCH(QStringList, lines);
        QFETCH(QString, problem);
        // The other node sees hdisk7 by its PVID (a shared disk), not hdisk1 (alpha's own); 40..44 are its
        // own.
        NodeDiscovery::ClusterView peer;
        peer.hostname = QStringLiteral("beta");
        peer.disks = {{"hdisk0", "00bb000000000000", "rootvg"}, {"hdisk3", "00cc000000000007", "None"}};
        peer.freeMajors = QStringLiteral("30..39,45...");
        const DiscoveredAnswers d = DiscoveredAnswers::derive(here, withPeer ? &peer : nullptr, QString());
        const QString text = QString::fromUtf8(d.text);
        for (const auto& line : lines)
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" not in\n") + text));
        if (problem.isEmpty()) {
            QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(QLatin1Char('\n'))));
            const auto parsed = AnswersFile::parse(d.text + "cell_name: x.example.com\n");
            QVERIFY2(parsed.errors.isEmpty(),
                     qPrintable(parsed.errors.value(0).text() + QStringLiteral("\n") + text));
        } else {
            QCOMPARE(d.problems.size(), 1);
            QVERIFY2(d.problems.first().contains(problem), qPrintable(d.problems.first()));
        }
    }

    void digestIgnoresLayout()
    {
        const auto a = AnswersFile::parse(owner());
        const auto b = AnswersFile::parse(AnswersFile::serialize(a.answers));
        QVERIFY(a.errors.isEmpty());
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(a.digest, b.digest);
        const auto c = AnswersFile::parse(QByteArray(owner()).replace("size_mb: 64", "size_mb: 128"));
        QVERIFY(a.digest != c.digest);
        QCOMPARE(AnswersFile::differences(a.answers, c.answers),
                 QStringList{QStringLiteral("shared_vg.filesystems")});
    }

    /** Answers that differ from the checkpoint's by an optional key (given or removed) list it; yaml-cpp's
     * zombie nodes once aborted the program here. */
    void differencesOfOptionalKeys_data()
    {
        QTest::addColumn<QByteArray>("edited");
        QTest::addColumn<QStringList>("changed");
        const QByteArray base = owner();
        QTest::newRow("register_app_server removed")
            << QByteArray(base).replace("register_app_server: true", "")
            << QStringList{"register_app_server"};
        QTest::newRow("event_wrappers added") << base + "event_wrappers: true\n"
                                              << QStringList{"event_wrappers"};
        QTest::newRow("a nested value changed and a default key given")
            << QByteArray(base).replace("major: 50", "major: 60") + "app_server: other\n"
            << QStringList{"app_server", "shared_vg.major"};
    }

    void differencesOfOptionalKeys()
    {
        QFETCH(QByteArray, edited);
        QFETCH(QStringList, changed);
        const auto a = AnswersFile::parse(owner());
        const auto b = AnswersFile::parse(edited);
        QVERIFY(a.errors.isEmpty());
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(AnswersFile::differences(a.answers, b.answers), changed);
        QCOMPARE(AnswersFile::differences(b.answers, a.answers), changed);
    }

    /** The same through the real binary: a checkpoint's answers against edited ones give exit 2 and the list.
     */
    void resumeWithAnOptionalKeyChanged()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        SimNode(root, shared).ok(QStringLiteral("hostname"));
        auto run = [&](const QByteArray& answers) {
            const QString file = wizard::writeFile(dir.path() + QStringLiteral("/a.yaml"), answers);
            return wizard::run(
                {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("--root"), root,
                 QStringLiteral("--shared-dasd"), shared, QStringLiteral("--answers"), file},
                {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=x"), QStringLiteral("AIXSIM_FAIL=mklv")});
        };
        const WizardResult first = run(owner());
        QVERIFY2(first.exitCode == 1, qPrintable(first.out + first.err));
        const WizardResult removed = run(QByteArray(owner()).replace("register_app_server: true", ""));
        QVERIFY2(removed.exitCode == 2, qPrintable(removed.out + removed.err));
        QVERIFY2(removed.err.contains(QStringLiteral("Changed: register_app_server.")),
                 qPrintable(removed.err));
        const WizardResult added = run(owner() + "event_wrappers: true\n");
        QVERIFY2(added.exitCode == 2, qPrintable(added.out + added.err));
        QVERIFY2(added.err.contains(QStringLiteral("Changed: event_wrappers.")), qPrintable(added.err));
    }

    /** What serialize writes reads back as the same answers (strings that look like numbers stay strings). */
    void serializeReadsBack()
    {
        const auto a = AnswersFile::parse(owner());
        QVERIFY(a.errors.isEmpty());
        const auto b = AnswersFile::parse(AnswersFile::serialize(a.answers));
        QVERIFY(b.errors.isEmpty());
        QCOMPARE(AnswersFile::serialize(b.answers), AnswersFile::serialize(a.answers));
    }

    /** One schema: every key the canonical form writes (each optional one set) is a key the parser knows and
     * reads back, at every level. */
    void everyKeyWrittenIsAKeyRead()
    {
        Answers a = AnswersFile::parse(owner()).answers;
        a.rotatingHostname = QStringLiteral("dcerot");
        a.peerServiceAddresses = {QStringLiteral("9.3.240.5")};
        a.sharedVg.major = 51;
        a.dce.filesets = {QStringLiteral("dce.client.core.rte")};
        a.aggregates = {{QStringLiteral("dfsagg9lv"), QStringLiteral("agg9"), 64}};
        a.applications = {
            {QStringLiteral("ledger"), {QStringLiteral("/bin/true")}, {QStringLiteral("/bin/false")}}};
        a.eventWrappers = true;
        a.registerAppServer = true;
        const QByteArray text = AnswersFile::serialize(a);
        for (const char* k : {"rotating_hostname:", "peer_service:", "major:", "filesets:", "dfs_aggregates:",
                              "applications:", "event_wrappers:", "register_app_server:"})
            QVERIFY2(text.contains(k), k);
        const auto back = AnswersFile::parse(text);
        for (const auto& e : back.errors)
            QVERIFY2(!e.message.contains(QStringLiteral("unknown key")), qPrintable(e.text()));
        QCOMPARE(AnswersFile::serialize(back.answers), text);
    }
};

QTEST_GUILESS_MAIN(tst_Answers)
#include "tst_answers.moc"
