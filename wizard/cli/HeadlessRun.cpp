#include "HeadlessRun.h"

#include "Logging.h"
#include "PasswordPrompt.h"
#include "answers/AnswersFile.h"
#include "answers/Handoff.h"
#include "answers/NodeChecks.h"
#include "procedure/Catalog.h"
#include "procedure/Checkpoint.h"
#include "procedure/Runner.h"
#include "report/RecordExport.h"
#include "system/RealSystem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace dceha {

namespace {

enum ExitCode
{
    Complete = 0,
    Failed = 1,
    Refused = 2,
    Waiting = 3,
    Locked = 4
};

void say(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
void complain(const QString& text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stderr);
}

QString aixsimPath()
{
    const QString fromEnv = qEnvironmentVariable("DCEHA_AIXSIM");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/aixsim") : fromEnv;
}

QString indent(const QString& text, const QString& prefix = QStringLiteral("        "))
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (auto& l : lines)
        l = prefix + l;
    return lines.join(QLatin1Char('\n'));
}

QString counter(int i, int total)
{
    const int width = int(QString::number(total).size());
    return QStringLiteral("[%1/%2]").arg(i + 1, width).arg(total);
}

bool writeRecord(const QString& file, const RunRecord& record)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        complain(QStringLiteral("dce-ha-wizard: cannot write the record to %1").arg(file));
        return false;
    }
    f.write(record.toYaml());
    return true;
}

bool writeExports(const QStringList& exports, const RunRecord& record)
{
    bool ok = true;
    for (const auto& e : exports) {
        RecordExport::Format format;
        RecordExport::parseFormat(e.section(QLatin1Char(':'), 0, 0), &format);
        const QString file = e.section(QLatin1Char(':'), 1);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            complain(QStringLiteral("dce-ha-wizard: cannot write %1").arg(file));
            ok = false;
            continue;
        }
        f.write(RecordExport::render(record, format));
        if (format == RecordExport::Format::Replay)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    }
    return ok;
}

} // namespace

int exportCheckpoint(const Options& o)
{
    const Checkpoint checkpoint(o.stateDirHostPath());
    RunRecord record;
    QString error;
    if (!checkpoint.exists() || !checkpoint.load(&record, &error)) {
        complain(QStringLiteral("dce-ha-wizard: no readable checkpoint in %1 %2")
                     .arg(o.stateDirHostPath(), error));
        return Refused;
    }
    return writeExports(o.exports, record) ? Complete : Refused;
}

int runHeadless(const Options& o)
{
    QFile file(o.answersFile);
    if (!file.open(QIODevice::ReadOnly)) {
        complain(QStringLiteral("dce-ha-wizard: cannot read the answers file %1").arg(o.answersFile));
        return Refused;
    }
    return runProcedure(o, file.readAll(), o.answersFile).exitCode;
}

