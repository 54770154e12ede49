// LVM steps: the shared volume group, logical volumes, the JFS log, and the standby's import.
#include "Checks.h"
#include "LvmOutput.h"
#include "StepKinds.h"

#include <QRegularExpression>

namespace dceha {

namespace {

QString out(const CommandResult& r)
{
    return QString::fromUtf8(r.stdOut);
}

QStringList knownVgs(StepContext& c)
{
    return out(inspect(c, {QStringLiteral("lsvg")})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** The PP size of @p vg: from lsvg when the VG is there, else the one the shared VG will be made with. */
int ppSize(StepContext& c, const QString& vg)
{
    if (c.view)
        if (const auto known = c.view->ppSizeOf(vg))
            return *known;
    const CommandResult r = inspect(c, {QStringLiteral("lsvg"), vg});
    if (r.ok())
        if (const int mb = lvm::ppSizeMb(out(r)); mb > 0) {
            if (c.view)
                c.view->rememberPpSize(vg, mb);
            return mb;
        }
    return vg == c.answers.sharedVg.name ? c.answers.sharedVg.ppSizeMb : 4;
}

/** Logical partitions for @p sizeMb, rounded up, in 64 bits: the answers bound a size to what mklv accepts,
 * but a value that slipped past them must never wrap around to a small LV (2147483647 MB once gave 1 LP). */
qint64 lpsFor(qint64 sizeMb, qint64 ppMb)
{
    if (ppMb <= 0)
        ppMb = 4;
    return std::max<qint64>(1, (sizeMb + ppMb - 1) / ppMb);
}

/** The major number the VG is made or imported with: the answers', else the lowest free here. */
int chooseMajor(StepContext& c, const QString& fromParams, QString* why)
{
    const CommandResult r = inspect(c, {QStringLiteral("lvlstmajor")});
    const QString free = out(r).trimmed();
    if (!fromParams.isEmpty()) {
        const int major = fromParams.toInt();
        if (r.ok() && !lvm::majorFree(free, major)) {
            *why =
                QStringLiteral("the major number %1 is already in use on this node (lvlstmajor: %2); choose "
                               "shared_vg.major free on both nodes (run lvlstmajor on each)")
                    .arg(major)
                    .arg(free);
            return 0;
        }
        return major;
    }
    const int lowest = lvm::lowestFreeMajor(free);
    if (lowest == 0)
        *why = QStringLiteral("lvlstmajor gave no free major number: %1")
                   .arg(free + QString::fromUtf8(r.stdErr));
    return lowest;
}

} // namespace

// ---- VolumeGroupStep

Probe VolumeGroupStep::probe(StepContext& c)
{
    const QString vg = param(c, "vg");
    const QStringList disks = paramList(c, "disks");
    const auto pvs = lvm::pvRows(out(inspect(c, {QStringLiteral("lspv")})));
    QMap<QString, QString> owner;
    for (const auto& [disk, group] : pvs)
        owner.insert(disk, group);
    const bool exists = knownVgs(c).contains(vg);
    for (const auto& disk : disks) {
        if (!owner.contains(disk))
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP("Step", "the disk %1 is not on this node (lspv)")).arg(disk));
        if (exists && owner.value(disk) != vg)
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists but %2 is not one of its disks (lspv: %3)"))
                    .arg(vg, disk, owner.value(disk)));
        if (!exists && owner.value(disk) != QLatin1String("None"))
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP("Step", "the disk %1 already belongs to the volume group %2"))
                    .arg(disk, owner.value(disk)));
    }
    return exists ? Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists on %2"))
                                    .arg(vg, disks.join(QLatin1Char(' '))))
                  : Probe::notDone();
}

