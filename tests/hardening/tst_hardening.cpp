// Hardening of the run itself: a damaged checkpoint is refused (and --restart keeps it aside), nothing that
// is not a regular file is read as an input, a checkpoint that cannot be saved stops the run at once (full
// disk: a small tmpfs, as root), records and exports are written whole or not at all, SIGINT/SIGTERM/SIGHUP
// end the current command gracefully and leave a resumable run, one run per node, and the temporary files an
// interrupted write left are removed by the resume.
#include "Wizard.h"
#include "procedure/Checkpoint.h"
#include "procedure/Record.h"
#include "procedure/RecordFile.h"
#include "procedure/RecordSeal.h"
#include "system/AtomicFileWriter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dceha;

namespace {

const QStringList kPassword{QStringLiteral("DCE_CELL_ADMIN_PASSWORD=Very$ecret1")};

/** A simulated owner node (hot standby, cascading, without DFS) in a temporary directory. */
struct Node
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    QString root = dir->path() + QStringLiteral("/node1");
    QString shared = dir->path() + QStringLiteral("/shared");
    QString answers;
    QString stateDir() const { return root + QStringLiteral("/var/adm/dce-ha-wizard"); }
    QString checkpoint() const { return stateDir() + QStringLiteral("/checkpoint.yaml"); }
    QStringList args() const { return wizard::headless(root, shared, answers); }
    /** The file that lets a command held by AIXSIM_HOLD go on. */
    QString release() const { return dir->path() + QStringLiteral("/release"); }

    Node()
    {
        answers = wizard::writeFile(
            dir->path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"), false));
        SimNode(root, shared).ok(QStringLiteral("hostname"));
    }
    /** A copy of @p other's node, shared DASD and answers (cp -a keeps the links and modes). */
    explicit Node(const Node& other)
    {
        for (const char* sub : {"/node1", "/shared"})
            QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-a"), other.dir->path() + QLatin1String(sub),
                               dir->path() + QLatin1String(sub)});
        answers = wizard::writeFile(dir->path() + QStringLiteral("/owner.yaml"),
                                    wizard::readFile(other.answers).toUtf8());
    }
};

