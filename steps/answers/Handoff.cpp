#include "Handoff.h"

#include "AnswersFile.h"
#include "system/YamlInput.h"
#include "system/YamlOutput.h"

#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

/** One answer the standby takes from the owner: where it goes in the standby's answers and where it is in
 * the owner's. Mostly the same place; in mutual takeover each node's own and the other's swap. */
struct SharedAnswer
{
    QStringList mine;
    QStringList theirs;
};

/** The answers both nodes must agree on, as paths into the answers' tree. The application-server scripts
 * are the same on both nodes (HACMP runs them on whichever holds the resources), so everything they are made
 * from is shared: the applications they start and stop and the event wrappers too. Registering the server
 * (claddserv) is one node's work, not shared. */
QList<SharedAnswer> sharedAnswers(bool mutualTakeover)
{
    QList<SharedAnswer> out;
    auto same = [&out](const QStringList& path) { out.append({path, path}); };
    for (const char* key :
         {"configuration", "cell_name", "dfs", "shared_vg", "dfs_aggregates", "scripts_dir"})
        same({QString::fromLatin1(key)});
    if (!mutualTakeover) {
        same({QStringLiteral("app_server")});
        same({QStringLiteral("applications")});
        same({QStringLiteral("event_wrappers")});
        same({QStringLiteral("network"), QStringLiteral("service")});
        return out;
    }
    // Each node of a mutual takeover has its own application server, applications and service address;
    // each names the other's.
    out.append({{QStringLiteral("app_server")}, {QStringLiteral("peer_app_server")}});
    out.append({{QStringLiteral("peer_app_server")}, {QStringLiteral("app_server")}});
    out.append({{QStringLiteral("applications")}, {QStringLiteral("peer_applications")}});
    out.append({{QStringLiteral("peer_applications")}, {QStringLiteral("applications")}});
    same({QStringLiteral("event_wrappers")});
    out.append({{QStringLiteral("network"), QStringLiteral("peer_service")},
                {QStringLiteral("network"), QStringLiteral("service")}});
    return out;
}

const YamlValue* at(const YamlValue* root, const QStringList& path)
{
    const YamlValue* n = root;
    for (const auto& p : path) {
        if (!n || !n->isMap())
            return nullptr;
        n = n->find(p.toStdString());
    }
    return n;
}

bool given(const YamlValue* v)
{
    return v && !v->isNull();
}

/** The standby's answers with the owner's values written where the standby leaves them out: its own keys in
 * its own order, then the missing shared ones. Only a mapping is walked into; anything else is left as it
 * is, for the answers' validation to name. */
void merge(YAML::Emitter& out, const YamlValue& standby, const YamlValue& owner, const QStringList& prefix,
           const QList<SharedAnswer>& paths, QStringList* prefilled)
{
    auto wanted = [&](const std::string& key) {
        QStringList children;
        for (const auto& p : paths)
            if (p.mine.size() > prefix.size() && p.mine.mid(0, prefix.size()) == prefix &&
                p.mine.at(prefix.size()) == QString::fromStdString(key))
                children << p.mine.join(QLatin1Char('.'));
        return children;
    };
    // The owner's value for a place in the standby's answers.
    auto theirsAt = [&](const QStringList& here) -> const YamlValue* {
        for (const auto& p : paths)
            if (p.mine == here)
                return at(&owner, p.theirs);
        return nullptr;
    };
    out << YAML::BeginMap;
    QStringList written;
    for (const auto& [key, value] : standby.entries()) {
        const QStringList here = prefix + QStringList{QString::fromStdString(key)};
        written << here.last();
        out << YAML::Key;
        yamlout::string(out, QString::fromStdString(key));
        out << YAML::Value;
        const QStringList children = wanted(key);
        const YamlValue* theirs = theirsAt(here);
        if (children.contains(here.join(QLatin1Char('.'))) && !given(value.get()) && given(theirs)) {
            yamlout::value(out, *theirs);
            *prefilled << here.join(QLatin1Char('.'));
        } else if (!children.isEmpty() && value->isMap()) {
            merge(out, *value, owner, here, paths, prefilled);
        } else {
            yamlout::value(out, *value);
        }
    }
    // The shared keys the standby does not have at all, in the list's order.
    QStringList added;
    for (const auto& p : paths) {
        if (p.mine.size() <= prefix.size() || p.mine.mid(0, prefix.size()) != prefix)
            continue;
        const QString key = p.mine.at(prefix.size());
        if (written.contains(key) || added.contains(key))
            continue;
        const QStringList here = prefix + QStringList{key};
        const bool leaf = p.mine.size() == here.size();
        // A parent the standby lacks is written when the owner has any of its shared children.
        bool any = false;
        for (const auto& q : paths)
            if (q.mine.mid(0, here.size()) == here)
                any = any || given(at(&owner, q.theirs));
        if (!any)
            continue;
        const YamlValue* theirs = leaf ? theirsAt(here) : nullptr;
        added << key;
        out << YAML::Key;
        yamlout::string(out, key);
        out << YAML::Value;
        if (leaf) {
            yamlout::value(out, *theirs);
            *prefilled << here.join(QLatin1Char('.'));
        } else {
            // A parent the standby lacks (network): only the shared children are taken.
            static const YamlValue empty;
            merge(out, empty, owner, here, paths, prefilled);
        }
    }
    out << YAML::EndMap;
}

} // namespace

