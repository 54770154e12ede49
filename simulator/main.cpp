// aixsim: the simulated AIX 4.2.1 / HACMP 4.2.1 / DCE 2.2 node.
//
//   aixsim --root DIR [--shared-dasd DIR] [--node NAME] [--configuration NAME | --cluster FILE] COMMAND
//   [ARG...] COMMAND [ARG...]            (called through a link named after the command; root from
//   AIXSIM_ROOT)
//   aixsim --merge-cluster PART1 PART2   (the two nodes' parts scripts/capture-cluster.ksh wrote on a real
//   cluster, merged into the description --cluster lays down: a twin of that cluster)
//
// Test knobs: AIXSIM_DELAY_MS=N (every command takes N ms: half before its work, half after it is saved),
// AIXSIM_FAIL=COMMAND[:N][,COMMAND[:N]...] (the Nth call of COMMAND on this node fails with its real
// message), AIXSIM_KILL_CALLER=COMMAND[:N][:before|commit|after|late=USEC] or @N[:…] (the calling
// dce-ha-wizard is killed at that instant of the Nth call of COMMAND, or of the node's Nth command; see
// KillPoint.h), AIXSIM_HOLD=COMMAND[:N]|@N with AIXSIM_HOLD_RELEASE=FILE (that call waits until FILE exists;
// see HoldPoint.h; AIXSIM_HOLD=clstrmgr holds the cluster manager before its first event), AIXSIM_EVENT_MS=N
// (the cluster manager's pause before each HACMP event, default 50).
#include "CallLog.h"
#include "ClusterDescription.h"
#include "Commands.h"
#include "HacmpCluster.h"
#include "HoldPoint.h"
#include "Journal.h"
#include "KillPoint.h"
#include "Messages.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cstdio>

namespace aixsim {
QStringList demoConfigurations();
}

using namespace aixsim;

namespace {

int usage()
{
    std::fputs(
        "usage: aixsim --root DIR [--shared-dasd DIR] [--node NAME] [--configuration NAME | --cluster FILE]\n"
        "              COMMAND [ARG...]\n"
        "       aixsim --list-commands\n"
        "       aixsim --merge-cluster PART1 PART2   (two nodes' scripts/capture-cluster.ksh output)\n"
        "Environment: AIXSIM_ROOT, AIXSIM_SHARED_DASD, AIXSIM_NODE, AIXSIM_CONFIGURATION, AIXSIM_CLUSTER,\n"
        "             AIXSIM_DELAY_MS=N, AIXSIM_FAIL=COMMAND[:N][,...],\n"
        "             AIXSIM_KILL_CALLER=COMMAND[:N]|@N[:before|commit|after|late=USEC],\n"
        "             AIXSIM_HOLD=COMMAND[:N]|@N with AIXSIM_HOLD_RELEASE=FILE\n",
        stderr);
    return 2;
}

/** The N of AIXSIM_FAIL for @p command, or 0 when it is not to fail. */
int failAt(const QString& command)
{
    for (const auto& item : qEnvironmentVariable("AIXSIM_FAIL").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char(':'), 0, 0);
        if (name == command)
            return item.contains(QLatin1Char(':')) ? item.section(QLatin1Char(':'), 1).toInt() : 1;
    }
    return 0;
}

/** The node root of the `<root>/.aixsim/bin/NAME` a shell would have run for @p name, going through PATH as
 * it does; empty unless that link is this very program. */
QString rootFromPath(const QString& name)
{
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    for (const auto& dir : qEnvironmentVariable("PATH").split(QLatin1Char(':'))) {
        const QFileInfo candidate((dir.isEmpty() ? QStringLiteral(".") : dir) + QLatin1Char('/') + name);
        if (!candidate.isFile() || !candidate.isExecutable())
            continue;
        const QString link = candidate.absoluteFilePath();
        const qsizetype at = link.lastIndexOf(QLatin1String("/.aixsim/bin/"));
        if (candidate.canonicalFilePath() != self || at <= 0)
            return QString(); // the shell would have run another program: not a node's command
        return link.left(at);
    }
    return QString();
}

