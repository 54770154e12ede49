// dce-ha-wizard: the entry point chooses the front-end: headless (--headless), the GUI where a display exists
// (or with --gui), else the terminal front-end; --export without --answers renders a saved checkpoint.
#include "cli/HeadlessRun.h"
#include "cli/Options.h"
#include "cli/TerminalFrontEnd.h"
#include "gui/WizardWindow.h"

#include <QApplication>
#include <cstring>
#include <memory>

namespace {

bool hasArgument(int argc, char** argv, const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return true;
    return false;
}

/** Decided before the application object exists: a GUI needs a QApplication, the rest a QCoreApplication. */
bool wantsGui(int argc, char** argv)
{
    for (const char* plain : {"--headless", "--export", "--help", "-h", "--version", "-v", "--dry-run"})
        if (hasArgument(argc, argv, plain))
            return false;
    if (hasArgument(argc, argv, "--gui"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    const bool gui = wantsGui(argc, argv);
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    dceha::Options options;
    int exitCode = 0;
    if (!dceha::Options::parse(*app, &options, &exitCode))
        return exitCode;
    if (options.exportOnly())
        return dceha::exportCheckpoint(options);
    if (options.headless)
        return dceha::runHeadless(options);
    if (gui)
        return dceha::runGui(options);
    return dceha::runTerminal(options);
}
