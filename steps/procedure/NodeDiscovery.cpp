#include "NodeDiscovery.h"

#include "LvmOutput.h"

#include <algorithm>

namespace dceha {

CommandResult NodeDiscovery::query(const QStringList& argv)
{
    CommandSpec spec;
    spec.name = argv.value(0);
    spec.args = argv.mid(1);
    spec.timeoutMs = 60000;
    return m_system.run(spec);
}

QList<NodeDiscovery::HacmpInterface> NodeDiscovery::parseCllsif(const QString& text)
{
    QList<HacmpInterface> out;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char(':'));
        if (f.size() >= 7)
            out.append({f.at(0), f.at(1), f.at(2), f.at(5), f.at(6)});
    }
    return out;
}

QMap<QString, QStringList> NodeDiscovery::parseCllsres(const QString& text)
{
    QMap<QString, QStringList> out;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0 || line.startsWith(QLatin1Char('#')))
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        out.insert(line.left(eq).trimmed(), value.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    return out;
}

QList<QMap<QString, QString>> NodeDiscovery::parseOdmStanzas(const QString& text)
{
    // odmget: a blank line, "CLASS:", then tab-indented "attribute = value" lines (strings in quotes).
    QList<QMap<QString, QString>> out;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (!line.at(0).isSpace() && t.endsWith(QLatin1Char(':'))) {
            out.append(QMap<QString, QString>());
            continue;
        }
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (eq <= 0 || out.isEmpty())
            continue;
        QString value = t.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        out.last().insert(t.left(eq).trimmed(), value);
    }
    return out;
}

std::optional<QList<NodeDiscovery::ResourceGroup>> NodeDiscovery::resourceGroups(QString* why)
{
    const auto failed = [why](const QString& command, const CommandResult& r) {
        if (why)
            *why = command + QStringLiteral(": ") +
                   (r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure);
        return std::nullopt;
    };
    const CommandResult names = query({QStringLiteral("cllsgrp")});
    if (!names.ok())
        return failed(QStringLiteral("cllsgrp"), names);
    const CommandResult odm = query({QStringLiteral("odmget"), QStringLiteral("HACMPgroup")});
    if (!odm.ok())
        return failed(QStringLiteral("odmget HACMPgroup"), odm);
    QMap<QString, QMap<QString, QString>> stanzas;
    for (const auto& stanza : parseOdmStanzas(QString::fromUtf8(odm.stdOut)))
        stanzas.insert(stanza.value(QStringLiteral("group")), stanza);
    QList<ResourceGroup> out;
    for (const auto& name : QString::fromUtf8(names.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        ResourceGroup g;
        g.name = name.trimmed();
        if (g.name.isEmpty())
            continue;
        const CommandResult res = query({QStringLiteral("cllsres"), QStringLiteral("-g"), g.name});
        if (!res.ok())
            return failed(QStringLiteral("cllsres -g ") + g.name, res);
        const QMap<QString, QStringList> r = parseCllsres(QString::fromUtf8(res.stdOut));
        g.policy = stanzas.value(g.name).value(QStringLiteral("type"));
        g.nodes =
            stanzas.value(g.name).value(QStringLiteral("nodes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        g.serviceLabels = r.value(QStringLiteral("SERVICE_LABEL"));
        g.volumeGroups = r.value(QStringLiteral("VOLUME_GROUP"));
        g.filesystems = r.value(QStringLiteral("FILESYSTEM"));
        g.applicationServers = r.value(QStringLiteral("APPLICATIONS"));
        out.append(g);
    }
    return out;
}

QString NodeDiscovery::hostname()
{
    const CommandResult r = query({QStringLiteral("hostname")});
    return r.ok() ? QString::fromUtf8(r.stdOut).trimmed() : QString();
}

std::optional<QList<NodeDiscovery::HacmpInterface>> NodeDiscovery::hacmpInterfaces(QString* why)
{
    const CommandResult r = query({QStringLiteral("cllsif"), QStringLiteral("-c")});
    if (!r.ok()) {
        if (why)
            *why = r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure;
        return std::nullopt;
    }
    return parseCllsif(QString::fromUtf8(r.stdOut));
}

QList<NodeDiscovery::Adapter> NodeDiscovery::adapters()
{
    return adapters(hacmpInterfaces().value_or(QList<HacmpInterface>()));
}

QList<NodeDiscovery::Adapter> NodeDiscovery::adapters(const QList<HacmpInterface>& hacmp)
{
    const auto known = [&hacmp](const QString& address) {
        const auto it = std::find_if(hacmp.cbegin(), hacmp.cend(),
                                     [&](const HacmpInterface& i) { return i.address == address; });
        return it == hacmp.cend() ? HacmpInterface{} : *it;
    };
    QList<Adapter> out;
    QString interface;
    const CommandResult ifconfig = query({QStringLiteral("ifconfig"), QStringLiteral("-a")});
    for (const auto& line : QString::fromUtf8(ifconfig.stdOut).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.at(0).isSpace())
            interface = line.section(QLatin1Char(':'), 0, 0);
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("inet ")) && interface != QLatin1String("lo0")) {
            const QString address = t.section(QLatin1Char(' '), 1, 1);
            const HacmpInterface i = known(address);
            out.append({interface, address, i.label, i.type});
        }
    }
    // The service address HACMP moves onto this node is not on an adapter before the cluster starts.
    for (const auto& i : hacmp)
        if (i.type == QLatin1String("service") &&
            std::none_of(out.cbegin(), out.cend(), [&](const Adapter& a) { return a.address == i.address; }))
            out.append({QString(), i.address, i.label, i.type});
    return out;
}