/** `aixsim --merge-cluster PART1 PART2`: the full description on stdout (see cluster::merge). */
int mergeCluster(const QString& first, const QString& second)
{
    QByteArray texts[2];
    const QString names[2] = {first, second};
    for (int i = 0; i < 2; ++i) {
        QFile f(names[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "aixsim: %s cannot be read: %s\n", qPrintable(names[i]),
                         qPrintable(f.errorString()));
            return 2;
        }
        texts[i] = f.readAll();
    }
    QString error;
    const QByteArray merged = cluster::merge(texts[0], first, texts[1], second, &error);
    if (merged.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::fwrite(merged.constData(), 1, size_t(merged.size()), stdout);
    return 0;
}

void pause(int ms)
{
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

/** The simulated cluster manager (started detached by rc.cluster, clstop or a node's failure, never by
 * hand): processes the queued HACMP events one at a time, each AIXSIM_EVENT_MS (default 50) after the
 * previous one, so that what runs after rc.cluster sees the events still pending, as on a real cluster. It
 * is not a command of the node: not in calls.log, no link in the node's bin directory. AIXSIM_HOLD=clstrmgr
 * holds it before its first event. */
int runClusterManager(const QString& root, const QString& shared)
{
    const HoldPoint held = HoldPoint::fromEnvironment(QStringLiteral("clstrmgr"), 1, 0);
    if (held.active() && !held.hold())
        return 124;
    const QByteArray gap = qgetenv("AIXSIM_EVENT_MS");
    const int gapMs = gap.isEmpty() ? 50 : gap.toInt();
    for (;;) {
        pause(gapMs);
        Session session(root, shared, QString(), QString());
        QString error;
        if (!session.openExisting(&error))
            return 3; // the node was removed meanwhile (a test's directory): nothing left to manage
        if (session.shared().events.isEmpty()) {
            // Looked at under the lock: whatever is queued after this starts a new manager.
            session.shared().managerPid = 0;
            session.save();
            return 0;
        }
        session.shared().managerPid = QCoreApplication::applicationPid();
        HacmpCluster(session).processNextEvent();
        session.save();
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString invokedAs = QFileInfo(args.takeFirst()).fileName();

    QString root = qEnvironmentVariable("AIXSIM_ROOT");
    QString shared = qEnvironmentVariable("AIXSIM_SHARED_DASD");
    QString nodeName = qEnvironmentVariable("AIXSIM_NODE");
    QString configuration = qEnvironmentVariable("AIXSIM_CONFIGURATION");
    QString clusterFile = qEnvironmentVariable("AIXSIM_CLUSTER");
    QString command;
    if (invokedAs != QLatin1String("aixsim") && findCommand(invokedAs)) {
        command = invokedAs;
        // Called as <root>/.aixsim/bin/NAME (what a script generated for the simulated node does): the path
        // names the node, so the script needs nothing from its caller's environment.
        const QString path = QString::fromLocal8Bit(argv[0]);
        const qsizetype at = path.lastIndexOf(QLatin1String("/.aixsim/bin/"));
        if (at > 0)
            root = path.left(at);
        // Called as one of the node's own programs (<root>/usr/local/bin/dceapp): the root is the directory
        // above it that holds the node's .aixsim.
        for (QDir up = QFileInfo(path).absoluteDir(); at <= 0 && !up.isRoot(); up.cdUp())
            if (up.exists(QStringLiteral(".aixsim/bin"))) {
                root = up.absolutePath();
                break;
            }
        // Called by its bare name, found on PATH by a shell (`PATH=<root>/.aixsim/bin:$PATH lspv`, what a
        // script run on the simulated node does): the shell passes the name alone, so the node is the
        // first PATH directory holding that name, when that is this very program.
        if (root.isEmpty() && !path.contains(QLatin1Char('/')))
            root = rootFromPath(invokedAs);
    } else {
        while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
            const QString opt = args.takeFirst();
            if (opt == QLatin1String("--list-commands")) {
                for (const auto& c : allCommands())
                    std::printf("%s\n", c.name);
                return 0;
            }
            if (opt == QLatin1String("--merge-cluster")) {
                if (args.size() != 2)
                    return usage();
                return mergeCluster(args.at(0), args.at(1));
            }
            if (args.isEmpty())
                return usage();
            const QString value = args.takeFirst();
            if (opt == QLatin1String("--root"))
                root = value;
            else if (opt == QLatin1String("--shared-dasd"))
                shared = value;
            else if (opt == QLatin1String("--node"))
                nodeName = value;
            else if (opt == QLatin1String("--configuration"))
                configuration = value;
            else if (opt == QLatin1String("--cluster"))
                clusterFile = value;
            else
                return usage();
        }
        if (args.isEmpty())
            return usage();
        command = args.takeFirst();
    }
    if (root.isEmpty()) {
        std::fputs("aixsim: no node root: give --root DIR or set AIXSIM_ROOT\n", stderr);
        return 2;
    }
    if (!configuration.isEmpty() && !demoConfigurations().contains(configuration)) {
        std::fprintf(stderr, "aixsim: unknown HACMP configuration %s (known: %s)\n",
                     qPrintable(configuration), qPrintable(demoConfigurations().join(QLatin1Char(' '))));
        return 2;
    }
    if (command == QLatin1String("clstrmgr"))
        return runClusterManager(root, shared);
    const CommandEntry* entry = findCommand(command);
    if (!entry && command != QLatin1String("init")) {
        std::fputs(qPrintable(Messages::table().text(QStringLiteral("unknown-command"), {command}) +
                              QLatin1Char('\n')),
                   stderr);
        return 127;
    }

    const int delay = qEnvironmentVariableIntValue("AIXSIM_DELAY_MS");
    pause(delay / 2);

    if (!clusterFile.isEmpty() && !configuration.isEmpty()) {
        std::fputs(
            "aixsim: --cluster describes the cluster's own resource groups; --configuration chooses one of "
            "the demo's: give one\n",
            stderr);
        return 2;
    }
    Session session(root, shared, nodeName, configuration);
    if (!clusterFile.isEmpty())
        session.setClusterFile(QFileInfo(clusterFile).absoluteFilePath());
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    if (!entry) // init: the node is laid down (by open) and saved
        return 0;
    NodeState& state = session.self().state();
    if (state.halted && command != QLatin1String("poweron"))
        return session.fail(QStringLiteral("halted"), {state.node}, 255);

    // Killed before it starts, a call is not counted: the call log is the count.
    CallLog log(session.self().root());
    const KillPoint kill = KillPoint::fromEnvironment(command, log.callsOf(command) + 1, log.total() + 1);
    kill.reach(KillPoint::Point::Before);
    const int call = log.append(command, args);
    // Held while on record and before its work, holding the lock no longer: the other node's commands (and
    // the test's own queries) go on meanwhile.
    const HoldPoint held = HoldPoint::fromEnvironment(command, call, log.total());
    if (held.active()) {
        session.unlock();
        if (!held.hold())
            return 124;
        QString error;
        if (!session.relock(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3;
        }
        session.reload();
    }
    int rc = 0;
    if (failAt(command) == call) {
        const auto injected = Messages::table().injected(command, args.isEmpty() ? QString() : args.last());
        for (const auto& m : injected.messages)
            session.err(m + QLatin1Char('\n'));
        rc = injected.exitCode;
    } else {
        rc = entry->run(session, args);
    }
    Journal::atNextMidCommit([&kill] { kill.reach(KillPoint::Point::Commit); });
    // A query changed nothing: its state is not even compared with the saved one (the commit instant
    // still comes, for AIXSIM_KILL_CALLER).
    if (entry->isQuery(args) && session.journal().isEmpty())
        Journal::passCommitInstant();
    else
        session.save();
    Journal::atNextMidCommit({});
    session.unlock();
    kill.reach(KillPoint::Point::After);
    pause(delay - delay / 2);
    kill.reach(KillPoint::Point::Late);
    return rc;
}
