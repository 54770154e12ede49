// Checkpoint and resume: one instance per state directory (exit 4), different answers refused with the
// changed fields (exit 2) unless --restart, drift reported rather than redone, operator steps (exit 3 and
// --confirm), the record's fields, the log file, and the password nowhere.
#include "Wizard.h"
#include "procedure/Checkpoint.h"
#include "procedure/Record.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

class tst_Resume : public QObject
{
    Q_OBJECT

    struct Node
    {
        std::unique_ptr<QTemporaryDir> dir;
        QString root, shared, answers;
        QStringList args() const
        {
            return {QStringLiteral("--headless"),    QStringLiteral("--simulate"),
                    QStringLiteral("--root"),        root,
                    QStringLiteral("--shared-dasd"), shared,
                    QStringLiteral("--answers"),     answers};
        }
        QString stateDir() const { return root + QStringLiteral("/var/adm/dce-ha-wizard"); }
    };

    static Node owner(bool dfs = false)
    {
        Node n{std::make_unique<QTemporaryDir>(), {}, {}, {}};
        n.root = n.dir->path() + QStringLiteral("/node1");
        n.shared = n.dir->path() + QStringLiteral("/shared");
        n.answers = wizard::writeFile(
            n.dir->path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"), dfs));
        SimNode(n.root, n.shared).ok(QStringLiteral("hostname"));
        return n;
    }

    const QStringList pw{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Very$ecret1")};

private Q_SLOTS:
    void lockedStateDirectory()
    {
        const Node n = owner();
        QDir().mkpath(n.stateDir());
        const int fd = ::open(QFile::encodeName(n.stateDir() + QStringLiteral("/lock")).constData(),
                              O_RDWR | O_CREAT, 0600);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const WizardResult r = wizard::run(n.args(), pw);
        ::close(fd);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("another dce-ha-wizard is running")));
        QCOMPARE(SimNode(n.root, n.shared).ok(QStringLiteral("lsvg")), QStringLiteral("rootvg\n"));
    }

