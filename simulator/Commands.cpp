#include "Commands.h"

namespace aixsim {

const QList<CommandEntry>& allCommands()
{
    using R = CommandEntry::Reads;
    static const QList<CommandEntry> table = {
        {"mkvg", mkvg},
        {"lvlstmajor", lvlstmajor, R::Always},
        {"mklv", mklv},
        {"chlv", chlv},
        {"lslv", lslv, R::Always},
        {"lsvg", lsvg, R::Always},
        {"lspv", lspv, R::Always},
        {"bootinfo", bootinfo, R::Always},
        {"varyonvg", varyonvg},
        {"varyoffvg", varyoffvg},
        {"importvg", importvg},
        {"exportvg", exportvg},
        {"chvg", chvg},
        {"logform", logform},
        {"crfs", crfs},
        {"chfs", chfs},
        {"lsfs", lsfs, R::Always},
        {"mount", mountCommand, R::WithoutArgs},
        {"umount", umountCommand},
        {"hostname", hostname, R::WithoutArgs},
        {"ifconfig", ifconfig, R::WithDashA},
        {"netstat", netstat, R::Always},
        {"shutdown", shutdown},
        {"poweron", poweron},
        {"who", who, R::Always},
        {"ps", ps, R::Always},
        {"df", df, R::Always},
        {"lssrc", lssrc, R::Always},
        {"lslpp", lslpp, R::Always},
        {"installp", installp},
        {"cllsif", cllsif, R::Always},
        {"claddserv", claddserv},
        {"cllsserv", cllsserv, R::Always},
        {"clfindres", clfindres, R::Always},
        {"cllsgrp", cllsgrp, R::Always},
        {"cllsres", cllsres, R::Always},
        {"odmget", odmget, R::Always},
        {"rc.cluster", rcCluster},
        {"clstop", clstop},
        {"cldare", cldare},
        {"mkdce", mkdce},
        {"mkdfs", mkdfs},
        {"lsdce", lsdce, R::Always},
        {"start.dce", startDce},
        {"stop.dce", stopDce},
        {"start.dfs", startDfs},
        {"stop.dfs", stopDfs},
        {"newaggr", newaggr},
        {"salvage", salvage, R::Always},
        {"dfsexport", dfsexport},
        {"dceapp", dceapp},
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
