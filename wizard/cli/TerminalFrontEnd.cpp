#include "TerminalFrontEnd.h"

#include "procedure/ExitCode.h"

#include "HeadlessRun.h"
#include "answers/Answers.h"
#include "system/SshTransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>

namespace dceha {

namespace {

void say(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/** One line from the terminal; @p fallback when it is empty or stdin ended. */
QString ask(const QString& question, const QString& fallback)
{
    std::fputs(qPrintable(question + QStringLiteral(" [") + fallback + QStringLiteral("] ")), stdout);
    std::fflush(stdout);
    std::string line;
    if (!std::getline(std::cin, line))
        return QStringLiteral("q");
    const QString answer = QString::fromStdString(line).trimmed();
    return answer.isEmpty() ? fallback : answer;
}

QByteArray example(const QString& configuration, const QString& role, bool dfs)
{
    QFile f(QStringLiteral(":/dceha/answers/%1-%2.yaml").arg(configuration, role));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (!dfs) {
        text.replace(QStringLiteral("dfs: true"), QStringLiteral("dfs: false"));
        QStringList kept;
        for (const auto& line : text.split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1String("dfs_cache:")) &&
                !line.startsWith(QLatin1String("dfs_aggregates:")))
                kept << line;
        text = kept.join(QLatin1Char('\n'));
    }
    return text.toUtf8();
}

struct Node
{
    Options options;
    QByteArray answers;
    QString name;
};

/** Runs a node's procedure until it completes, waits, or the person quits. Returns the last outcome. */
RunOutcome drive(Node& node, const std::function<bool(Node&, const QString&)>& onWait)
{
    for (;;) {
        const RunOutcome outcome = runProcedure(node.options, node.answers, node.name);
        if (outcome.exitCode == ExitComplete || outcome.exitCode == ExitRefused ||
            outcome.exitCode == ExitLocked || outcome.exitCode == ExitStopped)
            return outcome;
        if (outcome.exitCode == ExitFailed && outcome.failedStep.isEmpty())
            return outcome; // not a step's failure (the checkpoint could not be saved): said above
        if (outcome.exitCode == ExitFailed) {
            const QString choice =
                ask(QStringLiteral("The step %1 failed (its command and output are above). [r]etry after "
                                   "fixing the cause, or [q]uit (the run resumes here later)?")
                        .arg(outcome.failedStep),
                    QStringLiteral("q"));
            if (choice.startsWith(QLatin1Char('r')))
                continue;
            return outcome;
        }
        if (onWait && onWait(node, outcome.waitingStep))
            continue;
        return outcome;
    }
}

/** A remote node's host key against the wizard's known hosts, before anything is asked there: known, it
 * goes on; at first contact the fingerprint is shown and the person must type yes (as ssh asks); changed, or
 * unreachable, it is refused. @return false when the node cannot be used. */
bool confirmHostKey(const Options& o, bool interactive)
{
    QString error;
    const auto target = SshTarget::parse(o.node, &error);
    if (!target) {
        say(QStringLiteral("dce-ha-wizard: --node %1").arg(error));
        return false;
    }
    SshTransport transport(*target, o.stateDirHostPath() + QStringLiteral("/ssh"),
                           o.sshConfig.isEmpty() ? QString() : QDir(o.sshConfig).absolutePath());
    const SshTransport::HostKeyCheck key = transport.checkHostKey();
    switch (key.status) {
    case SshTransport::HostKey::Known:
        return true;
    case SshTransport::HostKey::Unreachable:
        say(QStringLiteral("dce-ha-wizard: the node %1 cannot be reached; nothing was changed: %2")
                .arg(target->text(), key.error));
        return false;
    case SshTransport::HostKey::Changed:
        say(QStringLiteral(
                "dce-ha-wizard: the host key of %1 has CHANGED; refused, nothing was changed. Known: "
                "%2; offered now: %3. If the node was reinstalled, remove its line from %4 and "
                "accept the new key.")
                .arg(target->text(), key.known.join(QStringLiteral(", ")),
                     key.offered.join(QStringLiteral(", ")), transport.knownHostsFile()));
        return false;
    case SshTransport::HostKey::Unknown:
        break;
    }
    const QString fingerprint = key.offered.value(0);
    if (!o.acceptHostKey.isEmpty() && key.offered.contains(o.acceptHostKey)) {
        if (transport.acceptHostKey(o.acceptHostKey, &error))
            return true;
        say(QStringLiteral("dce-ha-wizard: ") + error);
        return false;
    }
    say(QStringLiteral("\nFirst contact with %1. Its host key is:\n  %2\nCompare it with the key on the node "
                       "itself (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub): a different key means "
                       "another machine answers in its place.")
            .arg(target->text(), key.offered.join(QStringLiteral("\n  "))));
    if (!interactive) {
        say(QStringLiteral("dce-ha-wizard: no terminal to ask on: run again with --accept-host-key %1 once "
                           "checked; nothing was changed")
                .arg(fingerprint));
        return false;
    }
    if (ask(QStringLiteral("Accept this key? Type yes to accept"), QStringLiteral("no")) !=
        QLatin1String("yes")) {
        say(QStringLiteral("The host key was not accepted; nothing was changed."));
        return false;
    }
    if (!transport.acceptHostKey(fingerprint, &error)) {
        say(QStringLiteral("dce-ha-wizard: ") + error);
        return false;
    }
    say(QStringLiteral("The host key %1 is accepted (kept in %2).")
            .arg(fingerprint, transport.knownHostsFile()));
    return true;
}

} // namespace

int runTerminal(const Options& base)
{
    const bool interactive = ::isatty(STDIN_FILENO);
    QByteArray answers;
    QString configuration = QStringLiteral("hot-standby-cascading");
    QString role = QStringLiteral("owner");
    bool dfs = true;
    say(QStringLiteral(
            "dce-ha-wizard: DCE/DFS integration with HACMP, chapter 3 of the IBM guide, step by step.\n"
            "Node root: %1%2")
            .arg(base.root, base.simulate ? QStringLiteral(" (simulated AIX node)") : QString()));
    if (!base.node.isEmpty()) {
        say(QStringLiteral(
                "Node: %1, reached over SSH: its commands run there; the checkpoint, the record and "
                "the log stay here, in %2")
                .arg(base.node, base.stateDirHostPath()));
        if (!confirmHostKey(base, interactive))
            return 2;
    }
    if (!base.answersFile.isEmpty()) {
        QFile f(base.answersFile);
        if (!f.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("dce-ha-wizard: cannot read %1").arg(base.answersFile));
            return 2;
        }
        answers = f.readAll();
    } else if (interactive) {
        const QStringList configurations = Answers::configurations();
        say(QStringLiteral("\nHACMP configurations:"));
        for (int i = 0; i < configurations.size(); ++i)
            say(QStringLiteral("  %1) %2").arg(i + 1).arg(configurations.at(i)));
        configuration = configurations.value(
            ask(QStringLiteral("Configuration"), QStringLiteral("1")).toInt() - 1, configuration);
        role = ask(QStringLiteral("This node's role: 1) owner (highest priority)  2) standby/takeover"),
                   QStringLiteral("1")) == QLatin1String("2")
                   ? QStringLiteral("standby")
                   : QStringLiteral("owner");
        dfs =
            !ask(QStringLiteral("Install DFS too? (y/n)"), QStringLiteral("y")).startsWith(QLatin1Char('n'));
        answers = example(configuration, role, dfs);
        say(QStringLiteral(
                "\nAnswers (the demo cluster's example; to use your own, pass --answers FILE):\n") +
            QString::fromUtf8(answers));
    } else {
        answers = example(configuration, role, dfs);
    }

