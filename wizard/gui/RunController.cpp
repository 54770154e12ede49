#include "RunController.h"

#include "answers/AnswersFile.h"
#include "procedure/ExitCode.h"
#include "system/Interruption.h"

#include <QMetaObject>
#include <QThread>

namespace dceha {

RunController::RunController(std::unique_ptr<RealSystem> system, Answers answers, QByteArray answersDigest,
                             QList<StepDefinition> steps, QString stateDir, QObject* passwordAsker,
                             QSet<QString> ownerDone)
    : m_system(std::move(system)), m_answers(std::move(answers)), m_digest(std::move(answersDigest)),
      m_steps(std::move(steps)), m_stateDir(std::move(stateDir)), m_passwordAsker(passwordAsker),
      m_ownerDone(std::move(ownerDone))
{}

RunController::~RunController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QList<Runner::Preview> RunController::preview()
{
    RunRecord scratch;
    Runner runner(*m_system, m_answers, m_steps, scratch, nullptr);
    runner.ownerDone = m_ownerDone;
    QList<Runner::Preview> previews = runner.preview();
    // The runner's steps die with it: the previews point at this controller's, which live as long as it.
    const QList<StepDefinition>& steps = m_steps;
    for (int i = 0; i < previews.size() && i < steps.size(); ++i)
        previews[i].step = &steps.at(i);
    return previews;
}

RunRecord RunController::record() const
{
    return m_record;
}

void RunController::start(const QStringList& confirmed)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_stop = false;
    m_running = true;
    m_thread = QThread::create([this, confirmed] {
        runInThread(confirmed);
        m_running = false;
    });
    m_thread->start();
}

void RunController::wait()
{
    if (m_thread)
        m_thread->wait();
}

void RunController::runInThread(const QStringList& confirmed)
{
    Checkpoint checkpoint(m_stateDir);
    QString error;
    if (!checkpoint.lock(&error, m_system->root().isEmpty() ? QStringLiteral("/") : m_system->root())) {
        Q_EMIT output(error);
        Q_EMIT finished(ExitLocked, QString());
        return;
    }
    RunRecord record;
    if (checkpoint.presence() == Checkpoint::Presence::NotAFile) {
        Q_EMIT output(
            tr("%1 is not a file (a directory, a FIFO or a dangling symbolic link): move it away by "
               "hand, then run again. Nothing was changed.",
               "@info")
                .arg(checkpoint.path()));
        Q_EMIT finished(ExitRefused, QString());
        return;
    }
    if (checkpoint.exists() && !checkpoint.load(&record, &error)) {
        // Never written over: a damaged checkpoint is kept aside and the run starts over (the probes still
        // recognise the work already on the node).
        const QString aside = checkpoint.archive(&error);
        if (aside.isEmpty()) {
            Q_EMIT output(error);
            Q_EMIT finished(ExitRefused, QString());
            return;
        }
        Q_EMIT output(tr("%1; it is kept as %2 and this run starts over.", "@info").arg(error, aside));
        record = RunRecord();
    } else if (checkpoint.exists() && record.answersDigest != m_digest) {
        // Other answers than the run in progress: that run is kept aside and this one starts over (the probes
        // still recognise the work already on the node).
        Q_EMIT output(tr("The run in progress had other answers; its checkpoint is kept as %1.", "@info")
                          .arg(checkpoint.archive()));
        record = RunRecord();
    }
    CommandSpec host;
    host.name = QStringLiteral("hostname");
    record.hostname = QString::fromUtf8(m_system->run(host).stdOut).trimmed();
    record.root = m_system->root().isEmpty() ? QStringLiteral("/") : m_system->root();
    record.role = m_answers.role;
    record.configuration = m_answers.configuration;
    record.answersYaml = AnswersFile::serialize(m_answers);
    record.answersDigest = m_digest;

    Runner runner(*m_system, m_answers, m_steps, record, &checkpoint);
    for (const auto& id : confirmed)
        m_confirmed.insert(id);
    runner.confirmed = m_confirmed;
    runner.ownerDone = m_ownerDone;
    runner.hooks.echo = [this](const QString& line) { Q_EMIT output(QStringLiteral("$ ") + line); };
    runner.hooks.password = [this]() -> std::optional<QByteArray> {
        QByteArray password;
        if (m_passwordAsker)
            QMetaObject::invokeMethod(m_passwordAsker, "askPassword", Qt::BlockingQueuedConnection,
                                      Q_RETURN_ARG(QByteArray, password));
        if (password.isEmpty())
            return std::nullopt;
        return password;
    };
    runner.hooks.stopRequested = [this] { return bool(m_stop); };
    // SIGINT, SIGTERM, SIGHUP (watched by the window): the command under way ends, the step is marked
    // interrupted and the run stops, as headless.
    runner.hooks.interrupted = [] { return Interruption::requested(); };
    runner.hooks.stepStarted = [this](int i, int total, const StepRecord& s) {
        Q_EMIT stepStarted(i, total, s.id, s.title);
    };
    runner.hooks.stepFinished = [this](int i, int total, const StepRecord& s) {
        QString status = StepRecord::statusName(s.status);
        if (s.status == StepRecord::Status::Done && s.foundDone)
            status = QStringLiteral("already done");
        for (const auto& a : s.actions)
            if (a.type == ActionRecord::Type::Command && !a.stdErr.isEmpty() &&
                s.status == StepRecord::Status::Failed)
                Q_EMIT output(a.stdErr.trimmed());
        Q_EMIT stepFinished(i, total, s.id, status,
                            s.status == StepRecord::Status::Skipped ? s.reason : s.message);
    };
    const Runner::Result result = runner.run();
    m_record = record;
    QString stepId;
    for (const auto& s : record.steps)
        if (s.status == StepRecord::Status::Waiting || s.status == StepRecord::Status::Failed)
            stepId = s.id;
    if (result == Runner::Result::CheckpointLost)
        Q_EMIT output(tr("%1. The run stopped there: nothing further was done. Fix the cause (free space, a "
                         "writable state directory), then run again: it resumes from the last saved step.",
                         "@info")
                          .arg(runner.saveError()));
    if (result == Runner::Result::Interrupted)
        Q_EMIT output(
            tr("Stopped by %1 after its current command. The checkpoint keeps everything done; open "
               "the wizard again to resume: the interrupted step is probed and finished.",
               "@info")
                .arg(Interruption::signalName()));
    Q_EMIT finished(result == Runner::Result::Complete      ? ExitComplete
                    : result == Runner::Result::Waiting     ? ExitWaiting
                    : result == Runner::Result::Stopped     ? ExitStopped
                    : result == Runner::Result::Interrupted ? ExitStopped
                                                            : ExitFailed,
                    stepId);
}

} // namespace dceha
