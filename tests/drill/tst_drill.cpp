// The failover drill, end to end with the real binaries: both simulated nodes integrated through the wizard,
// then `--drill --peer-root` runs chapter 2's failover and reintegration actions and checks each stage; the
// record says `procedure: drill` and keeps the evidence. A sabotaged standby makes the drill fail with what
// was expected and what was found.
#include "SimNode.h"
#include "Wizard.h"
#include "procedure/DrillTimeline.h"
#include "procedure/Record.h"

#include <QProcess>
#include <QtTest>

class tst_Drill : public QObject
{
    Q_OBJECT

    struct Cluster
    {
        std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        QString shared, n1, n2, ownerAnswers;
        QStringList drillArgs() const
        {
            return wizard::headless(n1, shared, ownerAnswers)
                   << QStringLiteral("--drill") << QStringLiteral("--peer-root") << n2;
        }
    };

    const QStringList password{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=dr1ll$ecret")};

    /** Both nodes integrated through the wizard, the way the README's rehearsal does it. */
    Cluster integrated(const QString& configuration, bool dfs)
    {
        Cluster c;
        const QString d = c.dir->path();
        c.shared = d + QStringLiteral("/shared");
        c.n1 = d + QStringLiteral("/node1");
        c.n2 = d + QStringLiteral("/node2");
        SimNode(c.n1, c.shared, QString(), configuration).ok(QStringLiteral("hostname"));
        SimNode(c.n2, c.shared, QString(), configuration).ok(QStringLiteral("hostname"));
        c.ownerAnswers =
            wizard::writeFile(d + QStringLiteral("/owner.yaml"),
                              wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs));
        const QString standbyAnswers =
            wizard::writeFile(d + QStringLiteral("/standby.yaml"),
                              wizard::exampleAnswers(configuration, QStringLiteral("standby"), dfs));
        const QString record = d + QStringLiteral("/owner-record.yaml");
        const QStringList standby = wizard::headless(c.n2, c.shared, standbyAnswers)
                                    << QStringLiteral("--from-owner-record") << record;
        const QStringList owner = wizard::headless(c.n1, c.shared, c.ownerAnswers);
        const int codes[] = {
            wizard::run(QStringList(owner) << QStringLiteral("--record") << record, password).exitCode,
            wizard::run(standby, password).exitCode,
            wizard::run(QStringList(owner)
                            << QStringLiteral("--confirm") << QStringLiteral("standby-integrated"),
                        password)
                .exitCode,
            wizard::run(QStringList(standby)
                            << QStringLiteral("--confirm") << QStringLiteral("owner-cluster-started"),
                        password)
                .exitCode};
        if (codes[0] != 3 || codes[1] != 3 || codes[2] != 0 || codes[3] != 0)
            qWarning("integration exit codes %d %d %d %d", codes[0], codes[1], codes[2], codes[3]);
        return c;
    }

    /** The drill's timeline as one line per stage: "STAGE: RESOURCE=HOLDERS …" (holders joined by +, - for
     * none; addresses and applications by name, the others by kind). */
    static QStringList timelineLines(const dceha::RunRecord& record)
    {
        using Kind = dceha::DrillTimeline::Resource::Kind;
        QStringList out;
        for (const auto& stage : dceha::DrillTimeline::fromRecord(record).stages) {
            QStringList items;
            for (const auto& r : stage.resources) {
                const QStringList holders = stage.holdersOf(r);
                items << (r.kind == Kind::Address || r.kind == Kind::Application
                              ? r.name
                              : dceha::DrillTimeline::Resource::kindName(r.kind)) +
                             QLatin1Char('=') +
                             (holders.isEmpty() ? QStringLiteral("-") : holders.join(QLatin1Char('+')));
            }
            out << stage.label + QStringLiteral(": ") + items.join(QLatin1Char(' '));
        }
        return out;
    }