Handoff Handoff::fromOwner(const QByteArray& standbyAnswers, const QByteArray& ownerAnswers)
{
    Handoff h;
    h.answers = standbyAnswers;

    // The owner's answers come from its record: they must be whole, valid answers, or the agreement check
    // would compare against nothing. Any fault is a refusal naming the field.
    YamlProblem problem;
    const YamlValue::Ptr owner = YamlInput::parse(ownerAnswers, &problem);
    if (!owner) {
        h.conflicts << AnswersFile::tr("the owner's record: answers: %1").arg(problem.text());
        return h;
    }
    if (!owner->isMap()) {
        h.conflicts << AnswersFile::tr(
            "the owner's record holds no answers: the standby's agreement with the "
            "owner cannot be checked");
        return h;
    }
    const AnswersFile::Parsed ownerParsed = AnswersFile::parse(ownerAnswers);
    for (const auto& e : ownerParsed.errors)
        h.conflicts << AnswersFile::tr("the owner's record: answers.%1").arg(e.text());
    if (!ownerParsed.errors.isEmpty())
        return h;
    if (ownerParsed.answers.role != QLatin1String("owner")) {
        h.conflicts << AnswersFile::tr("the owner's record: answers.role: is '%1', not owner")
                           .arg(ownerParsed.answers.role);
        return h;
    }

    const QList<SharedAnswer> paths = sharedAnswers(ownerParsed.answers.isMutualTakeover());

    // The standby's answers that do not parse, or are not a mapping, are left to the validation that
    // follows, which names their faults.
    const YamlValue::Ptr standby = YamlInput::parse(standbyAnswers, &problem);
    if (!standby || !standby->isMap())
        return h;
    YAML::Emitter out;
    QStringList prefilled;
    merge(out, *standby, *owner, {}, paths, &prefilled);
    h.answers = QByteArray(out.c_str()) + '\n';
    for (const auto& path : paths) // said in the list's order, whatever the standby's layout
        if (prefilled.contains(path.mine.join(QLatin1Char('.'))))
            h.prefilled << path.mine.join(QLatin1Char('.'));

    // Compared in the canonical form (defaults filled in), so only real differences count. Answers that do
    // not parse are left to the validation that follows, which names their faults.
    const AnswersFile::Parsed merged = AnswersFile::parse(h.answers);
    if (!merged.errors.isEmpty())
        return h;
    const YamlValue::Ptr mine = YamlInput::parse(AnswersFile::serialize(merged.answers), &problem);
    const YamlValue::Ptr theirs = YamlInput::parse(AnswersFile::serialize(ownerParsed.answers), &problem);
    if (!mine || !theirs)
        return h; // cannot happen: serialize writes what the reader reads
    for (const auto& path : paths) {
        const YamlValue* a = at(mine.get(), path.mine);
        const YamlValue* b = at(theirs.get(), path.theirs);
        if (!given(a) || !given(b) || yamlout::oneLine(*a) == yamlout::oneLine(*b))
            continue;
        const QString field = path.mine.join(QLatin1Char('.'));
        if (path.mine == path.theirs)
            h.conflicts << AnswersFile::tr("%1: the owner has %2, these answers have %3")
                               .arg(field, yamlout::oneLine(*b), yamlout::oneLine(*a));
        else
            h.conflicts << AnswersFile::tr("%1: the owner's %2 is %3, these answers have %4")
                               .arg(field, path.theirs.join(QLatin1Char('.')), yamlout::oneLine(*b),
                                    yamlout::oneLine(*a));
    }
    return h;
}

Handoff Handoff::fromRunInProgress(const QByteArray& standbyAnswers, const QByteArray& runAnswers)
{
    Handoff h;
    h.answers = standbyAnswers;
    YamlProblem problem;
    const YamlValue::Ptr standby = YamlInput::parse(standbyAnswers, &problem);
    const YamlValue::Ptr run = YamlInput::parse(runAnswers, &problem);
    if (!standby || !standby->isMap() || !run || !run->isMap())
        return h; // left to the validation and the checkpoint's own checks, which name the faults
    const AnswersFile::Parsed parsed = AnswersFile::parse(runAnswers);
    // The same places on both sides: the run's answers are this node's, already merged.
    QList<SharedAnswer> paths;
    for (const auto& p : sharedAnswers(parsed.answers.isMutualTakeover()))
        paths.append({p.mine, p.mine});
    YAML::Emitter out;
    QStringList prefilled;
    merge(out, *standby, *run, {}, paths, &prefilled);
    h.answers = QByteArray(out.c_str()) + '\n';
    for (const auto& path : paths)
        if (prefilled.contains(path.mine.join(QLatin1Char('.'))))
            h.prefilled << path.mine.join(QLatin1Char('.'));
    return h;
}

} // namespace dceha