    Options preview = base;
    preview.dryRun = true;
    say(QString());
    const RunOutcome plan = runProcedure(preview, answers, QStringLiteral("the answers"));
    if (plan.exitCode != 0)
        return 2;
    if (!interactive) {
        say(QStringLiteral("\n(no terminal to ask on: this is the plan only. Run it with --headless "
                           "--answers FILE, or from a "
                           "terminal.)"));
        return 0;
    }
    // As SMIT's ARE YOU SURE? and ssh's first contact: what cannot be undone needs the word, not a key.
    if (ask(QStringLiteral(
                "\nRun these steps on %1? What they destroy and interrupt is listed above. Type yes "
                "to begin")
                .arg(base.node.isEmpty() ? base.root : base.node),
            QStringLiteral("no")) != QLatin1String("yes")) {
        say(QStringLiteral("Nothing was run."));
        return 0;
    }

    // The "yes" below covers the first run of each restart or cluster stop the summary listed; any other (a
    // retry, the standby's, one the summary did not list) is asked for by itself.
    const QString here =
        role == QLatin1String("owner") ? QStringLiteral("the owner node") : QStringLiteral("this node");
    auto confirmedOnce = std::make_shared<QSet<QString>>();
    for (const auto& step : plan.interruptingSteps)
        confirmedOnce->insert(here + QLatin1Char('/') + step);
    const auto askBeforeDisruption = [confirmedOnce](const QString& node) {
        return [confirmedOnce, node](const QString& step, const QStringList& what) {
            if (confirmedOnce->remove(node + QLatin1Char('/') + step))
                return true;
            say(QStringLiteral(
                    "\nThe next step, %1 on %2, was not in what you confirmed (it runs again, or comes "
                    "after): %3")
                    .arg(step, node, what.join(QStringLiteral("; "))));
            return ask(QStringLiteral("Type yes to run it"), QStringLiteral("no")) == QLatin1String("yes");
        };
    };
    Node owner{base, answers, QStringLiteral("the answers")};
    owner.options.approveDisruption = askBeforeDisruption(here);
    owner.options.recordFile = base.stateDirHostPath() + QStringLiteral("/record.yaml");
    // The standby of the simulated demo is offered only when given (--peer-root; run.sh gives the demo's
    // node2): a guessed sibling directory may belong to another rehearsal on another shared DASD.
    const QString standbyRoot = base.peerRoot;
    const bool demoOwner = base.simulate && role == QLatin1String("owner") && base.answersFile.isEmpty() &&
                           !standbyRoot.isEmpty();

