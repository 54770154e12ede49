#include "Checks.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>

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

/** The drill's checks keep what they read in the record, labelled with the node it came from. */
void evidence(StepContext& c, const QString& text)
{
    if (!c.evidence)
        return;
    ActionRecord a;
    a.type = ActionRecord::Type::Note;
    a.at = QDateTime::currentDateTime();
    a.text = (c.node.isEmpty() ? QString() : c.node + QLatin1Char(':')) + text;
    recordAction(c, a);
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
        if (check["stdout_not_matches"]) {
            const QRegularExpressionMatch m = QRegularExpression(qs(check["stdout_not_matches"])).match(out);
            if (m.hasMatch())
                return QStringLiteral("%1 shows %2").arg(line, m.captured(0).trimmed());
        }
        return {};
    }
    if (const YAML::Node file = check["file"]) {
        const QString path = qs(file);
        const auto content = c.system.readFile(path);
        if (!content)
            return QStringLiteral("%1 does not exist").arg(path);
        const QString text = QString::fromUtf8(*content);
        evidence(c, QStringLiteral("%1 holds:\n%2")
                        .arg(path, text.size() > 4000 ? QStringLiteral("…") + text.right(4000) : text));
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
        bool listed = false;
        const QStringList have = runningProcesses(c, &listed);
        if (!listed)
            return QStringLiteral("ps -e -o comm could not list the node's processes");
        for (const auto& daemon : qlist(running))
            if (!have.contains(daemon))
                return QStringLiteral("%1 is not running (ps -e -o comm)").arg(daemon);
        return {};
    }
    if (const YAML::Node vg = check["vg_online"]) {
        const QString out =
            QString::fromUtf8(inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-o")}).stdOut);
        if (!out.split(QLatin1Char('\n')).contains(qs(vg)))
            return QStringLiteral("%1 is not varied on (lsvg -o)").arg(qs(vg));
        return {};
    }
    if (const YAML::Node vg = check["vg_offline"]) {
        const QString out =
            QString::fromUtf8(inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-o")}).stdOut);
        if (out.split(QLatin1Char('\n')).contains(qs(vg)))
            return QStringLiteral("%1 is still varied on here (lsvg -o)").arg(qs(vg));
        return {};
    }
    if (const YAML::Node down = check["address_down"]) {
        const QString out =
            QString::fromUtf8(inspect(c, {QStringLiteral("ifconfig"), QStringLiteral("-a")}).stdOut);
        for (const auto& address : qlist(down))
            if (out.contains(QStringLiteral("inet ") + address + QLatin1Char(' ')))
                return QStringLiteral("the service address %1 is still on an adapter here").arg(address);
        return {};
    }
    if (const YAML::Node gone = check["not_mounted"]) {
        const QStringList have = mountedFilesystems(c);
        for (const auto& mp : qlist(gone))
            if (have.contains(mp))
                return QStringLiteral("%1 is still mounted here").arg(mp);
        return {};
    }
    if (const YAML::Node stopped = check["not_running"]) {
        const QString out = QString::fromUtf8(inspect(c, {QStringLiteral("ps"), QStringLiteral("-e"),
                                                          QStringLiteral("-o"), QStringLiteral("comm")})
                                                  .stdOut);
        for (const auto& daemon : qlist(stopped))
            if (out.split(QLatin1Char('\n')).contains(daemon))
                return QStringLiteral("%1 is still running here").arg(daemon);
        return {};
    }
    if (const YAML::Node name = check["hostname"]) {
        const QString out = QString::fromUtf8(inspect(c, {QStringLiteral("hostname")}).stdOut).trimmed();
        if (out != qs(name))
            return QStringLiteral("the host name is %1, not %2").arg(out, qs(name));
        return {};
    }
    if (const YAML::Node cache = check["cache_local"]) {
        // df -k: the filesystem that really holds the cache directory; a cache covered by the shared
        // /var/dce's later mount, or a plain directory on it, shows that filesystem instead.
        const QString mount = qs(cache["mount"]);
        const QString device = QStringLiteral("/dev/") + qs(cache["lv"]);
        const QString out =
            QString::fromUtf8(inspect(c, {QStringLiteral("df"), QStringLiteral("-k"), mount}).stdOut);
        const QStringList f =
            out.section(QLatin1Char('\n'), 1, 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty() || f.first() != device || f.last() != mount)
            return QStringLiteral("the DFS cache %1 is held by %2, not by its own local %3 (df -k)")
                .arg(mount,
                     f.isEmpty() ? QStringLiteral("nothing") : f.first() + QStringLiteral(" on ") + f.last(),
                     device);
        return {};
    }
    if (const YAML::Node log = check["hacmp_log"]) {
        // What the last event's scripts said, in /tmp/hacmp.out after the last `since` line: each text in
        // the order given.
        const QString all =
            QString::fromUtf8(c.system.readFile(QStringLiteral("/tmp/hacmp.out")).value_or(QByteArray()));
        const QString since = qs(log["since"]);
        const qsizetype from = since.isEmpty() ? 0 : all.lastIndexOf(since);
        if (from < 0)
            return QStringLiteral("/tmp/hacmp.out has no '%1'").arg(since);
        const QString part = all.mid(from);
        evidence(c, QStringLiteral("/tmp/hacmp.out from '%1':\n%2")
                        .arg(since, part.size() > 6000 ? part.left(6000) + QStringLiteral("…") : part));
        qsizetype at = 0;
        for (const auto& text : qlist(log["in_order"])) {
            const qsizetype found = part.indexOf(text, at);
            if (found < 0)
                return QStringLiteral("/tmp/hacmp.out does not show '%1'%2 after '%3'")
                    .arg(text, at > 0 ? QStringLiteral(" (in this order)") : QString(), since);
            at = found + text.size();
        }
        for (const auto& text : qlist(log["absent"]))
            if (part.contains(text))
                return QStringLiteral("/tmp/hacmp.out shows '%1' after '%2'").arg(text, since);
        return {};
    }
    if (const YAML::Node rpc = check["rpc_excluded"]) {
        // The guide's rule for the node that runs DCE now: every address of its adapters that is not an HACMP
        // service label is excluded (cllsif -c: label:type:network:nettype:attribute:node:address…), and that
        // is what the start script set (its log line in hacmp.out after `since`). After a mutual takeover
        // (`takeover: true`) the script that runs the other node's applications excludes this node's own
        // service addresses too (guide, ch. 2); `script` names whose log line counts.
        const QString node = QString::fromUtf8(inspect(c, {QStringLiteral("hostname")}).stdOut).trimmed();
        const bool takeover = qs(rpc["takeover"]) == QLatin1String("true");
        QStringList expected;
        for (const auto& line :
             QString::fromUtf8(inspect(c, {QStringLiteral("cllsif"), QStringLiteral("-c")}).stdOut)
                 .split(QLatin1Char('\n'))) {
            const QStringList f = line.split(QLatin1Char(':'));
            if (f.size() > 6 && !line.startsWith(QLatin1Char('#')) && f.at(5) == node &&
                (takeover || f.at(1) != QLatin1String("service")))
                expected << f.at(6);
        }
        const QString all =
            QString::fromUtf8(c.system.readFile(QStringLiteral("/tmp/hacmp.out")).value_or(QByteArray()));
        const qsizetype from = all.lastIndexOf(qs(rpc["since"]));
        const QString script = qs(rpc["script"]);
        const QRegularExpression set(
            (script.isEmpty() ? QString() : QRegularExpression::escape(script + QStringLiteral(": "))) +
            QStringLiteral("RPC_UNSUPPORTED_NETADDRS=([0-9.:]*)"));
        QString seen;
        for (auto it = set.globalMatch(all.mid(std::max<qsizetype>(0, from))); it.hasNext();)
            seen = it.next().captured(1);
        QStringList got = seen.split(QLatin1Char(':'), Qt::SkipEmptyParts);
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        if (got != expected)
            return QStringLiteral(
                       "RPC_UNSUPPORTED_NETADDRS was %1 on %2; its non-service addresses (cllsif -c) are %3")
                .arg(seen.isEmpty() ? QStringLiteral("not set") : seen, node,
                     expected.join(QLatin1Char(':')));
        return {};
    }
    return QStringLiteral("unknown check in the catalog");
}

} // namespace

CommandResult inspect(StepContext& c, const QStringList& argv)
{
    CommandResult r;
    if (c.view && !c.evidence) {
        r = c.view->query(argv);
    } else {
        CommandSpec spec;
        spec.name = argv.value(0);
        spec.args = argv.mid(1);
        spec.timeoutMs = 120000;
        r = c.system.run(spec);
    }
    if (c.evidence) {
        // The drill's checks: what each query said is the evidence the record keeps.
        ActionRecord a = ActionRecord::ofCommand(argv, r);
        a.node = c.node;
        a.query = true;
        a.stdOut = QString::fromUtf8(r.stdOut);
        a.stdErr = QString::fromUtf8(r.stdErr);
        recordAction(c, a);
    }
    return r;
}

QStringList runningProcesses(StepContext& c, bool* listed)
{
    const CommandResult r = inspect(
        c, {QStringLiteral("ps"), QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("comm")});
    if (listed)
        *listed = r.ok();
    QStringList out;
    if (r.ok())
        for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n')))
            out << line.trimmed().section(QLatin1Char('/'), -1);
    return out;
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
