#include "StepKindRegistry.h"

#include "StepKinds.h"

namespace dceha {

namespace {

template <typename Kind> std::unique_ptr<StepKind> make()
{
    return std::make_unique<Kind>();
}

} // namespace

const QList<StepKindRegistry::Entry>& StepKindRegistry::entries()
{
    // Each kind's parameters are those its probe, plan and apply read (param/paramList/params[...]).
    static const QList<Entry> kinds{
        {"operator",
         make<OperatorStep>,
         {{"owner_record_step", false},
          {"other_record_reaches", false},
          {"other_record_done", false},
          {"other_node_probe", false}},
         true},
        {"command",
         make<CommandStep>,
         {{"run", true},
          {"probe", false},
          {"verify", false},
          {"then", false},
          {"stdin", false},
          {"environment", false},
          {"wait_for_event", false},
          {"wait_only_if_active", false},
          {"wait_on", false}}},
        {"reboot", make<RebootStep>, {{"vg", true}, {"restart_timeout_s", false}}},
        {"volume_group",
         make<VolumeGroupStep>,
         {{"vg", true}, {"disks", true}, {"major", false}, {"pp_size_mb", false}}},
        {"logical_volume",
         make<LogicalVolumeStep>,
         {{"vg", true}, {"name", true}, {"type", true}, {"size_mb", true}}},
        {"jfs_log", make<JfsLogStep>, {{"vg", true}, {"name", true}}},
        {"import_vg", make<ImportVgStep>, {{"vg", true}, {"disk", true}, {"major", false}, {"lvs", false}}},
        {"filesystem",
         make<FilesystemStep>,
         {{"lv", true}, {"mount", true}, {"log", false}, {"automount", false}}},
        {"mount", make<MountStep>, {{"mount", true}}},
        {"release_shared", make<ReleaseSharedStep>, {{"vg", true}, {"mounts", false}}},
        {"environment_variable", make<EnvironmentVariableStep>, {{"name", true}, {"value", true}}},
        {"services_entry",
         make<ServicesEntryStep>,
         {{"name", true}, {"port", true}, {"aliases", false}, {"compatible_names", false}}},
        {"directory", make<DirectoryStep>, {{"path", true}}},
        {"symlink", make<SymlinkStep>, {{"path", true}, {"target", true}}},
        {"scripts", make<ScriptsStep>, {{"dir", true}}},
        {"drill_check", make<DrillCheckStep>, {{"checks", true}}},
        {"drill_snapshot", make<DrillSnapshotStep>, {{"stage", true}}},
        {"dfs_aggregate",
         make<DfsAggregateStep>,
         {{"lv", true}, {"name", true}, {"id", true}, {"blocksize", false}, {"fragsize", false}}},
    };
    return kinds;
}

const StepKindRegistry::Entry* StepKindRegistry::find(const QString& name)
{
    for (const auto& e : entries())
        if (name == QLatin1String(e.name))
            return &e;
    return nullptr;
}

QStringList StepKindRegistry::names()
{
    QStringList out;
    for (const auto& e : entries())
        out << QLatin1String(e.name);
    return out;
}

const QList<StepKindRegistry::Parameter>& StepKindRegistry::commonParameters()
{
    // persistent: whether a resumed run rechecks the done step for drift (the kind's default otherwise).
    // on: peer runs the step on the other node of a two-node procedure (the drill).
    static const QList<Parameter> common{{"persistent", false}, {"on", false}};
    return common;
}

} // namespace dceha
