#include "NodeChanges.h"

#include <QHash>

namespace dceha {

namespace {

/** The commands that make or change something on the node, by the kind of thing (everything else a step runs
 * is a query, a wait or a check). */
const QHash<QString, NodeChange::Kind>& makers()
{
    using K = NodeChange::Kind;
    static const QHash<QString, K> table{
        {QStringLiteral("mkvg"), K::VolumeGroup},      {QStringLiteral("importvg"), K::VolumeGroup},
        {QStringLiteral("varyoffvg"), K::VolumeGroup}, {QStringLiteral("chvg"), K::VolumeGroup},
        {QStringLiteral("mklv"), K::LogicalVolume},    {QStringLiteral("logform"), K::LogicalVolume},
        {QStringLiteral("crfs"), K::Filesystem},       {QStringLiteral("mount"), K::Filesystem},
        {QStringLiteral("umount"), K::Filesystem},     {QStringLiteral("installp"), K::DceDfs},
        {QStringLiteral("mkdce"), K::DceDfs},          {QStringLiteral("mkdfs"), K::DceDfs},
        {QStringLiteral("newaggr"), K::DceDfs},        {QStringLiteral("dfsexport"), K::DceDfs},
        {QStringLiteral("claddserv"), K::Cluster},     {QStringLiteral("clsync"), K::Cluster},
        {QStringLiteral("cldare"), K::Cluster},        {QStringLiteral("rc.cluster"), K::Cluster},
        {QStringLiteral("clstop"), K::Cluster},        {QStringLiteral("shutdown"), K::Cluster},
    };
    return table;
}

} // namespace

QList<NodeChange> NodeChange::of(const RunRecord& record)
{
    QList<NodeChange> out;
    for (const auto& step : record.steps) {
        for (const auto& a : step.actions) {
            if (a.type == ActionRecord::Type::Command) {
                const auto kind = makers().constFind(a.argv.value(0));
                // A command that failed made nothing (the step's retry did, if anything).
                if (kind == makers().cend() || a.exitCode != 0 || !a.failure.isEmpty())
                    continue;
                const QString env = a.environment.isEmpty()
                                        ? QString()
                                        : a.environment.join(QLatin1Char(' ')) + QLatin1Char(' ');
                out.append(
                    {*kind, step.id, QStringLiteral("$ ") + env + a.argv.join(QLatin1Char(' ')), a.node});
            } else if (a.type == ActionRecord::Type::File) {
                if (a.change.startsWith(QLatin1String("FAILED")))
                    continue;
                Kind kind = Kind::Directory;
                if (a.operation == QLatin1String("edit"))
                    kind = a.content.isEmpty() ? Kind::File : Kind::Script;
                QString what = a.path + QStringLiteral(": ") + a.change;
                if (!a.backup.isEmpty())
                    what += QStringLiteral(" (backup ") + a.backup + QLatin1Char(')');
                out.append({kind, step.id, what, a.node});
            }
        }
    }
    return out;
}

QString NodeChange::heading(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("Files edited (with their backups)");
    case Kind::Script:
        return QStringLiteral("Scripts written");
    case Kind::Directory:
        return QStringLiteral("Directories, links and modes");
    case Kind::VolumeGroup:
        return QStringLiteral("Volume groups");
    case Kind::LogicalVolume:
        return QStringLiteral("Logical volumes and logs");
    case Kind::Filesystem:
        return QStringLiteral("Filesystems");
    case Kind::DceDfs:
        return QStringLiteral("DCE and DFS");
    case Kind::Cluster:
        return QStringLiteral("HACMP and the node");
    }
    return {};
}

} // namespace dceha
