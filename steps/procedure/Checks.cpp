#include "Checks.h"

#include <QRegularExpression>

namespace dceha {

namespace {

QString qs(const YAML::Node& n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}
QStringList qlist(const YAML::Node& n)
{
    QStringList out;
    if (n && n.IsScalar())
        out << qs(n);
    else if (n)
        for (const auto& e : n)
            out << qs(e);
    return out;
}

QString checkOne(StepContext& c, const YAML::Node& check)
{
    if (const YAML::Node cmd = check["command"]) {
        const QStringList argv = qlist(cmd);
        const CommandResult r = inspect(c, argv);
        const QString line = argv.join(QLatin1Char(' '));
        if (!r.started)
            return QStringLiteral("%1 could not run: %2").arg(line, r.failure);
        const int expected = check["exit"] ? check["exit"].as<int>() : 0;
        if (r.exitCode != expected)
            return QStringLiteral("%1 exited %2: %3")
                .arg(line)
                .arg(r.exitCode)
                .arg(QString::fromUtf8(r.stdErr).trimmed());
        const QString out = QString::fromUtf8(r.stdOut);
        if (check["stdout_contains"] && !out.contains(qs(check["stdout_contains"])))
            return QStringLiteral("%1 does not show %2").arg(line, qs(check["stdout_contains"]));
        if (check["stdout_matches"] && !QRegularExpression(qs(check["stdout_matches"])).match(out).hasMatch())
            return QStringLiteral("%1 does not show what is expected (%2)")
                .arg(line, qs(check["stdout_matches"]));
        return {};
    }
    if (const YAML::Node file = check["file"]) {
        const QString path = qs(file);
        const auto content = c.system.readFile(path);
        if (!content)
            return QStringLiteral("%1 does not exist").arg(path);
        const QString text = QString::fromUtf8(*content);
        if (check["contains"] && !text.contains(qs(check["contains"])))
            return QStringLiteral("%1 does not contain %2").arg(path, qs(check["contains"]));
        if (check["key"]) {
            const QString key = qs(check["key"]) + QLatin1Char(' ');
            QStringList have;
            for (const auto& line : text.split(QLatin1Char('\n')))
                if (line.startsWith(key))
                    have = line.mid(key.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const auto& w : qlist(check["words"]))
                if (!have.contains(w))
                    return QStringLiteral("%1 does not list %2 in %3").arg(path, w, qs(check["key"]));
        }
        return {};
    }
    if (const YAML::Node link = check["link"]) {
        const auto target = c.system.linkTarget(qs(link));
        if (!target)
            return QStringLiteral("%1 is not a symbolic link").arg(qs(link));
        if (*target != qs(check["target"]))
            return QStringLiteral("%1 points to %2, not %3").arg(qs(link), *target, qs(check["target"]));
        return {};
    }
    if (const YAML::Node mounted = check["mounted"]) {
        const QStringList have = mountedFilesystems(c);
        for (const auto& mp : qlist(mounted))
            if (!have.contains(mp))
                return QStringLiteral("%1 is not mounted").arg(mp);
        return {};
    }
    if (const YAML::Node up = check["address_up"]) {
        const CommandResult r = inspect(c, {QStringLiteral("ifconfig"), QStringLiteral("-a")});
        const QString out = QString::fromUtf8(r.stdOut);
        for (const auto& address : qlist(up))
            if (!out.contains(QStringLiteral("inet ") + address + QLatin1Char(' ')))
                return QStringLiteral("the service address %1 is on no adapter (ifconfig -a)").arg(address);
        return {};
    }
    if (const YAML::Node running = check["running"]) {
        // What a configured and started component shows: its daemons (resources/dce-components.yaml).
        const QStringList argv{QStringLiteral("ps"), QStringLiteral("-e"), QStringLiteral("-o"),
                               QStringLiteral("comm")};
        const CommandResult r = inspect(c, argv);
        if (!r.ok())
            return QStringLiteral("ps -e -o comm exited %1: %2")
                .arg(r.exitCode)
                .arg(QString::fromUtf8(r.stdErr).trimmed());
        QStringList have;
        for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n')))
            have << line.trimmed().section(QLatin1Char('/'), -1);
        for (const auto& daemon : qlist(running))
            if (!have.contains(daemon))
                return QStringLiteral("%1 is not running (ps -e -o comm)").arg(daemon);
        return {};
    }
    return QStringLiteral("unknown check in the catalog");
}

} // namespace

CommandResult inspect(StepContext& c, const QStringList& argv)
{
    if (c.view)
        return c.view->query(argv);
    CommandSpec spec;
    spec.name = argv.value(0);
    spec.args = argv.mid(1);
    spec.timeoutMs = 120000;
    return c.system.run(spec);
}

QStringList mountedFilesystems(StepContext& c)
{
    const CommandResult r = inspect(c, {QStringLiteral("mount")});
    QStringList out;
    // AIX's table: node, mounted, mounted over, vfs, …; a local mount has no node column.
    for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.size() >= 3 && f.at(0).startsWith(QLatin1Char('/')) && f.at(1).startsWith(QLatin1Char('/')))
            out << f.at(1);
    }
    return out;
}

QString evaluateChecks(StepContext& c, const YAML::Node& checks)
{
    if (!checks)
        return {};
    for (const auto& check : checks)
        if (const QString problem = checkOne(c, check); !problem.isEmpty())
            return problem;
    return {};
}

} // namespace dceha
