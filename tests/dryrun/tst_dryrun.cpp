// Dry-run plans for the 4 configurations × 2 roles × DFS on/off, compared with golden files read against the
// guide (tests/dryrun/golden/). DCEHA_UPDATE_GOLDEN=1 rewrites them; read the diff before committing.
#include "Wizard.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_DryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("dfs");
        for (const char* c : {"hot-standby-cascading", "one-sided-takeover-cascading", "hot-standby-rotating",
                              "mutual-takeover-cascading"})
            for (const char* r : {"owner", "standby"})
                for (bool dfs : {true, false})
                    QTest::newRow(qPrintable(QStringLiteral("%1-%2-%3")
                                                 .arg(QLatin1String(c), QLatin1String(r),
                                                      dfs ? QStringLiteral("dfs") : QStringLiteral("dce"))))
                        << QString::fromLatin1(c) << QString::fromLatin1(r) << dfs;
    }

    void plan()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, role);
        QFETCH(bool, dfs);
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/node");
        const QString shared = dir.path() + QStringLiteral("/shared");
        const QString node =
            role == QLatin1String("owner") ? QStringLiteral("node1") : QStringLiteral("node2");
        SimNode(root, shared, node, configuration).ok(QStringLiteral("hostname"));
        const QString answers = wizard::writeFile(dir.path() + QStringLiteral("/answers.yaml"),
                                                  wizard::exampleAnswers(configuration, role, dfs));
        const QString before = wizard::tree(root);
        const WizardResult r =
            wizard::run({QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("--root"),
                         root, QStringLiteral("--shared-dasd"), shared, QStringLiteral("--answers"), answers,
                         QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(wizard::tree(root), before);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")));

        const QString golden = QStringLiteral(DCEHA_SOURCE_DIR "/tests/dryrun/golden/%1.txt")
                                   .arg(QLatin1String(QTest::currentDataTag()));
        if (qEnvironmentVariableIsSet("DCEHA_UPDATE_GOLDEN"))
            wizard::writeFile(golden, r.out.toUtf8());
        QVERIFY2(QFileInfo::exists(golden), qPrintable(QStringLiteral("no golden file %1").arg(golden)));
        const QStringList expected = wizard::readFile(golden).split(QLatin1Char('\n'));
        const QStringList actual = r.out.split(QLatin1Char('\n'));
        for (int i = 0; i < std::max(expected.size(), actual.size()); ++i)
            QVERIFY2(expected.value(i) == actual.value(i),
                     qPrintable(QStringLiteral("line %1 differs\nexpected: %2\nactual:   %3")
                                    .arg(i + 1)
                                    .arg(expected.value(i), actual.value(i))));
    }
};

QTEST_GUILESS_MAIN(tst_DryRun)
#include "tst_dryrun.moc"
