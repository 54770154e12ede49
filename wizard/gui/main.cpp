// dce-ha-wizard-gui: the Qt Widgets front-end, started by dce-ha-wizard when a GUI is wanted (GuiLauncher)
// with the same arguments. It links the display libraries dce-ha-wizard does without.
#include "cli/Options.h"
#include "gui/WizardWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("dce-ha-wizard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DCEHA_VERSION));
    QApplication app(argc, argv);
    dceha::Options options;
    int exitCode = 0;
    if (!dceha::Options::parse(app, &options, &exitCode))
        return exitCode;
    return dceha::runGui(options);
}