/** The environment that holds the wizard's @p nth command on @p n (counted from now) until released. */
QStringList holdAt(const Node& n, int nth)
{
    const int sofar =
        int(wizard::readFile(n.root + QStringLiteral("/.aixsim/calls.log")).count(QLatin1Char('\n')));
    return {QStringLiteral("AIXSIM_HOLD=@%1").arg(sofar + nth),
            QStringLiteral("AIXSIM_HOLD_RELEASE=") + n.release()};
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

/** The body of a sealed file with its integrity line recomputed: a damage the seal alone cannot see. */
QByteArray reseal(const QByteArray& body)
{
    int steps = 0;
    for (const QByteArray& line : body.split('\n'))
        steps += line.startsWith("  - id:") || line.startsWith("- id:") ? 1 : 0;
    return RecordSeal::seal(body, steps);
}

/** A wrapper in place of aixsim that logs each start and the SIGTERM it receives, so that a test knows a
 * command is running and can tell a graceful end. */
QString loggingAixsim(const QString& dir, const QString& log)
{
    const QString path = dir + QStringLiteral("/aixsim-wrapper");
    wizard::writeFile(path, QStringLiteral("#!/bin/sh\n"
                                           "echo START >> \"%1\"\n"
                                           "trap 'echo TERM >> \"%1\"; wait $child; exit 143' TERM\n"
                                           // An asynchronous command's stdin would be /dev/null.
                                           "exec 3<&0\n"
                                           "\"%2\" \"$@\" <&3 3<&- &\n"
                                           "child=$!\n"
                                           "exec 3<&-\n"
                                           "wait $child\n")
                                .arg(log, SimNode::aixsim())
                                .toUtf8());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

/** Starts the wizard without waiting for it. */
std::unique_ptr<QProcess> start(const QStringList& args, const QStringList& env)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AIXSIM_FAIL"));
    for (const auto& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p->setProcessEnvironment(e);
    p->start(wizard::binary(), args);
    p->closeWriteChannel();
    return p;
}

/** What a node shows of itself, with its own directories named alike (the scripts name the root). */
QString nodeState(const Node& n)
{
    return wizard::snapshot(SimNode(n.root, n.shared))
        .replace(n.root, QStringLiteral("ROOT"))
        .replace(n.shared, QStringLiteral("SHARED"));
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class tst_Hardening : public QObject
{
    Q_OBJECT

    /** A node whose run stopped at the DCE configuration (no password): a checkpoint mid-way. */
    std::unique_ptr<Node> m_inProgress;
    /** The node an uninterrupted owner run leaves (up to the wait for the standby). */
    QString m_reference;

private Q_SLOTS:
    void initTestCase()
    {
        m_inProgress = std::make_unique<Node>();
        const WizardResult r = wizard::run(m_inProgress->args());
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(m_inProgress->checkpoint()));

        const Node reference;
        const WizardResult done = wizard::run(reference.args(), kPassword);
        QVERIFY2(done.exitCode == 3, qPrintable(done.out + done.err));
        m_reference = nodeState(reference);
    }

    void damagedCheckpointIsRefusedAndKeptAsideByRestart_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut in the middle") << "cut-middle";
        QTest::newRow("cut before the last step") << "cut-step";
        QTest::newRow("integrity line removed") << "no-seal";
        QTest::newRow("one byte changed") << "byte";
        QTest::newRow("text appended") << "appended";
        QTest::newRow("resealed: steps: 5") << "steps-scalar";
        QTest::newRow("resealed: steps: []") << "steps-empty";
        QTest::newRow("resealed: no steps") << "steps-missing";
        QTest::newRow("resealed: status: bogus") << "status-bogus";
        QTest::newRow("resealed: a step removed") << "step-removed";
        QTest::newRow("resealed: a second document") << "second-document";
        QTest::newRow("resealed: a duplicate key") << "duplicate-key";
    }
    void damagedCheckpointIsRefusedAndKeptAsideByRestart()
    {
        QFETCH(QString, damage);
        const Node n(*m_inProgress);
        const QByteArray good = readBytes(n.checkpoint());
        const RecordSeal::Check seal = RecordSeal::check(good);
        QVERIFY(seal.ok());
        const QByteArray body = seal.body;
        QByteArray bad;
        if (damage == QLatin1String("cut-middle"))
            bad = good.left(good.size() / 2);
        else if (damage == QLatin1String("cut-step"))
            bad = good.left(good.lastIndexOf("\n  - id:") + 1);
        else if (damage == QLatin1String("no-seal"))
            bad = body;
        else if (damage == QLatin1String("byte")) {
            bad = good;
            bad[bad.indexOf("status: done") + 8] = 'D';
        } else if (damage == QLatin1String("appended"))
            bad = good + "sessions: 7\n";
        else if (damage == QLatin1String("steps-scalar"))
            bad = reseal(body.left(body.indexOf("\nsteps:") + 1) + "steps: 5\n");
        else if (damage == QLatin1String("steps-empty"))
            bad = reseal(body.left(body.indexOf("\nsteps:") + 1) + "steps: []\n");
        else if (damage == QLatin1String("steps-missing"))
            bad = reseal(body.left(body.indexOf("\nsteps:") + 1));
        else if (damage == QLatin1String("status-bogus"))
            bad = reseal(QByteArray(body).replace("status: done", "status: bogus"));
        else if (damage == QLatin1String("step-removed")) {
            const qsizetype last = body.lastIndexOf("\n  - id:");
            bad = reseal(body.left(last + 1));
        } else if (damage == QLatin1String("second-document"))
            bad = reseal(body + "---\nformat: x\n");
        else if (damage == QLatin1String("duplicate-key"))
            bad = reseal(QByteArray(body).replace("\nresult: ", "\nsessions: 99\nresult: "));
        QVERIFY(bad != good);
        writeBytes(n.checkpoint(), bad);
        const QString before = wizard::tree(n.root);

        WizardResult r = wizard::run(n.args(), kPassword);
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(n.checkpoint()) && r.err.contains(QStringLiteral("--restart")),
                 qPrintable(r.err));
        QCOMPARE(wizard::tree(n.root), before);
        QCOMPARE(readBytes(n.checkpoint()), bad);

        // --restart sets the damaged file aside, byte for byte, and the run goes on from the node's state (up
        // to the same stop as before: no password), every step before it found done by its probe.
        r = wizard::run(QStringList(n.args()) << QStringLiteral("--restart"));
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("already done")) && !r.out.contains(QStringLiteral("… done")));
        QCOMPARE(wizard::tree(n.root), before);
        const QStringList aside = QDir(n.stateDir()).entryList({QStringLiteral("checkpoint.yaml.*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readBytes(n.stateDir() + QLatin1Char('/') + aside.first()), bad);
        QVERIFY(RecordSeal::check(readBytes(n.checkpoint())).ok());
    }

    void somethingElseInPlaceOfTheCheckpointIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("directory") << "directory";
        QTest::newRow("FIFO") << "fifo";
        QTest::newRow("dangling symbolic link") << "dangling";
    }
    void somethingElseInPlaceOfTheCheckpointIsRefused()
    {
        QFETCH(QString, what);
        const Node n;
        QDir().mkpath(n.stateDir());
        const QByteArray path = QFile::encodeName(n.checkpoint());
        if (what == QLatin1String("directory"))
            QVERIFY(QDir().mkdir(n.checkpoint()));
        else if (what == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        else
            QCOMPARE(::symlink("/nonexistent/checkpoint.yaml", path.constData()), 0);
        const QString before = wizard::tree(n.root);
        for (const QStringList& extra : {QStringList(), QStringList{QStringLiteral("--restart")}}) {
            const WizardResult r = wizard::run(QStringList(n.args()) << extra, kPassword, 20000);
            QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
            QVERIFY2(r.err.contains(n.checkpoint()) && r.err.contains(QStringLiteral("not a file")),
                     qPrintable(r.err));
            QCOMPARE(wizard::tree(n.root), before);
        }
        // --export of such a checkpoint is refused as well, without hanging on the FIFO.
        const WizardResult e =
            wizard::run({QStringLiteral("--state"), n.stateDir(), QStringLiteral("--export"),
                         QStringLiteral("yaml:") + n.dir->path() + QStringLiteral("/out.yaml")},
                        {}, 20000);
        QCOMPARE(e.exitCode, 2);
    }

    void inputsThatAreNotFilesAreRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--answers") << "--answers";
        QTest::newRow("--from-owner-record") << "--from-owner-record";
    }
    void inputsThatAreNotFilesAreRefused()
    {
        QFETCH(QString, option);
        const Node n;
        const QString fifo = n.dir->path() + QStringLiteral("/fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QStringList args = n.args();
        if (option == QLatin1String("--answers"))
            args[args.indexOf(n.answers)] = fifo;
        else
            args << option << fifo;
        const WizardResult r = wizard::run(args, kPassword, 20000);
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(fifo) && r.err.contains(QStringLiteral("FIFO")), qPrintable(r.err));
        QVERIFY(!QFile::exists(n.checkpoint()));
    }

    void aCheckpointThatCannotBeSavedStopsTheRun()
    {
        if (!isRoot())
            QSKIP("needs root to mount a small tmpfs as a full state directory");
        const Node n;
        const QString state = n.dir->path() + QStringLiteral("/state");
        QDir().mkpath(state);
        // Room for the first checkpoints only: the save fails part-way through the run.
        if (::mount("tmpfs", QFile::encodeName(state).constData(), "tmpfs", 0, "size=24k") != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(state).constData(), MNT_DETACH); });
        const QString log = n.dir->path() + QStringLiteral("/commands.log");
        const QString counting = n.dir->path() + QStringLiteral("/aixsim-counting");
        wizard::writeFile(counting, QStringLiteral("#!/bin/sh\necho \"$*\" >> \"%1\"\nexec \"%2\" \"$@\"\n")
                                        .arg(log, SimNode::aixsim())
                                        .toUtf8());
        QFile::setPermissions(counting,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QStringList args = QStringList(n.args()) << QStringLiteral("--state") << state;
        const QStringList env = QStringList(kPassword) << QStringLiteral("DCEHA_AIXSIM=") + counting;

        // The pre-flight's queries run before the first step and are kept as its findings, not as commands:
        // counted apart (a --preflight of the same answers runs the same ones and changes nothing).
        const QStringList preflightArgs = QStringList(n.args()) << QStringLiteral("--preflight");
        QCOMPARE(wizard::run(preflightArgs, env).exitCode, 0);
        const int preflight = int(wizard::readFile(log).count(QLatin1Char('\n')));
        QVERIFY(preflight > 0);
        QFile::remove(log);

        WizardResult r = wizard::run(args, env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("cannot save the checkpoint ") + state +
                                QStringLiteral("/checkpoint.yaml")) &&
                     r.err.contains(QStringLiteral("ENOSPC")) &&
                     r.err.contains(QStringLiteral("nothing further was done")),
                 qPrintable(r.err));
        // The run stopped at the failed save: after the last command the saved checkpoint holds, at most the
        // commands of the step that was running and the next one's probe were run (an unchecked save ran the
        // whole procedure).
        const QStringList ran = wizard::readFile(log).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        RunRecord saved;
        QString error;
        QVERIFY2(Checkpoint(state).load(&saved, &error), qPrintable(error));
        QString lastRecorded;
        for (const auto& s : saved.steps)
            for (const auto& a : s.actions)
                if (a.type == ActionRecord::Type::Command)
                    lastRecorded = a.argv.join(QLatin1Char(' '));
        QVERIFY(!lastRecorded.isEmpty());
        qsizetype after = -1;
        for (qsizetype k = ran.size() - 1; k >= 0 && after < 0; --k)
            if (ran.at(k).endsWith(lastRecorded))
                after = ran.size() - 1 - k;
        QVERIFY2(after >= 0 && after <= 12,
                 qPrintable(QStringLiteral("%1 commands ran (%2 of them the pre-flight's), %3 after the last "
                                           "one in the checkpoint (%4)")
                                .arg(ran.size())
                                .arg(preflight)
                                .arg(after)
                                .arg(lastRecorded)));
        QVERIFY(QDir(state).entryList({QStringLiteral("*.tmp*")}, QDir::Files | QDir::Hidden).isEmpty());

        // The cause fixed, the same command resumes and ends where an uninterrupted run ends.
        QCOMPARE(::mount("tmpfs", QFile::encodeName(state).constData(), "tmpfs", MS_REMOUNT, "size=8m"), 0);
        r = wizard::run(args, env);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QCOMPARE(nodeState(n), m_reference);
    }

    void recordsAndExportsAreWrittenWholeOrNotAtAll()
    {
        if (!isRoot())
            QSKIP("needs root to mount a small tmpfs as a full disk");
        const Node n(*m_inProgress);
        const QString full = n.dir->path() + QStringLiteral("/full");
        QDir().mkpath(full);
        if (::mount("tmpfs", QFile::encodeName(full).constData(), "tmpfs", 0, "size=8k") != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(full).constData(), MNT_DETACH); });
        writeBytes(full + QStringLiteral("/record.yaml"), "previous\n");
        const WizardResult r = wizard::run(
            QStringList(n.args()) << QStringLiteral("--record") << full + QStringLiteral("/record.yaml")
                                  << QStringLiteral("--export")
                                  << QStringLiteral("html:") + full + QStringLiteral("/record.html"),
            kPassword);
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("the record was not written")) &&
                     r.err.contains(QStringLiteral("ENOSPC")),
                 qPrintable(r.err));
        QCOMPARE(readBytes(full + QStringLiteral("/record.yaml")), QByteArray("previous\n"));
        QVERIFY(!QFile::exists(full + QStringLiteral("/record.html")));
        QCOMPARE(QDir(full).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("record.yaml")});
        // Exported from the checkpoint alone: the same.
        const WizardResult e =
            wizard::run({QStringLiteral("--state"), n.stateDir(), QStringLiteral("--export"),
                         QStringLiteral("html:") + full + QStringLiteral("/record.html")});
        QCOMPARE(e.exitCode, 1);
        QVERIFY(!QFile::exists(full + QStringLiteral("/record.html")));
    }

    void aFullDiskLeavesNoTemporaryFile()
    {
        if (!isRoot())
            QSKIP("needs root to mount a small tmpfs as a full disk");
        QTemporaryDir dir;
        if (::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, "size=8k") != 0)
            QSKIP("tmpfs cannot be mounted here");
        const auto unmount =
            qScopeGuard([&] { ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH); });
        const QString file = dir.path() + QStringLiteral("/environment");
        writeBytes(file, QByteArray(3000, 'a'));
        // The backup copy fits, the new content does not; then the backup itself does not fit.
        for (const int size : {5000, 9000}) {
            const FileEdit edit = AtomicFileWriter().replace(file, QStringLiteral("/etc/environment"),
                                                             QByteArray(size, 'b'), QStringLiteral(".bak"));
            QVERIFY(!edit.ok);
            QVERIFY2(edit.error.contains(QStringLiteral("ENOSPC")), qPrintable(edit.error));
            QCOMPARE(readBytes(file), QByteArray(3000, 'a'));
            for (const QString& entry : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
                QVERIFY2(!entry.contains(QStringLiteral("tmp")), qPrintable(entry));
            QFile::remove(file + QStringLiteral(".bak"));
        }
    }

    void signalsEndTheCommandGracefullyAndTheRunResumes_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    void signalsEndTheCommandGracefullyAndTheRunResumes()
    {
        QFETCH(int, signal);
        const Node n;
        const QString log = n.dir->path() + QStringLiteral("/signals.log");
        // The wizard's 12th command (probes included) is held running until the signal has ended it.
        const QStringList env = QStringList(kPassword)
                                << holdAt(n, 12)
                                << QStringLiteral("DCEHA_AIXSIM=") + loggingAixsim(n.dir->path(), log);
        auto p = start(n.args(), env);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(n.release() + QStringLiteral(".held")), 60000);
        ::kill(pid_t(p->processId()), signal);
        QVERIFY(p->waitForFinished(60000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY2(p->exitCode() == 5, qPrintable(err));
        const QString name = QString::fromLatin1(signal == SIGINT    ? "SIGINT"
                                                 : signal == SIGTERM ? "SIGTERM"
                                                                     : "SIGHUP");
        QVERIFY2(err.contains(QStringLiteral("stopped by ") + name) &&
                     err.contains(QStringLiteral("Run the same command again to resume")),
                 qPrintable(err));
        // The command got SIGTERM (and time to end), not an immediate SIGKILL.
        QVERIFY2(wizard::readFile(log).contains(QStringLiteral("TERM")), qPrintable(err));

        RunRecord saved;
        QString error;
        QVERIFY2(Checkpoint(n.stateDir()).load(&saved, &error), qPrintable(error));
        QCOMPARE(saved.result, QStringLiteral("interrupted"));
        // The step caught mid-apply (if the signal did not land on a probe) is marked interrupted, resumable.
        int interrupted = 0;
        for (const auto& s : saved.steps) {
            QVERIFY(s.status != StepRecord::Status::Running);
            if (s.status == StepRecord::Status::Interrupted) {
                ++interrupted;
                QVERIFY(s.message.contains(QStringLiteral("interrupted")));
            }
            for (const auto& a : s.actions)
                if (a.failure.startsWith(QLatin1String("interrupted")))
                    QCOMPARE(a.failure, QStringLiteral("interrupted: ended with SIGTERM"));
        }
        QVERIFY(interrupted <= 1);

        const WizardResult r = wizard::run(n.args(), kPassword);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QCOMPARE(nodeState(n), m_reference);
    }

    void oneRunPerNodeWhateverTheStateDirectory()
    {
        const Node n;
        auto first = start(n.args(), QStringList(kPassword) << holdAt(n, 12));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(n.release() + QStringLiteral(".held")), 60000);
        const QString before = wizard::tree(n.root);
        const WizardResult second = wizard::run(
            QStringList(n.args()) << QStringLiteral("--state") << n.dir->path() + QStringLiteral("/other"),
            kPassword);
        QVERIFY2(second.exitCode == 4, qPrintable(second.out + second.err));
        QVERIFY2(second.err.contains(QStringLiteral("another dce-ha-wizard is running on the node")),
                 qPrintable(second.err));
        QVERIFY(!QFile::exists(n.dir->path() + QStringLiteral("/other/checkpoint.yaml")));
        ::kill(pid_t(first->processId()), SIGTERM);
        QVERIFY(first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 5);
        Q_UNUSED(before);
    }

    void temporariesLeftByAKilledWriteAreRemovedOnResume()
    {
        const Node n;
        WizardResult r = wizard::run(n.args(), kPassword);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        // As a kill -9 inside the scripts step's writes leaves it: the step "running" in the checkpoint, and
        // the writer's temporary files beside the scripts.
        RunRecord record;
        QString error;
        QVERIFY2(Checkpoint(n.stateDir()).load(&record, &error), qPrintable(error));
        StepRecord* scripts = nullptr;
        for (auto& s : record.steps)
            if (s.kind == QLatin1String("scripts"))
                scripts = &s;
        QVERIFY(scripts);
        scripts->status = StepRecord::Status::Running;
        QVERIFY(Checkpoint(n.stateDir()).save(record));
        const QString dir = n.root + QStringLiteral("/usr/local/hacmp/dce");
        const QStringList stale{dir + QStringLiteral("/.start_dce.dce-ha-wizard.tmp.4242"),
                                dir + QStringLiteral("/stop_dce.dce-ha-wizard.20261201-120000.tmp")};
        for (const auto& f : stale)
            writeBytes(f, "half");
        const QString unrelated = dir + QStringLiteral("/.start_dce.keep");
        writeBytes(unrelated, "not ours");

        r = wizard::run(n.args(), kPassword);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        for (const auto& f : stale)
            QVERIFY2(!QFile::exists(f), qPrintable(f));
        QVERIFY(QFile::exists(unrelated));
        QVERIFY(Checkpoint(n.stateDir()).load(&record, &error));
        bool noted = false;
        for (const auto& s : record.steps)
            for (const auto& a : s.actions)
                noted = noted || a.text.contains(QStringLiteral("left by an interrupted write"));
        QVERIFY(noted);
    }
};

QTEST_GUILESS_MAIN(tst_Hardening)
#include "tst_hardening.moc"
