#include "Catalog.h"

#include "CatalogCheck.h"
#include "Variables.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace dceha {

namespace {

QString qs(const YAML::Node& n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.as<std::string>()) : QString();
}

YAML::Node resolve(const YAML::Node& node, const Variables& vars, QStringList* unknown)
{
    static const QRegularExpression whole(QStringLiteral("^@\\{([A-Za-z0-9_.]+)\\}$"));
    if (node.IsScalar()) {
        const QString text = qs(node);
        if (whole.match(text).hasMatch()) {
            YAML::Node seq(YAML::NodeType::Sequence);
            for (const auto& e : vars.expandElement(text, unknown))
                seq.push_back(e.toStdString());
            return seq;
        }
        return YAML::Node(vars.expand(text, unknown).toStdString());
    }
    if (node.IsSequence()) {
        YAML::Node seq(YAML::NodeType::Sequence);
        for (const auto& e : node) {
            if (e.IsScalar() && whole.match(qs(e)).hasMatch()) {
                for (const auto& x : vars.expandElement(qs(e), unknown))
                    seq.push_back(x.toStdString());
            } else {
                seq.push_back(resolve(e, vars, unknown));
            }
        }
        return seq;
    }
    if (node.IsMap()) {
        YAML::Node map(YAML::NodeType::Map);
        for (const auto& kv : node)
            map[kv.first.as<std::string>()] = resolve(kv.second, vars, unknown);
        return map;
    }
    return node;
}

/** Why a step is skipped: an untranslated text (a key of the "procedure" translation context) and its value.
 */
struct SkipReason
{
    const char* text = nullptr;
    QString value;
    QString english() const
    {
        const QString t = QString::fromUtf8(text);
        return t.contains(QLatin1String("%1")) ? t.arg(value) : t;
    }
};

/** Whether a step's `when` holds for these answers; if not, the reason a person reads. */
bool applies(const YAML::Node& when, const Answers& a, const Variables& vars, SkipReason* reason)
{
    if (!when)
        return true;
    if (when["role"] && qs(when["role"]) != a.role) {
        *reason = qs(when["role"]) == QLatin1String("owner")
                      ? SkipReason{QT_TRANSLATE_NOOP("procedure", "only on the owner node"), {}}
                      : SkipReason{QT_TRANSLATE_NOOP("procedure", "only on the standby node"), {}};
        return false;
    }
    if (const YAML::Node c = when["configurations"]) {
        QStringList allowed;
        for (const auto& e : c)
            allowed << qs(e);
        if (!allowed.contains(a.configuration)) {
            *reason = {QT_TRANSLATE_NOOP("procedure", "applies only to %1"),
                       allowed.join(QStringLiteral(", "))};
            // The guide's own words, for the standby's configuration steps that only mutual takeover allows.
            if (allowed == QStringList{QStringLiteral("mutual-takeover-cascading")} && !a.isOwner())
                *reason = {QT_TRANSLATE_NOOP("procedure",
                                             "DCE and DFS must not be configured on the standby node outside "
                                             "mutual takeover (guide, ch. 3 standby step 7)"),
                           {}};
            return false;
        }
    }
    if (const YAML::Node c = when["not_configurations"])
        for (const auto& e : c)
            if (qs(e) == a.configuration) {
                *reason = {QT_TRANSLATE_NOOP("procedure", "does not apply to the %1 configuration (guide)"),
                           a.configuration};
                return false;
            }
    if (when["dfs"] && when["dfs"].as<bool>() != a.dfs) {
        *reason = a.dfs ? SkipReason{QT_TRANSLATE_NOOP("procedure", "only without DFS"), {}}
                        : SkipReason{QT_TRANSLATE_NOOP("procedure", "DFS is not being installed"), {}};
        return false;
    }
    if (const YAML::Node c = when["cache_under_shared"];
        c && c.as<bool>() != !vars.list(QStringLiteral("dfs_cache.under_shared")).value(0).isEmpty()) {
        *reason =
            c.as<bool>()
                ? SkipReason{QT_TRANSLATE_NOOP("procedure", "the DFS cache's mount point is not under a "
                                                            "shared filesystem"),
                             {}}
                : SkipReason{QT_TRANSLATE_NOOP("procedure",
                                               "the DFS cache's mount point lies under a shared "
                                               "filesystem: the start script mounts it once HACMP has "
                                               "mounted that filesystem"),
                             {}};
        return false;
    }
    if (when["answer"] && vars.list(qs(when["answer"])).value(0).isEmpty()) {
        *reason = {QT_TRANSLATE_NOOP("procedure", "not asked for (%1 is not set in the answers)"),
                   qs(when["answer"])};
        return false;
    }
    if (when["nonempty"] && vars.list(qs(when["nonempty"])).isEmpty()) {
        *reason = {QT_TRANSLATE_NOOP("procedure", "nothing to do: %1 is empty in the answers"),
                   qs(when["nonempty"])};
        return false;
    }
    return true;
}

} // namespace

