// The demo application of the simulated node: a stand-in for a DCE application server that an HACMP
// application server starts and stops, so that the drill can see where it runs and on which addresses.
#include "Commands.h"
#include "Session.h"

#include <QDateTime>

namespace aixsim {

namespace {

/** The addresses a DCE application started now would serve: every address the node's adapters carry,
 * less those RPC_UNSUPPORTED_NETADDRS excludes (the DCE RPC runtime's rule, guide ch. 2). */
QStringList servedAddresses(Node& n)
{
    const QStringList excluded =
        qEnvironmentVariable("RPC_UNSUPPORTED_NETADDRS").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QStringList out;
    for (const auto& i : n.state().interfaces)
        if (!i.address.isEmpty() && !excluded.contains(i.address))
            out << i.address;
    return out;
}

/** One line of the application's own log on the node, /var/adm/dceapp.log. */
void logLine(Session& s, const QString& line)
{
    const QString path = QStringLiteral("/var/adm/dceapp.log");
    QByteArray text = s.self().readFile(path);
    text += (QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + line +
             QLatin1Char('\n'))
                .toUtf8();
    s.self().writeFile(path, text);
}

} // namespace

int dceapp(Session& s, const QStringList& args)
{
    if (args.size() == 1 && args.first() == QLatin1String("status")) {
        const auto& running = s.self().state().applications;
        for (auto it = running.cbegin(); it != running.cend(); ++it)
            s.out(s.msg(QStringLiteral("dceapp-status"), {it.key(), it.value().join(QLatin1Char(' '))}) +
                  QLatin1Char('\n'));
        return 0;
    }
    if (args.size() != 2 ||
        (args.first() != QLatin1String("start") && args.first() != QLatin1String("stop"))) {
        s.err(s.msg(QStringLiteral("dceapp-usage")) + QLatin1Char('\n'));
        return 2;
    }
    const QString name = args.at(1);
    Node& n = s.self();
    auto& running = n.state().applications;
    if (args.first() == QLatin1String("stop")) {
        if (!running.contains(name))
            return s.fail(QStringLiteral("dceapp-not-running"), {name, n.state().hostname});
        running.remove(name);
        const QString line = s.msg(QStringLiteral("dceapp-stopped"), {name, n.state().hostname});
        logLine(s, line);
        s.out(line + QLatin1Char('\n'));
        return 0;
    }
    if (running.contains(name))
        return s.fail(QStringLiteral("dceapp-running"),
                      {name, n.state().hostname, running.value(name).join(QLatin1Char(' '))});
    const QStringList served = servedAddresses(n);
    if (served.isEmpty())
        return s.fail(QStringLiteral("dceapp-no-address"), {name});
    running.insert(name, served);
    const QString line =
        s.msg(QStringLiteral("dceapp-started"), {name, n.state().hostname, served.join(QLatin1Char(' '))});
    logLine(s, line);
    s.out(line + QLatin1Char('\n'));
    return 0;
}

} // namespace aixsim
