// dce-ha-wizard: the entry point chooses the front-end: headless (--headless), the GUI when a display
// exists, else the terminal front-end.
#include "cli/HeadlessRun.h"
#include "cli/Options.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCoreApplication app(argc, argv);
    dceha::Options options;
    int exitCode = 0;
    if (!dceha::Options::parse(app, &options, &exitCode))
        return exitCode;
    if (options.headless)
        return dceha::runHeadless(options);
    std::fprintf(stderr,
                 "dce-ha-wizard: the GUI and the interactive terminal front-end are not built yet; run "
                 "with --headless --answers FILE (see README)\n");
    return 2;
}