QList<PlannedAction> VolumeGroupStep::plan(StepContext& c)
{
    QString why;
    const int major = chooseMajor(c, param(c, "major"), &why);
    QList<PlannedAction> actions;
    actions << PlannedAction::command(QStringList{QStringLiteral("mkvg"), QStringLiteral("-n"),
                                                  QStringLiteral("-s"), param(c, "pp_size_mb"),
                                                  QStringLiteral("-V"),
                                                  major ? QString::number(major) : QStringLiteral("MAJOR"),
                                                  QStringLiteral("-y"), param(c, "vg")} +
                                      paramList(c, "disks"));
    if (!why.isEmpty())
        actions << PlannedAction::note(PlannedAction::tr("problem: ") + why);
    else if (param(c, "major").isEmpty())
        actions << PlannedAction::note(
            PlannedAction::tr("major number %1 is the lowest free here: the standby's importvg "
                              "-V must find it free too (set shared_vg.major to choose)")
                .arg(major));
    return actions;
}

Outcome VolumeGroupStep::apply(StepContext& c)
{
    QString why;
    const int major = chooseMajor(c, param(c, "major"), &why);
    if (!major)
        return Outcome::failed(why, FailureCategory::Precondition);
    const QStringList argv = QStringList{QStringLiteral("mkvg"), QStringLiteral("-n"), QStringLiteral("-s"),
                                         param(c, "pp_size_mb"), QStringLiteral("-V"), QString::number(major),
                                         QStringLiteral("-y"),   param(c, "vg")} +
                             paramList(c, "disks");
    const CommandResult r = run(c, argv);
    if (!r.ok())
        return Outcome::failed(failure(r, argv));
    note(c, QStringLiteral("major number %1: the standby imports %2 with importvg -V %1")
                .arg(major)
                .arg(param(c, "vg")));
    return Outcome::done();
}

// ---- LogicalVolumeStep

Probe LogicalVolumeStep::probe(StepContext& c)
{
    const QString name = param(c, "name");
    // The VG's own list first: one `lsvg -l` answers for every logical volume of the VG (the resume of a
    // finished run asks it once for all of them); `lslv` only for a name it does not list, which may be in
    // another VG.
    const CommandResult listed = inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-l"), param(c, "vg")});
    if (listed.ok())
        for (const auto& row : lvm::lvRows(out(listed)))
            if (row.name == name && row.type == param(c, "type"))
                return Probe::done(
                    StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists in %2")).arg(name, param(c, "vg")));
    const CommandResult r = inspect(c, {QStringLiteral("lslv"), name});
    if (!r.ok())
        return Probe::notDone();
    const QString vg = lvm::labelValue(out(r), QStringLiteral("VOLUME GROUP"));
    const QString type = lvm::labelValue(out(r), QStringLiteral("TYPE"));
    if (vg != param(c, "vg") || type != param(c, "type"))
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP(
                            "Step", "a logical volume named %1 already exists in %2 (type %3); the answers "
                                    "want it in %4 (type %5)"))
                .arg(name, vg, type, param(c, "vg"), param(c, "type")));
    return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists in %2")).arg(name, vg));
}

QList<PlannedAction> LogicalVolumeStep::plan(StepContext& c)
{
    const int pp = ppSize(c, param(c, "vg"));
    const qint64 lps = lpsFor(param(c, "size_mb").toLongLong(), pp);
    return {PlannedAction::command({QStringLiteral("mklv"), QStringLiteral("-t"), param(c, "type"),
                                    QStringLiteral("-y"), param(c, "name"), param(c, "vg"),
                                    QString::number(lps)}),
            PlannedAction::note(PlannedAction::tr("%1 MB = %2 logical partitions of %3 MB")
                                    .arg(param(c, "size_mb"))
                                    .arg(lps)
                                    .arg(pp))};
}

Outcome LogicalVolumeStep::apply(StepContext& c)
{
    const PlannedAction mklv = plan(c).first();
    const CommandResult r = run(c, mklv);
    return r.ok() ? Outcome::done() : Outcome::failed(failure(r, mklv.argv));
}

// ---- JfsLogStep