    auto standbyWait = [](Node& node, const QString& step) {
        say(QString());
        const QString choice =
            ask(QStringLiteral("Waiting at %1. [c]onfirm it is done, or [q]uit (run again later to resume)?")
                    .arg(step),
                QStringLiteral("q"));
        if (!choice.startsWith(QLatin1Char('c')))
            return false;
        node.options.confirm << step;
        return true;
    };
    // The demo's whole two-node run from here ([s]): its end is what the exit status says.
    int demoExit = -1;
    auto ownerWait = [&](Node& node, const QString& step) {
        say(QString());
        QString prompt =
            QStringLiteral("Waiting at %1. [c]onfirm it is done, or [q]uit (run again later to resume)?")
                .arg(step);
        if (demoOwner && step == QLatin1String("standby-integrated"))
            prompt =
                QStringLiteral(
                    "Waiting at %1. [s] integrate the demo's standby node (%2) now, [c]onfirm it is done, or "
                    "[q]uit?")
                    .arg(step, standbyRoot);
        const QString choice = ask(prompt, demoOwner ? QStringLiteral("s") : QStringLiteral("q"));
        if (choice.startsWith(QLatin1Char('s')) && demoOwner) {
            Node standby{base, example(configuration, QStringLiteral("standby"), dfs),
                         QStringLiteral("the standby's answers")};
            standby.options.root = standbyRoot;
            standby.options.stateDir.clear();
            standby.options.ownerRecord = owner.options.recordFile;
            standby.options.recordFile = standby.options.stateDirHostPath() + QStringLiteral("/record.yaml");
            standby.options.approveDisruption = askBeforeDisruption(QStringLiteral("the standby node"));
            QDir().mkpath(standbyRoot);
            say(QStringLiteral("\n== The standby node (%1), with the owner's record ==").arg(standbyRoot));
            // The standby stops at its own wait for the owner's cluster manager: that is the handover point.
            const RunOutcome s = drive(standby, {});
            if (s.exitCode != 3 || s.waitingStep != QLatin1String("owner-cluster-started")) {
                // Not the handover point: said, with how to go on from there.
                say(QStringLiteral(
                        "\nThe standby's run stopped %1, not at its wait for the owner's cluster manager "
                        "(owner-cluster-started). Fix what it says above, then continue the standby alone: "
                        "dce-ha-wizard --terminal --simulate --root %2 --shared-dasd %3; the owner resumes "
                        "at "
                        "standby-integrated when you run this command again.")
                        .arg(s.exitCode == 3          ? QStringLiteral("waiting at ") + s.waitingStep
                             : s.failedStep.isEmpty() ? QStringLiteral("with exit status %1").arg(s.exitCode)
                                                      : QStringLiteral("at the failed step ") + s.failedStep,
                             standbyRoot, base.sharedDasd));
                demoExit = s.exitCode;
                return false;
            }
            say(QStringLiteral("\n== Back on the owner: the standby is integrated =="));
            node.options.confirm << step;
            const RunOutcome o = runProcedure(node.options, node.answers, node.name);
            if (o.exitCode != 0)
                return false;
            say(QStringLiteral("\n== The standby: the owner's cluster manager is up =="));
            standby.options.confirm << s.waitingStep;
            demoExit = drive(standby, standbyWait).exitCode;
            if (demoExit == 0 &&
                ask(QStringLiteral(
                        "\nBoth nodes are integrated. Run the failover drill now (the guide's chapter 2: "
                        "takeover and reintegration, each stage checked)? (y/n)"),
                    QStringLiteral("n"))
                    .startsWith(QLatin1Char('y'))) {
                Options drill = owner.options;
                drill.confirm.clear();
                // The drill stops and restarts the cluster on purpose: its "y" above is its confirmation.
                drill.approveDisruption = nullptr;
                drill.drill = true;
                drill.peerRoot = standbyRoot;
                drill.recordFile = base.stateDirHostPath() + QStringLiteral("/drill-record.yaml");
                say(QStringLiteral("\n== The failover drill, from the owner node =="));
                const RunOutcome d = runProcedure(drill, node.answers, node.name);
                demoExit = d.exitCode;
                say(QStringLiteral("\nThe drill's record: %1").arg(drill.recordFile));
                if (d.exitCode != 0)
                    say(QStringLiteral(
                        "The drill did not pass: the failed check above says what was expected and "
                        "what was found."));
            }
            return false; // the owner is complete: nothing more to run here
        }
        if (!choice.startsWith(QLatin1Char('c')))
            return false;
        node.options.confirm << step;
        return true;
    };
    const RunOutcome outcome = drive(owner, role == QLatin1String("owner")
                                                ? std::function<bool(Node&, const QString&)>(ownerWait)
                                                : std::function<bool(Node&, const QString&)>(standbyWait));
    say(QStringLiteral("\nThe record of this node's run: %1").arg(owner.options.recordFile));
    return demoExit >= 0 ? demoExit : outcome.exitCode;
}

} // namespace dceha
