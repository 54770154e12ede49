// The standby's special cases, end to end: the kerberos5 rule for /etc/services (a commented-out line is not
// an entry, a conflicting entry stops the step), and an importvg that renames a clashing LV (0516-530) fails
// the import step clearly.
#include "Wizard.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Standby : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void services_data()
    {
        QTest::addColumn<QString>("services");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("kerberos5Lines"); // uncommented kerberos5 lines afterwards
        QTest::addColumn<QString>("message");
        const QString stock = QStringLiteral("ftp 21/tcp\nkerberos 88/udp kdc # Kerberos key server\n");
        QTest::newRow("stock AIX: added") << stock << 3 << 1 << QString();
        QTest::newRow("commented out: added")
            << stock + QStringLiteral("#kerberos5\t88/udp\t\tkdc\n") << 3 << 1 << QString();
        QTest::newRow("present: unchanged")
            << stock + QStringLiteral("kerberos5 88/udp kdc\n") << 3 << 1 << QString();
        QTest::newRow("present with a space")
            << stock + QStringLiteral("kerberos5 88/udp\n") << 3 << 1 << QString();
        QTest::newRow("as an alias: unchanged")
            << QStringLiteral("kerberos 88/udp kerberos5 kdc\n") << 3 << 0 << QString();
        QTest::newRow("another port: stops") << stock + QStringLiteral("kerberos5 750/udp\n") << 1 << 1
                                             << QStringLiteral("defines kerberos5 on 750/udp");
        QTest::newRow("port taken by another name: stops")
            << QStringLiteral("krb5kdc 88/udp\n") << 1 << 0 << QStringLiteral("gives 88/udp to 'krb5kdc'");
        QTest::newRow("no final newline") << QStringLiteral("ftp 21/tcp") << 3 << 1 << QString();
    }

    void services()
    {
        QFETCH(QString, services);
        QFETCH(int, exitCode);
        QFETCH(int, kerberos5Lines);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node2");
        const QString shared = dir.path() + QStringLiteral("/shared");
        // The node's /etc/services is prepared before the simulated node is laid down: it is kept.
        wizard::writeFile(root + QStringLiteral("/etc/services"), services.toUtf8());
        const SimNode node(root, shared, QStringLiteral("node2"),
                           QStringLiteral("mutual-takeover-cascading"));
        node.ok(QStringLiteral("hostname"));
        const QString answers = wizard::writeFile(
            dir.path() + QStringLiteral("/standby.yaml"),
            wizard::exampleAnswers(QStringLiteral("mutual-takeover-cascading"), QStringLiteral("standby")));
        const WizardResult r = wizard::run(wizard::headless(root, shared, answers),
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        const QString after = node.file(QStringLiteral("/etc/services"));
        QCOMPARE(after.count(QRegularExpression(QStringLiteral("(^|\\n)kerberos5[ \\t]"))), kerberos5Lines);
        if (!message.isEmpty()) {
            QVERIFY2(r.out.contains(message), qPrintable(r.out));
            QCOMPARE(after, services); // stopped: the file is untouched
        }
        QVERIFY(after.endsWith(QLatin1Char('\n')) || after == services);
    }

    void importRenameFailsClearly()
    {
        QTemporaryDir dir;
        const QString shared = dir.path() + QStringLiteral("/shared");
        const QString n1 = dir.path() + QStringLiteral("/node1");
        const QString n2 = dir.path() + QStringLiteral("/node2");
        const SimNode owner(n1, shared);
        const SimNode standby(n2, shared);
        owner.ok(QStringLiteral("hostname"));
        standby.ok(QStringLiteral("hostname"));
        // The standby already has an LV called dcelog (in rootvg): the owner's shared log clashes with it.
        standby.ok(QStringLiteral("mklv"), {"-t", "jfslog", "-y", "dcelog", "rootvg", "1"});
        const QString ownerAnswers = wizard::writeFile(
            dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"), false));
        const QString record = dir.path() + QStringLiteral("/owner-record.yaml");
        QCOMPARE(
            wizard::run(wizard::headless(n1, shared, ownerAnswers) << QStringLiteral("--record") << record,
                        {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")})
                .exitCode,
            3);
        const QString standbyAnswers =
            wizard::writeFile(dir.path() + QStringLiteral("/standby.yaml"),
                              wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"),
                                                     QStringLiteral("standby"), false));
        const WizardResult r = wizard::run(wizard::headless(n2, shared, standbyAnswers)
                                           << QStringLiteral("--from-owner-record") << record);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Import the shared volume group dcevg … failed")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(
                     "AIX renamed logical volumes while importing dcevg (0516-530): dcelog → loglv00")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Rename the clashing volume on this node (chlv -n)")));
    }
};

QTEST_GUILESS_MAIN(tst_Standby)
#include "tst_standby.moc"