namespace {

struct LogState
{
    bool vgReady = false;         ///< the VG exists and is varied on here
    bool exists = false;          ///< an LV with the log's name exists in the VG
    bool isLog = false;           ///< … and it is a jfslog
    bool inUse = false;           ///< a filesystem stanza names it
    QStringList defaultLogs;      ///< loglvNN logs the VG's filesystems use
    QMap<QString, QString> logOf; ///< mount point → log device, for the VG's filesystems
};

/** /etc/filesystems: mount point → (dev, log). */
QMap<QString, QPair<QString, QString>> stanzas(StepContext& c)
{
    QMap<QString, QPair<QString, QString>> out;
    const QString text =
        QString::fromUtf8(c.system.readFile(QStringLiteral("/etc/filesystems")).value_or(QByteArray()));
    QString current;
    for (const auto& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('*')))
            continue;
        if (!line.at(0).isSpace() && t.endsWith(QLatin1Char(':'))) {
            current = t.chopped(1);
            out.insert(current, {});
        } else if (!current.isEmpty() && t.contains(QLatin1Char('='))) {
            const QString key = t.section(QLatin1Char('='), 0, 0).trimmed();
            const QString value = t.section(QLatin1Char('='), 1).trimmed();
            if (key == QLatin1String("dev"))
                out[current].first = value;
            else if (key == QLatin1String("log"))
                out[current].second = value;
        }
    }
    return out;
}

LogState logState(StepContext& c, const QString& vg, const QString& name)
{
    LogState s;
    const CommandResult r = inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-l"), vg});
    if (!r.ok())
        return s;
    s.vgReady = true;
    const auto rows = lvm::lvRows(out(r));
    QStringList vgLvs;
    for (const auto& row : rows)
        vgLvs << row.name;
    static const QRegularExpression defaultLog(QStringLiteral("^loglv\\d+$"));
    const auto fs = stanzas(c);
    for (auto it = fs.cbegin(); it != fs.cend(); ++it) {
        const QString dev = it.value().first.section(QLatin1Char('/'), -1);
        const QString log = it.value().second.section(QLatin1Char('/'), -1);
        if (!vgLvs.contains(dev))
            continue;
        s.logOf.insert(it.key(), log);
        if (log == name)
            s.inUse = true;
        if (defaultLog.match(log).hasMatch() && !s.defaultLogs.contains(log))
            s.defaultLogs << log;
    }
    for (const auto& row : rows)
        if (row.name == name) {
            s.exists = true;
            s.isLog = row.type == QLatin1String("jfslog");
        }
    return s;
}

bool formattedInThisRun(StepContext& c, const QString& device)
{
    for (const auto& a : c.record.actions)
        if (a.type == ActionRecord::Type::Command &&
            a.argv == QStringList{QStringLiteral("logform"), device} && a.exitCode == 0)
            return true;
    return false;
}

} // namespace

