// The simulated AIX node against shared/reference/aix-commands.md: every command's success output and each
// listed failure with its message number and exit code, data-driven; then the traps the guide warns about.
#include "SimNode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

class tst_Aixsim : public QObject
{
    Q_OBJECT

private:
    /** A node (with its own private shared DASD) prepared as @p scenario names. */
    SimNode prepare(const QString& scenario)
    {
        m_dirs.emplace_back(std::make_unique<QTemporaryDir>());
        SimNode n(m_dirs.back()->path() + QStringLiteral("/root"),
                  m_dirs.back()->path() + QStringLiteral("/shared"));
        n.ok(QStringLiteral("hostname"));
        if (scenario == QLatin1String("vg") || scenario == QLatin1String("vgoff")) {
            n.ok(QStringLiteral("mkvg"), {"-n", "-y", "dcevg", "hdisk2"});
            n.ok(QStringLiteral("mklv"), {"-t", "jfslog", "-y", "dcelog", "dcevg", "1"});
            n.ok(QStringLiteral("logform"), {"/dev/dcelog"}, "y\n");
            n.ok(QStringLiteral("mklv"), {"-t", "jfs", "-y", "dcevarlv", "dcevg", "16"});
            if (scenario == QLatin1String("vgoff"))
                n.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        } else if (scenario == QLatin1String("fs") || scenario == QLatin1String("fsoff")) {
            if (!n.buildSharedVg())
                qWarning("could not build the shared VG");
            if (scenario == QLatin1String("fsoff"))
                for (const char* mp : {"/krb5", "/etc/dce", "/var/dce"})
                    n.ok(QStringLiteral("umount"), {QLatin1String(mp)});
        } else if (scenario == QLatin1String("dce")) {
            n.ok(QStringLiteral("installp"),
                 {"-acgXd", "/dev/cd0", "dce.client.core.rte", "dce.security.rte", "dce.cds.rte"});
        }
        return n;
    }
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;

private Q_SLOTS:
    /** lvlstmajor as AIX prints it (lvlstmajor.c): from 0, ranges a..b, single numbers, the open run N...;
     * a VG made with a major number takes it out. */
    /** HACMP's resource-group listings the discovery reads (formats marked unconfirmed in aix-commands.yaml),
     * per configuration laid down. */
    void resourceGroupListings()
    {
        QTemporaryDir dir;
        SimNode n(dir.filePath(QStringLiteral("node1")), dir.filePath(QStringLiteral("shared")), QString(),
                  QStringLiteral("one-sided-takeover-cascading"));
        QCOMPARE(n.ok(QStringLiteral("cllsgrp")), QStringLiteral("dcerg\nnode2rg\n"));
        QCOMPARE(n.ok(QStringLiteral("cllsres"), {"-g", "dcerg"}),
                 QStringLiteral("SERVICE_LABEL=\"dcesvc\"\nFILESYSTEM=\"/var/dce /etc/dce /krb5\"\n"
                                "VOLUME_GROUP=\"dcevg\"\nAPPLICATIONS=\"dceserver\"\n"));
        QCOMPARE(n.ok(QStringLiteral("odmget"), {"-q", "group=node2rg", "HACMPgroup"}),
                 QStringLiteral(
                     "\nHACMPgroup:\n\tgroup = \"node2rg\"\n\ttype = \"cascading\"\n\tnodes = \"node2\"\n"));
        const auto missing = n.run(QStringLiteral("cllsres"), {"-g", "nope"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("resource group nope is not defined")));
    }

    void lvlstmajorPrintsRanges()
    {
        QTemporaryDir dir;
        SimNode node2(dir.filePath(QStringLiteral("node2")), dir.filePath(QStringLiteral("shared")),
                      QStringLiteral("node2"));
        QCOMPARE(node2.ok(QStringLiteral("lvlstmajor")), QStringLiteral("24..29,33,35,46...\n"));
        node2.ok(QStringLiteral("mkvg"), {"-V", "24", "-y", "onevg", "hdisk1"});
        node2.ok(QStringLiteral("mkvg"), {"-V", "35", "-y", "twovg", "hdisk2"});
        QCOMPARE(node2.ok(QStringLiteral("lvlstmajor")), QStringLiteral("25..29,33,46...\n"));
    }

    void command_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutPattern"); // a regular expression the whole stdout must contain
        QTest::addColumn<QStringList>("stderrHas"); // message numbers / texts stderr must contain, in order

