// Two simulated nodes sharing DASD: what one node creates the other imports and sees; vary-on is exclusive;
// importvg renames a clashing LV (0516-530); HACMP acquires, releases and takes over resource groups per
// configuration, running the registered application-server scripts.
#include "SimNode.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

namespace {
// The events that end a cluster start and a cluster stop: HACMP completes them after the command returns.
const QString kUp = QStringLiteral("node_up_complete");
const QString kDown = QStringLiteral("node_down_complete");
} // namespace

class tst_SharedDasd : public QObject
{
    Q_OBJECT

    struct Pair
    {
        std::unique_ptr<QTemporaryDir> dir;
        SimNode owner, standby;
    };

    Pair makePair(const QString& configuration = QString())
    {
        auto dir = std::make_unique<QTemporaryDir>();
        const QString shared = dir->path() + QStringLiteral("/shared");
        SimNode owner(dir->path() + QStringLiteral("/node1"), shared, QString(), configuration);
        SimNode standby(dir->path() + QStringLiteral("/node2"), shared, QString(), configuration);
        owner.ok(QStringLiteral("hostname"));
        standby.ok(QStringLiteral("hostname"));
        return Pair{std::move(dir), owner, standby};
    }

    static void writeScript(const SimNode& node, const QString& path, const QString& body)
    {
        QDir().mkpath(QFileInfo(node.root() + path).absolutePath());
        QFile f(node.root() + path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(("#!/bin/sh\n" + body + "\n").toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                         QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }

    /** Owner creates the VG, releases it; standby imports it (as the guide's standby step 2 does). */
    static void handOver(const Pair& p)
    {
        QVERIFY(p.owner.buildSharedVg());
        QFile f(p.owner.root() + QStringLiteral("/etc/dce/dce_cf.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cellname /.../ha.example.com\n");
        f.close();
        for (const char* mp : {"/krb5", "/etc/dce", "/var/dce"})
            p.owner.ok(QStringLiteral("umount"), {QLatin1String(mp)});
        p.owner.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        const SimResult imported =
            p.standby.run(QStringLiteral("importvg"), {"-V", "50", "-y", "dcevg", "hdisk2"});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out, QStringLiteral("dcevg\n"));
        QVERIFY(imported.err.isEmpty());
    }

private Q_SLOTS:
    void nodesAreDistinct()
    {
        const Pair p = makePair();
        QCOMPARE(p.owner.ok(QStringLiteral("hostname")), QStringLiteral("node1\n"));
        QCOMPARE(p.standby.ok(QStringLiteral("hostname")), QStringLiteral("node2\n"));
        QVERIFY(p.standby.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.3 ")));
        // Both see the shared disks; neither belongs to a VG yet.
        for (const SimNode* n : {&p.owner, &p.standby})
            QVERIFY(n->ok(QStringLiteral("lspv"))
                        .contains(QRegularExpression(QStringLiteral("hdisk2\\s+\\w+\\s+None\\n"))));
    }

    void standbyImportsWhatOwnerMade()
    {
        const Pair p = makePair();
        handOver(p);
        // The standby knows the VG now, under the same major number, and has the stanzas rebuilt.
        QVERIFY(p.standby.ok(QStringLiteral("lspv"))
                    .contains(QRegularExpression(QStringLiteral("hdisk2\\s+\\w+\\s+dcevg\\n"))));
        QVERIFY(p.standby.ok(QStringLiteral("lsvg"), {"dcevg"})
                    .contains(QRegularExpression(QStringLiteral("MAJOR NUMBER:\\s+50"))));
        QVERIFY(p.standby.ok(QStringLiteral("lsvg"), {"dcevg"})
                    .contains(QRegularExpression(QStringLiteral("AUTO ON:\\s+yes"))));
        const QString stanzas = p.standby.file(QStringLiteral("/etc/filesystems"));
        for (const char* fs : {"/var/dce:\n\tdev             = /dev/dcevarlv\n",
                               "/etc/dce:\n\tdev             = /dev/dceetclv\n",
                               "/krb5:\n\tdev             = /dev/dcekrb5lv\n"})
            QVERIFY2(stanzas.contains(QLatin1String(fs)), fs);
        QVERIFY(stanzas.contains(QStringLiteral("log             = /dev/dcelog")));
        QVERIFY(stanzas.contains(QStringLiteral("mount           = false")));
        // Mounted on the standby, /etc/dce shows what the owner wrote there.
        p.standby.ok(QStringLiteral("mount"), {"/etc/dce"});
        QCOMPARE(p.standby.file(QStringLiteral("/etc/dce/dce_cf.db")),
                 QStringLiteral("cellname /.../ha.example.com\n"));
    }

    void varyOnIsExclusive()
    {
        const Pair p = makePair();
        handOver(p);
        // The standby holds the VG after importvg: the owner cannot vary it on.
        const SimResult r = p.owner.run(QStringLiteral("varyonvg"), {"dcevg"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("0516-013")));
        QVERIFY(r.err.contains(QStringLiteral("0516-952 varyonvg: Unable to vary on volume group dcevg.")));
        p.standby.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        QCOMPARE(p.owner.run(QStringLiteral("varyonvg"), {"dcevg"}).exitCode, 0);
        QCOMPARE(p.standby.run(QStringLiteral("varyonvg"), {"dcevg"}).exitCode, 1);
        // importvg also refuses while the other node holds the disks.
        const Pair q = makePair();
        QVERIFY(q.owner.buildSharedVg());
        const SimResult held = q.standby.run(QStringLiteral("importvg"), {"-y", "dcevg", "hdisk2"});
        QCOMPARE(held.exitCode, 1);
        QVERIFY(held.err.contains(QStringLiteral("0516-780")));
    }

    /** The reason for non-default names: an LV named loglv00 on the owner clashes with the standby's own
     * loglv00 and is silently renamed on import. */
    void importRenamesClashingLv()
    {
        const Pair p = makePair();
        // The standby has its own loglv00 (a JFS log crfs made in rootvg).
        p.standby.ok(QStringLiteral("crfs"), {"-v", "jfs", "-g", "rootvg", "-m", "/data", "-a", "size=8192"});
        QVERIFY(p.standby.ok(QStringLiteral("lsvg"), {"-l", "rootvg"}).contains(QStringLiteral("fslv00")));
        p.standby.ok(QStringLiteral("mklv"), {"-t", "jfslog", "-y", "loglv00", "rootvg", "1"});
        // The owner builds its shared VG the careless way: crfs makes loglv00.
        p.owner.ok(QStringLiteral("mkvg"), {"-n", "-y", "dcevg", "hdisk2"});
        p.owner.ok(QStringLiteral("mklv"), {"-t", "jfs", "-y", "dcevarlv", "dcevg", "16"});
        p.owner.ok(QStringLiteral("crfs"), {"-v", "jfs", "-d", "dcevarlv", "-m", "/var/dce", "-A", "no"});
        p.owner.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        const SimResult r = p.standby.run(QStringLiteral("importvg"), {"-y", "dcevg", "hdisk2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(
                     QStringLiteral("0516-530 synclvodm: Logical volume name loglv00 changed to loglv01.")),
                 qPrintable(r.err));
        QVERIFY(p.standby.ok(QStringLiteral("lsvg"), {"-l", "dcevg"}).contains(QStringLiteral("loglv01")));
        QVERIFY(p.standby.file(QStringLiteral("/etc/filesystems"))
                    .contains(QStringLiteral("log             = /dev/loglv01")));
    }

    void hacmp_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::newRow("hot standby cascading") << "hot-standby-cascading";
        QTest::newRow("one-sided takeover cascading") << "one-sided-takeover-cascading";
        QTest::newRow("hot standby rotating") << "hot-standby-rotating";
    }

    /** Cluster start acquires the group where the configuration says; graceful stop with takeover moves it;
     * the owner's return takes it back in cascading and not in rotating. */
    void hacmp()
    {
        QFETCH(QString, configuration);
        const Pair p = makePair(configuration);
        handOver(p);
        p.standby.ok(QStringLiteral("chvg"), {"-a", "n", "dcevg"});
        p.standby.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        for (const SimNode* n : {&p.owner, &p.standby}) {
            writeScript(*n, QStringLiteral("/usr/local/hacmp/dce/start"),
                        QStringLiteral("echo \"start $(hostname)\" >> \"$AIXSIM_ROOT/tmp/app.log\""));
            writeScript(*n, QStringLiteral("/usr/local/hacmp/dce/stop"),
                        QStringLiteral("echo \"stop $(hostname)\" >> \"$AIXSIM_ROOT/tmp/app.log\""));
        }
        p.owner.ok(QStringLiteral("claddserv"), {"-s", "dceserver", "-b", "/usr/local/hacmp/dce/start", "-e",
                                                 "/usr/local/hacmp/dce/stop"});
        // Not yet synchronised: the standby's HACMP does not know the server, and would be refused.
        QVERIFY(!p.standby.ok(QStringLiteral("cllsserv")).contains(QStringLiteral("dceserver")));
        p.owner.ok(QStringLiteral("cldare"), {"-r"});
        QVERIFY(p.standby.ok(QStringLiteral("cllsserv")).contains(QStringLiteral("dceserver")));

        // The owner starts first: it acquires the group: service address on en0, VG on, filesystems mounted.
        const SimResult started = p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QVERIFY(p.owner.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        QVERIFY(p.owner.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
        QCOMPARE(p.owner.file(QStringLiteral("/tmp/app.log")), QStringLiteral("start node1\n"));
        QVERIFY(p.owner.ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"}).contains(QStringLiteral("active")));
        // The standby joins: it acquires nothing.
        QCOMPARE(p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        QVERIFY(!p.standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
        QCOMPARE(p.standby.run(QStringLiteral("rc.cluster"), {"-N"}).exitCode, 1);

        // Graceful stop with takeover: stop script on the owner, then the standby acquires and starts.
        const SimResult stopped = p.owner.runAndWait(QStringLiteral("clstop"), {"-gr", "-N", "-y"}, kDown);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QCOMPARE(p.owner.file(QStringLiteral("/tmp/app.log")), QStringLiteral("start node1\nstop node1\n"));
        QVERIFY(!p.owner.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
        QCOMPARE(p.owner.ok(QStringLiteral("lsvg"), {"-o"}), QStringLiteral("rootvg\n"));
        QVERIFY(p.owner.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.1 ")));
        QVERIFY(p.standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
        QCOMPARE(p.standby.file(QStringLiteral("/tmp/app.log")), QStringLiteral("start node2\n"));
        QVERIFY(p.standby.ok(QStringLiteral("ifconfig"), {"-a"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        QCOMPARE(p.standby.file(QStringLiteral("/etc/dce/dce_cf.db")),
                 QStringLiteral("cellname /.../ha.example.com\n"));

        // The owner rejoins.
        QCOMPARE(p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        if (configuration.contains(QLatin1String("rotating"))) {
            QVERIFY(p.standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
            QVERIFY(!p.owner.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
        } else {
            QCOMPARE(p.standby.file(QStringLiteral("/tmp/app.log")),
                     QStringLiteral("start node2\nstop node2\n"));
            QVERIFY(!p.standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
            QVERIFY(p.owner.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce")));
            QCOMPARE(p.owner.file(QStringLiteral("/tmp/app.log")),
                     QStringLiteral("start node1\nstop node1\nstart node1\n"));
        }
        QVERIFY(p.owner.ok(QStringLiteral("clfindres"))
                    .contains(QRegularExpression(QStringLiteral("dcerg\\s+\\w+\\s+ONLINE"))));
    }

    /** HACMP 4.x refuses the join of a node whose configuration was not synchronised, and a failing
     * application server script stops the event with the script's own words in hacmp.out. */
    void outOfSyncJoinAndFailingScript()
    {
        const Pair p = makePair();
        handOver(p);
        p.standby.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        writeScript(p.owner, QStringLiteral("/usr/local/hacmp/dce/start"),
                    QStringLiteral("echo \"/opt/payroll/bin/start: not found\"; exit 1"));
        writeScript(p.owner, QStringLiteral("/usr/local/hacmp/dce/stop"), QStringLiteral("exit 0"));
        p.owner.ok(QStringLiteral("claddserv"), {"-s", "dceserver", "-b", "/usr/local/hacmp/dce/start", "-e",
                                                 "/usr/local/hacmp/dce/stop"});
        const SimResult up = p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp);
        QCOMPARE(up.exitCode, -2);
        QVERIFY2(up.err.contains(QStringLiteral("/opt/payroll/bin/start: not found")), qPrintable(up.err));
        QVERIFY2(up.err.contains(QStringLiteral("EVENT FAILED")), qPrintable(up.err));
        QVERIFY(!up.err.contains(QStringLiteral("EVENT COMPLETED: node_up_complete")));

        const SimResult join = p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp);
        QCOMPARE(join.exitCode, -2);
        QVERIFY2(join.err.contains(QStringLiteral("node node2 differs from that of the active node node1")),
                 qPrintable(join.err));
        QVERIFY(p.standby.ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral("inoperative")));
        // Synchronising from the active node is what lets it join.
        QCOMPARE(p.standby.run(QStringLiteral("cldare"), {"-r"}).exitCode, 1);
        p.owner.ok(QStringLiteral("cldare"), {"-r"});
        QCOMPARE(p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
    }

    /** A node that goes down without stopping HACMP: the survivor takes its group over, no stop script. */
    void nodeFailureTakeover()
    {
        const Pair p = makePair();
        handOver(p);
        p.standby.ok(QStringLiteral("varyoffvg"), {"dcevg"});
        QCOMPARE(p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        QCOMPARE(p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        const qsizetype from = p.standby.hacmpLogEnd();
        QCOMPARE(p.owner.run(QStringLiteral("shutdown"), {"-F"}).exitCode, 0);
        // The survivor's cluster manager notices the loss afterwards.
        QVERIFY2(p.standby.waitForEvent(kDown, from),
                 qPrintable(p.standby.file(QStringLiteral("/tmp/hacmp.out"))));
        QVERIFY(p.standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/var/dce")));
        QCOMPARE(p.owner.run(QStringLiteral("lsvg"), {"-o"}).exitCode, 255);
    }

    /** Mutual takeover: each node acquires its own group (its own service address), no shared VG. */
    void mutualTakeover()
    {
        const Pair p = makePair(QStringLiteral("mutual-takeover-cascading"));
        QCOMPARE(p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        QCOMPARE(p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        QVERIFY(p.owner.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.2 ")));
        QVERIFY(
            p.standby.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.4 ")));
        // node2 stops with takeover: node1 takes node2's address onto its standby adapter.
        QCOMPARE(p.standby.runAndWait(QStringLiteral("clstop"), {"-gr"}, kDown).exitCode, 0);
        QVERIFY(p.owner.ok(QStringLiteral("ifconfig"), {"en1"}).contains(QStringLiteral("inet 9.3.240.4 ")));
        QVERIFY(p.owner.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.2 ")));
    }

    /** A synchronisation while the cluster manager runs is a dynamic reconfiguration (SG24-5131, 8.5.2): the
     * servers it adds to held groups start on their holders, after cldare has returned; a synchronisation
     * that changes nothing starts nothing. The demo application serves what RPC_UNSUPPORTED_NETADDRS leaves
     * it. */
    void dynamicReconfigurationStartsNewServers()
    {
        const Pair p = makePair(QStringLiteral("mutual-takeover-cascading"));
        QCOMPARE(p.owner.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        QCOMPARE(p.standby.runAndWait(QStringLiteral("rc.cluster"), {"-N"}, kUp).exitCode, 0);
        for (const SimNode* n : {&p.owner, &p.standby}) {
            writeScript(*n, QStringLiteral("/hacmp/start1"),
                        QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66 "
                                       "exec '%1/usr/local/bin/dceapp' start ledger")
                            .arg(n->root()));
            writeScript(*n, QStringLiteral("/hacmp/start2"),
                        QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.3:9.3.240.67 "
                                       "exec '%1/usr/local/bin/dceapp' start payroll")
                            .arg(n->root()));
            writeScript(*n, QStringLiteral("/hacmp/stop"), QStringLiteral("exit 0"));
        }
        for (const auto& [server, start] :
             {std::pair{"dceapp1", "/hacmp/start1"}, std::pair{"dceapp2", "/hacmp/start2"}})
            p.owner.ok(QStringLiteral("claddserv"), {"-s", server, "-b", start, "-e", "/hacmp/stop"});
        const qsizetype from = p.standby.hacmpLogEnd();
        const SimResult sync = p.owner.runAndWait(QStringLiteral("cldare"), {"-r"},
                                                  QStringLiteral("reconfig_resource_complete"));
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY(p.standby.waitForEvent(QStringLiteral("reconfig_resource_complete"), from));
        QCOMPARE(p.owner.ok(QStringLiteral("dceapp"), {"status"}),
                 QStringLiteral("ledger serving 9.3.240.2\n"));
        QCOMPARE(p.standby.ok(QStringLiteral("dceapp"), {"status"}),
                 QStringLiteral("payroll serving 9.3.240.4\n"));
        // Again: nothing differs from the active configuration, nothing starts (a second start would fail).
        const SimResult again = p.owner.runAndWait(QStringLiteral("cldare"), {"-r"},
                                                   QStringLiteral("reconfig_resource_complete"));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.err.contains(QStringLiteral("start_server")));
        // The demo application: a second instance, a stop of none, everything excluded, and a halt.
        QCOMPARE(p.owner.run(QStringLiteral("dceapp"), {"start", "ledger"}).exitCode, 1);
        QCOMPARE(p.owner.run(QStringLiteral("dceapp"), {"stop", "payroll"}).exitCode, 1);
        QCOMPARE(p.owner.run(QStringLiteral("dceapp"), {"start"}).exitCode, 2);
        p.owner.ok(QStringLiteral("dceapp"), {"stop", "ledger"});
        QCOMPARE(p.owner.ok(QStringLiteral("dceapp"), {"status"}), QString());
        QCOMPARE(p.owner.run(QStringLiteral("shutdown"), {"-F"}).exitCode, 0);
        QVERIFY(p.standby.waitForEvent(QStringLiteral("node_down_complete"), from));
        // The survivor took node1's group over: its start script started the ledger there too, on the
        // addresses its exclusions leave (node1's service address among them).
        const QString status = p.standby.ok(QStringLiteral("dceapp"), {"status"});
        QVERIFY2(status.contains(QStringLiteral("payroll serving 9.3.240.4\n")), qPrintable(status));
        QVERIFY2(QRegularExpression(QStringLiteral("ledger serving .*9\\.3\\.240\\.2\\b"))
                     .match(status)
                     .hasMatch(),
                 qPrintable(status));
    }
};

QTEST_GUILESS_MAIN(tst_SharedDasd)
#include "tst_shareddasd.moc"
