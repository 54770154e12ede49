// dce-ha-bench: the figures that say whether the wizard is fast where it matters, measured side by side in
// one run on this machine (medians): the owner's and the standby's integration against their own replay
// scripts on fresh simulated nodes, the engine's own CPU per step (children excluded), the checkpoint's cost
// per status change as the record grows and the time to decide where to resume, and the GUI's start against a
// bare QWizard. It prints figures and asserts nothing: the goals are read from its output (README,
// "Benchmark").
#include "procedure/Checkpoint.h"
#include "procedure/RecordFile.h"
#include "report/RecordExport.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace dceha;

QString g_bin; ///< the directory of the built programs (this program's own)

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double cpuMsOf(const rusage& u)
{
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

double selfCpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return cpuMsOf(u);
}

/** The CPU of the children this process has waited for (the simulated commands). */
double childrenCpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_CHILDREN, &u);
    return cpuMsOf(u);
}

/** A child process's wall time, CPU and peak memory (its own, from wait4). */
struct Child
{
    double wallMs = 0, cpuMs = 0;
    long maxRssKb = 0;
    int exitCode = -1;
    qint64 forkedAtNs = 0; ///< CLOCK_MONOTONIC just before fork()
};

qint64 monotonicNs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

Child runChild(const QStringList& argv, const QStringList& env)
{
    QList<QByteArray> args;
    for (const auto& a : argv)
        args << QFile::encodeName(a);
    std::vector<char*> cargs;
    for (auto& a : args)
        cargs.push_back(a.data());
    cargs.push_back(nullptr);
    QElapsedTimer clock;
    clock.start();
    const qint64 forkedAt = monotonicNs();
    const pid_t pid = ::fork();
    if (pid == 0) {
        for (const auto& kv : env)
            ::setenv(qPrintable(kv.section(QLatin1Char('='), 0, 0)),
                     qPrintable(kv.section(QLatin1Char('='), 1)), 1);
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(null, STDERR_FILENO);
        ::execvp(cargs[0], cargs.data());
        ::_exit(127);
    }
    Child c;
    c.forkedAtNs = forkedAt;
    int status = 0;
    rusage u{};
    if (pid > 0 && ::wait4(pid, &status, 0, &u) == pid) {
        c.wallMs = double(clock.nsecsElapsed()) / 1e6;
        c.cpuMs = cpuMsOf(u);
        c.maxRssKb = u.ru_maxrss;
        c.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return c;
}

QByteArray example(const QString& configuration, const QString& role)
{
    QFile f(QStringLiteral(":/dceha/answers/%1-%2.yaml").arg(configuration, role));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int callsOn(const QString& root)
{
    QFile log(root + QStringLiteral("/.aixsim/calls.log"));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return int(log.readAll().count('\n'));
}

/** One node's run, in this process: its wall time, the engine's own CPU per step, the simulated commands. */
struct NodeRun
{
    double wallMs = 0, engineCpuMs = 0, commandsCpuMs = 0;
    int commands = 0;
    std::map<QString, double> stepCpuMs;
    RunRecord record;
    Session::Result result = Session::Result::Refused;
};

NodeRun runNode(const QString& root, const QString& shared, const QByteArray& answers,
                const QString& ownerRecord)
{
    SessionSetup setup;
    setup.root = root;
    setup.sharedDasd = shared;
    setup.simulate = true;
    setup.aixsim = g_bin + QStringLiteral("/aixsim");
    setup.stateDirNode = QStringLiteral("/var/adm/dce-ha-wizard");
    setup.stateDirHost = root + setup.stateDirNode;
    setup.answersText = answers;
    setup.answersName = QStringLiteral("the benchmark's answers");
    setup.ownerRecordFile = ownerRecord;
    NodeRun out;
    // From open() on: its pre-flight is the run's first questions (their answers serve the first steps).
    const double cpu = selfCpuMs();
    const double children = childrenCpuMs();
    QElapsedTimer clock;
    clock.start();
    Session session;
    if (!session.open(setup)) {
        say(QStringLiteral("dce-ha-bench: the session refused: ") +
            session.refusal().join(QStringLiteral("; ")));
        return out;
    }
    Runner::Hooks& hooks = session.runner().hooks;
    hooks.password = [] { return std::optional<QByteArray>("bench-secret"); };
    double stepStart = 0;
    hooks.stepStarted = [&stepStart](int, int, const StepRecord&) { stepStart = selfCpuMs(); };
    hooks.stepFinished = [&](int, int, const StepRecord& s) {
        if (stepStart > 0)
            out.stepCpuMs[s.id] += selfCpuMs() - stepStart;
        stepStart = 0;
    };
    out.result = session.run();
    out.wallMs = double(clock.nsecsElapsed()) / 1e6;
    out.engineCpuMs = selfCpuMs() - cpu;
    out.commandsCpuMs = childrenCpuMs() - children;
    out.commands = callsOn(root);
    out.record = session.record();
    return out;
}

/** The replay script of @p record, run with sh on the simulated node @p root: its wall time and commands. */
Child replay(const RunRecord& record, const QString& root, const QString& shared, const QString& scriptFile,
             int* commands)
{
    QString error;
    RecordFile::write(scriptFile, RecordExport::replayScript(record), &error, true);
    const int before = callsOn(root);
    const Child c =
        runChild({QStringLiteral("sh"), scriptFile},
                 {QStringLiteral("AIXSIM=") + g_bin + QStringLiteral("/aixsim"),
                  QStringLiteral("AIXSIM_ROOT=") + root, QStringLiteral("AIXSIM_SHARED_DASD=") + shared,
                  QStringLiteral("DCE_CELL_ADMIN_PASSWORD=bench-secret")});
    *commands = callsOn(root) - before;
    return c;
}

void integrationFigures(int runs)
{
    QList<double> ownerWall, ownerCpu, ownerReplay, standbyWall, standbyCpu, standbyReplay;
    // The work without the waits: the wizard's CPU and its commands' against the replay's sh and commands'.
    QList<double> ownerWork, ownerReplayWork, standbyWork, standbyReplayWork, resumeWall;
    int ownerCommands = 0, ownerChanges = 0, standbyCommands = 0, standbyChanges = 0, ownerSteps = 0;
    int resumeQueries = 0, resumeSteps = 0;
    std::map<QString, QList<double>> stepCpu;
    const QString configuration = QStringLiteral("hot-standby-cascading");
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        const NodeRun owner = runNode(dir.filePath(QStringLiteral("node1")), shared,
                                      example(configuration, QStringLiteral("owner")), {});
        // The owner's run again as it waits for the standby: a resume of a finished run, nothing but probes.
        const NodeRun resumed = runNode(dir.filePath(QStringLiteral("node1")), shared,
                                        example(configuration, QStringLiteral("owner")), {});
        resumeQueries = resumed.commands - owner.commands;
        resumeSteps = 0;
        for (const auto& s : resumed.record.steps)
            resumeSteps += s.status == StepRecord::Status::Done ? 1 : 0;
        resumeWall << resumed.wallMs;
        const QString ownerRecord = dir.filePath(QStringLiteral("owner-record.yaml"));
        QString error;
        RecordFile::write(ownerRecord, RecordFile::sealed(owner.record), &error);
        const NodeRun standby = runNode(dir.filePath(QStringLiteral("node2")), shared,
                                        example(configuration, QStringLiteral("standby")), ownerRecord);
        // The replays on a fresh pair of nodes: the owner's first (the standby's needs its shared DASD).
        QTemporaryDir fresh;
        const QString freshShared = fresh.filePath(QStringLiteral("shared"));
        const Child ownerReplayed = replay(owner.record, fresh.filePath(QStringLiteral("node1")), freshShared,
                                           fresh.filePath(QStringLiteral("owner.sh")), &ownerChanges);
        const Child standbyReplayed =
            replay(standby.record, fresh.filePath(QStringLiteral("node2")), freshShared,
                   fresh.filePath(QStringLiteral("standby.sh")), &standbyChanges);
        ownerWork << owner.engineCpuMs + owner.commandsCpuMs;
        ownerReplayWork << ownerReplayed.cpuMs;
        standbyWork << standby.engineCpuMs + standby.commandsCpuMs;
        standbyReplayWork << standbyReplayed.cpuMs;
        ownerWall << owner.wallMs;
        ownerCpu << owner.engineCpuMs;
        ownerReplay << ownerReplayed.wallMs;
        standbyWall << standby.wallMs;
        standbyCpu << standby.engineCpuMs;
        standbyReplay << standbyReplayed.wallMs;
        ownerCommands = owner.commands;
        standbyCommands = standby.commands;
        ownerSteps = int(owner.record.steps.size());
        for (const auto& [id, ms] : owner.stepCpuMs)
            stepCpu[id] << ms;
    }
    say(QStringLiteral("== The integration against its replay script (%1, fresh simulated nodes, median of "
                       "%2; the replay "
                       "waits for HACMP's events in whole seconds, as POSIX sleep does on AIX)")
            .arg(configuration)
            .arg(runs));
    auto line = [](const QString& node, const QList<double>& wall, const QList<double>& cpu,
                   const QList<double>& rep, int commands, int changes) {
        say(QStringLiteral("%1: wizard %2 ms wall, engine %3 ms CPU, %4 simulated commands; replay %5 ms, %6 "
                           "commands; wizard/replay %7x; %8 commands per command that changed the node")
                .arg(node)
                .arg(median(wall), 0, 'f', 0)
                .arg(median(cpu), 0, 'f', 0)
                .arg(commands)
                .arg(median(rep), 0, 'f', 0)
                .arg(changes)
                .arg(median(rep) > 0 ? median(wall) / median(rep) : 0, 0, 'f', 2)
                .arg(changes > 0 ? double(commands) / changes : 0, 0, 'f', 2));
    };
    line(QStringLiteral("owner   (up to its wait for the standby)"), ownerWall, ownerCpu, ownerReplay,
         ownerCommands, ownerChanges);
    line(QStringLiteral("standby (up to its wait for the owner) "), standbyWall, standbyCpu, standbyReplay,
         standbyCommands, standbyChanges);
    say(QStringLiteral(
            "the work without the waits (CPU of the process and its commands): owner: wizard %1 ms, "
            "replay %2 ms, %3x; standby: wizard %4 ms, replay %5 ms, %6x")
            .arg(median(ownerWork), 0, 'f', 0)
            .arg(median(ownerReplayWork), 0, 'f', 0)
            .arg(median(ownerReplayWork) > 0 ? median(ownerWork) / median(ownerReplayWork) : 0, 0, 'f', 2)
            .arg(median(standbyWork), 0, 'f', 0)
            .arg(median(standbyReplayWork), 0, 'f', 0)
            .arg(median(standbyReplayWork) > 0 ? median(standbyWork) / median(standbyReplayWork) : 0, 0, 'f',
                 2));
    say(QStringLiteral(
            "the owner's run again as it waits (a resume of a finished run): %1 queries for %2 done "
            "steps, %3 per step, %4 ms")
            .arg(resumeQueries)
            .arg(resumeSteps)
            .arg(resumeSteps > 0 ? double(resumeQueries) / resumeSteps : 0, 0, 'f', 2)
            .arg(median(resumeWall), 0, 'f', 0));
    say(QStringLiteral(
            "== The engine's own CPU per step (the owner's %1 steps, children excluded, median; the "
            "costliest first)")
            .arg(ownerSteps));
    QList<QPair<double, QString>> costs;
    for (const auto& [id, ms] : stepCpu)
        costs << qMakePair(median(ms), id);
    std::sort(costs.begin(), costs.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(10, costs.size()); ++i)
        say(QStringLiteral("  %1 ms  %2").arg(costs.at(i).first, 6, 'f', 1).arg(costs.at(i).second));
}

/** A record of @p steps synthetic steps, each with one command whose output is @p lines lines. */
RunRecord syntheticRecord(int steps, int lines)
{
    RunRecord r;
    r.hostname = QStringLiteral("node1");
    r.role = QStringLiteral("owner");
    r.configuration = QStringLiteral("hot-standby-cascading");
    r.answersYaml = example(r.configuration, r.role);
    r.startedAt = QDateTime::currentDateTime();
    QString output;
    for (int l = 0; l < lines; ++l)
        output += QStringLiteral(
                      "installp: applying dce.client.core.rte 2.2.0.%1 (a long line of installp's output)\n")
                      .arg(l);
    for (int i = 0; i < steps; ++i) {
        StepRecord s;
        s.id = QStringLiteral("synthetic-%1").arg(i);
        s.title = QStringLiteral("Synthetic step %1").arg(i);
        s.kind = QStringLiteral("command");
        s.status = StepRecord::Status::Done;
        s.startedAt = s.endedAt = QDateTime::currentDateTime();
        ActionRecord a;
        a.type = ActionRecord::Type::Command;
        a.argv = {QStringLiteral("installp"), QStringLiteral("-acgXd"), QStringLiteral("/dev/cd0"),
                  QStringLiteral("dce")};
        a.exitCode = 0;
        a.stdOut = output;
        a.at = QDateTime::currentDateTime();
        s.actions << a;
        r.steps << s;
    }
    return r;
}

/** One status change's cost as the run pays it (the checkpoint written whole when the run starts, then each
 * change of a step journalled), median over @p samples changes; @p wholeMs gets the whole write's cost. */
double saveCostMs(RunRecord record, int samples, double* wholeMs = nullptr)
{
    QTemporaryDir dir;
    Checkpoint checkpoint(dir.path());
    QString error;
    // The first whole write keeps every long output aside (a run does that step by step, once each); the
    // second is the one a run's start and end pay: the steps, their outputs only named.
    if (!checkpoint.save(record, &error))
        say(QStringLiteral("dce-ha-bench: ") + error);
    QElapsedTimer whole;
    whole.start();
    if (!checkpoint.save(record, &error))
        say(QStringLiteral("dce-ha-bench: ") + error);
    if (wholeMs)
        *wholeMs = double(whole.nsecsElapsed()) / 1e6;
    QList<double> costs;
    for (int k = 0; k < samples; ++k) {
        const int index = k % int(record.steps.size());
        StepRecord& s = record.steps[index];
        s.status =
            s.status == StepRecord::Status::Done ? StepRecord::Status::Running : StepRecord::Status::Done;
        QElapsedTimer clock;
        clock.start();
        if (!checkpoint.saveStep(record, index, &error))
            say(QStringLiteral("dce-ha-bench: ") + error);
        costs << double(clock.nsecsElapsed()) / 1e6;
    }
    return median(costs);
}

void checkpointFigures(bool quick)
{
    const int lines = quick ? 20 : 5000;
    const int few = 20, many = quick ? 200 : 2000;
    say(QStringLiteral("== The checkpoint's cost per status change (median)"));
    {
        // The real procedure's record: the owner's, up to its wait for the standby.
        QTemporaryDir dir;
        const NodeRun owner =
            runNode(dir.filePath(QStringLiteral("node1")), dir.filePath(QStringLiteral("shared")),
                    example(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")), {});
        double whole = 0;
        const double change = saveCostMs(owner.record, 21, &whole);
        say(QStringLiteral("the owner's record (%1 steps): %2 ms (written whole, as at the run's start and "
                           "end: %3 ms)")
                .arg(owner.record.steps.size())
                .arg(change, 0, 'f', 2)
                .arg(whole, 0, 'f', 2));
    }
    double smallWhole = 0, largeWhole = 0;
    const double small = saveCostMs(syntheticRecord(few, lines), quick ? 5 : 9, &smallWhole);
    const RunRecord big = syntheticRecord(many, lines);
    const double large = saveCostMs(big, quick ? 5 : 9, &largeWhole);
    say(QStringLiteral("%1 synthetic steps of %2 output lines: %3 ms; %4 steps: %5 ms; %4 against %1: %6x "
                       "(written whole, as at a run's start and end: %7 ms and %8 ms)")
            .arg(few)
            .arg(lines)
            .arg(small, 0, 'f', 2)
            .arg(many)
            .arg(large, 0, 'f', 2)
            .arg(small > 0 ? large / small : 0, 0, 'f', 1)
            .arg(smallWhole, 0, 'f', 0)
            .arg(largeWhole, 0, 'f', 0));
    // Where to resume: the checkpoint read back and its first step not done found.
    QTemporaryDir dir;
    Checkpoint checkpoint(dir.path());
    RunRecord withTodo = big;
    withTodo.steps.last().status = StepRecord::Status::Pending;
    QString error;
    checkpoint.save(withTodo, &error);
    QElapsedTimer clock;
    clock.start();
    RunRecord loaded;
    // As a resume decides it: the steps read, their long outputs left aside until the record is wanted.
    const bool ok = checkpoint.load(&loaded, &error, Checkpoint::Outputs::Later);
    qsizetype at = 0;
    while (ok && at < loaded.steps.size() && loaded.steps.at(at).status == StepRecord::Status::Done)
        ++at;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const double mb = double(QFileInfo(checkpoint.path()).size()) / 1e6;
    const double asideMb = double(QFileInfo(checkpoint.outputsPath()).size()) / 1e6;
    // A checkpoint the wizard refuses to read cannot be resumed at all: said as such, not as a time.
    say(ok ? QStringLiteral("deciding where to resume from a %1-step checkpoint (%2 MB, and %5 MB of outputs "
                            "kept aside): %3 ms (at step %4)")
                 .arg(many)
                 .arg(mb, 0, 'f', 1)
                 .arg(ms, 0, 'f', 1)
                 .arg(at + 1)
                 .arg(asideMb, 0, 'f', 1)
           : QStringLiteral(
                 "deciding where to resume from a %1-step checkpoint (%2 MB): IMPOSSIBLE, the checkpoint is "
                 "refused (%3)")
                 .arg(many)
                 .arg(mb, 0, 'f', 1)
                 .arg(error));
}

/** The time from @p child's fork() to its first paint, as it wrote it (FirstPaint); 0 when it did not. */
double firstPaintMs(const Child& child, const QString& report)
{
    QFile f(report);
    const qint64 paintedAt = f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
    f.close();
    QFile::remove(report);
    return paintedAt > child.forkedAtNs ? double(paintedAt - child.forkedAtNs) / 1e6 : 0;
}

void guiFigures(int runs)
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("first-paint"));
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                          QStringLiteral("DCEHA_QUIT_AFTER_FIRST_PAINT=") + report};
    QList<double> guiPaint, barePaint, guiWall, bareWall, guiRss, bareRss;
    for (int i = 0; i < runs; ++i) {
        // Side by side: one of each per round, so that the machine's load falls on both alike.
        const Child gui =
            runChild({g_bin + QStringLiteral("/dce-ha-wizard-gui"), QStringLiteral("--simulate"),
                      QStringLiteral("--root"), dir.filePath(QStringLiteral("node1")),
                      QStringLiteral("--shared-dasd"), dir.filePath(QStringLiteral("shared"))},
                     env);
        guiPaint << firstPaintMs(gui, report);
        const Child bare = runChild({g_bin + QStringLiteral("/dce-ha-bare-wizard")}, env);
        barePaint << firstPaintMs(bare, report);
        if (gui.exitCode != 0 || bare.exitCode != 0 || guiPaint.last() <= 0 || barePaint.last() <= 0) {
            say(QStringLiteral("dce-ha-bench: the GUI exited %1, the bare QWizard %2 (or one did not paint)")
                    .arg(gui.exitCode)
                    .arg(bare.exitCode));
            return;
        }
        guiWall << gui.wallMs;
        bareWall << bare.wallMs;
        guiRss << double(gui.maxRssKb);
        bareRss << double(bare.maxRssKb);
    }
    say(QStringLiteral("== The GUI's start up to its first page painted, offscreen (median of %1)")
            .arg(runs));
    say(QStringLiteral(
            "dce-ha-wizard-gui %1 ms to its first paint, %2 MB peak; a bare QWizard %3 ms, %4 MB peak; %5x "
            "the time, %6x the memory (whole processes, to their exit after that paint: %7 ms and %8 ms)")
            .arg(median(guiPaint), 0, 'f', 1)
            .arg(median(guiRss) / 1024, 0, 'f', 1)
            .arg(median(barePaint), 0, 'f', 1)
            .arg(median(bareRss) / 1024, 0, 'f', 1)
            .arg(median(guiPaint) / median(barePaint), 0, 'f', 2)
            .arg(median(guiRss) / median(bareRss), 0, 'f', 2)
            .arg(median(guiWall), 0, 'f', 0)
            .arg(median(bareWall), 0, 'f', 0));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures dce-ha-wizard on this machine and prints the figures (medians); asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("One round, small synthetic records: keeps the program working."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Rounds per figure (default 7)."),
                                  QStringLiteral("N"), QStringLiteral("7"));
    parser.addOption(quick);
    parser.addOption(runs);
    parser.process(app);
    g_bin = QCoreApplication::applicationDirPath();
    const int n = parser.isSet(quick) ? 1 : std::max(1, parser.value(runs).toInt());
    say(QStringLiteral("dce-ha-bench on %1 (%2 cores)%3")
            .arg(QSysInfo::machineHostName())
            .arg(::sysconf(_SC_NPROCESSORS_ONLN))
            .arg(parser.isSet(quick) ? QStringLiteral(", quick mode") : QString()));
    integrationFigures(n);
    checkpointFigures(parser.isSet(quick));
    guiFigures(parser.isSet(quick) ? 1 : n);
    return 0;
}