Probe JfsLogStep::probe(StepContext& c)
{
    const QString vg = param(c, "vg");
    const QString name = param(c, "name");
    const LogState s = logState(c, vg, name);
    if (!s.vgReady) {
        // Varied off (released to the other node): the ODM still knows the log and whose it is.
        const CommandResult r = inspect(c, {QStringLiteral("lslv"), name});
        if (r.ok() && lvm::labelValue(out(r), QStringLiteral("VOLUME GROUP")) == vg &&
            lvm::labelValue(out(r), QStringLiteral("TYPE")) == QLatin1String("jfslog"))
            return Probe::done(
                StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is the jfslog of %2 (varied off here)"))
                    .arg(name, vg));
        return Probe::notDone(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is not there (or not varied on) yet")).arg(vg));
    }
    if (s.exists && !s.isLog)
        return Probe::blocked(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists in %2 but is not a jfslog")).arg(name, vg));
    if (!s.defaultLogs.isEmpty())
        return Probe::notDone(
            StepMessage(QT_TRANSLATE_NOOP("Step", "the shared filesystems use the default-named log %1"))
                .arg(s.defaultLogs.join(QLatin1Char(' '))));
    if (s.exists && (s.inUse || formattedInThisRun(c, QStringLiteral("/dev/") + name)))
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 exists and is in use")).arg(name));
    return Probe::notDone();
}

namespace {

/** The log step's commands for the log's state @p s: what the review shows and what apply runs. */
QList<PlannedAction> logPlan(StepContext& c, const LogState& s, const QString& vg, const QString& name)
{
    const QString device = QStringLiteral("/dev/") + name;
    QList<PlannedAction> actions;
    if (!s.defaultLogs.isEmpty() && !s.exists) {
        // The repair AIX allows: close every mounted filesystem on the old log, rename, repoint, remount.
        const QString old = s.defaultLogs.first();
        const QStringList mounted = mountedFilesystems(c);
        QStringList users;
        for (auto it = s.logOf.cbegin(); it != s.logOf.cend(); ++it)
            if (it.value() == old)
                users << it.key();
        for (const auto& mp : users)
            if (mounted.contains(mp))
                actions << PlannedAction::command({QStringLiteral("umount"), mp});
        actions << PlannedAction::command({QStringLiteral("chlv"), QStringLiteral("-n"), name, old});
        for (const auto& mp : users)
            actions << PlannedAction::command(
                {QStringLiteral("chfs"), QStringLiteral("-a"), QStringLiteral("log=") + device, mp});
        for (const auto& mp : users)
            if (mounted.contains(mp))
                actions << PlannedAction::command({QStringLiteral("mount"), mp});
        return actions;
    }
    if (s.exists && s.inUse)
        return actions;
    if (!s.exists)
        actions << PlannedAction::command({QStringLiteral("mklv"), QStringLiteral("-t"),
                                           QStringLiteral("jfslog"), QStringLiteral("-y"), name, vg,
                                           QStringLiteral("1")});
    // Formatting is destructive: only a log no filesystem uses yet (checked above) is formatted, so a
    // resumed run formats again only what nothing depends on. logform asks 'destroy /dev/NAME (y)?'.
    actions << PlannedAction::command({QStringLiteral("logform"), device}, PlannedAction::Input::Literal,
                                      "y\n");
    return actions;
}

} // namespace

QList<PlannedAction> JfsLogStep::plan(StepContext& c)
{
    const QString vg = param(c, "vg");
    const QString name = param(c, "name");
    return logPlan(c, logState(c, vg, name), vg, name);
}

Outcome JfsLogStep::apply(StepContext& c)
{
    const QString vg = param(c, "vg");
    const QString name = param(c, "name");
    const LogState s = logState(c, vg, name);
    if (!s.vgReady)
        return Outcome::failed(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is not varied on: create it first (step shared-vg)"))
                .arg(vg),
            FailureCategory::Precondition);
    for (const PlannedAction& action : logPlan(c, s, vg, name))
        if (const auto r = run(c, action); !r.ok())
            return Outcome::failed(failure(r, action.argv));
    return Outcome::done();
}

// ---- ImportVgStep

Probe ImportVgStep::probe(StepContext& c)
{
    const QString vg = param(c, "vg");
    if (!knownVgs(c).contains(vg))
        return Probe::notDone();
    for (const auto& lv : paramList(c, "lvs")) {
        const CommandResult r = inspect(c, {QStringLiteral("lslv"), lv});
        if (!r.ok() || lvm::labelValue(out(r), QStringLiteral("VOLUME GROUP")) != vg)
            return Probe::blocked(
                StepMessage(QT_TRANSLATE_NOOP(
                                "Step", "%1 is imported but its logical volume %2 is missing: AIX renamed it "
                                        "on import (0516-530)? lsvg -l %1 shows the names it has"))
                    .arg(vg, lv));
    }
    const CommandResult on = inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-o")});
    if (out(on).split(QLatin1Char('\n')).contains(vg))
        return Probe::notDone(
            StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is imported and still varied on here")).arg(vg));
    return Probe::done(
        StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is imported with every logical volume under its own name"))
            .arg(vg));
}

Probe ImportVgStep::recheck(StepContext& c)
{
    const Probe p = probe(c);
    if (p.state == Probe::State::NotDone && knownVgs(c).contains(param(c, "vg")))
        return Probe::done(StepMessage(QT_TRANSLATE_NOOP("Step", "%1 is imported (varied on by HACMP since)"))
                               .arg(param(c, "vg")));
    return p;
}

QList<PlannedAction> ImportVgStep::plan(StepContext& c)
{
    const QString vg = param(c, "vg");
    QList<PlannedAction> actions;
    if (!knownVgs(c).contains(vg)) {
        QString why;
        const int major = chooseMajor(c, param(c, "major"), &why);
        actions << PlannedAction::command({QStringLiteral("importvg"), QStringLiteral("-V"),
                                           major ? QString::number(major) : QStringLiteral("MAJOR"),
                                           QStringLiteral("-y"), vg, param(c, "disk")});
        if (!why.isEmpty())
            actions << PlannedAction::note(PlannedAction::tr("problem: ") + why);
        actions << PlannedAction::note(PlannedAction::tr("then: every logical volume must keep its name (%1)")
                                           .arg(paramList(c, "lvs").join(QLatin1Char(' '))));
    }
    actions << PlannedAction::command({QStringLiteral("chvg"), QStringLiteral("-a"), QStringLiteral("n"), vg})
            << PlannedAction::command({QStringLiteral("varyoffvg"), vg});
    return actions;
}

Outcome ImportVgStep::apply(StepContext& c)
{
    const QString vg = param(c, "vg");
    if (!knownVgs(c).contains(vg)) {
        QString why;
        const int major = chooseMajor(c, param(c, "major"), &why);
        if (!major)
            return Outcome::failed(why, FailureCategory::Precondition);
        const QStringList argv{QStringLiteral("importvg"),
                               QStringLiteral("-V"),
                               QString::number(major),
                               QStringLiteral("-y"),
                               vg,
                               param(c, "disk")};
        const CommandResult r = run(c, argv);
        if (!r.ok())
            return Outcome::failed(failure(r, argv));
        static const QRegularExpression renamed(
            QStringLiteral("0516-530[^\\n]*name (\\S+) changed to (\\S+?)\\.?\\s*$"),
            QRegularExpression::MultilineOption);
        auto it = renamed.globalMatch(QString::fromUtf8(r.stdErr));
        QStringList renames;
        while (it.hasNext()) {
            const auto m = it.next();
            renames << QStringLiteral("%1 → %2").arg(m.captured(1), m.captured(2));
        }
        if (!renames.isEmpty())
            return Outcome::failed(
                StepMessage(
                    QT_TRANSLATE_NOOP("Step",
                                      "AIX renamed logical volumes while importing %1 (0516-530): %2. A name "
                                      "clashes with a logical volume on this node, and HACMP would not find "
                                      "the renamed one. Rename the clashing volume on this node (chlv -n), "
                                      "then exportvg %1 and run the wizard again."))
                    .arg(vg, renames.join(QStringLiteral(", "))));
    }
    // importvg varies the VG on: one lsvg -l names every logical volume it brought (lslv for each where the
    // VG cannot list them).
    const CommandResult listed = inspect(c, {QStringLiteral("lsvg"), QStringLiteral("-l"), vg});
    QStringList names;
    for (const auto& row : lvm::lvRows(out(listed)))
        names << row.name;
    auto imported = [&](const QString& lv) {
        if (listed.ok())
            return names.contains(lv);
        const CommandResult r = inspect(c, {QStringLiteral("lslv"), lv});
        return r.ok() && lvm::labelValue(out(r), QStringLiteral("VOLUME GROUP")) == vg;
    };
    for (const auto& lv : paramList(c, "lvs")) {
        if (!imported(lv))
            return Outcome::failed(
                StepMessage(QT_TRANSLATE_NOOP(
                                "Step", "the logical volume %1 is not in %2 after the import: the owner "
                                        "node's names and this node's answers differ"))
                    .arg(lv, vg));
    }
    for (const QStringList& argv :
         {QStringList{QStringLiteral("chvg"), QStringLiteral("-a"), QStringLiteral("n"), vg},
          QStringList{QStringLiteral("varyoffvg"), vg}}) {
        const CommandResult r = run(c, argv);
        if (!r.ok())
            return Outcome::failed(failure(r, argv));
    }
    return Outcome::done();
}

} // namespace dceha
