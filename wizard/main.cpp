// dce-ha-wizard: the entry point chooses the front-end: headless (--headless), the GUI where a display exists
// (or with --gui; run by dce-ha-wizard-gui, see GuiLauncher), else the terminal front-end; --export without
// --answers renders a saved checkpoint.
#include "GuiLauncher.h"
#include "cli/DiscoverCommand.h"
#include "cli/HeadlessRun.h"
#include "cli/Options.h"
#include "cli/TerminalFrontEnd.h"
#include "cli/ValidateCatalog.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

/** Decided before the application object exists: the GUI is another program. */
bool wantsGui(int argc, char** argv)
{
    for (const char* plain : {"--headless", "--terminal", "--export", "--help", "-h", "--version", "-v",
                              "--dry-run", "--validate-catalog", "--preflight", "--discover"})
        if (hasArgument(argc, argv, plain))
            return false;
    if (hasArgument(argc, argv, "--gui"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsGui(argc, argv)) {
        dceha::GuiLauncher::exec(argc, argv);
        // Only reached when the GUI program could not be started: asked for, that is an error; merely a
        // display being there, the terminal front-end serves instead.
        const int why = errno;
        if (hasArgument(argc, argv, "--gui")) {
            std::fprintf(stderr, "dce-ha-wizard: cannot start the GUI (dce-ha-wizard-gui): %s\n",
                         std::strerror(why));
            return 2;
        }
        std::fprintf(stderr,
                     "dce-ha-wizard: the GUI (dce-ha-wizard-gui) cannot be started (%s); using the terminal "
                     "front-end\n",
                     std::strerror(why));
    }
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DCEHA_VERSION));
    QCoreApplication app(argc, argv);
    dceha::Options options;
    int exitCode = 0;
    if (!dceha::Options::parse(app, &options, &exitCode))
        return exitCode;
    if (!options.validateCatalog.isEmpty())
        return dceha::validateCatalog(options.validateCatalog);
    if (options.discover)
        return dceha::runDiscover(options);
    if (options.exportOnly())
        return dceha::exportCheckpoint(options);
    if (options.headless || options.preflight)
        return dceha::runHeadless(options);
    if (options.twoNode) {
        // Both nodes from the terminal: the headless session, its lines naming each node (the terminal
        // front-end's pages ask for one node's answers).
        if (options.answersFile.isEmpty() || options.standbyAnswersFile.isEmpty()) {
            std::fputs("dce-ha-wizard: --two-node on a terminal needs --answers FILE (the owner's) and "
                       "--standby-answers FILE; the GUI asks for them on its pages\n",
                       stderr);
            return 2;
        }
        return dceha::runHeadless(options);
    }
    return dceha::runTerminal(options);
}