    /** Where chapter 2 says the resources must be at each stage of the drill, per configuration. */
    static QStringList expectedTimeline(const QString& configuration, bool dfs)
    {
        const auto all = [dfs](const QString& node) {
            return QStringLiteral("9.3.240.2=%1 vg=%1 dce=%1 %2ledger=%1")
                .arg(node, dfs ? QStringLiteral("dfs=%1 ").arg(node) : QString());
        };
        if (configuration == QLatin1String("mutual-takeover-cascading")) {
            // DCE and DFS clients run on both nodes; only the addresses and the applications move.
            const auto mutual = [dfs](const QString& a2, const QString& a4, const QString& clients) {
                return QStringLiteral("9.3.240.2=%1 9.3.240.4=%2 dce=%3 %4ledger=%1 payroll=%2")
                    .arg(a2, a4, clients, dfs ? QStringLiteral("dfs=%1 ").arg(clients) : QString());
            };
            const QString home =
                mutual(QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node1+node2"));
            return {QStringLiteral("before the drill: ") + home,
                    QStringLiteral("after the takeover: ") + mutual(QStringLiteral("node2"),
                                                                    QStringLiteral("node2"),
                                                                    QStringLiteral("node1+node2")),
                    QStringLiteral("after this node's return: ") + home,
                    QStringLiteral("after the other node rejoined: ") + home,
                    // The restarted node runs nothing yet (DCE is started again after this stage).
                    QStringLiteral("after the other node's failure: ") +
                        mutual(QStringLiteral("node1"), QStringLiteral("node1"), QStringLiteral("node1")),
                    QStringLiteral("after the failed node rejoined: ") + home};
        }
        const QString n1 = all(QStringLiteral("node1")), n2 = all(QStringLiteral("node2"));
        QStringList out{QStringLiteral("before the drill: ") + n1,
                        QStringLiteral("after the takeover: ") + n2};
        if (configuration == QLatin1String("hot-standby-rotating"))
            // No reintegration: the returning node becomes the standby; the drill moves the resources back.
            out << QStringLiteral("after this node's return: ") + n2
                << QStringLiteral("after moving them back: ") + n1;
        else
            out << QStringLiteral("after this node's return: ") + n1;
        out << QStringLiteral("after the other node rejoined: ") + n1;
        if (configuration == QLatin1String("one-sided-takeover-cascading"))
            out << QStringLiteral("after the other node's failure: ") + n1
                << QStringLiteral("after the failed node rejoined: ") + n1;
        return out;
    }

private Q_SLOTS:
    void drillPasses_data() { wizard::addConfigurationRows(QStringLiteral("DCE")); }

    void drillPasses()
    {
        QFETCH(QString, configuration);
        QFETCH(bool, dfs);
        const Cluster c = integrated(configuration, dfs);
        const QString record = c.dir->path() + QStringLiteral("/drill.yaml");
        const WizardResult r = wizard::run(
            QStringList(c.drillArgs()) << QStringLiteral("--record") << record << QStringLiteral("--export")
                                       << QStringLiteral("markdown:") + record + QStringLiteral(".md"),
            password);
        QVERIFY2(r.exitCode == 0, qPrintable((r.out + r.err).right(3000)));
        QVERIFY(r.out.contains(QStringLiteral("the failover drill passed")));
        dceha::RunRecord rec;
        QString error;
        QVERIFY2(dceha::RunRecord::fromYaml(wizard::readFile(record).toUtf8(), &rec, &error),
                 qPrintable(error));
        QCOMPARE(rec.procedure, QStringLiteral("drill"));
        // Where the resources were at each stage, both nodes asked (the Failover test page's timeline).
        QCOMPARE(timelineLines(rec), expectedTimeline(configuration, dfs));
        const QString md = wizard::readFile(record + QStringLiteral(".md"));
        QVERIFY(md.startsWith(QStringLiteral("# Failover drill of the HACMP cluster")));
        QVERIFY(md.contains(QStringLiteral("node2$ ifconfig -a")));
        // The timeline in the exported record and in what the run printed.
        QVERIFY(md.contains(QStringLiteral("## Where the resources were\n\n| | before the drill | after the "
                                           "takeover |")));
        QVERIFY2(md.contains(QStringLiteral("| Application ledger | node1 | node2 |")),
                 qPrintable(md.left(2000)));
        QVERIFY(r.out.contains(QStringLiteral("Where the resources were after each stage:\n")));
        // The standby's part ran there, and the evidence of its checks names it.
        const bool mutual = configuration == QLatin1String("mutual-takeover-cascading");
        const dceha::StepRecord* took =
            rec.step(mutual ? QStringLiteral("takeover-mutual") : QStringLiteral("takeover-standby"));
        QVERIFY(took && took->status == dceha::StepRecord::Status::Done);
        bool fromStandby = false;
        for (const auto& a : took->actions)
            fromStandby = fromStandby ||
                          (a.type == dceha::ActionRecord::Type::Command && a.query &&
                           a.node == QLatin1String("node2") && a.argv.value(0) == QLatin1String("ifconfig"));
        QVERIFY(fromStandby);
        // The demo application (the example answers' ledger) ran where HACMP put it, on the addresses
        // RPC_UNSUPPORTED_NETADDRS left it: the owner's service address, on whichever node held it.
        const QString ownerApp = wizard::readFile(c.n1 + QStringLiteral("/var/adm/dceapp.log"));
        const QString standbyApp = wizard::readFile(c.n2 + QStringLiteral("/var/adm/dceapp.log"));
        // (With rotating resources it runs under the rotating host name, as DCE does.)
        const auto servedOn = [](const QString& node) {
            return QRegularExpression(
                QStringLiteral("ledger: started on (%1|dcesvc), serving ([0-9.]+ )*9\\.3\\.240\\.2[\\n ]")
                    .arg(node));
        };
        QVERIFY2(servedOn(QStringLiteral("node1")).match(ownerApp).hasMatch(), qPrintable(ownerApp));
        QVERIFY2(servedOn(QStringLiteral("node2")).match(standbyApp).hasMatch(), qPrintable(standbyApp));
        if (mutual)
            QVERIFY2(standbyApp.contains(QStringLiteral("ledger: started on node2, serving 9.3.240.2\n")),
                     qPrintable(standbyApp));
        if (mutual) {
            // Each node keeps its own application on its own address; the one taken over kept the failed
            // node's address and went back.
            QVERIFY2(standbyApp.contains(QStringLiteral("payroll: started on node2, serving 9.3.240.4\n")),
                     qPrintable(standbyApp));
            QVERIFY(standbyApp.contains(QStringLiteral("ledger: stopped on node2")));
            // After node2's failure (a restart without clstop) node1 ran node2's payroll on node2's address.
            QVERIFY2(ownerApp.contains(QStringLiteral("payroll: started on node1, serving 9.3.240.4\n")),
                     qPrintable(ownerApp));
            QCOMPARE(SimNode(c.n2, c.shared).ok(QStringLiteral("dceapp"), {"status"}),
                     QStringLiteral("payroll serving 9.3.240.4\n"));
            QCOMPARE(SimNode(c.n1, c.shared).ok(QStringLiteral("dceapp"), {"status"}),
                     QStringLiteral("ledger serving 9.3.240.2\n"));
        }
        // The node-failure stage where the other node holds a resource group of its own.
        if (mutual || configuration == QLatin1String("one-sided-takeover-cascading"))
            for (const char* id : {"failure-peer", "failure-survivor", "failure-rejoin-peer"}) {
                const dceha::StepRecord* step = rec.step(QLatin1String(id));
                QVERIFY2(step && step->status == dceha::StepRecord::Status::Done, id);
            }
        if (dfs && !mutual) {
            const dceha::StepRecord* cache = rec.step(QStringLiteral("takeover-standby-dfs"));
            QVERIFY(cache && cache->status == dceha::StepRecord::Status::Done);
        }
        // Back as it was: the owner serves, the standby's cluster manager runs; a second drill passes too
        // (its own checkpoint, resumable like a run: here complete, so it starts over with --restart).
        QVERIFY(SimNode(c.n2, c.shared)
                    .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral(" active")));
        QVERIFY(QFile::exists(c.n1 + QStringLiteral("/var/adm/dce-ha-wizard/drill-checkpoint.yaml")));
        QVERIFY(wizard::filesHolding(c.dir->path(), "dr1ll$ecret").isEmpty());
    }

