// Discovery on the demo cluster in its four configurations and on two described clusters (their own node
// names, addresses, disks, VG and labels; one rotating): --discover on each node, with the other simulated
// node reachable, prints answers that need only the cell name; the two-node rehearsal then completes with
// them, and on the described clusters the failover drill passes too. Also what --discover must not guess.
#include "Wizard.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Discovery : public QObject
{
    Q_OBJECT

    static QStringList simulated(const QString& root, const QString& shared)
    {
        return {QStringLiteral("--simulate"), QStringLiteral("--root"), root, QStringLiteral("--shared-dasd"),
                shared};
    }

private Q_SLOTS:
    void discoveredAnswersRehearse_data()
    {
        QTest::addColumn<QString>("configuration"); // the demo's; empty with a described cluster
        QTest::addColumn<QString>("cluster");       // a described cluster's file; empty for the demo
        QTest::addColumn<QString>("expected");      // the configuration discovery must find
        QTest::addColumn<QStringList>("owns");      // lines the owner's discovered answers hold
        QTest::addColumn<bool>("drill");
        for (const char* c : {"hot-standby-cascading", "one-sided-takeover-cascading", "hot-standby-rotating",
                              "mutual-takeover-cascading"}) {
            QStringList owns{QStringLiteral("role: owner")};
            if (QLatin1String(c) != QLatin1String("mutual-takeover-cascading"))
                owns << QStringLiteral("disks: [hdisk2]") << QStringLiteral("major: 46");
            else
                owns << QStringLiteral("app_server: dceapp1") << QStringLiteral("peer_service: [9.3.240.4]");
            QTest::newRow(c) << QString::fromLatin1(c) << QString() << QString::fromLatin1(c) << owns
                             << false;
        }
        const QString clusters = QStringLiteral(DCEHA_SOURCE_DIR "/resources/aixsim/clusters/");
        QTest::newRow("described: finance, hot standby, 4 GB disks")
            << QString() << clusters + QStringLiteral("finance-hot-standby.yaml")
            << QStringLiteral("hot-standby-cascading")
            << QStringList{QStringLiteral("name: findcevg"),        QStringLiteral("disks: [hdisk4]"),
                           QStringLiteral("pp_size_mb: 8"),         QStringLiteral("major: 61"),
                           QStringLiteral("service: [10.20.1.10]"), QStringLiteral("app_server: finsrv")}
            << true;
        QTest::newRow("described: ledger, rotating, token ring")
            << QString() << clusters + QStringLiteral("ledger-rotating.yaml")
            << QStringLiteral("hot-standby-rotating")
            << QStringList{QStringLiteral("name: ledvg"), QStringLiteral("disks: [hdisk3]"),
                           QStringLiteral("rotating_hostname: ledsvc"), QStringLiteral("major: 34"),
                           QStringLiteral("boot: [192.168.7.21]")}
            << true;
    }

    void discoveredAnswersRehearse()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, cluster);
        QFETCH(QString, expected);
        QFETCH(QStringList, owns);
        QFETCH(bool, drill);
        QTemporaryDir dir;
        const QString shared = dir.path() + QStringLiteral("/shared");
        const QString n1 = dir.path() + QStringLiteral("/n1");
        const QString n2 = dir.path() + QStringLiteral("/n2");
        QVERIFY(QDir().mkpath(n1) && QDir().mkpath(n2));
        QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=secret")};
        if (!configuration.isEmpty())
            env << QStringLiteral("AIXSIM_CONFIGURATION=") + configuration;
        else
            env << QStringLiteral("AIXSIM_CLUSTER=") + cluster;

        // Discovery changes nothing but what the simulator lays down on first use.
        WizardResult r = wizard::run(QStringList{QStringLiteral("--discover")} + simulated(n1, shared) +
                                         QStringList{QStringLiteral("--peer-root"), n2},
                                     env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString owner = r.out;
        r = wizard::run(QStringList{QStringLiteral("--discover")} + simulated(n2, shared) +
                            QStringList{QStringLiteral("--peer-root"), n1},
                        env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString standby = r.out;
        QVERIFY2(owner.contains(QStringLiteral("configuration: ") + expected), qPrintable(owner));
        QVERIFY2(standby.contains(QStringLiteral("role: standby")), qPrintable(standby));
        for (const auto& line : owns)
            QVERIFY2(owner.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + owner));
        // Every value says where it came from.
        for (const auto& line : owner.split(QLatin1Char('\n')))
            if (line.contains(QLatin1Char(':')) && !line.startsWith(QLatin1Char('#')) &&
                !line.trimmed().endsWith(QLatin1Char(':')))
                QVERIFY2(line.contains(QLatin1String("  # ")), qPrintable(line));
        // The only addition: the cell's name.
        const QByteArray cell = "cell_name: ha.example.com\n";
        const QString ownerFile =
            wizard::writeFile(dir.path() + QStringLiteral("/owner.yaml"), owner.toUtf8() + cell);
        const QString standbyFile =
            wizard::writeFile(dir.path() + QStringLiteral("/standby.yaml"), standby.toUtf8() + cell);
        const QString record = dir.path() + QStringLiteral("/owner-record.yaml");

        r = wizard::run(QStringList{QStringLiteral("--headless"), QStringLiteral("--preflight"),
                                    QStringLiteral("--answers"), ownerFile} +
                            simulated(n1, shared),
                        env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral(" 0 failure(s)")), qPrintable(r.out));

        r = wizard::run(wizard::headless(n1, shared, ownerFile) << QStringLiteral("--record") << record, env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        r = wizard::run(wizard::headless(n2, shared, standbyFile)
                            << QStringLiteral("--from-owner-record") << record,
                        env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        r = wizard::run(wizard::headless(n1, shared, ownerFile)
                            << QStringLiteral("--confirm") << QStringLiteral("standby-integrated"),
                        env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = wizard::run(wizard::headless(n2, shared, standbyFile)
                            << QStringLiteral("--confirm") << QStringLiteral("owner-cluster-started"),
                        env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        if (drill) {
            r = wizard::run(wizard::headless(n1, shared, ownerFile)
                                << QStringLiteral("--drill") << QStringLiteral("--peer-root") << n2,
                            env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QVERIFY(r.out.contains(QStringLiteral("the failover drill passed")));
        }
    }

    /** Which disks are shared only the other node can tell: without it, several free disks are not guessed.
     */
    void theSharedDisksAreNotGuessed()
    {
        QTemporaryDir dir;
        const QString n1 = dir.path() + QStringLiteral("/n1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        const WizardResult r = wizard::run(QStringList{QStringLiteral("--discover")} + simulated(n1, shared));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("disks: []")), qPrintable(r.out));
        QVERIFY2(r.err.contains(
                     QStringLiteral("which of hdisk1, hdisk2, hdisk3 (in no volume group) are the shared "
                                    "disks only the other node can tell")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("major: 0")), qPrintable(r.out));
    }

    void discoverTakesNoAnswers()
    {
        const WizardResult r = wizard::run(
            {QStringLiteral("--discover"), QStringLiteral("--answers"), QStringLiteral("/nonexistent.yaml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--discover reads the node and prints answers")),
                 qPrintable(r.err));
        const WizardResult role =
            wizard::run({QStringLiteral("--discover"), QStringLiteral("--role"), QStringLiteral("primary")});
        QCOMPARE(role.exitCode, 2);
        QVERIFY2(role.err.contains(QStringLiteral("--role: 'primary' is not one of owner, standby")),
                 qPrintable(role.err));
    }
};

QTEST_GUILESS_MAIN(tst_Discovery)
#include "tst_discovery.moc"
