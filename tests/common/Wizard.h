#pragma once

#include "SimNode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

/** @brief Runs the real dce-ha-wizard binary on simulated nodes, and reads back what it left. */
struct WizardResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

namespace wizard {

inline QString binary()
{
    return QStringLiteral(DCEHA_BIN_DIR "/dce-ha-wizard");
}

inline WizardResult run(const QStringList& args, const QStringList& env = {}, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("AIXSIM_FAIL"));
    e.remove(QStringLiteral("AIXSIM_DELAY_MS"));
    e.remove(QStringLiteral("AIXSIM_KILL_CALLER"));
    e.remove(QStringLiteral("AIXSIM_HOLD"));
    e.remove(QStringLiteral("DCE_CELL_ADMIN_PASSWORD"));
    for (const auto& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(binary(), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        // A hang is its own result (-2), never mistaken for a crash or a kill (-1).
        p.kill();
        p.waitForFinished();
        return {-2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError()) +
                    QStringLiteral("\n(the wizard did not finish within %1 ms)").arg(timeoutMs)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/** The real binary on a pseudo-terminal (util-linux script), as a person at a terminal runs it: @p typed is
 * what they type; stdout and stderr together in out. The arguments are quoted for script's shell. */
inline WizardResult runOnTerminal(const QStringList& args, const QByteArray& typed,
                                  const QStringList& env = {}, int timeoutMs = 240000)
{
    QStringList words{binary()};
    words << args;
    for (auto& w : words)
        w = QLatin1Char('\'') + QString(w).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
            QLatin1Char('\'');
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* knob :
         {"AIXSIM_FAIL", "AIXSIM_DELAY_MS", "AIXSIM_KILL_CALLER", "AIXSIM_HOLD", "DCE_CELL_ADMIN_PASSWORD"})
        e.remove(QLatin1String(knob));
    for (const auto& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    p.waitForStarted();
    p.write(typed);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2,
                QString::fromUtf8(p.readAll()) +
                    QStringLiteral("\n(did not finish within %1 ms)").arg(timeoutMs),
                {}};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll()), {}};
}

/** The headless arguments for a simulated node. */
inline QStringList headless(const QString& root, const QString& shared, const QString& answers)
{
    return {QStringLiteral("--headless"),    QStringLiteral("--simulate"),
            QStringLiteral("--root"),        root,
            QStringLiteral("--shared-dasd"), shared,
            QStringLiteral("--answers"),     answers};
}

/** The example answers shipped for @p configuration and @p role, with DFS switched off when asked. */
/** Data rows (configuration, dfs) for the four configurations, each with DFS and without: tagged
 * "CONFIGURATION DFS" and "CONFIGURATION @p dceTag". */
inline void addConfigurationRows(const QString& dceTag)
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<bool>("dfs");
    for (const char* c : {"hot-standby-cascading", "one-sided-takeover-cascading", "hot-standby-rotating",
                          "mutual-takeover-cascading"})
        for (bool dfs : {true, false})
            QTest::newRow(qPrintable(
                QStringLiteral("%1 %2").arg(QLatin1String(c), dfs ? QStringLiteral("DFS") : dceTag)))
                << QString::fromLatin1(c) << dfs;
}

/** The example answers of resources/answers/. @p dfs false: DCE only. @p demoApplications false: without the
 * demo application (for a test that gives its own applications). */
inline QByteArray exampleAnswers(const QString& configuration, const QString& role, bool dfs = true,
                                 bool demoApplications = true)
{
    QFile f(QStringLiteral(DCEHA_SOURCE_DIR "/resources/answers/%1-%2.yaml").arg(configuration, role));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (!dfs) {
        text.replace(QStringLiteral("dfs: true"), QStringLiteral("dfs: false"));
        text.remove(QRegularExpression(QStringLiteral("\\ndfs_cache:[^\\n]*")));
        text.remove(QRegularExpression(QStringLiteral("\\ndfs_aggregates:[^\\n]*")));
    }
    if (!demoApplications)
        text.remove(QRegularExpression(QStringLiteral("\\n(peer_)?applications:[^\\n]*(\\n  - [^\\n]*)*")));
    return text.toUtf8();
}

inline QString writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

inline QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/** The regular files under @p dir whose bytes hold @p needle (a secret that must be nowhere). Symbolic links
 * are not followed: one to a file under @p dir is read there, and the simulated node's command links lead to
 * the simulator's own binary. */
inline QStringList filesHolding(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (it.fileInfo().isSymLink()) // a dangling one (the DFS names /: and /.: on a simulated node)
            continue;
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(needle))
            found << f.fileName();
    }
    return found;
}

/** Every file under @p dir (outside the simulator's own .aixsim) with its content: a node's visible state. */
inline QString tree(const QString& dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(dir.size());
        if (rel.startsWith(QLatin1String("/.aixsim")) ||
            rel.contains(QLatin1String("/var/adm/dce-ha-wizard")) ||
            rel.startsWith(QLatin1String("/tmp/hacmp.out")))
            continue;
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            entries << rel + QStringLiteral(" -> ") + info.symLinkTarget();
        else if (info.isFile())
            entries << rel + QStringLiteral(": ") + readFile(path);
        else
            entries << rel + QStringLiteral("/");
    }
    entries.sort();
    return entries.join(QLatin1Char('\n'));
}

/** What a node shows of itself through its commands, dates removed: the state two runs are compared by. */
inline QString snapshot(const SimNode& node)
{
    QString s;
    for (const QStringList& cmd : {QStringList{"lspv"}, QStringList{"lsvg", "-o"}, QStringList{"lsfs", "-c"},
                                   QStringList{"ifconfig", "-a"}, QStringList{"lssrc", "-g", "cluster"},
                                   QStringList{"lslpp", "-l"}, QStringList{"clfindres"}}) {
        const SimResult r = node.run(cmd.first(), cmd.mid(1));
        s += QStringLiteral("$ ") + cmd.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.out;
    }
    const SimResult mounts = node.run(QStringLiteral("mount"));
    s += QStringLiteral("$ mount\n") +
         QString(mounts.out)
             .replace(QRegularExpression(QStringLiteral("\\w{3} \\d\\d \\d\\d:\\d\\d")),
                      QStringLiteral("DATE"));
    for (const char* vg : {"dcevg", "rootvg"}) {
        const SimResult r = node.run(QStringLiteral("lsvg"), {QStringLiteral("-l"), QLatin1String(vg)});
        s += QStringLiteral("$ lsvg -l ") + QLatin1String(vg) + QLatin1Char('\n') + r.out;
    }
    for (const char* file :
         {"/etc/filesystems", "/etc/environment", "/etc/services", "/usr/local/hacmp/dce/start_dfs",
          "/usr/local/hacmp/dce/stop_dfs", "/usr/local/hacmp/dce/start_dce", "/usr/local/hacmp/dce/stop_dce"})
        s += QStringLiteral("== ") + QLatin1String(file) + QLatin1Char('\n') + node.file(QLatin1String(file));
    for (const char* link : {"/:", "/.:"})
        s += QStringLiteral("== ") + QLatin1String(link) + QStringLiteral(" -> ") +
             QFileInfo(node.root() + QLatin1String(link)).symLinkTarget() + QLatin1Char('\n');
    return s;
}

} // namespace wizard