    /** The standby's start script cannot run: HACMP's takeover event fails, and the drill says so with the
     * lines of hacmp.out, stopping at that stage (resumable). */
    void aBrokenStandbyFailsTheDrill()
    {
        const Cluster c = integrated(QStringLiteral("hot-standby-cascading"), false);
        QVERIFY(QFile::setPermissions(c.n2 + QStringLiteral("/usr/local/hacmp/dce/start_dce"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const WizardResult r = wizard::run(c.drillArgs(), password);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("EVENT FAILED")), qPrintable(r.out.right(3000)));
    }

    /** The terminal front-end's standby is the one given (--peer-root), never a guessed sibling directory;
     * a standby run that does not reach its wait for the owner is said, with how to go on. */
    void theTerminalFrontEndsStandbyIsGivenNeverGuessed_data()
    {
        QTest::addColumn<bool>("peerGiven");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("said");
        QTest::newRow("no --peer-root")
            << false << QString() << QStringLiteral("[c]onfirm it is done, or [q]uit");
        QTest::newRow("the standby fails")
            << true << QStringLiteral("importvg")
            << QStringLiteral(
                   "The standby's run stopped at the failed step import-shared-vg, not at its wait for "
                   "the owner's cluster manager");
    }
    void theTerminalFrontEndsStandbyIsGivenNeverGuessed()
    {
        QFETCH(bool, peerGiven);
        QFETCH(QString, fault);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("node1")));
        QDir().mkpath(dir.filePath(QStringLiteral("node2"))); // a sibling that must not be taken unasked
        QStringList env{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=dr1ll$ecret")};
        if (!fault.isEmpty())
            env << QStringLiteral("AIXSIM_FAIL=") + fault;
        QStringList args{QStringLiteral("--terminal"),    QStringLiteral("--simulate"),
                         QStringLiteral("--root"),        dir.filePath(QStringLiteral("node1")),
                         QStringLiteral("--shared-dasd"), dir.filePath(QStringLiteral("shared"))};
        if (peerGiven)
            args << QStringLiteral("--peer-root") << dir.filePath(QStringLiteral("node2"));
        // Defaults, run the plan, the default at the owner's wait ([s] with a standby, else [q]), then [q]uit
        // at the standby's failed step.
        const WizardResult r = wizard::runOnTerminal(args, "\n\n\nyes\n\nq\n", env);
        QVERIFY2(r.out.contains(said), qPrintable(r.out.right(3000)));
        QCOMPARE(r.out.contains(QStringLiteral("[s] integrate the demo's standby node")), peerGiven);
        if (!peerGiven)
            QVERIFY(QDir(dir.filePath(QStringLiteral("node2"))).isEmpty());
        QCOMPARE(r.exitCode, peerGiven ? 1 : 3);
    }

