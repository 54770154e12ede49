#include "Session.h"

#include "procedure/NodeView.h"
#include "procedure/StepKinds.h"

#include "Logging.h"
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "answers/NodeChecks.h"
#include "answers/Preflight.h"
#include "procedure/ExitCode.h"
#include "procedure/RecordFile.h"
#include "system/SshSystem.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace dceha {

namespace {

/** Why a checkpoint's steps are not the procedure's (same ids in the same order), or an empty string. */
QString stepListMismatch(const RunRecord& previous, const QList<StepDefinition>& steps)
{
    if (previous.steps.size() != steps.size())
        return QStringLiteral("%1 steps where the procedure has %2")
            .arg(previous.steps.size())
            .arg(steps.size());
    for (int i = 0; i < steps.size(); ++i)
        if (previous.steps.at(i).id != steps.at(i).id)
            return QStringLiteral("step %1 is '%2' where the procedure has '%3'")
                .arg(i + 1)
                .arg(previous.steps.at(i).id, steps.at(i).id);
    return {};
}

QStringList texts(const QList<AnswerError>& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.text();
    return out;
}

} // namespace

Session::Session() = default;
Session::~Session() = default;

int Session::exitCode(Result result)
{
    switch (result) {
    case Result::Complete:
        return ExitComplete;
    case Result::Failed:
        return ExitFailed;
    case Result::Waiting:
        return ExitWaiting;
    case Result::Stopped:
        return ExitStopped;
    case Result::Refused:
        return ExitRefused;
    case Result::Locked:
        return ExitLocked;
    }
    return ExitFailed;
}

bool Session::refuse(Result result, QStringList lines)
{
    m_result = result;
    m_refusal = std::move(lines);
    return false;
}