    /** A change of answers after a run went far: only the steps whose inputs changed run again (--revise),
     * the refusal without it names them, and the dry run shows the same list; the restart and DCE's
     * configuration are not done again for a changed application command. */
    void aChangeRerunsOnlyTheStepsItAffects()
    {
        const Node n = owner(true);
        WizardResult r = wizard::run(n.args(), pw);
        QCOMPARE(r.exitCode, 3); // done up to the wait for the standby, the reboot included
        const QString calls = n.root + QStringLiteral("/.aixsim/calls.log");
        const auto count = [&](const char* command) {
            return int(wizard::readFile(calls).count(QStringLiteral("\t") + QLatin1String(command) +
                                                     QStringLiteral("\t")));
        };
        QCOMPARE(count("shutdown"), 1);
        QCOMPARE(count("mkdce"), 1);
        const QString changed = wizard::writeFile(
            n.dir->path() + QStringLiteral("/changed.yaml"),
            wizard::readFile(n.answers)
                .replace(QStringLiteral("start: [/usr/local/bin/dceapp, start, ledger]"),
                         QStringLiteral("start: [/usr/local/bin/dceapp, start, ledger, --fast]"))
                .toUtf8());
        QVERIFY(wizard::readFile(changed) != wizard::readFile(n.answers));
        QStringList args = n.args();
        args[args.indexOf(n.answers)] = changed;

        // A dry run without --revise says the run would refuse these answers.
        r = wizard::run(args + QStringList{QStringLiteral("--dry-run")}, pw);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("A run is in progress on this node with other answers")),
                 qPrintable(r.out.left(1500)));
        // Without --revise: refused, naming the one step the change affects.
        r = wizard::run(args, pw);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("runs again only the steps whose inputs changed (scripts)")),
                 qPrintable(r.err));
        // The dry run of the revision: the scripts to write, every other step as the run in progress left it.
        r = wizard::run(args + QStringList{QStringLiteral("--revise"), QStringLiteral("--dry-run")}, pw);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("the steps whose inputs changed run again (scripts)")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("$ shutdown -Fr")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("$ RPC_UNSUPPORTED_NETADDRS=")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("write the script")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("INTERRUPTS")), qPrintable(r.out));
        // The revision: the scripts again with the new command; no restart, no second mkdce.
        r = wizard::run(args + QStringList{QStringLiteral("--revise")}, pw);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(count("shutdown"), 1);
        QCOMPARE(count("mkdce"), 1);
        QCOMPARE(count("mkvg"), 1);
        QVERIFY(wizard::readFile(n.root + QStringLiteral("/usr/local/hacmp/dce/start_dfs"))
                    .contains(QStringLiteral("'ledger' '--fast'")));
        // And from now on these answers are the run's own: a plain resume.
        r = wizard::run(args, pw);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(count("shutdown"), 1);
    }

    void changedAnswersAreRefusedUnlessRestart()
    {
        const Node n = owner();
        // Stop early: no password, so the DCE configuration step fails and the run is left in progress.
        WizardResult r = wizard::run(n.args());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("the cell_admin password is needed")));
        // Said at the start, not only at the step: no terminal to ask on, no DCE_CELL_ADMIN_PASSWORD.
        QVERIFY2(
            r.out.contains(QStringLiteral("Note: the step configure-dce needs the cell_admin password and "
                                          "there is no terminal to ask on")),
            qPrintable(r.out.left(2000)));
        const QString changed =
            wizard::writeFile(n.dir->path() + QStringLiteral("/changed.yaml"),
                              wizard::readFile(n.answers)
                                  .replace(QStringLiteral("cell_name: ha.example.com"),
                                           QStringLiteral("cell_name: other.example.com"))
                                  .replace(QStringLiteral("size_mb: 64"), QStringLiteral("size_mb: 96"))
                                  .toUtf8());
        QStringList args = n.args();
        args[args.indexOf(n.answers)] = changed;
        r = wizard::run(args, pw);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Changed: cell_name, shared_vg.filesystems")),
                 qPrintable(r.err));

        // --restart: the old checkpoint is kept aside; the probes find the work already there.
        r = wizard::run(QStringList(args) << QStringLiteral("--restart"), pw);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("previous checkpoint is kept as")));
        QVERIFY(r.out.contains(QStringLiteral("Create the shared volume group dcevg … already done")));
        QVERIFY(!QDir(n.stateDir()).entryList({QStringLiteral("checkpoint.yaml.*")}, QDir::Files).isEmpty());
    }

    void resumeDoesNothingTwice()
    {
        const Node n = owner();
        WizardResult r = wizard::run(n.args());
        QCOMPARE(r.exitCode, 1); // stops at the DCE configuration: no password
        const QString calls = n.root + QStringLiteral("/.aixsim/calls.log");
        const int before = int(wizard::readFile(calls).count(QLatin1Char('\n')));
        r = wizard::run(n.args(), pw);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        // The resumed run repeated no command that changes the node: none of the earlier steps ran again.
        const QStringList later =
            wizard::readFile(calls).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(before);
        for (const auto& line : later)
            for (const char* mutating : {"\tmkvg\t", "\tmklv\t", "\tcrfs\t", "\tlogform\t", "\tinstallp\t"})
                QVERIFY2(!line.contains(QLatin1String(mutating)), qPrintable(line));
        QVERIFY(r.out.contains(
            QStringLiteral("Configure DCE (sec_srv, cds_srv, all_cl) in cell ha.example.com … done")));
    }

    /** Running a finished run again (the owner as it waits for the standby) is nothing but probes: at most
     * one question to the node per done step (one lsvg -l answers for every logical volume of a VG, one
     * lsfs -c for every filesystem, the pre-flight's answers serve the first steps), and none changes it. */
    void aFinishedRunAsksAtMostOneQueryPerStep()
    {
        const Node n = owner(true);
        QCOMPARE(wizard::run(n.args(), pw).exitCode, 3);
        const QString calls = n.root + QStringLiteral("/.aixsim/calls.log");
        const qsizetype before = wizard::readFile(calls).count(QLatin1Char('\n'));
        const WizardResult r = wizard::run(n.args(), pw);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        const QStringList asked =
            wizard::readFile(calls).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(before);
        dceha::RunRecord record;
        QString error;
        QVERIFY2(dceha::Checkpoint(n.stateDir()).load(&record, &error), qPrintable(error));
        int done = 0;
        for (const auto& s : record.steps)
            done += s.status == dceha::StepRecord::Status::Done ? 1 : 0;
        QVERIFY(done > 20);
        QVERIFY2(asked.size() <= done, qPrintable(QStringLiteral("%1 queries for %2 done steps:\n%3")
                                                      .arg(asked.size())
                                                      .arg(done)
                                                      .arg(asked.join(QLatin1Char('\n')))));
        for (const auto& line : asked)
            for (const char* mutating : {"\tmkvg\t", "\tmklv\t", "\tcrfs\t", "\tmount\t/", "\tinstallp\t"})
                QVERIFY2(!line.contains(QLatin1String(mutating)), qPrintable(line));
    }

    void driftIsReported()
    {
        const Node n = owner();
        QCOMPARE(wizard::run(n.args(), pw).exitCode, 3);
        // Someone removes the variable by hand.
        const QString env = n.root + QStringLiteral("/etc/environment");
        wizard::writeFile(
            env, wizard::readFile(env)
                     .remove(QRegularExpression(QStringLiteral("RPC_UNSUPPORTED_NETADDRS=[^\\n]*\\n")))
                     .toUtf8());
        const WizardResult r = wizard::run(n.args(), pw);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("drift: this step was done")));
        QVERIFY(!wizard::readFile(env).contains(QStringLiteral("RPC_UNSUPPORTED_NETADDRS")));
    }

    void operatorStepWaitsUntilConfirmed()
    {
        const Node n = owner();
        const QString record = n.dir->path() + QStringLiteral("/record.yaml");
        WizardResult r = wizard::run(QStringList(n.args()) << QStringLiteral("--record") << record, pw);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains(QStringLiteral("--confirm standby-integrated")));
        QVERIFY(!SimNode(n.root, n.shared)
                     .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                     .contains(QStringLiteral(" active")));
        // Waiting again without confirmation changes nothing.
        QCOMPARE(wizard::run(n.args(), pw).exitCode, 3);

        dceha::RunRecord rec;
        QString error;
        QVERIFY2(dceha::RunRecord::fromYaml(wizard::readFile(record).toUtf8(), &rec, &error),
                 qPrintable(error));
        QCOMPARE(rec.result, QStringLiteral("waiting"));
        QCOMPARE(rec.role, QStringLiteral("owner"));
        QCOMPARE(rec.hostname, QStringLiteral("node1"));
        QCOMPARE(rec.configuration, QStringLiteral("hot-standby-cascading"));
        QCOMPARE(rec.step(QStringLiteral("standby-integrated"))->status, dceha::StepRecord::Status::Waiting);
        QCOMPARE(rec.step(QStringLiteral("release-by-reboot"))->status, dceha::StepRecord::Status::Skipped);
        QVERIFY(!rec.step(QStringLiteral("release-by-reboot"))->reason.isEmpty());
        const auto& mkvg = rec.step(QStringLiteral("shared-vg"))->actions.first();
        QCOMPARE(mkvg.argv, (QStringList{"mkvg", "-n", "-s", "4", "-V", "50", "-y", "dcevg", "hdisk2"}));
        QCOMPARE(mkvg.exitCode, 0);
        const auto& envEdit = rec.step(QStringLiteral("rpc-unsupported-netaddrs"))->actions.first();
        QCOMPARE(envEdit.type, dceha::ActionRecord::Type::File);
        QCOMPARE(envEdit.path, QStringLiteral("/etc/environment"));
        QCOMPARE(envEdit.diff, QStringLiteral("+RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66"));
        QVERIFY(envEdit.sha256Before != envEdit.sha256After);
        QCOMPARE(rec.step(QStringLiteral("configure-dce"))->actions.first().stdinNote,
                 QStringLiteral("(secret: not recorded)"));

        // The standby node is up (synchronising the cluster resources reaches it).
        SimNode(n.dir->path() + QStringLiteral("/node2"), n.shared, QStringLiteral("node2"))
            .ok(QStringLiteral("hostname"));
        r = wizard::run(
            QStringList(n.args()) << QStringLiteral("--confirm") << QStringLiteral("standby-integrated"), pw);
        QVERIFY2(r.exitCode == 0, qPrintable((r.out + r.err).right(1200)));
        QVERIFY(SimNode(n.root, n.shared)
                    .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral(" active")));
        // The log file is there, and like every other file, holds no password.
        QVERIFY(wizard::readFile(n.stateDir() + QStringLiteral("/dce-ha-wizard.log"))
                    .contains(QStringLiteral("step shared-vg")));
        const QStringList holding = wizard::filesHolding(n.dir->path(), "Very$ecret1");
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }

    /** The owner's cluster start whose node_up event failed (its start script cannot run) is not "already
     * done" on the next run because the cluster manager is active: HACMP left the resources half acquired. */
    void aFailedClusterStartIsNotTakenForDone()
    {
        const Node n = owner();
        QCOMPARE(wizard::run(n.args(), pw).exitCode, 3);
        SimNode(n.dir->path() + QStringLiteral("/node2"), n.shared, QStringLiteral("node2"))
            .ok(QStringLiteral("hostname"));
        QVERIFY(QFile::setPermissions(n.root + QStringLiteral("/usr/local/hacmp/dce/start_dce"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QStringList confirmed = QStringList(n.args())
                                      << QStringLiteral("--confirm") << QStringLiteral("standby-integrated");
        WizardResult r = wizard::run(confirmed, pw);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("EVENT FAILED")), qPrintable(r.out.right(2000)));
        QVERIFY(SimNode(n.root, n.shared)
                    .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral(" active")));
        r = wizard::run(confirmed, pw);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains(QStringLiteral("Start the cluster manager on this node … already done")),
                 qPrintable(r.out.right(2000)));
    }

    void standbyRefusesSharedStepsUntilOwnerReleased()
    {
        const Node n = owner();
        const QString standbyRoot = n.dir->path() + QStringLiteral("/node2");
        SimNode(standbyRoot, n.shared).ok(QStringLiteral("hostname"));
        const QString answers =
            wizard::writeFile(n.dir->path() + QStringLiteral("/standby.yaml"),
                              wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"),
                                                     QStringLiteral("standby"), false));
        const QStringList args{QStringLiteral("--headless"),    QStringLiteral("--simulate"),
                               QStringLiteral("--root"),        standbyRoot,
                               QStringLiteral("--shared-dasd"), n.shared,
                               QStringLiteral("--answers"),     answers};
        const WizardResult r = wizard::run(args, pw);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(
            r.out.contains(QStringLiteral("Check that the owner node released the shared DASD … waiting")));
        QCOMPARE(SimNode(standbyRoot, n.shared).ok(QStringLiteral("lsvg")), QStringLiteral("rootvg\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Resume)
#include "tst_resume.moc"
