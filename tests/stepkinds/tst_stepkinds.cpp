// Step kinds (and the node discovery) against a fake System: no process runs. Each command a kind runs is
// answered from a table (what AIX would print) and kept, so a test sees exactly what ran, with which
// environment and input. The files are real, under a scratch root. Probe first, apply, probe again; applying
// twice changes nothing.
#include "procedure/LvmOutput.h"
#include "procedure/NodeDiscovery.h"
#include "procedure/Record.h"
#include "procedure/StepContext.h"
#include "procedure/StepKind.h"
#include "system/System.h"

#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <yaml-cpp/yaml.h>

using namespace dceha;

namespace {

/** A System whose commands are answered from a table; every command run is kept. */
class FakeSystem : public System
{
public:
    explicit FakeSystem(const QString& root) : System(root) {}

    struct Answer
    {
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
        bool connectionLost = false; ///< as a remote node's ssh reports a dropped connection
    };
    /** Called after each command with its line: a test changes the answers there (a restart's boot time). */
    std::function<void(const QString&)> afterRun;
    /** The answer to a command line (program and arguments joined by spaces); unknown ones fail with 127. */
    QMap<QString, Answer> answers;
    QList<CommandSpec> ran;

    CommandResult run(const CommandSpec& spec) override
    {
        ran << spec;
        const QString line = QStringList(QStringList{spec.name} + spec.args).join(QLatin1Char(' '));
        CommandResult r;
        r.argv = QStringList{spec.name} + spec.args;
        r.program = spec.name;
        r.started = true;
        const auto it = answers.constFind(line);
        if (it == answers.constEnd()) {
            r.exitCode = 127;
            r.stdErr = "fake: not in the table: " + line.toUtf8();
            return r;
        }
        r.exitCode = it->exitCode;
        r.stdOut = it->out;
        r.stdErr = it->err;
        r.connectionLost = it->connectionLost;
        if (afterRun)
            afterRun(line);
        return r;
    }
    bool isSimulated() const override { return false; }

    QStringList lines() const
    {
        QStringList out;
        for (const auto& s : ran)
            out << QStringList(QStringList{s.name} + s.args).join(QLatin1Char(' '));
        return out;
    }
};

/** One step of @p kind with the parameters @p params (YAML flow text), and the context to run it in. */
struct Fixture
{
    QTemporaryDir dir;
    FakeSystem system{dir.path()};
    Answers answers;
    StepDefinition step;
    StepRecord record;
    std::unique_ptr<StepKind> kind;
    std::optional<QByteArray> password;
    bool checkpointSaves = true;
    int checkpoints = 0;
    /** The step's view of the node, as the Runner gives one to every step; none by default. */
    std::unique_ptr<NodeView> view;

