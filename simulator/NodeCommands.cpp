// Commands about the node itself: hostname, ifconfig, netstat, shutdown, poweron (simulator only), who,
// lssrc.
#include "Commands.h"
#include "Getopt.h"
#include "HacmpCluster.h"
#include "Session.h"

#include <QDateTime>

namespace aixsim {

int hostname(Session& s, const QStringList& args)
{
    if (args.size() > 1) {
        s.err(QStringLiteral("Usage: hostname [NAME]\n"));
        return 2;
    }
    if (args.isEmpty()) {
        s.out(s.self().state().hostname + QLatin1Char('\n'));
        return 0;
    }
    s.self().state().hostname = args.at(0);
    return 0;
}

namespace {

QString hexMask(const QString& netmask)
{
    quint32 v = 0;
    for (const auto& part : netmask.split(QLatin1Char('.')))
        v = (v << 8) | part.toUInt();
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString broadcast(const QString& address)
{
    QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() == 4)
        parts[3] = QStringLiteral("255");
    return parts.join(QLatin1Char('.'));
}

} // namespace

int ifconfig(Session& s, const QStringList& args)
{
    const bool all = args == QStringList{QStringLiteral("-a")};
    if (!all && args.size() != 1) {
        s.err(QStringLiteral("usage: ifconfig -a | ifconfig INTERFACE\n"));
        return 2;
    }
    QString text;
    bool found = false;
    for (const auto& i : s.self().state().interfaces) {
        if (!all && i.name != args.at(0))
            continue;
        found = true;
        text += i.name +
                QStringLiteral(
                    ": flags=e080863<UP,BROADCAST,NOTRAILERS,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT>\n");
        text += QStringLiteral("\tinet %1 netmask %2 broadcast %3\n")
                    .arg(i.address, hexMask(i.netmask), broadcast(i.address));
    }
    if (all || args.at(0) == QLatin1String("lo0")) {
        found = true;
        text += QStringLiteral(
            "lo0: flags=e08084b<UP,BROADCAST,LOOPBACK,RUNNING,SIMPLEX,MULTICAST,GROUPRT,64BIT>\n"
            "\tinet 127.0.0.1 netmask 0xff000000 broadcast 127.255.255.255\n");
    }
    if (!found) {
        s.err(QStringLiteral("ifconfig: no such interface %1\n").arg(args.at(0)));
        return 1;
    }
    s.out(text);
    return 0;
}

int netstat(Session& s, const QStringList& args)
{
    if (args != QStringList{QStringLiteral("-in")} &&
        args != QStringList{QStringLiteral("-i"), QStringLiteral("-n")}) {
        s.err(QStringLiteral("usage: netstat -in\n"));
        return 2;
    }
    QString text =
        QStringLiteral("Name  Mtu   Network     Address            Ipkts Ierrs    Opkts Oerrs  Coll\n");
    int link = 2;
    for (const auto& i : s.self().state().interfaces) {
        const QString network = i.address.section(QLatin1Char('.'), 0, 2);
        text += QStringLiteral("%1 1500  link#%2     %3 %4     0 %5     0     0\n")
                    .arg(i.name.leftJustified(5))
                    .arg(link++)
                    .arg(i.hardware.leftJustified(18))
                    .arg(QStringLiteral("1024").rightJustified(5))
                    .arg(QStringLiteral("1024").rightJustified(8));
        text += QStringLiteral("%1 1500  %2 %3 %4     0 %5     0     0\n")
                    .arg(i.name.leftJustified(5), network.leftJustified(11), i.address.leftJustified(18),
                         QStringLiteral("1024").rightJustified(5), QStringLiteral("1024").rightJustified(8));
    }
    text += QStringLiteral("lo0   16896 link#1                           100     0      100     0     0\n"
                           "lo0   16896 127         127.0.0.1            100     0      100     0     0\n");
    s.out(text);
    return 0;
}

namespace {

/** Boots the node; as AIX's init does, starts HACMP when /etc/inittab has rc.cluster's entry (the one
 * `rc.cluster -R` or `-B` adds: `hacmp:2:wait:/usr/sbin/cluster/etc/rc.cluster -boot …`). */
void bootNode(Session& s)
{
    s.self().boot();
    const QString inittab = QString::fromUtf8(s.self().readFile(QStringLiteral("/etc/inittab")));
    for (const auto& line : inittab.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(':')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.section(QLatin1Char(':'), 3).contains(QStringLiteral("rc.cluster -boot"))) {
            HacmpCluster(s).start();
            break;
        }
    }
}

} // namespace