    /** The terminal front-end shows what the plan destroys and interrupts, and runs it only when "yes" is
     * typed: "y" (or Enter) leaves the node as it was. */
    void theTerminalFrontEndWantsYesBeforeItDestroysAnything()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("node1")));
        const WizardResult r =
            wizard::runOnTerminal({QStringLiteral("--terminal"), QStringLiteral("--simulate"),
                                   QStringLiteral("--root"), dir.filePath(QStringLiteral("node1")),
                                   QStringLiteral("--shared-dasd"), dir.filePath(QStringLiteral("shared"))},
                                  "\n\n\ny\n", {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=dr1ll$ecret")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("What this run destroys or interrupts:")),
                 qPrintable(r.out.right(3000)));
        QVERIFY(r.out.contains(
            QStringLiteral("becomes the volume group dcevg (mkvg): everything on it is lost")));
        QVERIFY(r.out.contains(
            QStringLiteral("INTERRUPTS [release-by-reboot] The node restarts (shutdown -Fr)")));
        QVERIFY(r.out.contains(QStringLiteral("Type yes to begin")));
        QVERIFY(r.out.contains(QStringLiteral("Nothing was run.")));
        QVERIFY(
            !QFileInfo::exists(dir.filePath(QStringLiteral("node1/var/adm/dce-ha-wizard/checkpoint.yaml"))));
        QCOMPARE(SimNode(dir.filePath(QStringLiteral("node1")), dir.filePath(QStringLiteral("shared")))
                     .ok(QStringLiteral("lsvg")),
                 QStringLiteral("rootvg\n"));
    }

    /** The terminal front-end on the demo cluster, on a pseudo-terminal (util-linux script): the owner, the
     * standby with [s], then the drill it offers; the exit status is the drill's. */
    void theTerminalFrontEndOffersTheDrill()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("node1")));
        // Configuration, DFS and role by default, run the plan (yes), [s] the standby, yes to its cluster
        // stop (the standby's plan was not in the owner's summary), then the drill.
        const WizardResult r = wizard::runOnTerminal(
            {QStringLiteral("--terminal"), QStringLiteral("--simulate"), QStringLiteral("--root"),
             dir.filePath(QStringLiteral("node1")), QStringLiteral("--shared-dasd"),
             dir.filePath(QStringLiteral("shared")), QStringLiteral("--peer-root"),
             dir.filePath(QStringLiteral("node2"))},
            "\n\n\nyes\ns\nyes\ny\n", {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=dr1ll$ecret")});
        const QString out = r.out;
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            out.contains(QStringLiteral("The next step, release-shared-dasd on the standby node, was not in "
                                        "what you confirmed")),
            qPrintable(out.right(3000)));
        QVERIFY2(out.contains(QStringLiteral("Run the failover drill now")), qPrintable(out.right(3000)));
        QVERIFY2(out.contains(QStringLiteral("the failover drill passed")), qPrintable(out.right(3000)));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("node1/var/adm/dce-ha-wizard/drill-record.yaml"))));
    }

    void aWrongOtherNodeRootIsRefused_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("said");
        QTest::newRow("missing") << QStringLiteral("node3") << QStringLiteral("is not a directory");
        QTest::newRow("this node") << QStringLiteral("node1") << QStringLiteral("this node's own root");
        // A copy of this node's root (a rehearsal copied aside) answers as this node.
        QTest::newRow("a copy of this node")
            << QStringLiteral("copy") << QStringLiteral("is this node (node1)");
    }

    /** A mistyped --peer-root is refused before anything runs (exit 2), never made into a new node the drill
     * would then fail on. */
    void aWrongOtherNodeRootIsRefused()
    {
        QFETCH(QString, peer);
        QFETCH(QString, said);
        QTemporaryDir dir;
        const QString n1 = dir.filePath(QStringLiteral("node1"));
        const QString shared = dir.filePath(QStringLiteral("shared"));
        SimNode(n1, shared).ok(QStringLiteral("hostname"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                                  {QStringLiteral("-a"), n1, dir.filePath(QStringLiteral("copy"))}) == 0);
        const QString answers = wizard::writeFile(
            dir.filePath(QStringLiteral("owner.yaml")),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const WizardResult r = wizard::run(wizard::headless(n1, shared, answers)
                                               << QStringLiteral("--drill") << QStringLiteral("--peer-root")
                                               << dir.filePath(peer),
                                           password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), qPrintable(r.err + r.out));
        QVERIFY(!QFile::exists(n1 + QStringLiteral("/var/adm/dce-ha-wizard/drill-checkpoint.yaml")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("node3"))));
    }

    void theDrillNeedsTheOwnersAnswers()
    {
        QTemporaryDir dir;
        const QString answers = wizard::writeFile(
            dir.filePath(QStringLiteral("standby.yaml")),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")));
        const WizardResult r = wizard::run(
            wizard::headless(dir.filePath(QStringLiteral("n2")), dir.filePath(QStringLiteral("sd")), answers)
                << QStringLiteral("--drill"),
            password);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("owner node's answers")), qPrintable(r.err + r.out));
        const WizardResult noDrill = wizard::run(
            wizard::headless(dir.filePath(QStringLiteral("n2")), dir.filePath(QStringLiteral("sd")), answers)
                << QStringLiteral("--peer-root") << dir.path(),
            password);
        QCOMPARE(noDrill.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Drill)
#include "tst_drill.moc"