namespace {

QString localized(const StepDefinition& step, const QString& source, const QString& english)
{
    if (source.isEmpty() || !step.fill)
        return english;
    return step.fill(QCoreApplication::translate("procedure", source.toUtf8().constData()));
}

} // namespace

QString StepDefinition::localizedTitle() const
{
    return localized(*this, titleSource, title).simplified();
}

QString StepDefinition::localizedDescription() const
{
    return localized(*this, descriptionSource, description);
}

QString StepDefinition::localizedSkipReason() const
{
    if (skipReasonSource.isEmpty())
        return skipReason;
    const QString t = QCoreApplication::translate("procedure", skipReasonSource.toUtf8().constData());
    return t.contains(QLatin1String("%1")) ? t.arg(skipReasonValue) : t;
}

QString StepDefinition::localizedGuide() const
{
    return guide.isEmpty() ? guide : QCoreApplication::translate("procedure", guide.toUtf8().constData());
}

QString StepDefinition::localizedInstructions() const
{
    return localized(*this, instructionsSource, instructions);
}

Catalog Catalog::fromYaml(const QByteArray& text, QString* error)
{
    Catalog c;
    // Validated first, every problem at once: the shape and duplicate keys (through the checked reader, so
    // the yaml-cpp reads below cannot throw), the step keys, `when` keys, kinds and their parameters.
    if (const QStringList problems = CatalogCheck::problems(text); !problems.isEmpty()) {
        *error = QStringLiteral("procedure catalog: %1").arg(problems.join(QStringLiteral("; ")));
        return c;
    }
    try {
        c.m_root = YAML::Load(text.toStdString());
        if (!c.m_root.IsMap() || qs(c.m_root["format"]) != QLatin1String("dce-ha-wizard-catalog/1") ||
            !c.m_root["steps"].IsSequence()) {
            *error = QStringLiteral("not a dce-ha-wizard-catalog/1 file");
            c.m_root = YAML::Node();
        }
    } catch (const YAML::Exception& e) {
        *error = QString::fromStdString(e.what());
    }
    return c;
}

Catalog Catalog::load(const QString& role, QString* error)
{
    QFile file(QStringLiteral(":/dceha/procedure/%1.yaml").arg(role));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no procedure catalog for the role '%1'").arg(role);
        return {};
    }
    return fromYaml(file.readAll(), error);
}

QList<StepDefinition> Catalog::expand(const Answers& answers, QStringList* problems) const
{
    QList<StepDefinition> out;
    const Variables base(answers);
    for (const auto& step : m_root["steps"]) {
        QList<QMap<QString, QString>> items{{}};
        const QString foreach = qs(step["foreach"]);
        if (!foreach.isEmpty())
            items = base.items(foreach);
        for (const auto& item : items) {
            Variables vars = base;
            for (auto it = item.cbegin(); it != item.cend(); ++it)
                vars.set(QStringLiteral("item.") + it.key(), it.value());
            QStringList unknown;
            StepDefinition d;
            d.id = vars.expand(qs(step["id"]), &unknown);
            d.kind = qs(step["kind"]);
            SkipReason reason;
            d.applicable = applies(step["when"], answers, vars, &reason);
            if (!d.applicable) {
                d.skipReason = reason.english();
                d.skipReasonSource = QString::fromUtf8(reason.text);
                d.skipReasonValue = reason.value;
            }
            // A skipped step's templates may name answers that do not exist in this configuration: only
            // applicable steps must resolve fully.
            QStringList* sink = d.applicable ? &unknown : nullptr;
            d.titleSource = qs(step["title"]).simplified();
            d.descriptionSource = qs(step["description"]);
            d.instructionsSource = qs(step["instructions"]);
            d.title = vars.expand(d.titleSource, sink).simplified();
            d.guide = qs(step["guide"]);
            d.description = vars.expand(d.descriptionSource, sink);
            d.instructions = vars.expand(d.instructionsSource, sink);
            d.fill = [vars](const QString& text) { return vars.expand(text); };
            d.params = step["params"] ? resolve(step["params"], vars, sink) : YAML::Node(YAML::NodeType::Map);
            d.probe = step["probe"] ? resolve(step["probe"], vars, sink) : YAML::Node();
            for (const auto& name : unknown)
                if (problems)
                    *problems << QStringLiteral("%1: unknown template value %2").arg(d.id, name);
            out << d;
        }
    }
    return out;
}

} // namespace dceha
