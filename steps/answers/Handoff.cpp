#include "Handoff.h"

#include "AnswersFile.h"
#include "system/YamlInput.h"
#include "system/YamlOutput.h"

#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

/** The answers both nodes must agree on, as paths into the answers' tree. The application-server scripts
 * are the same on both nodes (HACMP runs them on whichever holds the resources), so everything they are made
 * from is shared: the applications they start and stop and the event wrappers too. Registering the server
 * (claddserv) is one node's work, not shared. */
const QList<QStringList> kShared = {
    {"configuration"}, {"cell_name"},  {"dfs"},          {"shared_vg"},      {"dfs_aggregates"},
    {"scripts_dir"},   {"app_server"}, {"applications"}, {"event_wrappers"}, {"network", "service"}};

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
           const QList<QStringList>& paths, QStringList* prefilled)
{
    auto wanted = [&](const std::string& key) {
        QStringList children;
        for (const auto& p : paths)
            if (p.size() > prefix.size() && p.mid(0, prefix.size()) == prefix &&
                p.at(prefix.size()) == QString::fromStdString(key))
                children << p.join(QLatin1Char('.'));
        return children;
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
        const YamlValue* theirs = at(&owner, here);
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
        if (p.size() <= prefix.size() || p.mid(0, prefix.size()) != prefix)
            continue;
        const QString key = p.at(prefix.size());
        if (written.contains(key) || added.contains(key))
            continue;
        const QStringList here = prefix + QStringList{key};
        const YamlValue* theirs = at(&owner, here);
        if (!given(theirs))
            continue;
        added << key;
        out << YAML::Key;
        yamlout::string(out, key);
        out << YAML::Value;
        if (p.size() == here.size()) {
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

    // Each node of a mutual takeover has its own service address.
    QList<QStringList> paths = kShared;
    if (ownerParsed.answers.isMutualTakeover())
        paths.removeAll(QStringList{QStringLiteral("network"), QStringLiteral("service")});

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
        if (prefilled.contains(path.join(QLatin1Char('.'))))
            h.prefilled << path.join(QLatin1Char('.'));

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
        const YamlValue* a = at(mine.get(), path);
        const YamlValue* b = at(theirs.get(), path);
        if (!given(a) || !given(b))
            continue;
        if (yamlout::oneLine(*a) != yamlout::oneLine(*b))
            h.conflicts << AnswersFile::tr("%1: the owner has %2, these answers have %3")
                               .arg(path.join(QLatin1Char('.')), yamlout::oneLine(*b), yamlout::oneLine(*a));
    }
    return h;
}

} // namespace dceha
