// File steps: /etc/environment, /etc/services, directories, links, the application server scripts.
#include "Checks.h"
#include "ScriptGenerator.h"
#include "StepKinds.h"

#include <QFile>
#include <QRegularExpression>

namespace dceha {

namespace {

QByteArray readOrEmpty(StepContext& c, const QString& path)
{
    return c.system.readFile(path).value_or(QByteArray());
}

QByteArray withNewline(QByteArray text)
{
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text;
}

} // namespace

// ---- EnvironmentVariableStep: /etc/environment holds only comments, blank lines and NAME=value lines.

namespace {
const QString kEnvironment = QStringLiteral("/etc/environment");

/** The index of the NAME= line, -1 when none. */
int findAssignment(const QStringList& lines, const QString& name)
{
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).startsWith(name + QLatin1Char('=')))
            return i;
    return -1;
}
} // namespace

Probe EnvironmentVariableStep::probe(StepContext& c)
{
    const QString name = param(c, "name");
    const QStringList lines = QString::fromUtf8(readOrEmpty(c, kEnvironment)).split(QLatin1Char('\n'));
    const int at = findAssignment(lines, name);
    if (at >= 0 && lines.at(at) == name + QLatin1Char('=') + param(c, "value"))
        return Probe::done(lines.at(at));
    return at >= 0 ? Probe::notDone(StepMessage(QT_TRANSLATE_NOOP("Step", "now: %1")).arg(lines.at(at)))
                   : Probe::notDone();
}

QList<PlannedAction> EnvironmentVariableStep::plan(StepContext& c)
{
    const QString name = param(c, "name");
    const QStringList lines = QString::fromUtf8(readOrEmpty(c, kEnvironment)).split(QLatin1Char('\n'));
    const int at = findAssignment(lines, name);
    const QString line = name + QLatin1Char('=') + param(c, "value");
    return {PlannedAction::edit(kEnvironment,
                                at >= 0 ? PlannedAction::tr("replace '%1' with '%2'").arg(lines.at(at), line)
                                        : PlannedAction::tr("append '%1'").arg(line))};
}

Outcome EnvironmentVariableStep::apply(StepContext& c)
{
    const QString name = param(c, "name");
    const QString line = name + QLatin1Char('=') + param(c, "value");
    QStringList lines = QString::fromUtf8(withNewline(readOrEmpty(c, kEnvironment))).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const int at = findAssignment(lines, name);
    if (at >= 0)
        lines[at] = line;
    else
        lines << line;
    if (!writeFile(c, kEnvironment, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(),
                   QStringLiteral("set ") + line))
        return Outcome::failed(StepMessage(QT_TRANSLATE_NOOP("Step", "could not write %1")).arg(kEnvironment),
                               FailureCategory::IO);
    return Outcome::done();
}

// ---- ServicesEntryStep

namespace {
const QString kServices = QStringLiteral("/etc/services");

struct ServiceLine
{
    QString name, port;
    QStringList aliases;
};

/** Real entries only: a commented-out line is not an entry. */
QList<ServiceLine> serviceLines(const QByteArray& text)
{
    QList<ServiceLine> out;
    for (QString line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        line = line.section(QLatin1Char('#'), 0, 0);
        const QStringList f = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (f.size() >= 2)
            out.append({f.at(0), f.at(1), f.mid(2)});
    }
    return out;
}
} // namespace

Probe ServicesEntryStep::probe(StepContext& c)
{
    const QString name = param(c, "name");
    const QString port = param(c, "port");
    const QString proto = port.section(QLatin1Char('/'), 1);
    const QStringList compatible = paramList(c, "compatible_names");
    for (const auto& s : serviceLines(readOrEmpty(c, kServices))) {
        if ((s.name == name || s.aliases.contains(name)) && s.port == port)
            return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 %2 is defined")).arg(name, port));
        if (s.name == name && s.port.section(QLatin1Char('/'), 1) == proto)
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP(
                                "Step", "/etc/services defines %1 on %2, not %3: the KDC port must be %3; "
                                        "correct the entry by hand"))
                    .arg(name, s.port, port));
        if (s.port == port && s.name != name && !compatible.contains(s.name))
            return Probe::blocked(
                StepMessage(
                    QT_TRANSLATE_NOOP("Step",
                                      "/etc/services gives %1 to '%2'; %3 cannot be added beside it without "
                                      "a person deciding"))
                    .arg(port, s.name, name));
    }
    return Probe::notDone();
}

QList<PlannedAction> ServicesEntryStep::plan(StepContext& c)
{
    const QString line = param(c, "name") + QStringLiteral("\t") + param(c, "port") + QStringLiteral("\t\t") +
                         paramList(c, "aliases").join(QLatin1Char(' '));
    return {PlannedAction::edit(kServices, PlannedAction::tr("append '%1'").arg(line))};
}

Outcome ServicesEntryStep::apply(StepContext& c)
{
    const QString line = param(c, "name") + QStringLiteral("\t") + param(c, "port") + QStringLiteral("\t\t") +
                         paramList(c, "aliases").join(QLatin1Char(' '));
    const QByteArray content = withNewline(readOrEmpty(c, kServices)) + line.toUtf8() + '\n';
    if (!writeFile(c, kServices, content, QStringLiteral("appended ") + line.simplified()))
        return Outcome::failed(StepMessage(QT_TRANSLATE_NOOP("Step", "could not write %1")).arg(kServices),
                               FailureCategory::IO);
    return Outcome::done();
}

// ---- DirectoryStep

Probe DirectoryStep::probe(StepContext& c)
{
    const QString path = param(c, "path");
    if (c.system.isDirectory(path))
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists")).arg(path));
    if (c.system.exists(path))
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists and is not a directory")).arg(path));
    return Probe::notDone();
}