int shutdown(Session& s, const QStringList& args)
{
    const Options o = Options::parse(args, QStringLiteral("Frhkm"));
    if (!o.error.isEmpty() || o.operands.size() > 1) {
        s.err(QStringLiteral("Usage: shutdown [-F] [-r] [-h] [+minutes|now]\n"));
        return 2;
    }
    const bool reboot = o.has(QLatin1Char('r'));
    s.out(QStringLiteral("\nSHUTDOWN PROGRAM\n%1\n\nWait for 'Rebooting...' before stopping.\n")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("ddd MMM dd HH:mm:ss yyyy"))));
    HacmpCluster(s).nodeDown(s.self().name());
    if (reboot) {
        bootNode(s);
        s.out(QStringLiteral("Rebooting . . .\n"));
    } else {
        s.self().state().halted = true;
        s.shared().members[s.self().name()].up = false;
        s.out(QStringLiteral("....Halt completed....\n"));
    }
    return 0;
}

int poweron(Session& s, const QStringList&)
{
    if (!s.self().state().halted)
        return 0;
    bootNode(s);
    return 0;
}

int who(Session& s, const QStringList& args)
{
    if (args != QStringList{QStringLiteral("-b")}) {
        s.err(QStringLiteral("usage: who -b\n"));
        return 2;
    }
    const QDateTime boot = QDateTime::fromString(s.self().state().bootTime, Qt::ISODate);
    s.out(QStringLiteral("   .        system boot  %1\n").arg(boot.toString(QStringLiteral("MMM dd HH:mm"))));
    return 0;
}

int ps(Session& s, const QStringList& args)
{
    // POSIX ps's -e (every process) and -o comm (the command name only), as AIX 4.x's ps takes them.
    if (args != QStringList{QStringLiteral("-e"), QStringLiteral("-o"), QStringLiteral("comm")}) {
        s.err(QStringLiteral("usage: ps -e -o comm\n"));
        return 2;
    }
    Node& n = s.self();
    QStringList running{QStringLiteral("init"), QStringLiteral("srcmstr"), QStringLiteral("syslogd"),
                        QStringLiteral("inetd"), QStringLiteral("cron")};
    if (s.shared().members.value(n.name()).clusterManager)
        running << QStringLiteral("clstrmgr");
    running << runningDceDaemons(n);
    for (qsizetype i = 0; i < n.state().applications.size(); ++i)
        running << QStringLiteral("dceapp");
    s.out(QStringLiteral("COMMAND\n") + running.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return 0;
}

int lssrc(Session& s, const QStringList& args)
{
    const bool byGroup = args == QStringList{QStringLiteral("-g"), QStringLiteral("cluster")};
    const bool bySubsystem = args == QStringList{QStringLiteral("-s"), QStringLiteral("clstrmgr")};
    if (!byGroup && !bySubsystem) {
        s.err(QStringLiteral("usage: lssrc -g cluster | lssrc -s clstrmgr\n"));
        return 2;
    }
    if (!s.self().state().filesets.contains(QStringLiteral("cluster.base.server.rte")))
        return s.fail(QStringLiteral("hacmp-not-installed"), {QStringLiteral("lssrc")});
    const bool active = s.shared().members.value(s.self().name()).clusterManager;
    QString text = QStringLiteral("Subsystem         Group            PID     Status \n");
    text += QStringLiteral(" clstrmgr          cluster          %1\n")
                .arg(active ? QStringLiteral("%1     active").arg(20000 + s.self().state().bootCount)
                            : QStringLiteral("        inoperative"));
    if (byGroup)
        text += QStringLiteral(" clsmuxpd          cluster          %1\n")
                    .arg(active ? QStringLiteral("%1     active").arg(20100 + s.self().state().bootCount)
                                : QStringLiteral("        inoperative"));
    s.out(text);
    return 0;
}

} // namespace aixsim
