// dce-ha-wizard: entry point. Until the procedure engine lands, it lays down (or opens) the node — the
// simulated one under --simulate — and prints what the wizard will work from: hostname, adapters, the HACMP
// adapter list, disks, volume groups and installed filesets.
#include "Logging.h"
#include "system/CommandMap.h"
#include "system/RealSystem.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace dceha;

namespace {

QString aixsimPath()
{
    const QString fromEnv = qEnvironmentVariable("DCEHA_AIXSIM");
    return fromEnv.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/aixsim") : fromEnv;
}

void show(System& system, const QString& title, const QString& name, const QStringList& args)
{
    CommandSpec spec;
    spec.name = name;
    spec.args = args;
    const CommandResult r = system.run(spec);
    std::printf("== %s (%s %s)\n", qPrintable(title), qPrintable(name),
                qPrintable(args.join(QLatin1Char(' '))));
    std::fwrite(r.stdOut.constData(), 1, size_t(r.stdOut.size()), stdout);
    if (!r.ok())
        std::printf("   [exit %d] %s%s\n", r.exitCode, r.stdErr.constData(), qPrintable(r.failure));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Integrates IBM DCE/DFS with an HACMP cluster on AIX, step by step, as the HACMP guide for "
        "DCE and DFS documents it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption simulate(QStringLiteral("simulate"),
                                      QStringLiteral("Work on the simulated AIX node."));
    const QCommandLineOption root(QStringLiteral("root"),
                                  QStringLiteral("Target root of the node (default /)."),
                                  QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption shared(
        QStringLiteral("shared-dasd"),
        QStringLiteral("Directory standing for the shared disks (simulated node)."), QStringLiteral("DIR"));
    const QCommandLineOption state(
        QStringLiteral("state"), QStringLiteral("State directory (checkpoint, log)."), QStringLiteral("DIR"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Echo every command."));
    parser.addOptions({simulate, root, shared, state, verbose});
    parser.process(app);

    const QString rootDir = QDir(parser.value(root)).absolutePath();
    const QString stateDir =
        parser.isSet(state) ? parser.value(state) : rootDir + QStringLiteral("/var/adm/dce-ha-wizard");
    setupLogging(stateDir, parser.isSet(verbose));

    CommandMap commands = CommandMap::forRealNode();
    if (parser.isSet(simulate)) {
        if (!QFileInfo(aixsimPath()).isExecutable()) {
            std::fprintf(stderr, "dce-ha-wizard: the simulated node's program %s is missing\n",
                         qPrintable(aixsimPath()));
            return 2;
        }
        commands = CommandMap::forSimulatedNode(
            aixsimPath(), rootDir,
            parser.isSet(shared) ? QDir(parser.value(shared)).absolutePath() : QString());
    }
    RealSystem system(rootDir, commands);
    spdlog::info("node root {}, {}", rootDir.toStdString(), system.isSimulated() ? "simulated" : "real");

    show(system, QStringLiteral("Host name"), QStringLiteral("hostname"), {});
    show(system, QStringLiteral("Network adapters"), QStringLiteral("ifconfig"), {QStringLiteral("-a")});
    show(system, QStringLiteral("HACMP adapters"), QStringLiteral("cllsif"), {});
    show(system, QStringLiteral("Physical volumes"), QStringLiteral("lspv"), {});
    show(system, QStringLiteral("Volume groups varied on"), QStringLiteral("lsvg"), {QStringLiteral("-o")});
    show(system, QStringLiteral("rootvg"), QStringLiteral("lsvg"), {QStringLiteral("rootvg")});
    show(system, QStringLiteral("Installed software"), QStringLiteral("lslpp"), {QStringLiteral("-l")});
    show(system, QStringLiteral("Cluster manager"), QStringLiteral("lssrc"),
         {QStringLiteral("-g"), QStringLiteral("cluster")});
    std::printf(
        "\nThe procedure engine (issue 3) and the GUI (issue 5) are not built yet: nothing was changed on "
        "the node.\n");
    return 0;
}
