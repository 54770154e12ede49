#include "Commands.h"

namespace aixsim {

const QList<CommandEntry>& allCommands()
{
    static const QList<CommandEntry> table = {
        {"mkvg", mkvg},           {"lvlstmajor", lvlstmajor},
        {"mklv", mklv},           {"chlv", chlv},
        {"lslv", lslv},           {"lsvg", lsvg},
        {"lspv", lspv},           {"varyonvg", varyonvg},
        {"varyoffvg", varyoffvg}, {"importvg", importvg},
        {"exportvg", exportvg},   {"chvg", chvg},
        {"logform", logform},     {"crfs", crfs},
        {"chfs", chfs},           {"lsfs", lsfs},
        {"mount", mountCommand},  {"umount", umountCommand},
        {"hostname", hostname},   {"ifconfig", ifconfig},
        {"netstat", netstat},     {"shutdown", shutdown},
        {"poweron", poweron},     {"who", who},
        {"lssrc", lssrc},         {"lslpp", lslpp},
        {"installp", installp},   {"cllsif", cllsif},
        {"claddserv", claddserv}, {"cllsserv", cllsserv},
        {"clfindres", clfindres}, {"rc.cluster", rcCluster},
        {"clstop", clstop},       {"mkdce", mkdce},
        {"mkdfs", mkdfs},         {"lsdce", lsdce},
        {"start.dce", startDce},  {"stop.dce", stopDce},
        {"start.dfs", startDfs},  {"stop.dfs", stopDfs},
        {"newaggr", newaggr},     {"dfsexport", dfsexport},
    };
    return table;
}

const CommandEntry* findCommand(const QString& name)
{
    for (const auto& c : allCommands())
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const auto& c : allCommands())
        names << QLatin1String(c.name);
    return names;
}

} // namespace aixsim