bool Session::open(const SessionSetup& setup)
{
    QByteArray answersText = setup.answersText;
    const bool ownerRecordGiven = !setup.ownerRecordFile.isEmpty() || setup.ownerRecord;
    if (ownerRecordGiven) {
        QString error;
        const QString ownerRecordName =
            setup.ownerRecord ? QStringLiteral("the owner's run in this session") : setup.ownerRecordFile;
        if (setup.ownerRecord)
            m_ownerRecord = *setup.ownerRecord;
        else if (!RecordFile::read(setup.ownerRecordFile, &m_ownerRecord, &error))
            return refuse(Result::Refused, {QStringLiteral("the owner's record is refused: %1").arg(error)});
        if (m_ownerRecord.role != QLatin1String("owner"))
            return refuse(Result::Refused, {QStringLiteral("%1 is the record of a %2 node, not of the owner")
                                                .arg(ownerRecordName, m_ownerRecord.role)});
        const Handoff handoff = Handoff::fromOwner(setup.answersText, m_ownerRecord.answersYaml);
        if (!handoff.conflicts.isEmpty())
            return refuse(
                Result::Refused,
                QStringList{QStringLiteral("the standby must agree with the owner node (%1); refused, "
                                           "nothing changed:")
                                .arg(ownerRecordName)} +
                    handoff.conflicts);
        if (!handoff.prefilled.isEmpty())
            m_notices << QStringLiteral("From the owner's record: %1")
                             .arg(handoff.prefilled.join(QStringLiteral(", ")));
        answersText = handoff.answers;
    } else if (setup.procedure.isEmpty() && setup.policy != SessionSetup::CheckpointPolicy::StartOver &&
               AnswersFile::parse(answersText).answers.role == QLatin1String("standby")) {
        // A standby resumed without the owner's record (its last part, --confirm owner-cluster-started):
        // what the owner handed over is in the run's own answers.
        RunRecord previous;
        QString ignored;
        if (Checkpoint(setup.stateDirHost).load(&previous, &ignored, Checkpoint::Outputs::Later) &&
            previous.role == QLatin1String("standby")) {
            const Handoff resumed = Handoff::fromRunInProgress(answersText, previous.answersYaml);
            if (!resumed.prefilled.isEmpty())
                m_notices << QStringLiteral("From the run in progress (handed over by the owner): %1")
                                 .arg(resumed.prefilled.join(QStringLiteral(", ")));
            answersText = resumed.answers;
        }
    }
    const AnswersFile::Parsed parsed = AnswersFile::parse(answersText);
    if (!parsed.errors.isEmpty())
        return refuse(Result::Refused,
                      QStringList{QStringLiteral("the answers in %1 are refused; nothing was changed:")
                                      .arg(setup.answersName)} +
                          texts(parsed.errors));
    m_answers = parsed.answers;
    m_digest = parsed.digest;
    if (const auto errors = checkStateDirectory(m_answers, setup.stateDirNode); !errors.isEmpty())
        return refuse(Result::Refused, texts(errors));

    const bool drill = setup.procedure == QLatin1String("drill");
    if (!setup.procedure.isEmpty() && !drill)
        return refuse(Result::Refused,
                      {QStringLiteral("no procedure '%1' (known: drill)").arg(setup.procedure)});
    if (drill && !m_answers.isOwner())
        return refuse(
            Result::Refused,
            {QStringLiteral("the drill runs with the owner node's answers (role owner), on the owner "
                            "node; %1 has role %2")
                 .arg(setup.answersName, m_answers.role)});
    m_checkpoint =
        std::make_unique<Checkpoint>(setup.stateDirHost, drill ? QStringLiteral("drill-checkpoint.yaml")
                                                               : QStringLiteral("checkpoint.yaml"));
    QString error;
    if (!setup.dryRun) {
        // One run per node and per state directory, held until the session ends.
        // A local node's root is locked too; a remote node gets a marker there (openRemoteNode).
        if (!m_checkpoint->lock(&error, !setup.node.isEmpty()  ? QString()
                                        : setup.root.isEmpty() ? QStringLiteral("/")
                                                               : setup.root))
            return refuse(Result::Locked, {error});
        m_logger = setupLogging(setup.stateDirHost, setup.verbose);
    } else {
        m_logger = setupLogging(QString(), setup.verbose);
    }

    CommandMap commands = CommandMap::forRealNode();
    if (setup.simulate) {
        if (!QFileInfo(setup.aixsim).isExecutable())
            return refuse(Result::Refused,
                          {QStringLiteral("the simulated node's program %1 is missing").arg(setup.aixsim)});
        commands = CommandMap::forSimulatedNode(setup.aixsim, setup.root, setup.sharedDasd);
    }
    if (!setup.node.isEmpty()) {
        if (!openRemoteNode(setup, commands))
            return false;
    } else {
        m_system = std::make_unique<RealSystem>(setup.root, commands);
    }
    if (drill && (!setup.peerRoot.isEmpty() || !setup.peer.isEmpty()) && !openPeer(setup))
        return false;
    // The pre-flight, every run: all of the node's preconditions at once, before anything changes.
    PreflightInput input;
    input.stateDirNodePath = setup.stateDirNode;
    input.ownerRecordGiven = ownerRecordGiven;
    input.ownerDiskPvids = m_ownerRecord.sharedDisks;
    // The pre-flight and what open() asks after it go through one view of the node: each question asked
    // once; the run (or the dry run) that follows at once takes the answers over (handOverView()).
    m_view = std::make_unique<NodeView>(*m_system);
    ViewedSystem viewed(*m_system, *m_view);
    // The answers are as old as the pre-flight's first question.
    m_opened.start();
    m_preflight = Preflight::run(viewed, m_answers, input);
    if (const int failed = Preflight::count(m_preflight, PreflightFinding::Severity::Failure)) {
        QStringList lines{
            QStringLiteral("the pre-flight found %1 failure(s): the answers do not fit this node; "
                           "nothing was changed:")
                .arg(failed)};
        for (const auto& f : m_preflight)
            if (f.severity == PreflightFinding::Severity::Failure) {
                lines << AnswerError{f.field, f.message}.text();
                if (!f.evidence.isEmpty())
                    lines << QStringLiteral("    seen: ") + f.evidence;
            }
        return refuse(Result::Refused, lines);
    }
    for (const auto& f : m_preflight)
        if (f.severity == PreflightFinding::Severity::Warning)
            m_notices << QStringLiteral("Pre-flight warning: %1: %2").arg(f.field, f.message);

    const Catalog catalog = Catalog::load(drill ? QStringLiteral("drill") : m_answers.role, &error);
    if (!catalog.isValid())
        return refuse(Result::Refused, {error});
    QStringList problems;
    m_steps = catalog.expand(m_answers, &problems);
    if (!problems.isEmpty())
        return refuse(Result::Refused,
                      QStringList{QStringLiteral("the procedure catalog is inconsistent:")} + problems);

    if (!setup.dryRun && !applyCheckpointPolicy(setup))
        return false;
    if (setup.dryRun && !drill)
        readCheckpointForPreview(setup);

    CommandSpec hostSpec;
    hostSpec.name = QStringLiteral("hostname");
    m_record.hostname = QString::fromUtf8(viewed.run(hostSpec).stdOut).trimmed();
    m_record.root = m_system->root().isEmpty() ? QStringLiteral("/") : m_system->root();
    m_record.role = m_answers.role;
    // What the record is a record of, said in every export: a rehearsal reads unlike a production run.
    m_record.target =
        setup.node.isEmpty()
            ? (setup.simulate ? QStringLiteral("simulation") : QStringLiteral("real node"))
            : (setup.simulate ? QStringLiteral("remote simulated node ") : QStringLiteral("remote node ")) +
                  setup.node;
    m_record.wizardVersion = QCoreApplication::applicationVersion();
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (user.isEmpty())
        if (const passwd* account = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(account->pw_name);
    m_record.operatorName =
        (user.isEmpty() ? QStringLiteral("?") : user) + QLatin1Char('@') + QSysInfo::machineHostName();
    m_record.procedure = setup.procedure;
    m_record.configuration = m_answers.configuration;
    m_record.answersYaml = AnswersFile::serialize(m_answers);
    m_record.answersDigest = m_digest;
    m_record.preflight = m_preflight;
    if (m_answers.isOwner() && setup.procedure.isEmpty())
        m_record.sharedDisks = Preflight::sharedDiskPvids(viewed, m_answers);

    m_runner = std::make_unique<Runner>(*m_system, m_answers, m_steps, m_record,
                                        setup.dryRun ? nullptr : m_checkpoint.get());
    m_runner->confirmed = QSet<QString>(setup.confirmed.cbegin(), setup.confirmed.cend());
    m_runner->peer = m_peer.get();
    m_runner->peerName = m_peer ? m_peerName : QStringLiteral("the other node");
    for (const auto& step : m_ownerRecord.steps)
        if (step.status == StepRecord::Status::Done)
            m_runner->ownerDone.insert(step.id);
    if (m_revise) {
        m_revised = m_runner->revise();
        m_notices
            << (m_revised.isEmpty()
                    ? QStringLiteral("The answers changed since the run in progress, but no step's inputs "
                                     "did: every done step stays done.")
                    : QStringLiteral("The answers changed since the run in progress: the steps whose inputs "
                                     "changed run again (%1); the other done steps stay done.")
                          .arg(m_revised.join(QStringLiteral(", "))));
    }
    m_result = Result::Complete;
    return true;
}

void Session::reviseFrom(RunRecord previous)
{
    m_record = std::move(previous);
    m_revise = true;
}

QString Session::passwordStep() const
{
    for (const auto& def : m_steps) {
        const StepRecord* rec = m_record.step(def.id);
        const bool settled =
            rec && (rec->status == StepRecord::Status::Done || rec->status == StepRecord::Status::Skipped);
        if (def.applicable && !settled && def.kind == QLatin1String("command") &&
            CommandStep::readsPassword(def))
            return def.id;
    }
    return {};
}

void Session::readCheckpointForPreview(const SessionSetup& setup)
{
    if (!m_checkpoint || !m_checkpoint->exists() || setup.policy == SessionSetup::CheckpointPolicy::StartOver)
        return;
    RunRecord previous;
    QString error;
    if (!m_checkpoint->load(&previous, &error, Checkpoint::Outputs::Later))
        return;
    m_outputsLater = true;
    if (previous.answersDigest == m_digest) {
        if (stepListMismatch(previous, m_steps).isEmpty())
            m_record = previous;
        return;
    }
    if (setup.policy == SessionSetup::CheckpointPolicy::Revise) {
        reviseFrom(std::move(previous));
        return;
    }
    // The run itself would refuse these answers: the preview says so rather than plan a fresh run silently.
    m_notices << QStringLiteral(
                     "A run is in progress on this node with other answers (%1): the run itself refuses "
                     "these answers unless --revise (only the steps they affect run again) or --restart; "
                     "this preview ignores that run.")
                     .arg(m_checkpoint->path());
}

bool Session::openPeer(const SessionSetup& setup)
{
    if (!setup.peerRoot.isEmpty() && !setup.simulate)
        return refuse(Result::Refused,
                      {QStringLiteral("--peer-root names a simulated node: it needs --simulate")});
    const QString where = setup.peer.isEmpty() ? setup.peerRoot : setup.peer;
    if (setup.peer.isEmpty()) {
        // A mistyped root would become a fresh simulated node, and the drill would fail at its first check on
        // it: refused before anything runs.
        if (!QFileInfo(setup.peerRoot).isDir())
            return refuse(
                Result::Refused,
                {QStringLiteral("the other node's root %1 is not a directory; nothing was changed: name "
                                "the other simulated node's root (on the same shared DASD)")
                     .arg(setup.peerRoot)});
        if (setup.node.isEmpty() &&
            QFileInfo(setup.peerRoot).canonicalFilePath() == QFileInfo(setup.root).canonicalFilePath())
            return refuse(
                Result::Refused,
                {QStringLiteral("the other node's root %1 is this node's own root; nothing was changed")
                     .arg(setup.peerRoot)});
        m_peer = std::make_unique<RealSystem>(
            setup.peerRoot, CommandMap::forSimulatedNode(setup.aixsim, setup.peerRoot, setup.sharedDasd));
    } else {
        const CommandMap commands =
            setup.simulate ? CommandMap::forSimulatedNode(setup.aixsim, setup.peerRoot, setup.sharedDasd)
                           : CommandMap::forRealNode();
        auto remote = openRemote(setup, setup.peer, setup.acceptPeerHostKey, QStringLiteral("--peer"),
                                 setup.peerRoot, commands);
        if (!remote)
            return false;
        m_peer = std::move(remote);
    }
    CommandSpec host;
    host.name = QStringLiteral("hostname");
    const QString here = QString::fromUtf8(m_system->run(host).stdOut).trimmed();
    const QString there = QString::fromUtf8(m_peer->run(host).stdOut).trimmed();
    m_peerName = there;
    if (there.isEmpty() || there == here)
        return refuse(Result::Refused,
                      {QStringLiteral("the node at %1 is %2, not the other node of this cluster; nothing was "
                                      "changed: name the other node")
                           .arg(where, there.isEmpty() ? QStringLiteral("not answering")
                                                       : QStringLiteral("this node (%1)").arg(here))});
    return true;
}

bool Session::openRemoteNode(const SessionSetup& setup, const CommandMap& commands)
{
    auto remote =
        openRemote(setup, setup.node, setup.acceptHostKey, QStringLiteral("--node"), setup.root, commands);
    if (!remote)
        return false;
    QString error;
    // One workstation at a time on a node: its own lock keeps its runs apart, the marker on the node others.
    if (!setup.dryRun &&
        !remote->acquireNodeLock(QStringLiteral("%1:%2").arg(QSysInfo::machineHostName(), setup.stateDirHost),
                                 &error))
        return refuse(Result::Locked, {error});
    m_system = std::move(remote);
    return true;
}

std::unique_ptr<SshSystem> Session::openRemote(const SessionSetup& setup, const QString& url,
                                               const QString& acceptKey, const QString& option,
                                               const QString& root, const CommandMap& commands)
{
    QString error;
    const auto target = SshTarget::parse(url, &error);
    if (!target) {
        refuse(Result::Refused, {QStringLiteral("%1 %2").arg(option, error)});
        return nullptr;
    }
    // The control socket and the wizard's own known hosts: private, beside the checkpoint on this machine.
    auto transport =
        std::make_shared<SshTransport>(*target, setup.stateDirHost + QStringLiteral("/ssh"), setup.sshConfig);
    const SshTransport::HostKeyCheck key = transport->checkHostKey();
    const QString acceptOption = option == QLatin1String("--peer") ? QStringLiteral("--accept-peer-host-key")
                                                                   : QStringLiteral("--accept-host-key");
    switch (key.status) {
    case SshTransport::HostKey::Known:
        break;
    case SshTransport::HostKey::Unreachable:
        refuse(Result::Refused, {QStringLiteral("the node %1 cannot be reached; nothing was changed: %2")
                                     .arg(target->text(), key.error)});
        return nullptr;
    case SshTransport::HostKey::Changed:
        refuse(Result::Refused,
               {QStringLiteral("the host key of %1 has CHANGED; refused, nothing was changed. Known: %2; "
                               "offered now: %3. If the node was reinstalled, remove its line from %4 and "
                               "accept the new key.")
                    .arg(target->text(), key.known.join(QStringLiteral(", ")),
                         key.offered.join(QStringLiteral(", ")), transport->knownHostsFile())});
        return nullptr;
    case SshTransport::HostKey::Unknown:
        if (acceptKey.isEmpty() || !key.offered.contains(acceptKey)) {
            QStringList lines{
                QStringLiteral("first contact with %1: its host key is %2; nothing was changed. Check "
                               "it on the node (ssh-keygen -l -f /etc/ssh/ssh_host_*_key.pub) and run "
                               "again with %3 %4")
                    .arg(target->text(), key.offered.join(QStringLiteral(", ")), acceptOption,
                         key.offered.value(0, QStringLiteral("SHA256:…")))};
            if (!acceptKey.isEmpty())
                lines << QStringLiteral("%1 %2 is not the key %3 offers")
                             .arg(acceptOption, acceptKey, target->text());
            refuse(Result::Refused, lines);
            return nullptr;
        }
        if (!transport->acceptHostKey(acceptKey, &error)) {
            refuse(Result::Refused, {error});
            return nullptr;
        }
        m_notices << QStringLiteral("The host key %1 of %2 is accepted (kept in %3)")
                         .arg(acceptKey, target->text(), transport->knownHostsFile());
        break;
    }
    return std::make_unique<SshSystem>(transport, root, commands);
}

void Session::attachOther(System* other, const QString& name, const RunRecord* record)
{
    m_runner->peer = other;
    m_runner->peerName = name;
    m_runner->otherRecord = record;
}

bool Session::applyCheckpointPolicy(const SessionSetup& setup)
{
    Checkpoint& checkpoint = *m_checkpoint;
    if (checkpoint.presence() == Checkpoint::Presence::NotAFile)
        return refuse(Result::Refused,
                      {QStringLiteral("%1 is not a file (a directory, a FIFO or a dangling symbolic link); "
                                      "refused, nothing changed. Move it away by hand, then run again.")
                           .arg(checkpoint.path())});
    if (!checkpoint.exists())
        return true;
    const bool startOver = setup.policy == SessionSetup::CheckpointPolicy::StartOver;
    RunRecord previous;
    QString error;
    // Where to resume is decided from the steps: their long outputs are read back when the record is
    // wanted (record()), not here.
    const bool readable = checkpoint.load(&previous, &error, Checkpoint::Outputs::Later);
    m_outputsLater = readable;
    if (!readable && !startOver)
        return refuse(Result::Refused,
                      {QStringLiteral("%1; refused, nothing changed. To recover: run the same command with "
                                      "--restart (the damaged checkpoint is kept aside as "
                                      "checkpoint.yaml.TIMESTAMP, and the probes recognise the work already "
                                      "on the node), or put back a copy of the checkpoint you trust.")
                           .arg(error)});
    if (startOver) {
        const QString aside = checkpoint.archive(&error);
        if (aside.isEmpty())
            return refuse(Result::Refused, {error + QStringLiteral("; nothing was changed on the node.")});
        m_notices << QStringLiteral("Starting over: the previous checkpoint is kept as %1").arg(aside);
        return true;
    }
    if (previous.answersDigest != m_digest && setup.policy == SessionSetup::CheckpointPolicy::Revise) {
        reviseFrom(std::move(previous));
        return true;
    }
    if (previous.answersDigest != m_digest) {
        const AnswersFile::Parsed before = AnswersFile::parse(previous.answersYaml);
        QStringList changed = AnswersFile::differences(before.answers, m_answers);
        if (changed.isEmpty())
            changed << QStringLiteral(
                "none of the answers, but the checkpoint's answers_digest does not match "
                "(the checkpoint was edited)");
        // What --revise would redo: the engine's own list, the one the GUI's review shows.
        RunRecord revised = previous;
        Runner planner(*m_system, m_answers, m_steps, revised, nullptr);
        const QStringList again = planner.revise();
        return refuse(
            Result::Refused,
            {QStringLiteral("these answers differ from the ones of the run in progress (%1); "
                            "refused. Changed: %2. Use the same answers to resume; or --revise to "
                            "resume with these answers, which runs again only the steps whose "
                            "inputs changed (%3); or --restart.")
                 .arg(checkpoint.path(), changed.join(QStringLiteral(", ")),
                      again.isEmpty() ? QStringLiteral("none") : again.join(QStringLiteral(", ")))});
    }
    if (const QString mismatch = stepListMismatch(previous, m_steps); !mismatch.isEmpty())
        return refuse(
            Result::Refused,
            {QStringLiteral("the checkpoint %1 does not list the steps of the procedure for these "
                            "answers (%2): it was cut or edited, or written by another version of "
                            "the wizard; refused, nothing changed. To recover: run the same command "
                            "with --restart (the checkpoint is kept aside, and the probes recognise "
                            "the work already on the node).")
                 .arg(checkpoint.path(), mismatch)});
    m_record = previous;
    return true;
}

QString Session::headline() const
{
    return QStringLiteral("%1%2 node %3, %4%5, cell %6")
        .arg(m_record.procedure == QLatin1String("drill") ? QStringLiteral("failover drill from the ")
                                                          : QString(),
             m_answers.role, m_record.hostname, m_answers.configuration,
             m_answers.dfs ? QStringLiteral(", with DFS") : QStringLiteral(", without DFS"),
             m_answers.cellName);
}

QList<Disruption> Session::disruptions(const QList<Runner::Preview>& previews)
{
    QList<Disruption> out;
    for (const auto& p : previews)
        if (p.step->applicable && p.probe.state != Probe::State::Done)
            out << Disruption::ofActions(p.step->id, p.actions, m_system.get());
    return out;
}

void Session::handOverView()
{
    // Only straight after open(): once the operator has had time (a password typed, a review read), the
    // node may have changed under the answers, and the run asks it again.
    m_runner->initialView =
        m_view && m_opened.isValid() && m_opened.elapsed() <= kViewFreshMs ? m_view.get() : nullptr;
    m_opened.invalidate();
}

QList<Runner::Preview> Session::preview()
{
    handOverView();
    return m_runner->preview();
}

Session::Result Session::run()
{
    // Two sessions in one process (both nodes): each run logs to its own node's log.
    if (m_logger)
        spdlog::set_default_logger(m_logger);
    // Every front-end's run leaves the same log: each step's start and end, around the front-end's hooks
    // (wrapped for this run only: a session may run again, the two-node session's second part).
    handOverView();
    Runner::Hooks& hooks = m_runner->hooks;
    const Runner::Hooks shownHooks = hooks;
    hooks.stepStarted = [shown = hooks.stepStarted](int i, int total, const StepRecord& s) {
        spdlog::info("step {} started", s.id.toStdString());
        if (shown)
            shown(i, total, s);
    };
    hooks.stepFinished = [shown = hooks.stepFinished](int i, int total, const StepRecord& s) {
        spdlog::info("step {} {}{}", s.id.toStdString(), StepRecord::statusName(s.status).toStdString(),
                     s.message.isEmpty() ? std::string() : ": " + s.message.toStdString());
        if (shown)
            shown(i, total, s);
    };
    m_runnerResult = m_runner->run();
    hooks = shownHooks;
    switch (m_runnerResult) {
    case Runner::Result::Complete:
        return m_result = Result::Complete;
    case Runner::Result::Waiting:
        return m_result = Result::Waiting;
    case Runner::Result::Stopped:
    case Runner::Result::Interrupted:
        return m_result = Result::Stopped;
    case Runner::Result::Failed:
    case Runner::Result::CheckpointLost:
        return m_result = Result::Failed;
    }
    return m_result = Result::Failed;
}

QString Session::saveError() const
{
    return m_runnerResult == Runner::Result::CheckpointLost ? m_runner->saveError() : QString();
}

QString Session::waitingStep() const
{
    for (const auto& s : m_record.steps)
        if (s.status == StepRecord::Status::Waiting)
            return s.id;
    return {};
}

QString Session::failedStep() const
{
    for (const auto& s : m_record.steps)
        if (s.status == StepRecord::Status::Failed)
            return s.id;
    return {};
}

RunRecord& Session::record()
{
    if (m_outputsLater && m_checkpoint) {
        m_outputsLater = false;
        QString error;
        if (!m_checkpoint->readOutputs(m_record, &error))
            spdlog::warn("{}", error.toStdString());
    }
    return m_record;
}

} // namespace dceha
