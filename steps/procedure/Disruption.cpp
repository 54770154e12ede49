#include "Disruption.h"

#include "NodeDiscovery.h"
#include "StepKinds.h"

#include <functional>

namespace dceha {

namespace {

/** The value after @p option in @p argv (`-y NAME`), empty when absent. */
QString optionValue(const QStringList& argv, const QString& option)
{
    const qsizetype at = argv.indexOf(option);
    return at >= 0 ? argv.value(at + 1) : QString();
}

/** mkvg's disks: the operands after its options (-n, -f take none; -s, -V, -y, -t, -d take a value). */
QStringList mkvgDisks(const QStringList& argv)
{
    static const QStringList withValue{QStringLiteral("-s"), QStringLiteral("-V"), QStringLiteral("-y"),
                                       QStringLiteral("-t"), QStringLiteral("-d")};
    QStringList disks;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        if (withValue.contains(argv.at(i)))
            ++i;
        else if (!argv.at(i).startsWith(QLatin1Char('-')))
            disks << argv.at(i);
    }
    return disks;
}

/** Answers for the disks, asked once per step: their PVID (lspv) and size (bootinfo -s). */
class DiskFacts
{
public:
    explicit DiskFacts(System* node) : m_node(node) {}
    StepMessage describe(const QString& disk)
    {
        if (!m_node)
            return StepMessage(QT_TRANSLATE_NOOP("Step", "%1 (PVID and size not asked)")).arg(disk);
        NodeDiscovery discovery(*m_node);
        if (!m_read) {
            m_disks = discovery.disks();
            m_read = true;
        }
        QString pvid;
        for (const auto& d : m_disks)
            if (d.name == disk)
                pvid = d.pvid;
        const qint64 mb = discovery.diskSizeMb(disk);
        const QString size = mb > 0 ? QStringLiteral("%1 MB").arg(mb) : QStringLiteral("?");
        if (pvid.isEmpty() || pvid == QLatin1String("none"))
            return StepMessage(QT_TRANSLATE_NOOP("Step", "%1 (no PVID yet, %2)")).arg(disk, size);
        return StepMessage(QT_TRANSLATE_NOOP("Step", "%1 (PVID %2, %3)")).arg(disk, pvid, size);
    }

private:
    System* m_node;
    bool m_read = false;
    QList<NodeDiscovery::Disk> m_disks;
};

/** One row of the table: the commands that destroy or interrupt, what each does, in words. */
struct Rule
{
    const char* command;
    Disruption::Kind kind;
    std::function<QList<StepMessage>(const QStringList& argv, DiskFacts& disks)> say;
};

const QList<Rule>& rules()
{
    using K = Disruption::Kind;
    static const QList<Rule> table{
        {"mkvg", K::DiskBecomesVolumeGroup,
         [](const QStringList& argv, DiskFacts& disks) {
             QList<StepMessage> out;
             for (const auto& disk : mkvgDisks(argv))
                 out << StepMessage(QT_TRANSLATE_NOOP("Step", "Disk %1 becomes the volume group %2 (mkvg): "
                                                              "everything on it is lost"))
                            .arg(disks.describe(disk).localized(), optionValue(argv, QStringLiteral("-y")));
             return out;
         }},
        {"logform", K::LogFormatted,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is formatted as the JFS log (logform): what it "
                                                       "held is lost"))
                     .arg(argv.value(argv.size() - 1))};
         }},
        {"crfs", K::FilesystemCreated,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "A journaled filesystem for %1 is made on the logical "
                                                       "volume %2 (crfs): what the volume held is lost"))
                     .arg(optionValue(argv, QStringLiteral("-m")), optionValue(argv, QStringLiteral("-d")))};
         }},
        {"newaggr", K::AggregateFormatted,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is formatted as a DFS aggregate (newaggr): what "
                                                       "it held is lost"))
                     .arg(optionValue(argv, QStringLiteral("-aggregate")))};
         }},
        {"shutdown", K::NodeRestart,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "The node restarts (%1): everything it serves stops "
                                                       "until it is back"))
                     .arg(argv.join(QLatin1Char(' ')))};
         }},
        {"clstop", K::ClusterStop,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "HACMP stops on this node (%1): its resource groups "
                                                       "are released"))
                     .arg(argv.join(QLatin1Char(' ')))};
         }},
        {"rc.cluster", K::ClusterStart,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "HACMP starts on this node (%1): it acquires its "
                                                       "resource groups, a cascading group moves back here"))
                     .arg(argv.join(QLatin1Char(' ')))};
         }},
        {"stop.dce", K::ServiceStop,
         [](const QStringList&, DiskFacts&) {
             return QList<StepMessage>{StepMessage(QT_TRANSLATE_NOOP(
                 "Step", "DCE stops on this node (stop.dce): its clients lose its servers until it starts"))};
         }},
        {"stop.dfs", K::ServiceStop,
         [](const QStringList&, DiskFacts&) {
             return QList<StepMessage>{StepMessage(QT_TRANSLATE_NOOP(
                 "Step",
                 "DFS stops on this node (stop.dfs): its filesets cannot be reached until it starts"))};
         }},
        {"varyoffvg", K::VolumeGroupReleased,
         [](const QStringList& argv, DiskFacts&) {
             return QList<StepMessage>{
                 StepMessage(QT_TRANSLATE_NOOP("Step", "The volume group %1 is varied off (varyoffvg): its "
                                                       "filesystems are no longer reachable on this node"))
                     .arg(argv.value(1))};
         }},
    };
    return table;
}

} // namespace

bool Disruption::destroysData() const
{
    return kind == Kind::DiskBecomesVolumeGroup || kind == Kind::LogFormatted ||
           kind == Kind::FilesystemCreated || kind == Kind::AggregateFormatted;
}

bool Disruption::interruptsService() const
{
    return kind == Kind::NodeRestart || kind == Kind::ClusterStop;
}

QList<Disruption> Disruption::ofActions(const QString& stepId, const QList<PlannedAction>& actions,
                                        System* node)
{
    QList<Disruption> out;
    DiskFacts disks(node);
    for (const auto& action : actions) {
        if (action.type != PlannedAction::Type::Command || action.argv.isEmpty())
            continue;
        for (const auto& rule : rules()) {
            if (action.argv.first() != QLatin1String(rule.command))
                continue;
            for (const auto& text : rule.say(action.argv, disks))
                out.append({rule.kind, stepId, QString(), text});
        }
    }
    return out;
}

QList<Disruption> Disruption::ofCatalog(const QList<StepDefinition>& steps)
{
    QList<Disruption> out;
    for (const auto& step : steps)
        if (step.applicable && step.kind == QLatin1String("command"))
            out << ofActions(step.id, CommandStep::catalogCommands(step), nullptr);
    return out;
}

} // namespace dceha
