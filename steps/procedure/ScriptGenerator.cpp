#include "ScriptGenerator.h"

#include <QFile>
#include <QRegularExpression>

namespace dceha {

namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("@@([A-Z_]+)@@"));
    return re;
}

/** A faulty template gives no script at all: the step that writes it fails, naming the template and what is
 * wrong, rather than installing something other than what the template meant. */
ScriptGenerator::Script refused(const QString& path, const QString& templateName, const QStringList& problems)
{
    return {path,
            {},
            QStringLiteral("the script template resources/scripts/%1.ksh is faulty: %2")
                .arg(templateName, problems.join(QStringLiteral("; ")))};
}

} // namespace

ScriptGenerator::ScriptGenerator(const Answers& answers, QString root, QString bin, QString homeHostname,
                                 QString templates)
    : m_answers(answers), m_root(std::move(root)), m_bin(std::move(bin)), m_home(std::move(homeHostname)),
      m_templates(std::move(templates))
{}

QString ScriptGenerator::quote(const QString& value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

QString ScriptGenerator::commentText(const QString& value)
{
    QString out = value;
    for (QChar& c : out) {
        // Line and paragraph separators and format characters (bidirectional overrides) would not end a
        // ksh comment, but could make it read as something else.
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            c = QLatin1Char('?');
    }
    return out;
}

QStringList ScriptGenerator::templateProblems(const QString& templateText)
{
    static const QRegularExpression ownLine(
        QStringLiteral("^@@(IF_[A-Z_]+|END_[A-Z_]+|START_APPLICATIONS|STOP_APPLICATIONS)@@$"));
    static const QRegularExpression assignment(QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_]*=@@[A-Z_]+@@$"));
    QStringList problems;
    const QStringList lines = templateText.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (!line.contains(QLatin1String("@@")) || line.trimmed().startsWith(QLatin1Char('#')) ||
            ownLine.match(line).hasMatch() || assignment.match(line).hasMatch())
            continue;
        problems << QStringLiteral("line %1 has a placeholder outside a comment, a line of its own or the "
                                   "whole value of an assignment: %2")
                        .arg(i + 1)
                        .arg(line);
    }
    return problems;
}

QString ScriptGenerator::kind() const
{
    if (m_answers.isMutualTakeover())
        return QStringLiteral("apps");
    return m_answers.dfs ? QStringLiteral("dfs") : QStringLiteral("dce");
}

QString ScriptGenerator::scriptPath(const QString& action, const QString& server) const
{
    // In mutual takeover each node has both application servers' scripts: they are named by the server.
    return QStringLiteral("%1/%2_%3")
        .arg(m_answers.scriptsDir, action, m_answers.isMutualTakeover() ? server : kind());
}

QString ScriptGenerator::startScript() const
{
    return scriptPath(QStringLiteral("start"), m_answers.appServerName);
}
QString ScriptGenerator::stopScript() const
{
    return scriptPath(QStringLiteral("stop"), m_answers.appServerName);
}

QStringList ScriptGenerator::registration() const
{
    return {QStringLiteral("claddserv"),
            QStringLiteral("-s"),
            m_answers.appServerName,
            QStringLiteral("-b"),
            startScript(),
            QStringLiteral("-e"),
            stopScript()};
}

QString ScriptGenerator::peerStartScript() const
{
    const QString& peer = m_answers.peerAppServerName;
    return m_answers.isMutualTakeover() && !peer.isEmpty() ? scriptPath(QStringLiteral("start"), peer)
                                                           : QString();
}
QString ScriptGenerator::peerStopScript() const
{
    const QString& peer = m_answers.peerAppServerName;
    return m_answers.isMutualTakeover() && !peer.isEmpty() ? scriptPath(QStringLiteral("stop"), peer)
                                                           : QString();
}