        const QByteArray none;
        // mkvg, lvlstmajor
        QTest::newRow("mkvg ok") << "fresh"
                                 << "mkvg" << QStringList{"-n", "-V", "50", "-y", "dcevg", "hdisk2"} << none
                                 << 0 << "^dcevg\\n$" << QStringList{};
        QTest::newRow("mkvg name used") << "vg"
                                        << "mkvg" << QStringList{"-y", "dcevg", "hdisk3"} << none << 1 << "^$"
                                        << QStringList{"0516-360", "0516-862"};
        QTest::newRow("mkvg disk in a VG") << "vg"
                                           << "mkvg" << QStringList{"-y", "othervg", "hdisk2"} << none << 1
                                           << "^$" << QStringList{"0516-1339", "0516-862"};
        QTest::newRow("mkvg unknown disk") << "fresh"
                                           << "mkvg" << QStringList{"-y", "x1vg", "hdisk9"} << none << 1
                                           << "^$" << QStringList{"0516-306", "0516-862"};
        QTest::newRow("lvlstmajor") << "fresh"
                                    << "lvlstmajor" << QStringList{} << none << 0 << "^45\\.\\.\\.\\n$"
                                    << QStringList{};
        // mklv
        QTest::newRow("mklv ok") << "vg"
                                 << "mklv" << QStringList{"-t", "jfs", "-y", "dceetclv", "dcevg", "4"} << none
                                 << 0 << "^dceetclv\\n$" << QStringList{};
        QTest::newRow("mklv default name")
            << "vg"
            << "mklv" << QStringList{"dcevg", "1"} << none << 0 << "^lv00\\n$" << QStringList{};
        QTest::newRow("mklv name used") << "vg"
                                        << "mklv" << QStringList{"-y", "dcevarlv", "dcevg", "1"} << none << 1
                                        << "^$" << QStringList{"0516-360", "0516-822"};
        QTest::newRow("mklv reserved prefix") << "vg"
                                              << "mklv" << QStringList{"-y", "hdisk7", "dcevg", "1"} << none
                                              << 1 << "^$" << QStringList{"0516-358", "0516-822"};
        QTest::newRow("mklv unknown VG") << "fresh"
                                         << "mklv" << QStringList{"-y", "x", "novg", "1"} << none << 1 << "^$"
                                         << QStringList{"0516-306", "0516-822"};
        QTest::newRow("mklv VG varied off") << "vgoff"
                                            << "mklv" << QStringList{"-y", "x", "dcevg", "1"} << none << 1
                                            << "^$" << QStringList{"0516-010", "0516-822"};
        QTest::newRow("mklv too big") << "vg"
                                      << "mklv" << QStringList{"-y", "huge", "dcevg", "9999"} << none << 1
                                      << "^$" << QStringList{"0516-404", "0516-822"};
        QTest::newRow("mklv long name truncated")
            << "vg"
            << "mklv" << QStringList{"-y", "averyveryverylongname", "dcevg", "1"} << none << 0
            << "^averyveryverylo\\n$" << QStringList{"0516-335"};
        // chlv
        QTest::newRow("chlv rename") << "vg"
                                     << "chlv" << QStringList{"-n", "dcevar2lv", "dcevarlv"} << none << 0
                                     << "^$" << QStringList{};
        QTest::newRow("chlv rename log warns") << "vg"
                                               << "chlv" << QStringList{"-n", "dcelog2", "dcelog"} << none
                                               << 0 << "^$" << QStringList{"0516-712"};
        QTest::newRow("chlv -n with others") << "vg"
                                             << "chlv" << QStringList{"-n", "x", "-t", "jfs", "dcevarlv"}
                                             << none << 1 << "^$" << QStringList{"0516-706"};
        QTest::newRow("chlv open") << "fs"
                                   << "chlv" << QStringList{"-n", "x", "dcevarlv"} << none << 1 << "^$"
                                   << QStringList{"0516-708", "0516-704"};
        QTest::newRow("chlv open log") << "fs"
                                       << "chlv" << QStringList{"-n", "x", "dcelog"} << none << 1 << "^$"
                                       << QStringList{"0516-708", "0516-704"};
        QTest::newRow("chlv new taken") << "vg"
                                        << "chlv" << QStringList{"-n", "dcelog", "dcevarlv"} << none << 1
                                        << "^$" << QStringList{"0516-360", "0516-704"};
        QTest::newRow("chlv old missing") << "vg"
                                          << "chlv" << QStringList{"-n", "x", "nolv"} << none << 2 << "^$"
                                          << QStringList{"0516-306", "0516-704"};
        // lslv
        QTest::newRow("lslv")
            << "fs"
            << "lslv" << QStringList{"dcevarlv"} << none << 0
            << "LOGICAL VOLUME:\\s+dcevarlv\\s+VOLUME "
               "GROUP:\\s+dcevg[\\s\\S]*TYPE:\\s+jfs[\\s\\S]*LPs:\\s+16[\\s\\S]*MOUNT POINT:\\s+/var/dce"
            << QStringList{};
        QTest::newRow("lslv missing")
            << "fresh"
            << "lslv" << QStringList{"nolv"} << none << 1 << "^$" << QStringList{"0516-306"};
        // lsvg
        QTest::newRow("lsvg") << "vg"
                              << "lsvg" << QStringList{} << none << 0 << "^dcevg\\nrootvg\\n$"
                              << QStringList{};
        QTest::newRow("lsvg -o") << "vgoff"
                                 << "lsvg" << QStringList{"-o"} << none << 0 << "^rootvg\\n$"
                                 << QStringList{};
        QTest::newRow("lsvg VG")
            << "vg"
            << "lsvg" << QStringList{"dcevg"} << none << 0
            << "VOLUME GROUP:\\s+dcevg[\\s\\S]*PP SIZE:\\s+4 megabyte\\(s\\)[\\s\\S]*FREE PPs:\\s+520 "
               "[\\s\\S]*AUTO ON:\\s+no"
            << QStringList{};
        QTest::newRow("lsvg varied off")
            << "vgoff"
            << "lsvg" << QStringList{"dcevg"} << none << 1 << "^$" << QStringList{"0516-010"};
        QTest::newRow("lsvg -l")
            << "fs"
            << "lsvg" << QStringList{"-l", "dcevg"} << none << 0
            << "^dcevg:\\nLV NAME\\s+TYPE\\s+LPs\\s+PPs\\s+PVs\\s+LV STATE\\s+MOUNT POINT\\n"
               "dcelog\\s+jfslog\\s+1\\s+1\\s+1\\s+open/syncd\\s+N/A\\n"
               "dcevarlv\\s+jfs\\s+16\\s+16\\s+1\\s+open/syncd\\s+/var/dce\\n"
            << QStringList{};
        QTest::newRow("lsvg -l closed")
            << "fsoff"
            << "lsvg" << QStringList{"-l", "dcevg"} << none << 0
            << "dcevarlv\\s+jfs\\s+16\\s+16\\s+1\\s+closed/syncd\\s+/var/dce" << QStringList{};
        // lspv
        QTest::newRow("lspv")
            << "vg"
            << "lspv" << QStringList{} << none << 0
            << "^hdisk0\\s+\\w{16}\\s+rootvg\\nhdisk1\\s+\\w{16}\\s+None\\nhdisk2\\s+\\w{16}\\s+dcevg\\n"
               "hdisk3\\s+\\w{16}\\s+None\\n$"
            << QStringList{};
        // varyonvg, varyoffvg
        QTest::newRow("varyonvg idempotent")
            << "vg"
            << "varyonvg" << QStringList{"dcevg"} << none << 0 << "^$" << QStringList{};
        QTest::newRow("varyonvg unknown")
            << "fresh"
            << "varyonvg" << QStringList{"novg"} << none << 1 << "^$" << QStringList{"0516-306", "0516-952"};
        QTest::newRow("varyoffvg open") << "fs"
                                        << "varyoffvg" << QStringList{"dcevg"} << none << 1 << "^$"
                                        << QStringList{"0516-012", "0516-942"};
        QTest::newRow("varyoffvg ok")
            << "fsoff"
            << "varyoffvg" << QStringList{"dcevg"} << none << 0 << "^$" << QStringList{};
        // importvg, exportvg, chvg
        QTest::newRow("importvg name taken") << "vg"
                                             << "importvg" << QStringList{"-y", "rootvg", "hdisk2"} << none
                                             << 1 << "^$" << QStringList{"0516-778"};
        QTest::newRow("exportvg varied on")
            << "vg"
            << "exportvg" << QStringList{"dcevg"} << none << 1 << "^$" << QStringList{"0516-764"};
        QTest::newRow("exportvg ok") << "vgoff"
                                     << "exportvg" << QStringList{"dcevg"} << none << 0 << "^$"
                                     << QStringList{};
        QTest::newRow("chvg -a n") << "vg"
                                   << "chvg" << QStringList{"-a", "n", "dcevg"} << none << 0 << "^$"
                                   << QStringList{};
        QTest::newRow("chvg varied off")
            << "vgoff"
            << "chvg" << QStringList{"-a", "n", "dcevg"} << none << 1 << "^$" << QStringList{"0516-010"};
        // logform
        QTest::newRow("logform y") << "vg"
                                   << "logform" << QStringList{"/dev/dcelog"} << QByteArray("y\n") << 0
                                   << "^logform: destroy /dev/dcelog \\(y\\)\\?" << QStringList{};
        QTest::newRow("logform n") << "vg"
                                   << "logform" << QStringList{"/dev/dcelog"} << QByteArray("n\n") << 1
                                   << "^logform: destroy /dev/dcelog \\(y\\)\\?" << QStringList{};
        QTest::newRow("logform missing") << "fresh"
                                         << "logform" << QStringList{"/dev/nolog"} << QByteArray("y\n") << 1
                                         << "^$" << QStringList{"0507-522"};
        // crfs, chfs, lsfs
        QTest::newRow("crfs ok")
            << "vg"
            << "crfs" << QStringList{"-v", "jfs", "-d", "dcevarlv", "-m", "/var/dce",
                                     "-A", "no",  "-p", "rw",       "-a", "logname=dcelog"}
            << none << 0
            << "^Based on the parameters chosen, the new /var/dce JFS file system\\nis limited to a "
               "maximum size of \\d+ \\(512 byte blocks\\)\\n\\nNew File System size is 131072\\n$"
            << QStringList{};
        QTest::newRow("crfs exists") << "fs"
                                     << "crfs" << QStringList{"-v", "jfs",      "-g", "dcevg",
                                                              "-m", "/var/dce", "-a", "size=8192"}
                                     << none << 1 << "^$"
                                     << QStringList{"crfs: 0506-909 /var/dce file system already exists."};
        QTest::newRow("crfs LV used")
            << "fs"
            << "crfs" << QStringList{"-v", "jfs", "-d", "dcevarlv", "-m", "/other", "-A", "no"} << none << 10
            << "^$" << QStringList{"0506-910"};
        QTest::newRow("chfs log") << "fs"
                                  << "chfs" << QStringList{"-a", "log=/dev/dcelog", "/var/dce"} << none << 0
                                  << "^$" << QStringList{};
        QTest::newRow("chfs missing") << "fresh"
                                      << "chfs" << QStringList{"-a", "size=8192", "/nope"} << none << 1
                                      << "^$" << QStringList{"0506-915"};
        QTest::newRow("lsfs -c") << "fs"
                                 << "lsfs" << QStringList{"-c", "/var/dce"} << none << 0
                                 << "^#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\\n"
                                    "/var/dce:/dev/dcevarlv:jfs:::131072:rw:no:no\\n$"
                                 << QStringList{};
        QTest::newRow("lsfs missing")
            << "fresh"
            << "lsfs" << QStringList{"-c", "/x"} << none << 1 << "^$"
            << QStringList{"lsfs: 0506-915 No record matching /x was found in /etc/filesystems."};
        // mount, umount
        QTest::newRow("mount list")
            << "fs"
            << "mount" << QStringList{} << none << 0
            << "mounted over[\\s\\S]*/dev/hd4\\s+/\\s+jfs[\\s\\S]*/dev/dcevarlv\\s+/var/dce\\s+jfs\\s+"
               "\\w+ \\d+ \\d\\d:\\d\\d\\s+rw,log=/dev/dcelog"
            << QStringList{};
        QTest::newRow("mount busy") << "fs"
                                    << "mount" << QStringList{"/var/dce"} << none << 1 << "^$"
                                    << QStringList{"0506-324"};
        QTest::newRow("mount unknown")
            << "fresh"
            << "mount" << QStringList{"/nowhere"} << none << 1 << "^$" << QStringList{"0506-334"};
        QTest::newRow("umount not mounted")
            << "fsoff"
            << "umount" << QStringList{"/var/dce"} << none << 1 << "^$"
            << QStringList{"umount: 0506-347 Cannot find anything to unmount."};
        QTest::newRow("umount root busy")
            << "fresh"
            << "umount" << QStringList{"/usr"} << none << 1 << "^$" << QStringList{"0506-349"};
        QTest::newRow("umount ok") << "fs"
                                   << "umount" << QStringList{"/krb5"} << none << 0 << "^$" << QStringList{};
        // software
        QTest::newRow("lslpp -l") << "fresh"
                                  << "lslpp" << QStringList{"-l", "cluster.base.server.rte"} << none << 0
                                  << "cluster\\.base\\.server\\.rte\\s+4\\.2\\.1\\.0\\s+COMMITTED"
                                  << QStringList{};
        QTest::newRow("lslpp missing") << "fresh"
                                       << "lslpp" << QStringList{"-l", "dce.client.core.rte"} << none << 1
                                       << "^$" << QStringList{"0504-132"};
        QTest::newRow("installp") << "fresh"
                                  << "installp" << QStringList{"-acgXd", "/dev/cd0", "dce.client.core.rte"}
                                  << none << 0
                                  << "dce\\.client\\.core\\.rte\\s+2\\.2\\.0\\.0\\s+USR\\s+APPLY\\s+SUCCESS"
                                  << QStringList{};
        QTest::newRow("installp not on media") << "fresh"
                                               << "installp" << QStringList{"-acgXd", "/dev/cd0", "dce.bogus"}
                                               << none << 1 << "^$" << QStringList{"0503-464"};
        QTest::newRow("installp no media")
            << "fresh"
            << "installp" << QStringList{"-acgXd", "/dev/cd9", "dce.client.core.rte"} << none << 1 << "^$"
            << QStringList{"0503-005"};
        // the node
        QTest::newRow("hostname") << "fresh"
                                  << "hostname" << QStringList{} << none << 0 << "^node1\\n$"
                                  << QStringList{};
        QTest::newRow("ifconfig -a")
            << "fresh"
            << "ifconfig" << QStringList{"-a"} << none << 0
            << "^en0: flags=\\S+\\n\\tinet 9\\.3\\.240\\.1 netmask 0xffffff00 broadcast 9\\.3\\.240\\.255\\n"
               "en1: flags=\\S+\\n\\tinet 9\\.3\\.240\\.66 netmask"
            << QStringList{};
        QTest::newRow("netstat -in")
            << "fresh"
            << "netstat" << QStringList{"-in"} << none << 0
            << "^Name\\s+Mtu\\s+Network\\s+Address[\\s\\S]*en0\\s+1500\\s+9\\.3\\.240\\s+9\\.3\\.240\\.1\\s"
            << QStringList{};
        QTest::newRow("who -b") << "fresh"
                                << "who" << QStringList{"-b"} << none << 0
                                << "^\\s+\\.\\s+system boot\\s+\\w{3} \\d\\d \\d\\d:\\d\\d\\n$"
                                << QStringList{};
        QTest::newRow("unknown command") << "fresh"
                                         << "frobnicate" << QStringList{} << none << 127 << "^$"
                                         << QStringList{"not a command of the simulated AIX node"};
        // HACMP
        QTest::newRow("cllsif")
            << "fresh"
            << "cllsif" << QStringList{} << none << 0
            << "^Adapter\\s+Type\\s+Network[\\s\\S]*node1_boot\\s+boot\\s+ether1\\s+ether\\s+public\\s+"
               "node1\\s+"
               "9\\.3\\.240\\.1\\s[\\s\\S]*dcesvc\\s+service\\s+ether1\\s+ether\\s+public\\s+node1\\s+9\\."
               "3\\.240\\.2\\s"
               "[\\s\\S]*node1_stby\\s+standby\\s+ether1\\s+ether\\s+public\\s+node1\\s+9\\.3\\.240\\.66\\s"
            << QStringList{};
        QTest::newRow("cllsif -c") << "fresh"
                                   << "cllsif" << QStringList{"-c"} << none << 0
                                   << "\\ndcesvc:service:ether1:ether:public:node1:9\\.3\\.240\\.2:"
                                   << QStringList{};
        QTest::newRow("lssrc inoperative") << "fresh"
                                           << "lssrc" << QStringList{"-g", "cluster"} << none << 0
                                           << "clstrmgr\\s+cluster\\s+inoperative" << QStringList{};
        QTest::newRow("clstop not running")
            << "fresh"
            << "clstop" << QStringList{"-g", "-N", "-y"} << none << 1 << "^$" << QStringList{"not active"};
        QTest::newRow("claddserv relative")
            << "fresh"
            << "claddserv" << QStringList{"-s", "x", "-b", "start", "-e", "/stop"} << none << 1 << "^$"
            << QStringList{"full path"};
        // DCE
        QTest::newRow("mkdce not installed")
            << "fresh"
            << "mkdce" << QStringList{"-n", "ha.example.com", "all_cl"} << QByteArray("secret\n") << 1 << "^$"
            << QStringList{"dce.client.core.rte"};
        QTest::newRow("mkdce servers before the IP swap")
            << "dce"
            << "mkdce" << QStringList{"-n", "ha.example.com", "sec_srv", "cds_srv"} << QByteArray("secret\n")
            << 1 << "^$" << QStringList{"service IP address swap"};
        QTest::newRow("mkdce no password") << "dce"
                                           << "mkdce" << QStringList{"-n", "ha.example.com", "all_cl"} << none
                                           << 1 << "^$" << QStringList{"no password"};
        QTest::newRow("mkdce client")
            << "dce"
            << "mkdce" << QStringList{"-n", "ha.example.com", "all_cl"} << QByteArray("secret\n") << 0
            << "Configuring all_cl for cell /\\.\\.\\./ha\\.example\\.com" << QStringList{};
        QTest::newRow("start.dce unconfigured")
            << "dce"
            << "start.dce" << QStringList{} << none << 1 << "^$" << QStringList{"not configured"};
        QTest::newRow("start.dfs without DCE")
            << "dce"
            << "start.dfs" << QStringList{} << none << 1 << "^$" << QStringList{"DCE is not running"};
    }

    void command()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutPattern);
        QFETCH(QStringList, stderrHas);

        const SimNode node = prepare(scenario);
        const SimResult r = node.run(command, args, input);
        QVERIFY2(
            r.exitCode == exitCode,
            qPrintable(
                QStringLiteral("exit %1, expected %2; stderr: %3").arg(r.exitCode).arg(exitCode).arg(r.err)));
        const QRegularExpression re(stdoutPattern);
        QVERIFY2(re.isValid(), qPrintable(re.errorString()));
        QVERIFY2(re.match(r.out).hasMatch(), qPrintable(QStringLiteral("stdout did not match:\n") + r.out));
        qsizetype at = 0;
        for (const auto& expected : stderrHas) {
            const qsizetype found = r.err.indexOf(expected, at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("stderr lacks '%1' (in order):\n%2").arg(expected, r.err)));
            at = found + expected.size();
        }
        if (stderrHas.isEmpty() && exitCode == 0)
            QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    /** crfs without logname in a VG that has no jfslog creates loglv00 itself: the default name the guide
     * forbids on shared DASD. */
    void crfsCreatesLoglv00()
    {
        const SimNode n = prepare(QStringLiteral("fresh"));
        n.ok(QStringLiteral("mkvg"), {"-n", "-y", "dcevg", "hdisk2"});
        n.ok(QStringLiteral("mklv"), {"-t", "jfs", "-y", "dcevarlv", "dcevg", "16"});
        QVERIFY(n.run(QStringLiteral("crfs"), {"-v", "jfs", "-d", "dcevarlv", "-m", "/var/dce", "-A", "no"})
                    .exitCode == 0);
        QVERIFY(n.ok(QStringLiteral("lsvg"), {"-l", "dcevg"})
                    .contains(QRegularExpression(QStringLiteral("\\nloglv00\\s+jfslog\\s+1"))));
        QVERIFY(n.file(QStringLiteral("/etc/filesystems"))
                    .contains(QRegularExpression(QStringLiteral("/var/dce:\\n[^*]*log\\s+= /dev/loglv00"))));
        // Renaming it while a filesystem using it is mounted fails (0516-708); unmount, rename, chfs, remount
        // works.
        n.ok(QStringLiteral("mount"), {"/var/dce"});
        QCOMPARE(n.run(QStringLiteral("chlv"), {"-n", "dcelog", "loglv00"}).exitCode, 1);
        n.ok(QStringLiteral("umount"), {"/var/dce"});
        const SimResult renamed = n.run(QStringLiteral("chlv"), {"-n", "dcelog", "loglv00"});
        QCOMPARE(renamed.exitCode, 0);
        QVERIFY(renamed.err.contains(QStringLiteral("0516-712")));
        // The stanza still names the old log until chfs: the mount fails.
        QCOMPARE(n.run(QStringLiteral("mount"), {"/var/dce"}).exitCode, 1);
        n.ok(QStringLiteral("chfs"), {"-a", "log=/dev/dcelog", "/var/dce"});
        QCOMPARE(n.run(QStringLiteral("mount"), {"/var/dce"}).exitCode, 0);
        QVERIFY(n.ok(QStringLiteral("mount")).contains(QStringLiteral("rw,log=/dev/dcelog")));
    }

    /** A mounted filesystem's mount point shows the LV's files; unmounted, the directory it covered. */
    void mountShowsFilesystemContent()
    {
        const SimNode n = prepare(QStringLiteral("fs"));
        QFile f(n.root() + QStringLiteral("/etc/dce/marker"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("on shared DASD\n");
        f.close();
        n.ok(QStringLiteral("umount"), {"/etc/dce"});
        QVERIFY(!QFileInfo::exists(n.root() + QStringLiteral("/etc/dce/marker")));
        QVERIFY(QFileInfo(n.root() + QStringLiteral("/etc/dce")).isDir());
        n.ok(QStringLiteral("mount"), {"/etc/dce"});
        QCOMPARE(n.file(QStringLiteral("/etc/dce/marker")), QStringLiteral("on shared DASD\n"));
    }

    /** The demo node is laid down around files a test prepared: they are never overwritten. */
    void layDownKeepsExistingFiles()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.path() + QStringLiteral("/root/etc"));
        QFile f(dir.path() + QStringLiteral("/root/etc/services"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kerberos5\t750/udp\n");
        f.close();
        const SimNode n(dir.path() + QStringLiteral("/root"), QString());
        n.ok(QStringLiteral("hostname"));
        QCOMPARE(n.file(QStringLiteral("/etc/services")), QStringLiteral("kerberos5\t750/udp\n"));
        QVERIFY(n.file(QStringLiteral("/etc/environment")).contains(QStringLiteral("PATH=/usr/bin")));
        QVERIFY(n.file(QStringLiteral("/etc/filesystems"))
                    .contains(QStringLiteral("/usr:\n\tdev             = /dev/hd2")));
    }

    void stockServicesHasKerberosNotKerberos5()
    {
        const SimNode n = prepare(QStringLiteral("fresh"));
        const QString services = n.file(QStringLiteral("/etc/services"));
        QVERIFY(services.contains(QRegularExpression(QStringLiteral("(^|\\n)kerberos\\s+88/udp"))));
        QVERIFY(!services.contains(QStringLiteral("kerberos5")));
    }

    /** AIXSIM_FAIL=COMMAND:N fails exactly the Nth call with the command's real message; nothing changes. */
    void injectedFailure()
    {
        const SimNode n = prepare(QStringLiteral("vg"));
        const QStringList env{QStringLiteral("AIXSIM_FAIL=mklv:3")};
        // mklv ran twice while preparing (dcelog, dcevarlv): this third call fails, the fourth succeeds.
        const SimResult failed = n.run(QStringLiteral("mklv"), {"-y", "dceetclv", "dcevg", "1"}, {}, env);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(QStringLiteral("0516-404")));
        QVERIFY(failed.err.contains(QStringLiteral("0516-822 mklv: Unable to create logical volume.")));
        QCOMPARE(n.run(QStringLiteral("lslv"), {"dceetclv"}).exitCode, 1);
        QCOMPARE(n.run(QStringLiteral("mklv"), {"-y", "dceetclv", "dcevg", "1"}, {}, env).exitCode, 0);
    }

    /** A query changes no state file (so a copied node keeps its state), and its call still counts: the
     * call log is the count AIXSIM_FAIL reads. */
    void aQueryChangesNoStateFile()
    {
        const SimNode n = prepare(QStringLiteral("vg"));
        const QStringList files{n.root() + QStringLiteral("/.aixsim/odm.yaml"),
                                n.shared() + QStringLiteral("/dasd.yaml")};
        const auto stamps = [&files] {
            QStringList out;
            for (const auto& f : files) {
                QFile file(f);
                out << QFileInfo(f).lastModified().toString(Qt::ISODateWithMs) +
                           QString::fromUtf8(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
            }
            return out;
        };
        const QStringList before = stamps();
        QVERIFY(n.ok(QStringLiteral("lsvg"), {"dcevg"}).contains(QStringLiteral("dcevg")));
        n.ok(QStringLiteral("lslv"), {"dcelog"});
        QCOMPARE(stamps(), before);
        // The third lsvg of this node is the one that fails: the one above counted.
        const QStringList third{QStringLiteral("AIXSIM_FAIL=lsvg:3")};
        QCOMPARE(n.run(QStringLiteral("lsvg"), {}, {}, third).exitCode, 0);
        QVERIFY(n.run(QStringLiteral("lsvg"), {}, {}, third).exitCode != 0);
    }

    /** AIXSIM_DELAY_MS makes each command last at least that long (a lower bound, not a timing test). */
    void delayKnob()
    {
        const SimNode n = prepare(QStringLiteral("fresh"));
        QElapsedTimer t;
        t.start();
        QCOMPARE(n.run(QStringLiteral("hostname"), {}, {}, {QStringLiteral("AIXSIM_DELAY_MS=300")}).exitCode,
                 0);
        QVERIFY(t.elapsed() >= 300);
    }

    /** Security server configuration adds kerberos5 once, and writes the cell's files. */
    void dceConfiguration()
    {
        const SimNode n = prepare(QStringLiteral("fs"));
        n.ok(QStringLiteral("installp"), {"-acgXd", "/dev/cd0", "all"});
        // The service address swap HACMP does: needed before servers can be configured.
        const QString dir = n.root();
        const qsizetype logEnd = n.hacmpLogEnd();
        const SimResult started = n.run(QStringLiteral("rc.cluster"), {"-N"});
        // The demo's VG is varied on and mounted by this node already; acquisition finds them in place.
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QVERIFY2(n.waitForEvent(QStringLiteral("node_up_complete"), logEnd),
                 qPrintable(n.file(QStringLiteral("/tmp/hacmp.out"))));
        QVERIFY(n.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        const SimResult r = n.run(QStringLiteral("mkdce"), {"-n", "ha.example.com", "sec_srv", "cds_srv"},
                                  "pw\n", {QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(n.file(QStringLiteral("/etc/dce/dce_cf.db"))
                    .startsWith(QStringLiteral("cellname /.../ha.example.com\n")));
        QVERIFY(n.file(QStringLiteral("/krb5/krb.conf")).startsWith(QStringLiteral("ha.example.com\n")));
        QCOMPARE(n.file(QStringLiteral("/etc/services")).count(QStringLiteral("kerberos5\t88/udp\t\tkdc\n")),
                 1);
        QVERIFY(n.file(QStringLiteral("/.aixsim/odm.yaml"))
                    .contains(QStringLiteral("config_environment: 9.3.240.1:9.3.240.66")));
        QVERIFY(!n.file(QStringLiteral("/.aixsim/odm.yaml")).contains(QStringLiteral("pw")));
        // DFS: the global root and the cell's short names.
        QDir().mkpath(dir + QStringLiteral("/var/dce/adm/dfs/cache"));
        const SimResult dfs = n.run(QStringLiteral("mkdfs"), {"dfs_scm", "dfs_fldb", "dfs_srv", "dfs_cl"});
        QVERIFY2(dfs.exitCode == 0, qPrintable(dfs.err));
        QCOMPARE(QFileInfo(dir + QStringLiteral("/.:")).symLinkTarget().isEmpty(), false);
        QCOMPARE(QFile::symLinkTarget(dir + QStringLiteral("/:")), QStringLiteral("/.../ha.example.com/fs"));
        QCOMPARE(QFile::symLinkTarget(dir + QStringLiteral("/.:")), QStringLiteral("/.../ha.example.com"));
        // DFS stops before DCE.
        QCOMPARE(n.run(QStringLiteral("stop.dce")).exitCode, 1);
        QCOMPARE(n.run(QStringLiteral("stop.dfs")).exitCode, 0);
        QCOMPARE(n.run(QStringLiteral("stop.dce")).exitCode, 0);
        // A second configuration of the security server does not add kerberos5 again.
        QCOMPARE(n.run(QStringLiteral("mkdce"), {"-n", "ha.example.com", "sec_srv"}, "pw\n").exitCode, 0);
        QCOMPARE(n.file(QStringLiteral("/etc/services")).count(QStringLiteral("kerberos5")), 1);
    }

    /** What the real DCE/DFS leave is what the simulated node leaves: dce_cf.db with its two entries, the
     * daemons in ps, CacheInfo; an aggregate is formatted once (newaggr -blocksize), exported only from
     * dfstab, and exported again by DFS's start. */
    void dceFilesDaemonsAndAggregates()
    {
        const SimNode n = prepare(QStringLiteral("fs"));
        n.ok(QStringLiteral("installp"), {"-acgXd", "/dev/cd0", "all"});
        const qsizetype logEnd = n.hacmpLogEnd();
        QCOMPARE(n.run(QStringLiteral("rc.cluster"), {"-N"}).exitCode, 0);
        QVERIFY(n.waitForEvent(QStringLiteral("node_up_complete"), logEnd));
        QVERIFY(!n.ok(QStringLiteral("ps"), {"-e", "-o", "comm"}).contains(QStringLiteral("secd")));
        QCOMPARE(
            n.run(QStringLiteral("mkdce"), {"-n", "ha.example.com", "sec_srv", "cds_srv", "all_cl"}, "pw\n")
                .exitCode,
            0);
        QCOMPARE(n.file(QStringLiteral("/etc/dce/dce_cf.db")),
                 QStringLiteral("cellname /.../ha.example.com\nhostname hosts/node1\n"));
        const QString ps = n.ok(QStringLiteral("ps"), {"-e", "-o", "comm"});
        QVERIFY2(ps.startsWith(QStringLiteral("COMMAND\n")) && ps.contains(QStringLiteral("\nsecd\n")) &&
                     ps.contains(QStringLiteral("\ncdsd\n")) && ps.contains(QStringLiteral("\ndced\n")) &&
                     ps.contains(QStringLiteral("\nclstrmgr\n")),
                 qPrintable(ps));
        QDir().mkpath(n.root() + QStringLiteral("/var/dce/adm/dfs/cache"));
        QCOMPARE(n.run(QStringLiteral("mkdfs"),
                       {"-c", "/var/dce/adm/dfs/cache", "-s", "9000", "dfs_srv", "dfs_cl"})
                     .exitCode,
                 0);
        QCOMPARE(n.file(QStringLiteral("/etc/dce/CacheInfo")),
                 QStringLiteral("/...:/var/dce/adm/dfs/cache:9000\n"));
        QVERIFY(!QFileInfo::exists(n.root() + QStringLiteral("/etc/dce/dfs_cf.db")));
        QVERIFY(n.ok(QStringLiteral("ps"), {"-e", "-o", "comm"}).contains(QStringLiteral("\ndfsd\n")));

        n.ok(QStringLiteral("mklv"), {"-t", "lfs", "-y", "aggr1lv", "dcevg", "8"});
        // OSF DFS's option is -blocksize.
        QCOMPARE(n.run(QStringLiteral("newaggr"),
                       {"-aggregate", "/dev/aggr1lv", "-bsize", "8192", "-fragsize", "1024"})
                     .exitCode,
                 2);
        const QStringList format{"-aggregate", "/dev/aggr1lv", "-blocksize", "8192", "-fragsize", "1024"};
        QCOMPARE(n.run(QStringLiteral("newaggr"), format).exitCode, 0);
        const SimResult again = n.run(QStringLiteral("newaggr"), format);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("-overwrite")), qPrintable(again.err));
        const SimResult unlisted = n.run(QStringLiteral("dfsexport"), {"-aggregate", "agg1"});
        QCOMPARE(unlisted.exitCode, 1);
        QVERIFY2(unlisted.err.contains(QStringLiteral("dfstab")), qPrintable(unlisted.err));
        QVERIFY(QFileInfo(n.root() + QStringLiteral("/opt/dcelocal/var/dfs")).isDir());
        QFile dfstab(n.root() + QStringLiteral("/opt/dcelocal/var/dfs/dfstab"));
        QVERIFY(dfstab.open(QIODevice::WriteOnly));
        dfstab.write("/dev/aggr1lv agg1 lfs 1\n");
        dfstab.close();
        QCOMPARE(n.run(QStringLiteral("dfsexport"), {"-aggregate", "agg1"}).exitCode, 0);
        QCOMPARE(n.ok(QStringLiteral("dfsexport")), QStringLiteral("/dev/aggr1lv agg1 lfs 1\n"));
        // Stopped, nothing is exported; DFS's start exports what dfstab lists.
        QCOMPARE(n.run(QStringLiteral("stop.dfs")).exitCode, 0);
        QCOMPARE(n.ok(QStringLiteral("dfsexport")), QString());
        QCOMPARE(n.run(QStringLiteral("start.dfs")).exitCode, 0);
        QCOMPARE(n.ok(QStringLiteral("dfsexport")), QStringLiteral("/dev/aggr1lv agg1 lfs 1\n"));
    }

    /** HACMP's events complete after rc.cluster has returned (HACMP 4.x's cluster manager processes them
     * asynchronously): until node_up_complete is in hacmp.out, the service address is not up. */
    void clusterEventsCompleteAfterTheCommand()
    {
        const SimNode n = prepare(QStringLiteral("fs"));
        n.ok(QStringLiteral("installp"), {"-acgXd", "/dev/cd0", "all"});
        QTemporaryDir gate;
        const QString release = gate.filePath(QStringLiteral("go"));
        const qsizetype logEnd = n.hacmpLogEnd();
        const SimResult started =
            n.run(QStringLiteral("rc.cluster"), {"-N"}, {},
                  {QStringLiteral("AIXSIM_HOLD=clstrmgr"), QStringLiteral("AIXSIM_HOLD_RELEASE=") + release});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QTRY_VERIFY(QFile::exists(release + QStringLiteral(".held")));
        QVERIFY(!n.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        QVERIFY(!n.file(QStringLiteral("/tmp/hacmp.out"))
                     .mid(logEnd)
                     .contains(QStringLiteral("EVENT COMPLETED")));
        QFile(release).open(QIODevice::WriteOnly);
        QVERIFY2(n.waitForEvent(QStringLiteral("node_up_complete"), logEnd),
                 qPrintable(n.file(QStringLiteral("/tmp/hacmp.out"))));
        QVERIFY(n.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        // clstop too returns first; the release of the resources is the node_down event.
        const qsizetype stopFrom = n.hacmpLogEnd();
        QCOMPARE(n.run(QStringLiteral("clstop"), {"-g", "-N", "-y"}).exitCode, 0);
        QVERIFY(n.waitForEvent(QStringLiteral("node_down_complete"), stopFrom));
        QVERIFY(!n.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.2 ")));
    }

    /** shutdown -Fr: the node restarts (a later boot time), DCE stopped, shared filesystems and VG released.
     */
    void rebootReleasesSharedDasd()
    {
        const SimNode n = prepare(QStringLiteral("fs"));
        const QString before = n.ok(QStringLiteral("who"), {"-b"});
        QCOMPARE(n.run(QStringLiteral("shutdown"), {"-Fr"}).exitCode, 0);
        QVERIFY(n.ok(QStringLiteral("who"), {"-b"}) != before);
        QVERIFY(!n.ok(QStringLiteral("mount")).contains(QStringLiteral("/var/dce")));
        QCOMPARE(n.ok(QStringLiteral("lsvg"), {"-o"}), QStringLiteral("rootvg\n"));
        // Halt: nothing runs until the node is powered on.
        QCOMPARE(n.run(QStringLiteral("shutdown"), {"-F"}).exitCode, 0);
        QCOMPARE(n.run(QStringLiteral("hostname")).exitCode, 255);
        QCOMPARE(n.run(QStringLiteral("poweron")).exitCode, 0);
        QCOMPARE(n.run(QStringLiteral("hostname")).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_Aixsim)
#include "tst_aixsim.moc"
