#pragma once

#include <QString>
#include <QStringList>

namespace aixsim {

class Session;

using CommandFn = int (*)(Session&, const QStringList& args);

struct CommandEntry
{
    /** When a call only reads the node (AIX's list commands): nothing is saved after it. */
    enum class Reads : quint8
    {
        Never,       ///< a command that changes the node (or may)
        Always,      ///< lsvg, lslv, lsfs, lslpp, cllsif …
        WithoutArgs, ///< mount and hostname list or show without arguments, change with them
        WithDashA    ///< ifconfig -a lists every interface; any other call may change one
    };
    const char* name;
    CommandFn run;
    Reads reads = Reads::Never;

    bool isQuery(const QStringList& args) const
    {
        return reads == Reads::Always || (reads == Reads::WithoutArgs && args.isEmpty()) ||
               (reads == Reads::WithDashA && args == QStringList{QStringLiteral("-a")});
    }
};

/** Every command the simulated node answers to, by AIX name. */
const QList<CommandEntry>& allCommands();

class Node;
/** The DCE and DFS daemons running on @p n (what ps shows), by resources/dce-components.yaml. */
QStringList runningDceDaemons(Node& n);
const CommandEntry* findCommand(const QString& name);

// One function per command, grouped by subsystem in LvmCommands.cpp, JfsCommands.cpp, NodeCommands.cpp,
// SoftwareCommands.cpp, HacmpCommands.cpp and DceCommands.cpp.
int mkvg(Session&, const QStringList&);
int lvlstmajor(Session&, const QStringList&);
int mklv(Session&, const QStringList&);
int chlv(Session&, const QStringList&);
int lslv(Session&, const QStringList&);
int lsvg(Session&, const QStringList&);
int lspv(Session&, const QStringList&);
int bootinfo(Session&, const QStringList&);
int varyonvg(Session&, const QStringList&);
int varyoffvg(Session&, const QStringList&);
int importvg(Session&, const QStringList&);
int exportvg(Session&, const QStringList&);
int chvg(Session&, const QStringList&);
int logform(Session&, const QStringList&);
int crfs(Session&, const QStringList&);
int chfs(Session&, const QStringList&);
int lsfs(Session&, const QStringList&);
int mountCommand(Session&, const QStringList&);
int umountCommand(Session&, const QStringList&);
int hostname(Session&, const QStringList&);
int ifconfig(Session&, const QStringList&);
/** The demo application (DemoApp.cpp): dceapp start|stop NAME, dceapp status. */
int dceapp(Session&, const QStringList&);
int netstat(Session&, const QStringList&);
int shutdown(Session&, const QStringList&);
int poweron(Session&, const QStringList&);
int who(Session&, const QStringList&);
int lssrc(Session&, const QStringList&);
int df(Session&, const QStringList&);
int ps(Session&, const QStringList&);
int lslpp(Session&, const QStringList&);
int installp(Session&, const QStringList&);
int cllsif(Session&, const QStringList&);
int claddserv(Session&, const QStringList&);
int cllsserv(Session&, const QStringList&);
int clfindres(Session&, const QStringList&);
int cllsgrp(Session&, const QStringList&);
int cllsres(Session&, const QStringList&);
int odmget(Session&, const QStringList&);
int rcCluster(Session&, const QStringList&);
int clstop(Session&, const QStringList&);
int cldare(Session&, const QStringList&);
int mkdce(Session&, const QStringList&);
int mkdfs(Session&, const QStringList&);
int lsdce(Session&, const QStringList&);
int startDce(Session&, const QStringList&);
int stopDce(Session&, const QStringList&);
int startDfs(Session&, const QStringList&);
int stopDfs(Session&, const QStringList&);
int newaggr(Session&, const QStringList&);
int salvage(Session&, const QStringList&);
int dfsexport(Session&, const QStringList&);

} // namespace aixsim