QStringList ScriptGenerator::peerRegistration() const
{
    if (peerStartScript().isEmpty())
        return {};
    return {QStringLiteral("claddserv"),
            QStringLiteral("-s"),
            m_answers.peerAppServerName,
            QStringLiteral("-b"),
            peerStartScript(),
            QStringLiteral("-e"),
            peerStopScript()};
}

ScriptGenerator::Script ScriptGenerator::render(const QString& path, const QString& templateName,
                                                const QString& name, const QMap<QString, QString>& extra,
                                                bool takeover) const
{
    QFile t(QStringLiteral("%1/%2.ksh").arg(m_templates, templateName));
    if (!t.open(QIODevice::ReadOnly))
        return refused(path, templateName, {QStringLiteral("it cannot be read")});
    QString text = QString::fromUtf8(t.readAll());
    if (const QStringList problems = templateProblems(text); !problems.isEmpty())
        return refused(path, templateName, problems);
    const Answers& a = m_answers;
    // Outside mutual takeover HACMP starts and stops DCE (and DFS) itself; in mutual takeover DCE/DFS clients
    // run on both nodes and only the applications move.
    const bool manageDce = !a.isMutualTakeover();
    const QMap<QString, bool> conditions{
        {QStringLiteral("ROTATING"), a.isRotating()},
        {QStringLiteral("DFS"), a.dfs && manageDce},
        {QStringLiteral("DCE"), manageDce},
        {QStringLiteral("TAKEOVER"), takeover},
        {QStringLiteral("NOT_TAKEOVER"), !takeover},
        {QStringLiteral("CACHE_UNDER_SHARED"), a.dfs && manageDce && a.dfsCacheUnderShared()}};
    for (auto it = conditions.cbegin(); it != conditions.cend(); ++it) {
        const QRegularExpression block(QStringLiteral("@@IF_%1@@\\n([\\s\\S]*?)@@END_%1@@\\n").arg(it.key()));
        text.replace(block, it.value() ? QStringLiteral("\\1") : QString());
    }

    auto program = [this](const QString& path) {
        return m_nodePrograms.contains(path) ? m_root + path : path;
    };
    // The applications: started after DCE/DFS (only if they started), stopped before, each one checked.
    QString startApps;
    QString stopApps;
    const QString prefix = QStringLiteral("    ");
    // After a mutual takeover this node runs the other node's server: its applications.
    const QList<Answers::Application>& applications = takeover ? a.peerApplications : a.applications;
    if (!applications.isEmpty()) {
        startApps += QStringLiteral("if [ \"$status\" -eq 0 ]; then\n");
        for (const auto& app : applications) {
            QStringList argv;
            for (const auto& arg : app.start)
                argv << quote(argv.isEmpty() ? program(arg) : arg);
            startApps +=
                prefix +
                QStringLiteral("log %1\n").arg(quote(QStringLiteral("starting the application ") + app.name));
            startApps += prefix + QStringLiteral("if %1; then\n").arg(argv.join(QLatin1Char(' ')));
            startApps += prefix + prefix +
                         QStringLiteral("log %1\n").arg(quote(app.name + QStringLiteral(" started")));
            startApps += prefix + QStringLiteral("else\n");
            startApps += prefix + prefix +
                         QStringLiteral("log %1\n").arg(quote(app.name + QStringLiteral(" failed to start")));
            startApps += prefix + prefix + QStringLiteral("status=1\n");
            startApps += prefix + QStringLiteral("fi\n");
        }
        startApps += QStringLiteral("fi");
        for (int i = int(applications.size()) - 1; i >= 0; --i) {
            const auto& app = applications.at(i);
            QStringList argv;
            for (const auto& arg : app.stop)
                argv << quote(argv.isEmpty() ? program(arg) : arg);
            stopApps +=
                QStringLiteral("log %1\n").arg(quote(QStringLiteral("stopping the application ") + app.name));
            stopApps += QStringLiteral("if %1; then\n").arg(argv.join(QLatin1Char(' ')));
            stopApps += prefix + QStringLiteral("log %1\n").arg(quote(app.name + QStringLiteral(" stopped")));
            stopApps += QStringLiteral("else\n");
            stopApps +=
                prefix + QStringLiteral("log %1\n").arg(quote(app.name + QStringLiteral(" failed to stop")));
            stopApps += prefix + QStringLiteral("status=1\n");
            stopApps += QStringLiteral("fi");
            if (i > 0)
                stopApps += QLatin1Char('\n');
        }
    }
    QMap<QString, QString> values{
        {QStringLiteral("NAME"), name},
        {QStringLiteral("APP_SERVER"), takeover ? a.peerAppServerName : a.appServerName},
        {QStringLiteral("HOME_HOSTNAME"), m_home},
        {QStringLiteral("ROTATING_HOSTNAME"), a.rotatingHostname},
        {QStringLiteral("EXCLUDED"), takeover ? a.takeoverExcludedAddresses() : a.excludedAddresses()},
        {QStringLiteral("BIN"), m_bin},
        // mount and umount live in /usr/sbin on AIX; on the simulated node beside the other commands.
        {QStringLiteral("SBIN"), m_root.isEmpty() ? QStringLiteral("/usr/sbin") : m_bin},
        {QStringLiteral("CACHE"), a.dfsCache.mount},
        {QStringLiteral("ROOT"), m_root},
        {QStringLiteral("WHAT"), a.isMutualTakeover() ? QStringLiteral("the DCE applications")
                                 : a.dfs              ? QStringLiteral("DCE and DFS")
                                                      : QStringLiteral("DCE")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    // One pass, line by line, so that a value is never searched for placeholders (an argument "@@ROOT@@"
    // stays what it is): in code a value is the quoted word, in a comment its comment form.
    QStringList lines;
    QStringList unknown;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (const QString* block = line == QLatin1String("@@START_APPLICATIONS@@")  ? &startApps
                                   : line == QLatin1String("@@STOP_APPLICATIONS@@") ? &stopApps
                                                                                    : nullptr) {
            if (!block->isEmpty()) // an empty list leaves no blank line behind
                lines << *block;
            continue;
        }
        const bool comment = line.trimmed().startsWith(QLatin1Char('#'));
        QString rendered;
        qsizetype done = 0;
        for (auto it = placeholder().globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1);
            if (!values.contains(key))
                unknown << key;
            const QString value = values.value(key);
            rendered +=
                line.mid(done, m.capturedStart() - done) + (comment ? commentText(value) : quote(value));
            done = m.capturedEnd();
        }
        lines << rendered + line.mid(done);
    }
    if (!unknown.isEmpty())
        return refused(path, templateName,
                       {QStringLiteral("unknown placeholders ") + unknown.join(QStringLiteral(", "))});
    return {path, lines.join(QLatin1Char('\n')).toUtf8(), {}};
}

QList<ScriptGenerator::Script> ScriptGenerator::scripts() const
{
    const QString start = startScript();
    const QString stop = stopScript();
    QList<Script> out{render(start, QStringLiteral("start"), start.section(QLatin1Char('/'), -1), {}),
                      render(stop, QStringLiteral("stop"), stop.section(QLatin1Char('/'), -1), {})};
    // The other node's scripts, as this node runs them.
    for (const auto& [path, action] : {std::pair{peerStartScript(), QStringLiteral("start")},
                                       std::pair{peerStopScript(), QStringLiteral("stop")}})
        if (!path.isEmpty())
            out.append(render(path, action, path.section(QLatin1Char('/'), -1), {}, true));
    if (m_answers.eventWrappers) {
        for (const auto& [event, script] : {std::pair{QStringLiteral("node_down_post"), start},
                                            std::pair{QStringLiteral("node_up_pre"), stop}}) {
            const QString path = m_answers.scriptsDir + QLatin1Char('/') + event;
            out.append(
                render(path, QStringLiteral("event"), event,
                       {{QStringLiteral("EVENT"), event}, {QStringLiteral("SCRIPT"), m_root + script}}));
        }
    }
    return out;
}

} // namespace dceha