QList<PlannedAction> DirectoryStep::plan(StepContext& c)
{
    return {PlannedAction::command({QStringLiteral("mkdir"), param(c, "path")})};
}

Outcome DirectoryStep::apply(StepContext& c)
{
    const QString error = makeDirectory(c, param(c, "path"));
    if (!error.isEmpty())
        return Outcome::failed(error, FailureCategory::IO);
    return Outcome::done();
}

// ---- SymlinkStep

Probe SymlinkStep::probe(StepContext& c)
{
    const QString path = param(c, "path");
    const QString target = param(c, "target");
    if (const auto existing = c.system.linkTarget(path)) {
        if (*existing == target)
            return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 -> %2")).arg(path, target));
        return Probe::blocked(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 already points to %2, not %3"))
                                  .arg(path, *existing, target));
    }
    if (c.system.exists(path))
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists and is not a symbolic link")).arg(path));
    return Probe::notDone();
}

QList<PlannedAction> SymlinkStep::plan(StepContext& c)
{
    return {PlannedAction::command(
        {QStringLiteral("ln"), QStringLiteral("-s"), param(c, "target"), param(c, "path")})};
}

Outcome SymlinkStep::apply(StepContext& c)
{
    const QString error = makeSymlink(c, param(c, "target"), param(c, "path"));
    if (!error.isEmpty())
        return Outcome::failed(error, FailureCategory::IO);
    return Outcome::done();
}

// ---- ScriptsStep

namespace {

QList<ScriptGenerator::Script> scriptsFor(StepContext& c)
{
    // Where start.dce & co. live: /usr/bin on AIX; the simulated node's links under --simulate, with the
    // node's files under its root.
    const bool sim = c.system.isSimulated();
    const QString root = sim ? c.system.root() : QString();
    const QString bin = sim ? root + QStringLiteral("/.aixsim/bin") : QStringLiteral("/usr/bin");
    const QString home = QString::fromUtf8(inspect(c, {QStringLiteral("hostname")}).stdOut).trimmed();
    ScriptGenerator generator(c.answers, root, bin, home);
    if (sim) {
        // The simulated node's own programs (its demo application) live under its root.
        QStringList mine;
        for (const auto& app : c.answers.applications + c.answers.peerApplications)
            for (const QStringList& argv : {app.start, app.stop})
                if (!argv.isEmpty() && c.system.exists(argv.first()))
                    mine << argv.first();
        generator.setNodePrograms(mine);
    }
    return generator.scripts();
}

} // namespace

Probe ScriptsStep::probe(StepContext& c)
{
    for (const auto& s : scriptsFor(c)) {
        if (!s.refusal.isEmpty())
            return Probe::blocked(s.refusal, FailureCategory::Refused);
        const auto existing = c.system.readFile(s.path);
        if (!existing)
            return Probe::notDone();
        if (*existing != s.content)
            return Probe::notDone(
                StepMessage(QT_TRANSLATE_NOOP("Step", "%1 differs from what the answers call for"))
                    .arg(s.path));
    }
    return Probe::done();
}

QString ScriptsStep::answerInputs(const Answers& a) const
{
    QStringList parts{a.configuration,
                      a.dfs ? QStringLiteral("dfs") : QStringLiteral("dce"),
                      a.scriptsDir,
                      a.appServerName,
                      a.peerAppServerName,
                      a.eventWrappers ? QStringLiteral("wrappers") : QString(),
                      a.registerAppServer ? QStringLiteral("register") : QString()};
    for (const auto& app : a.applications + a.peerApplications)
        parts << app.name << app.start.join(QChar(0x1f)) << app.stop.join(QChar(0x1f));
    return parts.join(QChar(0x1e));
}

QList<PlannedAction> ScriptsStep::plan(StepContext& c)
{
    QList<PlannedAction> out;
    for (const auto& s : scriptsFor(c))
        out << (s.refusal.isEmpty()
                    ? PlannedAction::edit(s.path, PlannedAction::tr("write the script (%1 lines), mode 0755")
                                                      .arg(s.content.count('\n')))
                    : PlannedAction::note(PlannedAction::tr("cannot write %1: %2").arg(s.path, s.refusal)));
    const ScriptGenerator names(c.answers, {}, {}, {});
    if (!c.answers.registerAppServer)
        for (const QStringList& registration : {names.registration(), names.peerRegistration()})
            if (!registration.isEmpty())
                out << PlannedAction::note(
                    PlannedAction::tr("register them in HACMP (on one node; HACMP synchronises it): %1")
                        .arg(registration.join(QLatin1Char(' '))));
    return out;
}

Outcome ScriptsStep::apply(StepContext& c)
{
    const QString dir = param(c, "dir");
    if (const QString error = makeDirectory(c, dir); !error.isEmpty())
        return Outcome::failed(error, FailureCategory::IO);
    const QList<ScriptGenerator::Script> scripts = scriptsFor(c);
    for (const auto& s : scripts)
        if (!s.refusal.isEmpty())
            return Outcome::failed(s.refusal, FailureCategory::Refused);
    for (const auto& s : scripts) {
        if (!writeFile(c, s.path, s.content, QStringLiteral("wrote the script"), true))
            return Outcome::failed(StepMessage(QT_TRANSLATE_NOOP("Step", "could not write %1")).arg(s.path),
                                   FailureCategory::IO);
        if (const QString error = setMode(c, s.path, 0755); !error.isEmpty())
            return Outcome::failed(error, FailureCategory::IO);
    }
    return Outcome::done();
}

} // namespace dceha
