#include "GuiLauncher.h"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace dceha {

namespace {

/** The directory of this program's file (Linux: /proc/self/exe; the wizard runs on the workstation). */
std::string ownDirectory()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return {};
    path[n] = '\0';
    std::string dir(path);
    const auto slash = dir.rfind('/');
    return slash == std::string::npos ? std::string() : dir.substr(0, slash);
}

} // namespace

const char* GuiLauncher::program()
{
    static const std::string found = [] {
        const std::string dir = ownDirectory();
        if (dir.empty())
            return std::string();
        for (const std::string& candidate :
             {dir + "/dce-ha-wizard-gui", dir + "/../libexec/dce-ha-wizard/dce-ha-wizard-gui"})
            if (::access(candidate.c_str(), X_OK) == 0)
                return candidate;
        return std::string();
    }();
    return found.c_str();
}

void GuiLauncher::exec(int argc, char** argv)
{
    const char* gui = program();
    if (*gui == '\0') {
        errno = ENOENT;
        return;
    }
    std::vector<char*> args(argv, argv + argc);
    args.at(0) = const_cast<char*>(gui);
    args.push_back(nullptr);
    ::execv(gui, args.data());
}

} // namespace dceha
