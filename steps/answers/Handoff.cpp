#include "Handoff.h"

#include "AnswersFile.h"

#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

void flow(YAML::Node n)
{
    n.SetStyle(YAML::EmitterStyle::Flow);
    if (n.IsMap())
        for (auto kv : n)
            flow(kv.second);
    else if (n.IsSequence())
        for (auto e : n)
            flow(e);
}

/** One line, whatever the source layout: comparable and readable in a message. */
QString text(const YAML::Node& n)
{
    YAML::Node copy = YAML::Clone(n);
    flow(copy);
    YAML::Emitter e;
    e << copy;
    return QString::fromUtf8(e.c_str());
}

YAML::Node at(const YAML::Node& root, const QStringList& path)
{
    YAML::Node n;
    n.reset(root);
    for (const auto& p : path) {
        if (!n.IsMap())
            return YAML::Node();
        const YAML::Node child = n[p.toStdString()];
        n.reset(child);
    }
    return n;
}

} // namespace

Handoff Handoff::fromOwner(const QByteArray& standbyAnswers, const QByteArray& ownerAnswers)
{
    Handoff h;
    h.answers = standbyAnswers;
    YAML::Node standby;
    YAML::Node owner;
    try {
        standby = YAML::Load(standbyAnswers.toStdString());
        owner = YAML::Load(ownerAnswers.toStdString());
    } catch (const YAML::Exception&) {
        return h; // the answers' own validation reports the syntax
    }
    if (!standby.IsMap() || !owner.IsMap())
        return h;
    const bool mutual =
        owner["configuration"] && owner["configuration"].as<std::string>() == "mutual-takeover-cascading";
    const QList<QStringList> paths = {{"configuration"}, {"cell_name"},         {"dfs"},
                                      {"shared_vg"},     {"dfs_aggregates"},    {"scripts_dir"},
                                      {"app_server"},    {"network", "service"}};
    for (const auto& path : paths) {
        if (mutual && path.first() == QLatin1String("network"))
            continue; // each node of a mutual takeover has its own service address
        const QString key = path.join(QLatin1Char('.'));
        // yaml-cpp's operator= writes through to the node referred to: walking down needs reset().
        YAML::Node from;
        from.reset(owner);
        for (const auto& p : path) {
            const YAML::Node child = from[p.toStdString()];
            from.reset(child);
        }
        if (!from || from.IsNull())
            continue;
        YAML::Node parent;
        parent.reset(standby);
        for (int i = 0; i + 1 < path.size(); ++i) {
            if (!parent[path.at(i).toStdString()])
                parent[path.at(i).toStdString()] = YAML::Node(YAML::NodeType::Map);
            const YAML::Node child = parent[path.at(i).toStdString()];
            parent.reset(child);
        }
        const std::string leaf = path.last().toStdString();
        if (!parent[leaf] || parent[leaf].IsNull()) {
            parent[leaf] = YAML::Clone(from);
            h.prefilled << key;
        }
    }
    YAML::Emitter out;
    out << standby;
    h.answers = QByteArray(out.c_str()) + '\n';

    // Compared in the canonical form (defaults filled in), so only real differences count. Answers that do
    // not parse are left to the validation that follows, which names their faults.
    const AnswersFile::Parsed merged = AnswersFile::parse(h.answers);
    if (!merged.errors.isEmpty())
        return h;
    const YAML::Node canonical = YAML::Load(AnswersFile::serialize(merged.answers).toStdString());
    for (const auto& path : paths) {
        if (mutual && path.first() == QLatin1String("network"))
            continue;
        const YAML::Node mine = at(canonical, path);
        const YAML::Node theirs = at(owner, path);
        if (!theirs || theirs.IsNull() || !mine || mine.IsNull())
            continue;
        if (text(mine) != text(theirs))
            h.conflicts << AnswersFile::tr("%1: the owner has %2, these answers have %3")
                               .arg(path.join(QLatin1Char('.')), text(theirs), text(mine));
    }
    return h;
}

} // namespace dceha
