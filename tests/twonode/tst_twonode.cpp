// Both nodes' integration in one headless command (--two-node) on simulated nodes sharing DASD: for every
// configuration it leaves both nodes as the five separate runs do (owner, standby with the owner's record,
// owner and standby with their confirmations); the waits between the nodes are resolved by checks of the
// other node (evidence in the records); a standby that does not fit is refused before the owner changes
// anything; a failed step on either node ends the session there, the cluster starts in order, and the same
// command resumes both with nothing done twice; the dry run shows both nodes and changes nothing.
#include "TwoNodes.h"
#include "Wizard.h"
#include "procedure/Checkpoint.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QStringList kPassword{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Pa$$ w0rd;x")};

/** Lines of a run's output for steps that ran (a time after the status), not found done or re-verified. */
QStringList stepsThatRan(const QString& out)
{
    QStringList ran;
    static const QRegularExpression line(
        QStringLiteral("^(owner|standby) \\[[ 0-9/]+\\] .* … done \\d+\\.\\d s$"),
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(out); it.hasNext();)
        ran << it.next().captured(0);
    return ran;
}

/** The lines where two snapshots differ, for a failure message. */
QString difference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    QStringList out;
    for (qsizetype i = 0; i < qMax(a.size(), e.size()) && out.size() < 12; ++i)
        if (a.value(i) != e.value(i))
            out << QStringLiteral("line %1: got '%2', expected '%3'").arg(i + 1).arg(a.value(i), e.value(i));
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_TwoNode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothNodesInOneCommand_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<bool>("dfs");
        QTest::newRow("hot-standby-cascading DFS") << QStringLiteral("hot-standby-cascading") << true;
        QTest::newRow("hot-standby-rotating DCE only") << QStringLiteral("hot-standby-rotating") << false;
        QTest::newRow("one-sided-takeover-cascading DFS")
            << QStringLiteral("one-sided-takeover-cascading") << true;
        QTest::newRow("mutual-takeover-cascading DFS") << QStringLiteral("mutual-takeover-cascading") << true;
    }

    void bothNodesInOneCommand()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        // The reference: the five separate runs of the README, each node's waits confirmed by hand.
        QString separate;
        {
            TwoNodes c(configuration, dfs);
            const QString record = c.dir.path() + QStringLiteral("/owner-record.yaml");
            WizardResult r = wizard::run(wizard::headless(c.n1, c.shared, c.ownerAnswers)
                                             << QStringLiteral("--record") << record,
                                         kPassword);
            QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
            r = wizard::run(wizard::headless(c.n2, c.shared, c.standbyAnswers)
                                << QStringLiteral("--from-owner-record") << record,
                            kPassword);
            QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
            r = wizard::run(wizard::headless(c.n1, c.shared, c.ownerAnswers)
                                << QStringLiteral("--confirm") << QStringLiteral("standby-integrated"),
                            kPassword);
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            r = wizard::run(wizard::headless(c.n2, c.shared, c.standbyAnswers)
                                << QStringLiteral("--confirm") << QStringLiteral("owner-cluster-started"),
                            kPassword);
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            separate = c.snapshots();
        }

        TwoNodes c(configuration, dfs);
        const QString ownerRecord = c.dir.path() + QStringLiteral("/owner-record.yaml");
        const QString standbyRecord = c.dir.path() + QStringLiteral("/standby-record.yaml");
        WizardResult r = wizard::run(c.twoNode() << QStringLiteral("--record") << ownerRecord
                                                 << QStringLiteral("--standby-record") << standbyRecord,
                                     kPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(c.snapshots() == separate, qPrintable(difference(c.snapshots(), separate)));
        // The parts in the guide's order, each named.
        const qsizetype owner1 = r.out.indexOf(QStringLiteral("(part 1: up to its wait for the standby)"));
        const qsizetype standby1 = r.out.indexOf(QStringLiteral("(part 1: its integration)"));
        const qsizetype owner2 = r.out.indexOf(QStringLiteral("owner node node1"), standby1);
        QVERIFY2(owner1 >= 0 && standby1 > owner1 && owner2 > standby1, qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Complete: both nodes are integrated")));
        QVERIFY2(!r.out.contains(QStringLiteral("--confirm")), qPrintable(r.out));
        // The waits were resolved by what the other node showed, and the records say so.
        const dceha::RunRecord standby = c.checkpoint(c.n2);
        const dceha::StepRecord* started = standby.step(QStringLiteral("owner-cluster-started"));
        QVERIFY(started);
        QCOMPARE(started->status, dceha::StepRecord::Status::Done);
        QCOMPARE(started->message, QStringLiteral("checked on node1"));
        bool askedOwner = false;
        for (const auto& a : started->actions)
            askedOwner |= a.node == QLatin1String("node1") &&
                          a.argv.join(QLatin1Char(' ')) == QLatin1String("lssrc -s clstrmgr");
        QVERIFY(askedOwner);
        const dceha::RunRecord owner = c.checkpoint(c.n1);
        QCOMPARE(owner.step(QStringLiteral("standby-integrated"))->message,
                 QStringLiteral("the record of node2 shows every step before owner-cluster-started done"));
        QVERIFY(QFileInfo(ownerRecord).size() > 1000 && QFileInfo(standbyRecord).size() > 1000);

        // The same command again: every step found done or re-verified on both nodes, nothing run.
        const QString before = wizard::tree(c.n1) + wizard::tree(c.n2);
        r = wizard::run(c.twoNode(), kPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(stepsThatRan(r.out).isEmpty(), qPrintable(stepsThatRan(r.out).join(QLatin1Char('\n'))));
        QCOMPARE(wizard::tree(c.n1) + wizard::tree(c.n2), before);
    }

    /** A standby whose answers disagree with the owner's is refused before the owner's first step. */
    void aStandbyThatDoesNotFitIsRefusedFirst()
    {
        TwoNodes c(QStringLiteral("hot-standby-cascading"));
        QByteArray other =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby"));
        other.replace("ha.example.com", "other.example.com");
        wizard::writeFile(c.standbyAnswers, other);
        const QString before = c.snapshots();
        const WizardResult r = wizard::run(c.twoNode(), kPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("the standby node: the standby must agree with the owner node")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cell_name")), qPrintable(r.err));
        QCOMPARE(c.snapshots(), before);
        QVERIFY(!QFile::exists(c.n1 + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")));
    }

    /** A step that fails on either node ends the session there; the other node's cluster never starts
     * early; the same command then completes both, nothing done twice. */
    void aFailureStopsTheSessionAndTheSameCommandResumes_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("failedLine");
        // The standby's import of the shared VG; the owner's cluster start (its second rc.cluster).
        QTest::newRow("standby importvg")
            << QStringLiteral("importvg")
            << QStringLiteral("standby [ 3/19] Import the shared volume group dcevg … failed");
        QTest::newRow("owner cluster start")
            << QStringLiteral("rc.cluster:2")
            << QStringLiteral("owner [34/34] Start the cluster manager on this node … failed");
    }
    void aFailureStopsTheSessionAndTheSameCommandResumes()
    {
        QFETCH(QString, fault);
        QFETCH(QString, failedLine);
        TwoNodes c(QStringLiteral("hot-standby-cascading"));
        WizardResult r =
            wizard::run(c.twoNode(), kPassword + QStringList{QStringLiteral("AIXSIM_FAIL=") + fault});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(failedLine), qPrintable(r.out));
        // The standby's cluster manager was not started before the owner's.
        QVERIFY(!SimNode(c.n2, c.shared)
                     .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                     .contains(QStringLiteral("active")));
        const QStringList ranFirst = stepsThatRan(r.out);
        r = wizard::run(c.twoNode(), kPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Nothing that ran the first time ran again.
        for (const QString& line : stepsThatRan(r.out)) {
            const QString step = line.section(QStringLiteral(" … "), 0, 0);
            for (const QString& earlier : ranFirst)
                QVERIFY2(!earlier.startsWith(step + QStringLiteral(" … ")), qPrintable(step));
        }
        QVERIFY(SimNode(c.n2, c.shared)
                    .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral("active")));
    }

    /** --dry-run shows both nodes' plans and changes neither. */
    void theDryRunShowsBothNodes()
    {
        TwoNodes c(QStringLiteral("hot-standby-cascading"));
        const QString before = wizard::tree(c.n1) + wizard::tree(c.n2);
        const WizardResult r = wizard::run(c.twoNode() << QStringLiteral("--dry-run"), kPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("== owner node node1")));
        QVERIFY(r.out.contains(QStringLiteral("== standby node node2")));
        QVERIFY(r.out.contains(QStringLiteral("mkvg")) && r.out.contains(QStringLiteral("importvg")));
        QCOMPARE(wizard::tree(c.n1) + wizard::tree(c.n2), before);
    }

    /** Usage errors name the option and change nothing. */
    void usageErrorsNameTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no standby answers")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--two-node"),
                           QStringLiteral("--simulate"), QStringLiteral("--answers"),
                           QStringLiteral("o.yaml"),     QStringLiteral("--peer-root"),
                           QStringLiteral("/tmp/x")}
            << QStringLiteral("--two-node needs --answers FILE (the owner's) and --standby-answers FILE");
        QTest::newRow("no standby node")
            << QStringList{QStringLiteral("--headless"),        QStringLiteral("--two-node"),
                           QStringLiteral("--answers"),         QStringLiteral("o.yaml"),
                           QStringLiteral("--standby-answers"), QStringLiteral("s.yaml")}
            << QStringLiteral("--two-node needs the standby node");
        QTest::newRow("simulated standby without --simulate")
            << QStringList{QStringLiteral("--headless"),        QStringLiteral("--two-node"),
                           QStringLiteral("--answers"),         QStringLiteral("o.yaml"),
                           QStringLiteral("--standby-answers"), QStringLiteral("s.yaml"),
                           QStringLiteral("--peer-root"),       QStringLiteral("/tmp/x")}
            << QStringLiteral("--peer-root names a simulated node");
        QTest::newRow("standby answers without --two-node")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--answers"),
                           QStringLiteral("o.yaml"), QStringLiteral("--standby-answers"),
                           QStringLiteral("s.yaml")}
            << QStringLiteral("are for --two-node");
        QTest::newRow("with the drill")
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--two-node"),
                           QStringLiteral("--drill"),    QStringLiteral("--answers"),
                           QStringLiteral("o.yaml"),     QStringLiteral("--standby-answers"),
                           QStringLiteral("s.yaml"),     QStringLiteral("--peer"),
                           QStringLiteral("ssh://n2")}
            << QStringLiteral("it takes no --drill");
    }
    void usageErrorsNameTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const WizardResult r = wizard::run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_TwoNode)
#include "tst_twonode.moc"
