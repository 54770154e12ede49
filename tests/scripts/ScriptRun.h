#pragma once

// Runs the generated scripts as HACMP does (no environment from the caller, nothing on stdin) and says what
// went wrong; the nodes the wizard integrated with hostile application arguments, built once and shared.
#include "ScriptAnswers.h"
#include "Wizard.h"
#include "procedure/ScriptGenerator.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace scripttest {

using dceha::ScriptGenerator;

/** Runs @p program with @p args as HACMP does, and @return its output (standard error merged). */
inline QString run(const QString& program, const QStringList& args, int* exitCode,
                   const QStringList& env = {})
{
    QProcess p;
    // No environment from the caller beyond a minimal PATH: the scripts must set what they need.
    QProcessEnvironment e;
    e.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    for (const auto& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.setWorkingDirectory(QStringLiteral("/tmp"));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.closeWriteChannel(); // as HACMP runs them: nothing on stdin (print_args reads it to the end)
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

/** The files an injected command left in @p markers (none when every value stayed inert). */
inline QStringList injected(const QString& markers)
{
    return QDir(markers).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

/** Runs @p program as HACMP does (no caller environment) and says what went wrong: an exit status other
 * than 0, a file made by an injected command, one of @p expected missing from the output or out of
 * order. Empty when all is well. */
inline QString executionProblem(const QString& program, const QStringList& args, const QString& markers,
                                const QStringList& expected)
{
    int rc = -1;
    const QString out = run(program, args, &rc);
    const QString name = program.section(QLatin1Char('/'), -1);
    const auto problem = [&](const QString& what) {
        // The whole output as a warning: a test failure's message is cut at a few hundred characters.
        qWarning().noquote() << name << what << "\n--- output:\n" << out;
        return name + QStringLiteral(": ") + what;
    };
    if (const QStringList made = injected(markers); !made.isEmpty())
        return problem(QStringLiteral("injected commands ran, they made: ") +
                       made.join(QStringLiteral(", ")));
    if (rc != 0)
        return problem(QStringLiteral("exit status %1").arg(rc));
    qsizetype at = 0;
    for (const auto& text : expected) {
        const qsizetype found = out.indexOf(text, at);
        if (found < 0)
            return problem(QStringLiteral("missing (or out of order):\n") + text);
        at = found + text.size();
    }
    return {};
}

/** A node the wizard integrated as the owner of @p configuration, with the event wrappers and two
 * applications whose arguments are hostile but valid answers (markers in injected-wizard/), the shared
 * filesystems mounted again as HACMP does before the start script. Mutual takeover: the node as the
 * simulator creates it (its scripts start only the applications; DCE stays up). Built once per
 * configuration and DFS choice and shared by the rows, since an owner run is the slow part. */
struct IntegratedNode
{
    explicit IntegratedNode(const QString& configuration)
        : node(dir.path() + QStringLiteral("/node1"), dir.path() + QStringLiteral("/shared"), QString(),
               configuration)
    {}
    QTemporaryDir dir;
    SimNode node;
    QString problem; ///< why the node could not be built; empty when it was
    QString wizardMarkers() const { return dir.path() + QStringLiteral("/injected-wizard"); }
};

/** The integrated nodes, by configuration and DFS choice. */
class IntegratedNodes
{
public:
    IntegratedNode* integrated(const QString& configuration, bool dfs)
    {
        const QString key = configuration + (dfs ? QStringLiteral(" dfs") : QStringLiteral(" dce"));
        if (auto it = m_nodes.find(key); it != m_nodes.end())
            return it->second.get();
        auto n = std::make_unique<IntegratedNode>(configuration);
        const SimNode& node = n->node;
        const QString markers = n->wizardMarkers();
        QDir().mkpath(markers);
        node.ok(QStringLiteral("hostname"));
        installNodePrintArgs(node.root());
        QByteArray text = wizard::exampleAnswers(configuration, QStringLiteral("owner"), dfs, false);
        // No event wrappers in mutual takeover: the guide's failover actions do not apply there.
        if (configuration != QLatin1String("mutual-takeover-cascading"))
            text += "event_wrappers: true\n";
        text += "applications:\n";
        text += "  - { name: payroll, start: " +
                yamlList(withProgram(hostileArguments(markers, "start1", false))) +
                ", stop: " + yamlList(withProgram(hostileArguments(markers, "stop1", false))) + " }\n";
        text += "  - { name: ledger.v2, start: " +
                yamlList(withProgram(hostileArguments(markers, "start2", false))) +
                ", stop: " + yamlList(withProgram(hostileArguments(markers, "stop2", false))) + " }\n";
        const QString answersFile = wizard::writeFile(n->dir.path() + QStringLiteral("/owner.yaml"), text);
        if (configuration == QLatin1String("mutual-takeover-cascading")) {
            // A mutual-takeover owner run alone stops before the scripts step (its HACMP start,
            // rc.cluster -N, needs the other node), and these scripts need no DCE: they are generated
            // from the same answers, validated, instead.
            const AnswersFile::Parsed parsed = AnswersFile::parse(text);
            if (!parsed.errors.isEmpty())
                n->problem = QStringLiteral("answers refused: ") + parsed.errors.first().text();
            for (const auto& s :
                 ScriptGenerator(parsed.answers, node.root(), node.root() + QStringLiteral("/.aixsim/bin"),
                                 QStringLiteral("node1"))
                     .scripts()) {
                wizard::writeFile(node.root() + s.path, s.content);
                QFile::setPermissions(node.root() + s.path,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
        } else {
            const WizardResult w = wizard::run(wizard::headless(node.root(), node.shared(), answersFile),
                                               {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
            if (w.exitCode != 3)
                n->problem = QStringLiteral("the owner run ended with %1:\n").arg(w.exitCode) + w.out + w.err;
            node.ok(QStringLiteral("varyonvg"), {"dcevg"});
            for (const char* mp : {"/var/dce", "/etc/dce", "/krb5"})
                node.ok(QStringLiteral("mount"), {QLatin1String(mp)});
        }
        return m_nodes.emplace(key, std::move(n)).first->second.get();
    }

private:
    std::map<QString, std::unique_ptr<IntegratedNode>> m_nodes;
};

} // namespace scripttest
