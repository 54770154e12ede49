// HACMP 4.2.1 commands of the simulated node: cllsif, claddserv, cllsgrp, cllsres, odmget HACMPgroup,
// clfindres, rc.cluster, clstop.
#include "Commands.h"
#include "Getopt.h"
#include "HacmpCluster.h"
#include "Session.h"

namespace aixsim {

namespace {

bool hacmpInstalled(Session& s, const QString& prog)
{
    if (s.self().state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return true;
    s.fail(QStringLiteral("hacmp-not-installed"), {prog});
    return false;
}

} // namespace

int cllsif(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("cSp"));
    if (!o.error.isEmpty()) {
        s.err(QStringLiteral("Usage: cllsif [-c]\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("cllsif")))
        return 1;
    QString text;
    if (o.has(QLatin1Char('c'))) {
        // Colon form, one adapter a line:
        // label:type:network:nettype:attribute:node:address:hwaddr:interface:global:netmask
        text = QStringLiteral("#adapter:type:network:net_type:attribute:node:ip_address:hardware_address:"
                              "interface_name:global_name:netmask\n");
        for (const auto& a : s.shared().cluster.adapters)
            text += QStringList{a.label,
                                a.type,
                                a.network,
                                QStringLiteral("ether"),
                                QStringLiteral("public"),
                                a.node,
                                a.address,
                                QString(),
                                a.interface,
                                QString(),
                                QStringLiteral("255.255.255.0")}
                        .join(QLatin1Char(':')) +
                    QLatin1Char('\n');
    } else {
        text = QStringLiteral(
            "Adapter            Type       Network    Net Type   Attribute  Node       IP Address       "
            "Hardware Address Interface Name   Global Name      Netmask          \n\n");
        for (const auto& a : s.shared().cluster.adapters)
            text += a.label.leftJustified(19) + a.type.leftJustified(11) + a.network.leftJustified(11) +
                    QStringLiteral("ether      public     ") + a.node.leftJustified(11) +
                    a.address.leftJustified(17) + QString().leftJustified(17) +
                    a.interface.leftJustified(17) + QString().leftJustified(17) +
                    QStringLiteral("255.255.255.0\n");
    }
    s.out(text);
    return 0;
}

int claddserv(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("s:b:e:"));
    if (!o.error.isEmpty() || !o.has(QLatin1Char('s')) || !o.has(QLatin1Char('b')) ||
        !o.has(QLatin1Char('e')) || !o.operands.isEmpty()) {
        s.err(QStringLiteral("Usage: claddserv -s NAME -b START_SCRIPT -e STOP_SCRIPT\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("claddserv")))
        return 1;
    const QString name = o.value(QLatin1Char('s'));
    for (const auto& script : {o.value(QLatin1Char('b')), o.value(QLatin1Char('e'))})
        if (!script.startsWith(QLatin1Char('/'))) {
            s.err(QStringLiteral("claddserv: %1: the script must be given by its full path.\n").arg(script));
            return 1;
        }
    // Like HACMP's ODM: adding a server that exists replaces its scripts (HACMP would ask for clchserv).
    // Into this node's HACMP ODM only: the other nodes learn of it when the resources are synchronised.
    s.self().state().appServers.insert(name,
                                       AppServer{name, o.value(QLatin1Char('b')), o.value(QLatin1Char('e'))});
    return 0;
}

int cllsserv(Session& s, const QStringList& args)
{
    if (!args.isEmpty()) {
        s.err(QStringLiteral("Usage: cllsserv\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("cllsserv")))
        return 1;
    QString text;
    for (const auto& a : s.self().state().appServers)
        text += a.name + QLatin1Char(' ') + a.start + QLatin1Char(' ') + a.stop + QLatin1Char('\n');
    s.out(text);
    return 0;
}

int cllsgrp(Session& s, const QStringList& args)
{
    // One resource group name a line (PowerHA-era scripts read it so; unconfirmed for 4.2.1).
    if (!args.isEmpty()) {
        s.err(QStringLiteral("Usage: cllsgrp\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("cllsgrp")))
        return 1;
    QString text;
    for (const auto& g : s.shared().cluster.groups)
        text += g.name + QLatin1Char('\n');
    s.out(text);
    return 0;
}

int cllsres(Session& s, const QStringList& args)
{
    // The resources of a group, one KEYWORD="value" line each, several values blank-separated (PowerHA-era
    // parsers; unconfirmed for 4.2.1, see resources/aix-commands.yaml).
    const Options o = Options::parse(args, QStringLiteral("g:"));
    if (!o.error.isEmpty() || !o.operands.isEmpty()) {
        s.err(QStringLiteral("Usage: cllsres [-g group]\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("cllsres")))
        return 1;
    QStringList labels, vgs, filesystems, applications;
    bool found = !o.has(QLatin1Char('g'));
    for (const auto& g : s.shared().cluster.groups) {
        if (o.has(QLatin1Char('g')) && g.name != o.value(QLatin1Char('g')))
            continue;
        found = true;
        labels += g.serviceLabels;
        vgs += g.vgs;
        filesystems += g.filesystems;
        applications += g.appServers;
    }
    if (!found)
        return s.fail(QStringLiteral("hacmp-no-group"), {o.value(QLatin1Char('g'))});
    const auto line = [](const char* key, const QStringList& values) {
        return QLatin1String(key) + QStringLiteral("=\"") + values.join(QLatin1Char(' ')) +
               QStringLiteral("\"\n");
    };
    s.out(line("SERVICE_LABEL", labels) + line("FILESYSTEM", filesystems) + line("VOLUME_GROUP", vgs) +
          line("APPLICATIONS", applications));
    return 0;
}

int odmget(Session& s, const QStringList& args)
{
    // The HACMP ODM classes the discovery reads, in odmget's stanza format; only HACMPgroup (its fields
    // group, type and nodes are believed, not confirmed). `-q group=NAME` selects one group.
    const Options o = Options::parse(args, QStringLiteral("q:"));
    if (!o.error.isEmpty() || o.operands.size() != 1) {
        s.err(QStringLiteral("Usage: odmget [-q criteria] class\n"));
        return 2;
    }
    if (o.operands.first() != QLatin1String("HACMPgroup") ||
        !s.self().state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return s.fail(QStringLiteral("odm-no-class"),
                      {QStringLiteral("/etc/objrepos/") + o.operands.first()});
    const QString query = o.value(QLatin1Char('q'));
    const QString wanted = query.section(QLatin1Char('='), 1).trimmed().remove(QLatin1Char('\''));
    if (!query.isEmpty() && query.section(QLatin1Char('='), 0, 0).trimmed() != QLatin1String("group")) {
        s.err(QStringLiteral("0514-511 The criteria \"%1\" is not valid for HACMPgroup.\n").arg(query));
        return 1;
    }
    QString text;
    for (const auto& g : s.shared().cluster.groups) {
        if (!query.isEmpty() && g.name != wanted)
            continue;
        text += QStringLiteral("\nHACMPgroup:\n\tgroup = \"%1\"\n\ttype = \"%2\"\n\tnodes = \"%3\"\n")
                    .arg(g.name, g.policy, g.nodes.join(QLatin1Char(' ')));
    }
    s.out(text);
    return 0;
}

int clfindres(Session& s, const QStringList& args)
{
    if (!args.isEmpty()) {
        s.err(QStringLiteral("Usage: clfindres\n"));
        return 2;
    }
    if (!hacmpInstalled(s, QStringLiteral("clfindres")))
        return 1;
    QString text = QStringLiteral("GroupName      Type         State      Location\n"
                                  "---------------------------------------------------\n");
    for (const auto& g : s.shared().cluster.groups)
        for (const auto& node : g.nodes)
            text += g.name.leftJustified(15) + g.policy.leftJustified(13) +
                    (g.holder == node ? QStringLiteral("ONLINE     ") : QStringLiteral("OFFLINE    ")) +
                    node + QLatin1Char('\n');
    s.out(text);
    return 0;
}

int rcCluster(Session& s, const QStringList& args)
{
    // "-boot" (the /etc/inittab entry rc.cluster -R adds) is one word, not getopt's -b -o -o -t.
    QStringList rest = args;
    rest.removeAll(QStringLiteral("-boot"));
    const Options o = Options::parse(rest, QStringLiteral("NRBib"));
    if (!o.error.isEmpty() || !o.operands.isEmpty()) {
        s.err(QStringLiteral("Usage: rc.cluster [-N|-R|-B] [-i] [-boot]\n"));
        return 2;
    }
    return HacmpCluster(s).start();
}

int clstop(Session& s, const QStringList& args)
{
    // HACMP 4 spells graceful-with-takeover as "-gr"; getopt would read it as -g -r.
    const Options o = Options::parse(args, QStringLiteral("fgrNRBsy"));
    if (!o.error.isEmpty() || !o.operands.isEmpty() || (o.has(QLatin1Char('f')) && o.has(QLatin1Char('g'))) ||
        (!o.has(QLatin1Char('f')) && !o.has(QLatin1Char('g')))) {
        s.err(QStringLiteral("Usage: clstop [-y] [-N] [-s] -f | -g | -gr\n"));
        return 2;
    }
    const auto mode = o.has(QLatin1Char('f'))   ? HacmpCluster::StopMode::Forced
                      : o.has(QLatin1Char('r')) ? HacmpCluster::StopMode::GracefulTakeover
                                                : HacmpCluster::StopMode::Graceful;
    return HacmpCluster(s).stop(mode);
}

int cldare(Session& s, const QStringList& args)
{
    // Synchronize Cluster Resources (-r); topology (-t) is configured before the wizard runs and is
    // already synchronised in the simulated cluster.
    const Options o = Options::parse(args, QStringLiteral("rtf"));
    if (!o.error.isEmpty() || !o.operands.isEmpty() || !o.has(QLatin1Char('r'))) {
        s.err(QStringLiteral("Usage: cldare -r [-f]\n"));
        return 2;
    }
    return HacmpCluster(s).synchronise();
}

} // namespace aixsim
