#pragma once

namespace dceha {

/** @brief Hands a GUI run to the dce-ha-wizard-gui program.
 *
 * dce-ha-wizard itself links Qt Core only: headless runs, the terminal front-end and exports start in a few
 * milliseconds and need no display libraries (the test suite and scripts start it thousands of times). When
 * the GUI is wanted it execs dce-ha-wizard-gui, found beside itself (the build tree) or in
 * ../libexec/dce-ha-wizard/ (an installed tree), with the same arguments and environment. */
class GuiLauncher
{
public:
    /** The GUI program's path, or an empty string when it is not there. */
    static const char* program();
    /** Replaces this process with the GUI program; returns only when that failed (errno set). */
    static void exec(int argc, char** argv);
};

} // namespace dceha