    Fixture(const QString& kindName, const char* params)
    {
        step.id = QStringLiteral("the-step");
        step.kind = kindName;
        step.params = YAML::Load(params);
        kind = StepKind::create(kindName);
    }
    StepContext context()
    {
        return StepContext{system,
                           answers,
                           step,
                           record,
                           [this] { return password; },
                           {},
                           {},
                           {},
                           [this] {
                               ++checkpoints;
                               return checkpointSaves;
                           },
                           false,
                           view.get()};
    }
    QString file(const QString& nodePath) const
    {
        QFile f(system.hostPath(nodePath));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    void write(const QString& nodePath, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(system.hostPath(nodePath)).absolutePath());
        QFile f(system.hostPath(nodePath));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
};

} // namespace

class tst_StepKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lvlstmajorIsReadAsAixPrintsIt_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("lowest");
        QTest::addColumn<QList<int>>("free");
        QTest::addColumn<QList<int>>("taken");
        // AIX's own example (lvlstmajor.c): ranges, a single number, the open run. The first item was once
        // read as 2429.
        QTest::newRow("aix") << "24..29,33,35...\n"
                             << 24 << QList<int>{24, 27, 29, 33, 35, 36, 511}
                             << QList<int>{0, 23, 30, 32, 34};
        QTest::newRow("open only") << "45...\n" << 45 << QList<int>{45, 50} << QList<int>{10, 44};
        // From 0: the low numbers AIX's own devices leave free are not offered (the answers ask for 10 up).
        QTest::newRow("from zero") << "0..7,9,11..12,45...\n"
                                   << 11 << QList<int>{0, 9, 11, 12, 45} << QList<int>{8, 10, 13, 44};
        QTest::newRow("below ten only") << "0..9,45..." << 45 << QList<int>{3, 45} << QList<int>{10, 20};
        QTest::newRow("garbage left out") << "x,..,12..3,20" << 20 << QList<int>{20} << QList<int>{12, 3};
        QTest::newRow("empty") << "" << 0 << QList<int>{} << QList<int>{10};
    }

    void lvlstmajorIsReadAsAixPrintsIt()
    {
        QFETCH(QString, output);
        QFETCH(int, lowest);
        QFETCH(QList<int>, free);
        QFETCH(QList<int>, taken);
        QCOMPARE(lvm::lowestFreeMajor(output), lowest);
        for (int major : free)
            QVERIFY2(lvm::majorFree(output, major), qPrintable(QString::number(major)));
        for (int major : taken)
            QVERIFY2(!lvm::majorFree(output, major), qPrintable(QString::number(major)));
    }

    void environmentVariableIsSetOnceAndKeepsTheRest()
    {
        Fixture f(QStringLiteral("environment_variable"),
                  "{name: RPC_UNSUPPORTED_NETADDRS, value: '9.3.240.1'}");
        f.write(QStringLiteral("/etc/environment"), "PATH=/usr/bin\nLANG=C\n");
        StepContext c = f.context();
        QCOMPARE(f.kind->probe(c).state, Probe::State::NotDone);
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        QCOMPARE(f.kind->verify(c).state, Probe::State::Done);
        QVERIFY(f.kind->apply(c).state == Outcome::State::Done);
        const QString text = f.file(QStringLiteral("/etc/environment"));
        QCOMPARE(text.count(QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1")), 1);
        QVERIFY(text.startsWith(QStringLiteral("PATH=/usr/bin\nLANG=C\n")));
        QVERIFY(f.system.ran.isEmpty()); // a file edit, no command
        // The change is in the record, with its diff.
        bool recorded = false;
        for (const auto& a : f.record.actions)
            recorded = recorded ||
                       (a.type == ActionRecord::Type::File && a.path == QLatin1String("/etc/environment"));
        QVERIFY(recorded);
    }

    void symlinkAndDirectoryAreMadeOnce()
    {
        Fixture dir(QStringLiteral("directory"), "{path: /var/dce/adm/dfs/cache}");
        StepContext c = dir.context();
        QCOMPARE(dir.kind->probe(c).state, Probe::State::NotDone);
        QCOMPARE(dir.kind->apply(c).state, Outcome::State::Done);
        QCOMPARE(dir.kind->probe(c).state, Probe::State::Done);
        QVERIFY(dir.system.isDirectory(QStringLiteral("/var/dce/adm/dfs/cache")));

        Fixture link(QStringLiteral("symlink"), "{path: '/...', target: /opt/dcelocal/var/cds}");
        StepContext l = link.context();
        QCOMPARE(link.kind->probe(l).state, Probe::State::NotDone);
        QCOMPARE(link.kind->apply(l).state, Outcome::State::Done);
        QCOMPARE(link.system.linkTarget(QStringLiteral("/...")).value_or(QString()),
                 QStringLiteral("/opt/dcelocal/var/cds"));
        QCOMPARE(link.kind->probe(l).state, Probe::State::Done);
    }

    /** newaggr destroys what the device holds: it runs once per step, even when the step is retried; the
     * aggregate is named in dfstab before dfsexport; a clashing dfstab entry stops the step. */
    void dfsAggregateIsFormattedOnceNamedThenExported()
    {
        Fixture f(QStringLiteral("dfs_aggregate"), "{lv: dfsagg1lv, name: agg1, id: '1'}");
        const QString newaggr =
            QStringLiteral("newaggr -aggregate /dev/dfsagg1lv -blocksize 8192 -fragsize 1024");
        f.system.answers.insert(newaggr, {0, "/dev/dfsagg1lv: Aggregate initialized.\n", {}});
        f.system.answers.insert(QStringLiteral("dfsexport"), {0, {}, {}});
        const QString salvage = QStringLiteral("salvage -aggregate /dev/dfsagg1lv -verifyonly");
        f.system.answers.insert(salvage, {1, {}, "salvage: /dev/dfsagg1lv is not an aggregate"});
        f.system.answers.insert(QStringLiteral("dfsexport -aggregate agg1"),
                                {1, {}, "dfsexport: DFS is not running"});
        QVERIFY(QDir().mkpath(f.system.hostPath(QStringLiteral("/opt/dcelocal/var/dfs")))); // DFS configured
        StepContext c = f.context();
        QCOMPARE(f.kind->probe(c).state, Probe::State::NotDone);
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Failed);
        QCOMPARE(f.file(QStringLiteral("/opt/dcelocal/var/dfs/dfstab")),
                 QStringLiteral("/dev/dfsagg1lv agg1 lfs 1\n"));
        // The device holds an aggregate now: the retry exports only, the plan says so, and newaggr does not
        // run a second time. A run ended right after newaggr (before dfstab) does not format again either.
        f.system.answers.insert(salvage, {0, {}, {}});
        QStringList planned;
        for (const auto& a : f.kind->plan(c))
            planned << a.text();
        QCOMPARE(planned, QStringList{QStringLiteral("$ dfsexport -aggregate agg1")});
        f.system.answers.insert(QStringLiteral("dfsexport -aggregate agg1"), {0, {}, {}});
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        QCOMPARE(f.system.lines().count(newaggr), 1);
        QVERIFY(QFile::remove(f.system.hostPath(QStringLiteral("/opt/dcelocal/var/dfs/dfstab"))));
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        QCOMPARE(f.system.lines().count(newaggr), 1);
        QCOMPARE(f.file(QStringLiteral("/opt/dcelocal/var/dfs/dfstab")),
                 QStringLiteral("/dev/dfsagg1lv agg1 lfs 1\n"));
        f.system.answers.insert(QStringLiteral("dfsexport"), {0, "/dev/dfsagg1lv agg1 lfs 1\n", {}});
        QCOMPARE(f.kind->probe(c).state, Probe::State::Done);
        QVERIFY(!f.kind->persistent()); // DFS stops and /var/dce is released later: no re-check on resume

        Fixture clash(QStringLiteral("dfs_aggregate"), "{lv: dfsagg1lv, name: agg1, id: '1'}");
        clash.write(QStringLiteral("/opt/dcelocal/var/dfs/dfstab"), "# aggregates\n/dev/oldlv agg1 lfs 7\n");
        StepContext cc = clash.context();
        const Probe p = clash.kind->probe(cc);
        QCOMPARE(p.state, Probe::State::Blocked);
        QVERIFY2(p.detail.english().contains(QStringLiteral("/dev/oldlv agg1 lfs 7")),
                 qPrintable(p.detail.english()));
        QVERIFY(clash.system.ran.isEmpty());
    }

    void commandRunsItsPlanWithEnvironmentAndSecretInput()
    {
        Fixture f(QStringLiteral("command"),
                  "{run: [mkdce, -n, cell.example, sec_srv], stdin: cell_admin_password,"
                  " environment: {RPC_UNSUPPORTED_NETADDRS: '9.3.240.1:9.3.240.66'}}");
        f.system.answers.insert(QStringLiteral("mkdce -n cell.example sec_srv"), {0, "configured\n", {}});
        f.password = QByteArray("s3cret;$(x)");
        StepContext c = f.context();
        const QList<PlannedAction> plan = f.kind->plan(c);
        QCOMPARE(plan.size(), 1);
        QVERIFY(plan.first().text().contains(
            QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66 mkdce")));
        QVERIFY(!plan.first().text().contains(QStringLiteral("s3cret")));
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        QCOMPARE(f.system.ran.size(), 1);
        const CommandSpec& ran = f.system.ran.first();
        QCOMPARE(ran.stdinData, QByteArray("s3cret;$(x)\n"));
        QVERIFY(ran.stdinIsSecret);
        QCOMPARE(ran.environment.size(), 1);
        // What ran is what the plan showed: the same argv and environment.
        const ActionRecord& a = f.record.actions.last();
        QVERIFY(plan.first().isCommand(a.argv, a.environment));
        // The secret is not in the record.
        RunRecord whole;
        whole.steps << f.record;
        QVERIFY(!whole.toYaml().contains("s3cret"));
        QVERIFY(!a.stdinNote.contains(QStringLiteral("s3cret")));
    }

    void commandWithoutThePasswordFailsBeforeRunningAnything()
    {
        Fixture f(QStringLiteral("command"), "{run: [mkdce, -n, c, sec_srv], stdin: cell_admin_password}");
        StepContext c = f.context();
        const Outcome o = f.kind->apply(c);
        QCOMPARE(o.state, Outcome::State::Failed);
        QCOMPARE(o.category, FailureCategory::Precondition);
        QVERIFY2(o.message.english().contains(QStringLiteral("DCE_CELL_ADMIN_PASSWORD")),
                 qPrintable(o.message.english()));
        QVERIFY(f.system.ran.isEmpty());
    }

    void aFailedCommandSaysItsOutput()
    {
        Fixture f(QStringLiteral("command"), "{run: [installp, -acgXd, /dev/cd0, dce.client.core.rte]}");
        f.system.answers.insert(QStringLiteral("installp -acgXd /dev/cd0 dce.client.core.rte"),
                                {1, {}, "0503-005 installp: The format of the toc file is invalid.\n"});
        StepContext c = f.context();
        const Outcome o = f.kind->apply(c);
        QCOMPARE(o.state, Outcome::State::Failed);
        QCOMPARE(o.category, FailureCategory::Command);
        QVERIFY2(o.message.english().contains(QStringLiteral("exit 1")) &&
                     o.message.english().contains(QStringLiteral("0503-005")),
                 qPrintable(o.message.english()));
    }

    void rebootIsNotStartedWhenTheCheckpointCannotBeSaved()
    {
        Fixture f(QStringLiteral("reboot"), "{vg: dcevg}");
        f.system.answers.insert(QStringLiteral("who -b"), {0, "   .        system boot  Dec 02 01:00\n", {}});
        f.system.answers.insert(QStringLiteral("shutdown -Fr"), {0, "Rebooting . . .\n", {}});
        f.checkpointSaves = false;
        StepContext c = f.context();
        const Outcome unsaved = f.kind->apply(c);
        QCOMPARE(unsaved.state, Outcome::State::Failed);
        QCOMPARE(unsaved.category, FailureCategory::IO);
        QVERIFY(!f.system.lines().contains(QStringLiteral("shutdown -Fr")));
        QCOMPARE(f.checkpoints, 1);
        // Saved: the reboot starts; the step waits for another boot time (the node back) and is done.
        f.checkpointSaves = true;
        f.system.afterRun = [&f](const QString& line) {
            if (line == QLatin1String("shutdown -Fr"))
                f.system.answers.insert(QStringLiteral("who -b"),
                                        {0, "   .        system boot  Dec 02 01:07\n", {}});
        };
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        QVERIFY(f.system.lines().contains(QStringLiteral("shutdown -Fr")));
        QVERIFY(f.record.actions.last().text.startsWith(QStringLiteral("back after ")));
        f.system.answers.insert(QStringLiteral("lsvg -o"), {0, "rootvg\n", {}});
        QCOMPARE(f.kind->probe(c).state, Probe::State::Done);
    }

    /** From a workstation: shutdown's connection ends before it reports (ssh's 255), which is the restart
     * under way, not a failure; a node that does not come back in restart_timeout_s fails the step, the
     * next run checks it first. */
    void aRestartThatEndsTheConnectionIsWaitedFor_data()
    {
        QTest::addColumn<bool>("comesBack");
        QTest::newRow("back") << true;
        QTest::newRow("not back") << false;
    }
    void aRestartThatEndsTheConnectionIsWaitedFor()
    {
        QFETCH(bool, comesBack);
        Fixture f(QStringLiteral("reboot"), "{vg: dcevg, restart_timeout_s: 0}");
        f.system.answers.insert(QStringLiteral("who -b"), {0, "   .        system boot  Dec 02 01:00\n", {}});
        f.system.answers.insert(QStringLiteral("shutdown -Fr"),
                                {255, {}, "Connection closed by remote host\n", true});
        f.system.afterRun = [&f, comesBack](const QString& line) {
            if (line == QLatin1String("shutdown -Fr"))
                f.system.answers.insert(
                    QStringLiteral("who -b"),
                    comesBack ? FakeSystem::Answer{0, "   .        system boot  Dec 02 01:09\n", {}}
                              : FakeSystem::Answer{255, {}, "Connection refused\n", true});
        };
        StepContext c = f.context();
        const Outcome o = f.kind->apply(c);
        QCOMPARE(o.state, comesBack ? Outcome::State::Done : Outcome::State::Failed);
        if (!comesBack) {
            QCOMPARE(o.category, FailureCategory::Precondition);
            QVERIFY2(o.message.english().contains(QStringLiteral("was not back within 0 s of shutdown -Fr")),
                     qPrintable(o.message.english()));
        }
        bool said = false;
        for (const auto& a : f.record.actions)
            said |= a.text.startsWith(QStringLiteral("the connection to the node ended with the shutdown"));
        QVERIFY(said);
    }

    /** A step asks the node each question once until it changes something; then it asks again. */
    void aStepAsksEachQuestionOnceUntilItChangesTheNode()
    {
        Fixture f(QStringLiteral("logical_volume"), "{vg: dcevg, name: dcevarlv, type: jfs, size_mb: 64}");
        f.view = std::make_unique<NodeView>(f.system);
        const QByteArray header =
            "dcevg:\nLV NAME             TYPE       LPs     PPs     PVs  LV STATE      MOUNT "
            "POINT\ndcelog              jfslog     1       1       1    open/syncd    N/A\n";
        f.system.answers.insert(QStringLiteral("lsvg -l dcevg"), {0, header, {}});
        f.system.answers.insert(QStringLiteral("lslv dcevarlv"),
                                {1, {}, "0516-306 lslv: Unable to find dcevarlv\n"});
        f.system.answers.insert(
            QStringLiteral("lsvg dcevg"),
            {0, "VG STATE:       active                   PP SIZE:        4 megabyte(s)\n", {}});
        f.system.answers.insert(QStringLiteral("mklv -t jfs -y dcevarlv dcevg 16"), {0, "dcevarlv\n", {}});
        StepContext c = f.context();
        QCOMPARE(f.kind->probe(c).state, Probe::State::NotDone);
        // The plan, a second probe and apply's own look at the VG ask nothing new: nothing changed since.
        const QList<PlannedAction> plan = f.kind->plan(c);
        QCOMPARE(f.kind->probe(c).state, Probe::State::NotDone);
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        // The VG's list first; lslv only for the name it does not list (which may be in another VG).
        QCOMPARE(f.system.lines(), (QStringList{QStringLiteral("lsvg -l dcevg"),
                                                QStringLiteral("lslv dcevarlv"), QStringLiteral("lsvg dcevg"),
                                                QStringLiteral("mklv -t jfs -y dcevarlv dcevg 16")}));
        QVERIFY(plan.first().isCommand(f.record.actions.last().argv, {}));
        // mklv changed the node: the verification asks again, and sees the new LV in the VG's list.
        f.system.answers.insert(
            QStringLiteral("lsvg -l dcevg"),
            {0, header + "dcevarlv            jfs        16      16      1    closed/syncd  N/A\n", {}});
        QCOMPARE(f.kind->verify(c).state, Probe::State::Done);
        QCOMPARE(f.system.lines().last(), QStringLiteral("lsvg -l dcevg"));
        // queryNow always asks (a poll), and its answer is the one kept.
        const qsizetype before = f.system.ran.size();
        f.view->queryNow({QStringLiteral("lslv"), QStringLiteral("dcevarlv")});
        f.kind->probe(c);
        QCOMPARE(f.system.ran.size(), before + 1);
    }

    /** A filesystem step never makes a filesystem over another: not over one /etc/filesystems names on the
     * logical volume, not over one only the LV remembers (its stanza gone), and not when lsfs cannot say. */
    void aFilesystemIsNeverMadeOverAnother_data()
    {
        QTest::addColumn<QByteArray>("lsfs");
        QTest::addColumn<int>("lsfsExit");
        QTest::addColumn<QByteArray>("lslvMount");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("said");
        const QByteArray header = "#MountPoint:Device:Vfs:Nodename:Type:Size:Options:AutoMount:Acct\n";
        const QByteArray root = "/:/dev/hd4:jfs:::65536:rw:yes:no\n";
        QTest::newRow("free") << header + root << 0 << QByteArray("N/A") << int(Probe::State::NotDone)
                              << QString();
        QTest::newRow("there") << header + root + "/var/dce:/dev/dcevarlv:jfs:::131072:rw:no:no\n"
                               << 0 << QByteArray("/var/dce") << int(Probe::State::Done)
                               << QStringLiteral("/var/dce exists on /dev/dcevarlv");
        QTest::newRow("the mount point on another LV")
            << header + root + "/var/dce:/dev/otherlv:jfs:::131072:rw:no:no\n"
            << 0 << QByteArray("N/A") << int(Probe::State::Blocked)
            << QStringLiteral("already a filesystem on /dev/otherlv");
        QTest::newRow("the LV under another mount point")
            << header + root + "/old:/dev/dcevarlv:jfs:::131072:rw:no:no\n"
            << 0 << QByteArray("/old") << int(Probe::State::Blocked)
            << QStringLiteral("already holds the filesystem /old");
        QTest::newRow("the LV's filesystem without its stanza")
            << header + root << 0 << QByteArray("/old") << int(Probe::State::Blocked)
            << QStringLiteral("already holds the filesystem /old");
        QTest::newRow("lsfs fails") << QByteArray() << 1 << QByteArray("N/A") << int(Probe::State::Blocked)
                                    << QStringLiteral("lsfs -c could not list the filesystems");
    }
    void aFilesystemIsNeverMadeOverAnother()
    {
        QFETCH(QByteArray, lsfs);
        QFETCH(int, lsfsExit);
        QFETCH(QByteArray, lslvMount);
        QFETCH(int, state);
        QFETCH(QString, said);
        Fixture f(QStringLiteral("filesystem"),
                  "{lv: dcevarlv, mount: /var/dce, log: dcelog, automount: no}");
        f.system.answers.insert(
            QStringLiteral("lsfs -c"),
            {lsfsExit, lsfs, lsfsExit ? QByteArray("lsfs: cannot read /etc/filesystems\n") : QByteArray()});
        f.system.answers.insert(QStringLiteral("lslv dcevarlv"),
                                {0,
                                 "LOGICAL VOLUME:     dcevarlv               VOLUME GROUP:   dcevg\n"
                                 "MOUNT POINT:        " +
                                     lslvMount + "                    LABEL:          None\n",
                                 {}});
        StepContext c = f.context();
        const Probe p = f.kind->probe(c);
        QCOMPARE(int(p.state), state);
        QVERIFY2(p.detail.english().contains(said), qPrintable(p.detail.english()));
    }

    /** The scripts step's directory and modes are in the record (the replay script repeats them from it). */
    void scriptsRecordTheirDirectoryAndMode()
    {
        Fixture f(QStringLiteral("scripts"), "{dir: /usr/local/hacmp/dce}");
        f.system.answers.insert(QStringLiteral("hostname"), {0, "node1\n", {}});
        StepContext c = f.context();
        const Outcome o = f.kind->apply(c);
        QVERIFY2(o.state == Outcome::State::Done, qPrintable(o.message.english()));
        QStringList made, modes;
        for (const auto& a : f.record.actions) {
            if (a.operation == QLatin1String("mkdir"))
                made << a.path;
            if (a.operation == QLatin1String("chmod")) {
                modes << a.path;
                QCOMPARE(a.mode, QStringLiteral("0755"));
                QCOMPARE(f.system.modeOf(a.path).value_or(0), 0755);
            }
        }
        QCOMPARE(made, QStringList{QStringLiteral("/usr/local/hacmp/dce")});
        QVERIFY2(modes.size() >= 2, qPrintable(modes.join(QLatin1Char(' '))));
        // Applied again, nothing is made and no mode changes: the record says only what changed.
        f.record.actions.clear();
        QCOMPARE(f.kind->apply(c).state, Outcome::State::Done);
        for (const auto& a : f.record.actions)
            QVERIFY2(a.operation != QLatin1String("mkdir") && a.operation != QLatin1String("chmod"),
                     qPrintable(a.operation + QLatin1Char(' ') + a.path));
    }

    /** What the node says of itself, as AIX and HACMP print it (the pages fill answers in from it). */
    void nodeDiscoveryReadsAdaptersDisksAndSpace()
    {
        QTemporaryDir dir;
        FakeSystem node(dir.path());
        node.answers.insert(QStringLiteral("ifconfig -a"),
                            {0,
                             "en0: flags=e080863<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST>\n"
                             "\tinet 9.3.240.1 netmask 0xffffff00 broadcast 9.3.240.255\n"
                             "en1: flags=e080863<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST>\n"
                             "\tinet 9.3.240.66 netmask 0xffffff00 broadcast 9.3.240.255\n"
                             "lo0: flags=e08084b<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST>\n"
                             "\tinet 127.0.0.1 netmask 0xff000000 broadcast 127.255.255.255\n",
                             {}});
        node.answers.insert(
            QStringLiteral("cllsif -c"),
            {0,
             "#adapter:type:network:net_type:attribute:node:ip_address:hardware_address:interface_name\n"
             "node1_boot:boot:ether1:ether:public:node1:9.3.240.1::en0\n"
             "dcesvc:service:ether1:ether:public:node1:9.3.240.2::en0\n"
             "node1_stby:standby:ether1:ether:public:node1:9.3.240.66::en1\n",
             {}});
        node.answers.insert(QStringLiteral("lspv"), {0,
                                                     "hdisk0         000b3c5a1a000000   rootvg\n"
                                                     "hdisk2         000b3c5a8d2f4e02   None\n",
                                                     {}});
        node.answers.insert(
            QStringLiteral("lsvg rootvg"),
            {0,
             "VG STATE:       active                   PP SIZE:        4 megabyte(s)\n"
             "VG PERMISSION:  read/write               TOTAL PPs:      537 (2148 megabytes)\n"
             "MAX LVs:        256                      FREE PPs:       421 (1684 megabytes)\n",
             {}});
        NodeDiscovery discovery(node);
        const QList<NodeDiscovery::Adapter> adapters = discovery.adapters();
        QCOMPARE(adapters.size(), 3); // en0, en1, and the service address not on an adapter yet; no lo0
        QCOMPARE(adapters.at(0).interface, QStringLiteral("en0"));
        QCOMPARE(adapters.at(0).label, QStringLiteral("node1_boot"));
        QCOMPARE(adapters.at(1).type, QStringLiteral("standby"));
        QCOMPARE(adapters.at(2).address, QStringLiteral("9.3.240.2"));
        QVERIFY(adapters.at(2).interface.isEmpty());
        QCOMPARE(adapters.at(2).type, QStringLiteral("service"));
        const QList<NodeDiscovery::Disk> disks = discovery.disks();
        QCOMPARE(disks.size(), 2);
        QCOMPARE(disks.at(1).vg, QStringLiteral("None"));
        QCOMPARE(disks.at(1).pvid, QStringLiteral("000b3c5a8d2f4e02"));
        const auto space = discovery.volumeGroupSpace(QStringLiteral("rootvg"));
        QVERIFY(space);
        QCOMPARE(space->totalMb, 2148);
        QCOMPARE(space->freeMb, 1684);
        QVERIFY(!discovery.volumeGroupSpace(QStringLiteral("nosuchvg"))); // lsvg fails (not in the table)
        // Without HACMP's answer the node checks say why, naming the field.
        node.answers.remove(QStringLiteral("cllsif -c"));
        QString why;
        QVERIFY(!discovery.hacmpInterfaces(&why));
        QVERIFY2(why.contains(QStringLiteral("not in the table")), qPrintable(why));
    }

    /** A step's message fills its arguments as QString::arg does (the record's English is unchanged). */
    void aStepMessageFillsItsArgumentsAsQStringArg()
    {
        const char* source = "%1 of %2: %3";
        QCOMPARE(StepMessage(source).arg(QStringLiteral("a"), QStringLiteral("b")).arg(7).english(),
                 QString::fromLatin1(source).arg(QStringLiteral("a"), QStringLiteral("b")).arg(7));
        QCOMPARE(StepMessage(source).arg(1).arg(qint64(2)).arg(QLatin1String("x")).english(),
                 QStringLiteral("1 of 2: x"));
        // An argument holding a placeholder is not filled again by a later multi-argument call.
        QCOMPARE(StepMessage("%1 %2").arg(QStringLiteral("%2"), QStringLiteral("b")).english(),
                 QStringLiteral("%2 b"));
        const StepMessage verbatim(QStringLiteral("mklv failed (exit 1): 0516-404"));
        QCOMPARE(verbatim.english(), verbatim.localized());
        QVERIFY(StepMessage().isEmpty());
    }

    void everyKindInTheRegistryCanBeMade()
    {
        for (const auto& name : StepKind::kindNames())
            QVERIFY2(StepKind::create(name), qPrintable(name));
        QVERIFY(!StepKind::create(QStringLiteral("no_such_kind")));
    }
};

QTEST_GUILESS_MAIN(tst_StepKinds)
#include "tst_stepkinds.moc"
