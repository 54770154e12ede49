#include "StepKind.h"

#include "StepKindRegistry.h"

#include <QDateTime>
#include <QSet>

namespace dceha {

namespace {

/** Lines removed and added, in order: enough for the short system files the wizard edits. */
QString shortDiff(const QByteArray& before, const QByteArray& after)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    const QSet<QString> inA(a.cbegin(), a.cend());
    const QSet<QString> inB(b.cbegin(), b.cend());
    QStringList out;
    for (const auto& line : a)
        if (!inB.contains(line) && !line.isEmpty())
            out << QStringLiteral("-") + line;
    for (const auto& line : b)
        if (!inA.contains(line) && !line.isEmpty())
            out << QStringLiteral("+") + line;
    return out.join(QLatin1Char('\n'));
}

QString scrub(QString text, const QByteArray& secret)
{
    const QString s = QString::fromUtf8(secret).trimmed();
    if (!s.isEmpty())
        text.replace(s, QStringLiteral("********"));
    return text;
}

/** A file-system change of a step, for the record and the replay script. */
ActionRecord madeAction(const QString& operation, const QString& path, const QString& change)
{
    ActionRecord a;
    a.type = ActionRecord::Type::File;
    a.at = QDateTime::currentDateTime();
    a.path = path;
    a.operation = operation;
    a.change = change;
    return a;
}

void forgetView(StepContext& c, const QStringList& argv = {})
{
    if (c.view)
        c.view->changed(argv);
}

} // namespace

QString PlannedAction::text() const
{
    switch (type) {
    case Type::Command: {
        QString line = QStringLiteral("$ ");
        for (const auto& kv : environment)
            line += kv + QLatin1Char(' ');
        line += argv.join(QLatin1Char(' '));
        if (inputKind == Input::Secret)
            line += QStringLiteral("   ") + tr("(standard input: the cell_admin password)");
        else if (inputKind == Input::Literal)
            line +=
                QStringLiteral("   ") + tr("(standard input: %1)").arg(QString::fromUtf8(input).trimmed());
        return line;
    }
    case Type::FileEdit:
        return tr("edit %1: %2").arg(path, description);
    case Type::Note:
        return description;
    }
    return {};
}

std::unique_ptr<StepKind> StepKind::create(const QString& kind)
{
    const StepKindRegistry::Entry* entry = StepKindRegistry::find(kind);
    return entry ? entry->make() : nullptr;
}

QStringList StepKind::kindNames()
{
    return StepKindRegistry::names();
}

CommandResult StepKind::run(StepContext& c, const PlannedAction& planned, const QByteArray& secret)
{
    const bool isSecret = planned.inputKind == PlannedAction::Input::Secret;
    return run(c, planned.argv, isSecret ? secret : planned.input, isSecret, planned.environment);
}

CommandResult StepKind::run(StepContext& c, const QStringList& argv, const QByteArray& input,
                            bool secretInput, const QStringList& environment)
{
    CommandSpec spec;
    spec.name = argv.value(0);
    spec.args = argv.mid(1);
    spec.stdinData = input;
    spec.stdinIsSecret = secretInput;
    for (const auto& kv : environment)
        spec.environment.append({kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)});
    if (c.echo)
        c.echo(argv.join(QLatin1Char(' ')));
    forgetView(c, argv);
    const CommandResult r = c.system.run(spec);
    ActionRecord a = ActionRecord::ofCommand(argv, r);
    a.node = c.node;
    a.environment = environment;
    const QByteArray secret = secretInput ? input : QByteArray();
    a.stdOut = scrub(QString::fromUtf8(r.stdOut), secret);
    a.stdErr = scrub(QString::fromUtf8(r.stdErr), secret);
    if (secretInput)
        a.stdinNote = QStringLiteral("(secret: not recorded)");
    else if (!input.isEmpty())
        a.stdinNote = QString::fromUtf8(input);
    recordAction(c, a);
    return r;
}

bool StepKind::writeFile(StepContext& c, const QString& path, const QByteArray& content,
                         const QString& change, bool recordContent)
{
    const QByteArray before = c.system.readFile(path).value_or(QByteArray());
    forgetView(c);
    const FileEdit edit = c.system.writeFile(path, content);
    ActionRecord a;
    a.type = ActionRecord::Type::File;
    a.at = QDateTime::currentDateTime();
    a.path = path;
    a.change = edit.ok ? change : QStringLiteral("FAILED: ") + edit.error;
    a.sha256Before = QString::fromLatin1(edit.sha256Before);
    a.sha256After = QString::fromLatin1(edit.sha256After);
    a.backup = edit.backupPath;
    a.diff = shortDiff(before, content);
    if (recordContent)
        a.content = QString::fromUtf8(content);
    recordAction(c, a);
    return edit.ok;
}

QString StepKind::makeDirectory(StepContext& c, const QString& path)
{
    if (c.system.isDirectory(path))
        return {};
    forgetView(c);
    const QString error = c.system.makeDirectory(path);
    if (error.isEmpty())
        recordAction(c, madeAction(QStringLiteral("mkdir"), path, QStringLiteral("created the directory")));
    return error;
}

QString StepKind::makeSymlink(StepContext& c, const QString& target, const QString& path)
{
    forgetView(c);
    const QString error = c.system.makeSymlink(target, path);
    if (error.isEmpty()) {
        ActionRecord a =
            madeAction(QStringLiteral("symlink"), path, QStringLiteral("symbolic link to ") + target);
        a.target = target;
        recordAction(c, a);
    }
    return error;
}

QString StepKind::setMode(StepContext& c, const QString& path, int mode)
{
    const QString octal = QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
    if (c.system.modeOf(path) == mode)
        return {};
    forgetView(c);
    const QString error = c.system.setMode(path, mode);
    if (error.isEmpty()) {
        ActionRecord a = madeAction(QStringLiteral("chmod"), path, QStringLiteral("mode ") + octal);
        a.mode = octal;
        recordAction(c, a);
    }
    return error;
}

void StepKind::note(StepContext& c, const QString& text)
{
    ActionRecord a;
    a.type = ActionRecord::Type::Note;
    a.at = QDateTime::currentDateTime();
    a.text = text;
    recordAction(c, a);
}

QString StepKind::failure(const CommandResult& r, const QStringList& argv)
{
    const QString line = argv.join(QLatin1Char(' '));
    if (!r.started || r.timedOut || r.crashed)
        return QStringLiteral("%1: %2").arg(line, r.failure);
    QString err = QString::fromUtf8(r.stdErr).trimmed();
    if (err.isEmpty())
        err = QString::fromUtf8(r.stdOut).trimmed();
    return QStringLiteral("%1 failed (exit %2)%3")
        .arg(line)
        .arg(r.exitCode)
        .arg(err.isEmpty() ? QString() : QStringLiteral(":\n") + err);
}

QString StepKind::param(StepContext& c, const char* name)
{
    const YAML::Node n = c.step.params[name];
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}

QStringList StepKind::paramList(StepContext& c, const char* name)
{
    QStringList out;
    const YAML::Node n = c.step.params[name];
    if (n && n.IsScalar())
        out << QString::fromStdString(n.as<std::string>());
    else if (n)
        for (const auto& e : n)
            out << QString::fromStdString(e.as<std::string>());
    return out;
}

} // namespace dceha
