// dce-ha-wizard: the entry point chooses the front-end: headless (--headless), else the terminal front-end
// (the GUI, when it lands, takes over where a display exists).
#include "cli/HeadlessRun.h"
#include "cli/Options.h"
#include "cli/TerminalFrontEnd.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCoreApplication app(argc, argv);
    dceha::Options options;
    int exitCode = 0;
    if (!dceha::Options::parse(app, &options, &exitCode))
        return exitCode;
    if (options.exportOnly())
        return dceha::exportCheckpoint(options);
    if (options.headless)
        return dceha::runHeadless(options);
    return dceha::runTerminal(options);
}