RunOutcome runProcedure(const Options& o, const QByteArray& givenAnswers, const QString& answersName)
{
    QByteArray answersText = givenAnswers;
    RunRecord ownerRecord;
    if (!o.ownerRecord.isEmpty()) {
        QString error;
        QFile f(o.ownerRecord);
        if (!f.open(QIODevice::ReadOnly) || !RunRecord::fromYaml(f.readAll(), &ownerRecord, &error) ||
            ownerRecord.role != QLatin1String("owner")) {
            complain(QStringLiteral("dce-ha-wizard: %1 is not an owner node's record %2")
                         .arg(o.ownerRecord, error));
            return {Refused};
        }
        const Handoff handoff = Handoff::fromOwner(givenAnswers, ownerRecord.answersYaml);
        if (!handoff.conflicts.isEmpty()) {
            complain(QStringLiteral(
                         "dce-ha-wizard: the standby must agree with the owner node (%1); refused, nothing "
                         "changed:")
                         .arg(o.ownerRecord));
            for (const auto& c : handoff.conflicts)
                complain(QStringLiteral("  ") + c);
            return {Refused};
        }
        if (!handoff.prefilled.isEmpty())
            say(QStringLiteral("From the owner's record: %1")
                    .arg(handoff.prefilled.join(QStringLiteral(", "))));
        answersText = handoff.answers;
    }
    const AnswersFile::Parsed parsed = AnswersFile::parse(answersText);
    if (!parsed.errors.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the answers in %1 are refused; nothing was changed:")
                     .arg(answersName));
        for (const auto& e : parsed.errors)
            complain(QStringLiteral("  %1").arg(e.text()));
        return {Refused};
    }
    const Answers& answers = parsed.answers;
    if (const auto errors = checkStateDirectory(answers, o.stateDirNodePath()); !errors.isEmpty()) {
        for (const auto& e : errors)
            complain(QStringLiteral("dce-ha-wizard: %1").arg(e.text()));
        return {Refused};
    }

    const QString stateDir = o.stateDirHostPath();
    Checkpoint checkpoint(stateDir);
    QString error;
    if (!o.dryRun) {
        if (!checkpoint.lock(&error)) {
            complain(QStringLiteral("dce-ha-wizard: ") + error);
            return {Locked};
        }
        setupLogging(stateDir, o.verbose);
    } else {
        setupLogging(QString(), o.verbose);
    }

    CommandMap commands = CommandMap::forRealNode();
    if (o.simulate) {
        if (!QFileInfo(aixsimPath()).isExecutable()) {
            complain(QStringLiteral("dce-ha-wizard: the simulated node's program %1 is missing")
                         .arg(aixsimPath()));
            return {Refused};
        }
        commands = CommandMap::forSimulatedNode(aixsimPath(), o.root, o.sharedDasd);
    }
    RealSystem system(o.root, commands);

    if (const auto errors = checkAnswersAgainstNode(system, answers); !errors.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the answers do not fit this node; nothing was changed:"));
        for (const auto& e : errors)
            complain(QStringLiteral("  %1").arg(e.text()));
        return {Refused};
    }

    const Catalog catalog = Catalog::load(answers.role, &error);
    if (!catalog.isValid()) {
        complain(QStringLiteral("dce-ha-wizard: ") + error);
        return {Refused};
    }
    QStringList problems;
    const QList<StepDefinition> steps = catalog.expand(answers, &problems);
    if (!problems.isEmpty()) {
        complain(QStringLiteral("dce-ha-wizard: the procedure catalog is inconsistent:\n  ") +
                 problems.join(QStringLiteral("\n  ")));
        return {Refused};
    }

    RunRecord record;
    if (!o.dryRun && checkpoint.exists()) {
        RunRecord previous;
        if (!checkpoint.load(&previous, &error)) {
            complain(QStringLiteral(
                         "dce-ha-wizard: the checkpoint %1 cannot be read (%2); run with --restart to set it "
                         "aside")
                         .arg(checkpoint.path(), error));
            if (!o.restart)
                return {Refused};
        } else if (o.restart) {
            say(QStringLiteral("Starting over: the previous checkpoint is kept as %1")
                    .arg(checkpoint.archive()));
        } else if (previous.answersDigest != parsed.digest) {
            const AnswersFile::Parsed before = AnswersFile::parse(previous.answersYaml);
            complain(QStringLiteral(
                         "dce-ha-wizard: these answers differ from the ones of the run in progress (%1); "
                         "refused. Changed: %2. Use the same answers to resume, or --restart.")
                         .arg(checkpoint.path(),
                              AnswersFile::differences(before.answers, answers).join(QStringLiteral(", "))));
            return {Refused};
        } else {
            record = previous;
        }
    }
    CommandSpec hostSpec;
    hostSpec.name = QStringLiteral("hostname");
    record.hostname = QString::fromUtf8(system.run(hostSpec).stdOut).trimmed();
    record.root = system.root().isEmpty() ? QStringLiteral("/") : system.root();
    record.role = answers.role;
    record.configuration = answers.configuration;
    record.answersYaml = AnswersFile::serialize(answers);
    record.answersDigest = parsed.digest;

    Runner runner(system, answers, steps, record, o.dryRun ? nullptr : &checkpoint);
    runner.confirmed = QSet<QString>(o.confirm.cbegin(), o.confirm.cend());
    for (const auto& step : ownerRecord.steps)
        if (step.status == StepRecord::Status::Done)
            runner.ownerDone.insert(step.id);

    const QString headline =
        QStringLiteral("%1 node %2, %3%4, cell %5")
            .arg(answers.role, record.hostname, answers.configuration,
                 answers.dfs ? QStringLiteral(", with DFS") : QStringLiteral(", without DFS"),
                 answers.cellName);
    if (o.dryRun) {
        say(QStringLiteral("Dry run (nothing is changed): ") + headline);
        const auto previews = runner.preview();
        for (int i = 0; i < previews.size(); ++i) {
            const auto& p = previews.at(i);
            const StepDefinition& s = *p.step;
            say(QStringLiteral("%1 %2: %3 (%4)")
                    .arg(counter(i, int(previews.size())), s.id, s.title, s.guide));
            if (!s.applicable) {
                say(indent(QStringLiteral("skipped: ") + s.skipReason));
                continue;
            }
            if (p.probe.state == Probe::State::Done) {
                say(indent(QStringLiteral("already done") +
                           (p.probe.detail.isEmpty() ? QString() : QStringLiteral(": ") + p.probe.detail)));
                continue;
            }
            if (p.probe.state == Probe::State::Blocked)
                say(indent(QStringLiteral("BLOCKED: ") + p.probe.detail));
            for (const auto& a : p.actions)
                say(indent(a.text()));
        }
        return {Complete};
    }

    say(headline);
    const bool terminal = ::isatty(STDOUT_FILENO);
    QElapsedTimer clock;
    runner.hooks.password = [] { return cellAdminPassword(); };
    if (o.verbose)
        runner.hooks.echo = [](const QString& line) { say(QStringLiteral("        $ ") + line); };
    runner.hooks.stepStarted = [&](int i, int total, const StepRecord& s) {
        clock.restart();
        if (terminal) {
            // A progress bar while the step runs; the step's own line replaces it when it ends.
            const int width = 24;
            const int filled = total > 0 ? width * i / total : 0;
            const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
            std::printf("\r[%s] %s %s …\033[K", qPrintable(bar), qPrintable(counter(i, total)),
                        qPrintable(s.title.left(60)));
            std::fflush(stdout);
        }
        spdlog::info("step {} started", s.id.toStdString());
    };
    runner.hooks.stepFinished = [&](int i, int total, const StepRecord& s) {
        QString status = StepRecord::statusName(s.status);
        if (s.status == StepRecord::Status::Done && s.foundDone)
            status = QStringLiteral("already done");
        const QString time = s.status == StepRecord::Status::Skipped || !clock.isValid()
                                 ? QString()
                                 : QStringLiteral(" %1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        if (terminal)
            std::printf("\r\033[K");
        say(QStringLiteral("%1 %2 … %3%4").arg(counter(i, total), s.title, status, time));
        spdlog::info("step {} {}", s.id.toStdString(), status.toStdString());
        if (s.status == StepRecord::Status::Skipped && o.verbose)
            say(indent(s.reason));
        if (s.status == StepRecord::Status::Failed) {
            say(indent(s.message));
            say(indent(QStringLiteral(
                "Fix the cause and run the same command again: the run resumes at this step.")));
        }
        if (s.status == StepRecord::Status::Waiting) {
            say(indent(s.message));
            say(indent(QStringLiteral("Run the same command again when this is done, or add --confirm %1.")
                           .arg(s.id)));
        }
        clock.invalidate();
    };
    const Runner::Result result = runner.run();
    if (!o.recordFile.isEmpty())
        writeRecord(o.recordFile, record);
    if (!writeExports(o.exports, record))
        return {Refused};
    RunOutcome outcome;
    for (const auto& s : record.steps) {
        if (s.status == StepRecord::Status::Waiting)
            outcome.waitingStep = s.id;
        if (s.status == StepRecord::Status::Failed)
            outcome.failedStep = s.id;
    }
    switch (result) {
    case Runner::Result::Complete:
        say(QStringLiteral("Complete: every step of the %1 node is done.").arg(answers.role));
        outcome.exitCode = Complete;
        break;
    case Runner::Result::Waiting:
        outcome.exitCode = Waiting;
        break;
    case Runner::Result::Failed:
    case Runner::Result::Stopped: // headless runs are never asked to stop; a stopped one did not complete
        outcome.exitCode = Failed;
        break;
    }
    return outcome;
}

} // namespace dceha
