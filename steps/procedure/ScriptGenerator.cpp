#include "ScriptGenerator.h"

#include <QFile>
#include <QRegularExpression>

namespace dceha {

ScriptGenerator::ScriptGenerator(const Answers& answers, QString root, QString bin, QString homeHostname)
    : m_answers(answers), m_root(std::move(root)), m_bin(std::move(bin)), m_home(std::move(homeHostname))
{}

QString ScriptGenerator::quote(const QString& value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

QString ScriptGenerator::kind() const
{
    if (m_answers.isMutualTakeover())
        return QStringLiteral("apps");
    return m_answers.dfs ? QStringLiteral("dfs") : QStringLiteral("dce");
}

QString ScriptGenerator::startScript() const
{
    return m_answers.scriptsDir + QStringLiteral("/start_") + kind();
}
QString ScriptGenerator::stopScript() const
{
    return m_answers.scriptsDir + QStringLiteral("/stop_") + kind();
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

QByteArray ScriptGenerator::render(const QString& templateName, const QString& name,
                                   const QMap<QString, QString>& extra) const
{
    QFile t(QStringLiteral(":/dceha/scripts/%1.ksh").arg(templateName));
    if (!t.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(t.readAll());
    const Answers& a = m_answers;
    // Outside mutual takeover HACMP starts and stops DCE (and DFS) itself; in mutual takeover DCE/DFS clients
    // run on both nodes and only the applications move.
    const bool manageDce = !a.isMutualTakeover();
    const QMap<QString, bool> conditions{{QStringLiteral("ROTATING"), a.isRotating()},
                                         {QStringLiteral("DFS"), a.dfs && manageDce},
                                         {QStringLiteral("DCE"), manageDce},
                                         {QStringLiteral("MUTUAL"), a.isMutualTakeover()},
                                         {QStringLiteral("NOT_MUTUAL"), !a.isMutualTakeover()}};
    for (auto it = conditions.cbegin(); it != conditions.cend(); ++it) {
        const QRegularExpression block(QStringLiteral("@@IF_%1@@\\n([\\s\\S]*?)@@END_%1@@\\n").arg(it.key()));
        text.replace(block, it.value() ? QStringLiteral("\\1") : QString());
    }

    // The applications: started after DCE/DFS (only if they started), stopped before, each one checked.
    QString startApps;
    QString stopApps;
    const QString prefix = QStringLiteral("    ");
    if (!a.applications.isEmpty()) {
        startApps += QStringLiteral("if [ \"$status\" -eq 0 ]; then\n");
        for (const auto& app : a.applications) {
            QStringList argv;
            for (const auto& arg : app.start)
                argv << quote(arg);
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
        for (int i = int(a.applications.size()) - 1; i >= 0; --i) {
            const auto& app = a.applications.at(i);
            QStringList argv;
            for (const auto& arg : app.stop)
                argv << quote(arg);
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
        {QStringLiteral("APP_SERVER"), a.appServerName},
        {QStringLiteral("HOME_HOSTNAME"), m_home},
        {QStringLiteral("ROTATING_HOSTNAME"), a.rotatingHostname},
        {QStringLiteral("EXCLUDED"), a.excludedAddresses()},
        {QStringLiteral("TAKEOVER_EXCLUDED"), a.peerServiceAddresses.join(QLatin1Char(':'))},
        {QStringLiteral("BIN"), m_bin},
        {QStringLiteral("ROOT"), m_root},
        {QStringLiteral("WHAT"), a.isMutualTakeover() ? QStringLiteral("the DCE applications")
                                 : a.dfs              ? QStringLiteral("DCE and DFS")
                                                      : QStringLiteral("DCE")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    // Whole-line placeholders first (an empty list leaves no blank line behind).
    for (const auto& [key, block] : {std::pair{QStringLiteral("START_APPLICATIONS"), startApps},
                                     std::pair{QStringLiteral("STOP_APPLICATIONS"), stopApps}})
        text.replace(QStringLiteral("@@%1@@\n").arg(key),
                     block.isEmpty() ? QString() : block + QLatin1Char('\n'));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("@@%1@@").arg(it.key()), it.value());
    return text.toUtf8();
}

QList<ScriptGenerator::Script> ScriptGenerator::scripts() const
{
    const QString start = startScript();
    const QString stop = stopScript();
    QList<Script> out{{start, render(QStringLiteral("start"), start.section(QLatin1Char('/'), -1), {})},
                      {stop, render(QStringLiteral("stop"), stop.section(QLatin1Char('/'), -1), {})}};
    if (m_answers.eventWrappers) {
        for (const auto& [event, script] : {std::pair{QStringLiteral("node_down_post"), start},
                                            std::pair{QStringLiteral("node_up_pre"), stop}}) {
            const QString path = m_answers.scriptsDir + QLatin1Char('/') + event;
            out.append({path, render(QStringLiteral("event"), event,
                                     {{QStringLiteral("EVENT"), event},
                                      {QStringLiteral("SCRIPT"), m_root + script}})});
        }
    }
    return out;
}

} // namespace dceha
