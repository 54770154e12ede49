// The two-node rehearsal on simulated nodes sharing DASD, for every configuration, with and without DFS:
// owner, then standby (with the owner's record), then the cluster start on both; then the final state of both
// nodes is checked against the guide, and every command either node's record holds against its step's plan.
#include "Wizard.h"
#include "procedure/Checkpoint.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

class tst_Rehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rehearsal_data() { wizard::addConfigurationRows(QStringLiteral("DCE only")); }

    void rehearsal()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        QTemporaryDir dir;
        const QString shared = dir.path() + QStringLiteral("/shared");
        const QString n1 = dir.path() + QStringLiteral("/node1");
        const QString n2 = dir.path() + QStringLiteral("/node2");
        const SimNode owner(n1, shared, QString(), configuration);
        const SimNode standby(n2, shared, QString(), configuration);
        owner.ok(QStringLiteral("hostname"));
        standby.ok(QStringLiteral("hostname"));
        const QString ownerAnswers =
            wizard::writeFile(dir.path() + QStringLiteral("/owner.yaml"),
                              wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs));
        const QString standbyAnswers =
            wizard::writeFile(dir.path() + QStringLiteral("/standby.yaml"),
                              wizard::exampleAnswers(configuration, QStringLiteral("standby"), dfs));
        const QString ownerRecord = dir.path() + QStringLiteral("/owner-record.yaml");
        const QStringList password{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};
        const bool mutual = configuration.startsWith(QLatin1String("mutual"));

        // Owner: everything up to the wait for the standby.
        WizardResult r = wizard::run(wizard::headless(n1, shared, ownerAnswers)
                                         << QStringLiteral("--record") << ownerRecord,
                                     password);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(
            QStringLiteral("Wait until the standby node's integration is complete … waiting")));
        // The owner released the shared DASD.
        QCOMPARE(owner.ok(QStringLiteral("lsvg"), {"-o"}), QStringLiteral("rootvg\n"));
        QVERIFY(!owner.ok(QStringLiteral("mount")).contains(QStringLiteral("/var/dce ")));

        // Standby, with the owner's record.
        r = wizard::run(wizard::headless(n2, shared, standbyAnswers)
                            << QStringLiteral("--from-owner-record") << ownerRecord,
                        password);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY(
            r.out.contains(QStringLiteral("Wait until the owner node's cluster manager is up … waiting")));
        if (!mutual) {
            QVERIFY(r.out.contains(QStringLiteral("Configure the DCE clients")) &&
                    r.out.contains(QStringLiteral("skipped")));
            QCOMPARE(standby.ok(QStringLiteral("lsvg"), {"-o"}), QStringLiteral("rootvg\n"));
        }

        // The cluster start: owner first, then the standby.
        r = wizard::run(wizard::headless(n1, shared, ownerAnswers)
                            << QStringLiteral("--confirm") << QStringLiteral("standby-integrated"),
                        password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = wizard::run(wizard::headless(n2, shared, standbyAnswers)
                            << QStringLiteral("--confirm") << QStringLiteral("owner-cluster-started"),
                        password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // A further run finds everything done and changes nothing; it exports the record in every format.
        const QString before = wizard::tree(n1);
        QStringList exportArgs;
        for (const char* f :
             {"markdown:record.md", "html:record.html", "yaml:record.yaml", "replay:replay.sh"})
            exportArgs << QStringLiteral("--export")
                       << QString::fromLatin1(f).replace(QStringLiteral(":"),
                                                         QStringLiteral(":") + dir.path() + QLatin1Char('/'));
        r = wizard::run(wizard::headless(n1, shared, ownerAnswers) + exportArgs, password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(wizard::tree(n1), before);
        for (const char* f : {"/record.md", "/record.html", "/record.yaml", "/replay.sh"})
            QVERIFY2(QFileInfo(dir.path() + QLatin1String(f)).size() > 1000, f);
        QCOMPARE(QProcess::execute(QStringLiteral("/bin/sh"),
                                   {QStringLiteral("-n"), dir.path() + QStringLiteral("/replay.sh")}),
                 0);
        // Every script generated on either node passes ksh -n and shellcheck.
        for (const QString& root : {n1, n2}) {
            const QDir scripts(root + QStringLiteral("/usr/local/hacmp/dce"));
            QVERIFY(!scripts.entryList(QDir::Files).isEmpty());
            for (const auto& name : scripts.entryList(QDir::Files)) {
                const QString path = scripts.filePath(name);
                QCOMPARE(QProcess::execute(QStringLiteral("/bin/ksh"), {QStringLiteral("-n"), path}), 0);
                QProcess check;
                check.start(QStringLiteral("/usr/bin/shellcheck"),
                            {QStringLiteral("-s"), QStringLiteral("ksh"), path});
                check.waitForFinished();
                QVERIFY2(check.exitCode() == 0,
                         qPrintable(path + QLatin1Char('\n') + QString::fromUtf8(check.readAll())));
            }
        }

        // What the review shows is what runs: on both nodes, every command the record holds was in its step's
        // plan, with the same arguments and environment (the Runner marks any other as unplanned).
        int commands = 0;
        for (const QString& root : {n1, n2}) {
            dceha::RunRecord record;
            QString error;
            QVERIFY2(dceha::Checkpoint(root + QStringLiteral("/var/adm/dce-ha-wizard")).load(&record, &error),
                     qPrintable(error));
            for (const auto& step : record.steps)
                for (const auto& a : step.actions) {
                    if (a.type != dceha::ActionRecord::Type::Command)
                        continue;
                    ++commands;
                    QVERIFY2(!a.unplanned, qPrintable(QStringLiteral("%1: %2 ran but was not planned")
                                                          .arg(step.id, a.argv.join(QLatin1Char(' ')))));
                }
        }
        QVERIFY2(commands > 5, qPrintable(QString::number(commands)));

        // Both nodes: RPC_UNSUPPORTED_NETADDRS excludes every non-service address.
        QVERIFY(owner.file(QStringLiteral("/etc/environment"))
                    .contains(QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66\n")));
        QVERIFY(standby.file(QStringLiteral("/etc/environment"))
                    .contains(QStringLiteral("\nRPC_UNSUPPORTED_NETADDRS=9.3.240.3:9.3.240.67\n")));
        QCOMPARE(
            owner.file(QStringLiteral("/etc/environment")).count(QStringLiteral("RPC_UNSUPPORTED_NETADDRS")),
            1);
        // Scripts, same paths on both, executable; in mutual takeover both nodes' servers' scripts on each.
        const QStringList kinds = mutual ? QStringList{QStringLiteral("dceapp1"), QStringLiteral("dceapp2")}
                                  : dfs  ? QStringList{QStringLiteral("dfs")}
                                         : QStringList{QStringLiteral("dce")};
        for (const SimNode* n : {&owner, &standby})
            for (const QString& kind : kinds) {
                struct stat st
                {
                };
                const QString script = n->root() + QStringLiteral("/usr/local/hacmp/dce/start_") + kind;
                QCOMPARE(::stat(QFile::encodeName(script).constData(), &st), 0);
                QCOMPARE(int(st.st_mode & 0777), 0755);
                QVERIFY(n->file(QStringLiteral("/usr/local/hacmp/dce/start_") + kind)
                            .startsWith(QStringLiteral("#!/bin/ksh\n")));
            }

        if (!mutual) {
            // Shared VG: non-default names, -A no stanzas on both nodes, the owner holds it now.
            for (const SimNode* n : {&owner, &standby}) {
                const QString fs = n->file(QStringLiteral("/etc/filesystems"));
                for (const char* stanza : {"/var/dce:\n\tdev             = /dev/dcevarlv\n",
                                           "/etc/dce:\n\tdev             = /dev/dceetclv\n",
                                           "/krb5:\n\tdev             = /dev/dcekrb5lv\n"})
                    QVERIFY2(fs.contains(QLatin1String(stanza)), stanza);
                QVERIFY(!fs.contains(QStringLiteral("loglv")));
                QCOMPARE(fs.count(QStringLiteral("log             = /dev/dcelog")), 3);
            }
            QVERIFY(owner.ok(QStringLiteral("lsvg"), {"-o"}).contains(QStringLiteral("dcevg")));
            QVERIFY(owner.ok(QStringLiteral("lsvg"), {"dcevg"})
                        .contains(QRegularExpression(QStringLiteral("AUTO ON:\\s+no"))));
            QVERIFY(owner.ok(QStringLiteral("lsvg"), {"dcevg"})
                        .contains(QRegularExpression(QStringLiteral("MAJOR NUMBER:\\s+50"))));
            const QString mounts = owner.ok(QStringLiteral("mount"));
            for (const char* mp : {"/var/dce ", "/etc/dce ", "/krb5 "})
                QVERIFY2(mounts.contains(QLatin1String(mp)), mp);
            QVERIFY(!standby.ok(QStringLiteral("mount")).contains(QStringLiteral("/etc/dce ")));
            QVERIFY(
                owner.ok(QStringLiteral("ifconfig"), {"en0"}).contains(QStringLiteral("inet 9.3.240.2 ")));
            // What the owner's DCE configuration wrote is on shared DASD.
            QVERIFY(owner.file(QStringLiteral("/etc/dce/dce_cf.db"))
                        .startsWith(QStringLiteral("cellname /.../ha.example.com\n")));
            QVERIFY(
                owner.file(QStringLiteral("/krb5/krb.conf")).startsWith(QStringLiteral("ha.example.com\n")));
            const QString expectedHost = configuration.contains(QLatin1String("rotating"))
                                             ? QStringLiteral("hosts/dcesvc")
                                             : QStringLiteral("hosts/node1");
            QVERIFY(owner.file(QStringLiteral("/etc/dce/dce_cf.db")).contains(expectedHost));
            QVERIFY(owner.file(QStringLiteral("/.aixsim/odm.yaml"))
                        .contains(QStringLiteral("config_environment: 9.3.240.1:9.3.240.66")));
            // kerberos5: by the security server's configuration on the owner, by the wizard on the standby;
            // once each.
            for (const SimNode* n : {&owner, &standby})
                QCOMPARE(n->file(QStringLiteral("/etc/services"))
                             .count(QRegularExpression(QStringLiteral("(^|\\n)kerberos5\\s+88/udp"))),
                         1);
            QVERIFY(standby.file(QStringLiteral("/etc/services"))
                        .contains(QStringLiteral("\nkerberos5\t88/udp\t\tkdc\n")));
            // The standby's DCE is installed, not configured.
            QVERIFY(standby.ok(QStringLiteral("lslpp"), {"-l", "dce.client.core.rte"})
                        .contains(QStringLiteral("COMMITTED")));
            QVERIFY(!standby.file(QStringLiteral("/.aixsim/odm.yaml"))
                         .contains(QStringLiteral("config_environment: 9")));
        } else {
            // Mutual takeover: no shared VG, DCE clients on both nodes, no servers.
            QCOMPARE(owner.ok(QStringLiteral("lsvg")), QStringLiteral("rootvg\n"));
            for (const SimNode* n : {&owner, &standby}) {
                QVERIFY(n->file(QStringLiteral("/etc/dce/dce_cf.db"))
                            .startsWith(QStringLiteral("cellname /.../ha.example.com\n")));
                // Which components: the simulated node's own record of them (the real product's is unknown).
                QVERIFY(n->file(QStringLiteral("/etc/dce/.aixsim-components"))
                            .startsWith(QStringLiteral("dce all_cl\n")));
                QVERIFY(!n->file(QStringLiteral("/etc/services"))
                             .contains(QStringLiteral("kerberos5\t88/udp\t\tkdc\n")) ||
                        n == &standby);
            }
        }
        if (dfs) {
            for (const SimNode* n : {&owner, &standby}) {
                QCOMPARE(QFile::symLinkTarget(n->root() + QStringLiteral("/:")),
                         QStringLiteral("/.../ha.example.com/fs"));
                QCOMPARE(QFile::symLinkTarget(n->root() + QStringLiteral("/.:")),
                         QStringLiteral("/.../ha.example.com"));
                QVERIFY(QFileInfo(n->root() + QStringLiteral("/...")).isDir());
                QVERIFY(n->file(QStringLiteral("/etc/filesystems"))
                            .contains(QStringLiteral(
                                "/var/dce/adm/dfs/cache:\n\tdev             = /dev/dfscachelv\n")));
            }
            if (!mutual) {
                QVERIFY(
                    owner.ok(QStringLiteral("lsvg"), {"-l", "dcevg"}).contains(QStringLiteral("dfsagg1lv")));
                // The cache's mount point lies under the shared /var/dce: its filesystem is not mounted at
                // boot (it would be covered when HACMP mounts /var/dce); the start script mounted it, so DFS
                // caches on the owner's own local disk, and after a takeover on the standby's.
                for (const SimNode* n : {&owner, &standby})
                    QVERIFY(n->ok(QStringLiteral("lsfs"), {"-c", "/var/dce/adm/dfs/cache"})
                                .contains(QStringLiteral(":no:")));
                const auto cacheIsLocal = [](const SimNode& n) {
                    const QString df = n.ok(QStringLiteral("df"), {"-k", "/var/dce/adm/dfs/cache"});
                    const QString dce = n.ok(QStringLiteral("lsdce"));
                    return df.contains(QStringLiteral("/dev/dfscachelv")) &&
                           dce.contains(
                               QStringLiteral("DFS cache:   /var/dce/adm/dfs/cache (local /dev/dfscachelv)"));
                };
                QVERIFY2(cacheIsLocal(owner), qPrintable(owner.ok(QStringLiteral("lsdce"))));
                QCOMPARE(owner
                             .runAndWait(QStringLiteral("clstop"), {"-gr", "-N", "-y"},
                                         QStringLiteral("node_down_complete"))
                             .exitCode,
                         0);
                QVERIFY2(cacheIsLocal(standby), qPrintable(standby.ok(QStringLiteral("lsdce")) +
                                                           standby.file(QStringLiteral("/tmp/hacmp.out"))));
            }
        }

        // The password is nowhere: not under either root, not in the shared DASD, not in a record.
        const QStringList holding = wizard::filesHolding(dir.path(), "Pa$$ w0rd;x");
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(tst_Rehearsal)
#include "tst_rehearsal.moc"