QList<NodeDiscovery::Disk> NodeDiscovery::disks()
{
    QList<Disk> out;
    for (const auto& row : lvm::pvTable(QString::fromUtf8(query({QStringLiteral("lspv")}).stdOut)))
        out.append({row.disk, row.pvid, row.vg});
    return out;
}

std::optional<NodeDiscovery::Space> NodeDiscovery::volumeGroupSpace(const QString& vg)
{
    if (vg.isEmpty())
        return std::nullopt;
    const CommandResult r = query({QStringLiteral("lsvg"), vg});
    Space space;
    if (!r.ok() || !lvm::vgSpaceMb(QString::fromUtf8(r.stdOut), &space.totalMb, &space.freeMb))
        return std::nullopt;
    return space;
}

QList<NodeDiscovery::AppServer> NodeDiscovery::appServers(QString* why)
{
    // cllsserv: one line per server, "NAME START_SCRIPT STOP_SCRIPT" ([u]: cllsserv -c's colon form is
    // PowerHA's; the 4.x plain listing is believed blank-separated).
    const CommandResult r = query({QStringLiteral("cllsserv")});
    QList<AppServer> out;
    if (!r.ok()) {
        if (why)
            *why = QStringLiteral("cllsserv: ") +
                   (r.failure.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.failure);
        return out;
    }
    for (const auto& line : QString::fromUtf8(r.stdOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (!f.value(0).isEmpty() && !f.value(0).startsWith(QLatin1Char('#')))
            out.append({f.value(0), f.value(1), f.value(2)});
    }
    return out;
}

qint64 NodeDiscovery::diskSizeMb(const QString& disk)
{
    const CommandResult r = query({QStringLiteral("bootinfo"), QStringLiteral("-s"), disk});
    bool ok = false;
    const qint64 mb = QString::fromUtf8(r.stdOut).trimmed().toLongLong(&ok);
    return r.ok() && ok && mb > 0 ? mb : 0;
}

NodeDiscovery::ClusterView NodeDiscovery::clusterView()
{
    ClusterView v;
    v.hostname = hostname();
    if (v.hostname.isEmpty())
        v.problems << QStringLiteral("hostname: no answer");
    QString why;
    if (const auto interfaces = hacmpInterfaces(&why))
        v.interfaces = *interfaces;
    else
        v.problems << QStringLiteral("cllsif -c: ") + why;
    v.adapters = adapters(v.interfaces);
    if (const auto groups = resourceGroups(&why))
        v.groups = *groups;
    else
        v.problems << why;
    why.clear();
    v.appServers = appServers(&why);
    if (!why.isEmpty())
        v.problems << why;
    v.disks = disks();
    for (const auto& d : v.disks)
        if (d.vg == QLatin1String("None"))
            if (const qint64 mb = diskSizeMb(d.name))
                v.diskSizeMb.insert(d.name, mb);
    const CommandResult majors = query({QStringLiteral("lvlstmajor")});
    if (majors.ok())
        v.freeMajors = QString::fromUtf8(majors.stdOut).trimmed();
    else
        v.problems << QStringLiteral("lvlstmajor: ") + QString::fromUtf8(majors.stdErr).trimmed();
    const CommandResult rootvg = query({QStringLiteral("lsvg"), QStringLiteral("rootvg")});
    Space space;
    if (rootvg.ok() && lvm::vgSpaceMb(QString::fromUtf8(rootvg.stdOut), &space.totalMb, &space.freeMb))
        v.rootvg = space;
    v.rootvgPpMb = rootvg.ok() ? lvm::ppSizeMb(QString::fromUtf8(rootvg.stdOut)) : 0;
    v.installMediaPresent = m_system.exists(QStringLiteral("/dev/cd0"));
    // lslpp -l: "  NAME  LEVEL  STATE  DESCRIPTION" rows under a "Path:" line (the AIX and HACMP levels,
    // DCE's).
    const CommandResult lpp = query({QStringLiteral("lslpp"), QStringLiteral("-l")});
    for (const auto& line : QString::fromUtf8(lpp.stdOut).split(QLatin1Char('\n'))) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() >= 3 && f.at(1).contains(QLatin1Char('.')) && f.at(1).at(0).isDigit())
            v.filesets.insert(f.at(0), f.at(1));
    }
    return v;
}

} // namespace dceha
