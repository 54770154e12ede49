#include "CatalogCheck.h"

#include "StepKindRegistry.h"
#include "system/YamlInput.h"

#include <QSet>

namespace dceha {

namespace {

const QStringList kTopKeys{QStringLiteral("format"), QStringLiteral("role"), QStringLiteral("steps")};
/** The keys of a step; `probe` only for the kinds that take their own checks. */
const QStringList kStepKeys{QStringLiteral("id"),      QStringLiteral("title"),
                            QStringLiteral("guide"),   QStringLiteral("kind"),
                            QStringLiteral("params"),  QStringLiteral("description"),
                            QStringLiteral("when"),    QStringLiteral("instructions"),
                            QStringLiteral("foreach"), QStringLiteral("probe")};
/** What Catalog's applies() reads under `when`. */
const QStringList kWhenKeys{QStringLiteral("role"),
                            QStringLiteral("configurations"),
                            QStringLiteral("not_configurations"),
                            QStringLiteral("dfs"),
                            QStringLiteral("answer"),
                            QStringLiteral("nonempty"),
                            QStringLiteral("cache_under_shared")};

QString unknownKey(const QString& key, const QStringList& known)
{
    return QStringLiteral("unknown key '%1' (known: %2)").arg(key, known.join(QStringLiteral(", ")));
}

} // namespace

QStringList CatalogCheck::problems(const QByteArray& text)
{
    QStringList out;
    YamlProblem problem;
    const YamlValue::Ptr root = YamlInput::parse(text, &problem);
    if (!root)
        return {problem.text()};
    QList<YamlProblem> found;
    YamlReader reader(&found);
    const auto take = [&out, &found] {
        for (const auto& p : found)
            out << p.text();
        found.clear();
    };
    if (!reader.map(root.get(), QStringLiteral("(file)"), true)) {
        take();
        return out;
    }
    for (const auto& [key, value] : root->entries())
        if (!kTopKeys.contains(QString::fromStdString(key)))
            out << QStringLiteral("(file): ") + unknownKey(QString::fromStdString(key), kTopKeys);
    const std::optional<QString> format = reader.string(root->find("format"), QStringLiteral("format"), true);
    if (format && *format != QLatin1String("dce-ha-wizard-catalog/1"))
        out << QStringLiteral("format: '%1' is not dce-ha-wizard-catalog/1").arg(*format);
    reader.string(root->find("role"), QStringLiteral("role"), false);
    if (!reader.sequence(root->find("steps"), QStringLiteral("steps"), true)) {
        take();
        return out;
    }
    QSet<QString> ids;
    int index = 0;
    for (const auto& step : root->find("steps")->items()) {
        QString path = QStringLiteral("steps[%1]").arg(index++);
        if (!reader.map(step.get(), path, true)) {
            take();
            continue;
        }
        const std::optional<QString> id = reader.string(step->find("id"), path + QStringLiteral(".id"), true);
        if (id && !id->isEmpty()) {
            // A step made per item has its id from a template: only literal ids can clash here.
            if (!id->contains(QLatin1String("${")) && ids.contains(*id))
                out << QStringLiteral("%1.id: '%2' is the id of an earlier step").arg(path, *id);
            ids.insert(*id);
            path += QStringLiteral(" (id %1)").arg(*id);
        }
        const std::optional<QString> kindName =
            reader.string(step->find("kind"), path + QStringLiteral(".kind"), true);
        for (const char* k : {"title", "guide", "description", "instructions", "foreach"})
            reader.string(step->find(k), path + QLatin1Char('.') + QLatin1String(k), false);
        take();
        const StepKindRegistry::Entry* kind = kindName ? StepKindRegistry::find(*kindName) : nullptr;
        if (kindName && !kind)
            out << QStringLiteral("%1.kind: unknown step kind '%2' (known: %3)")
                       .arg(path, *kindName, StepKindRegistry::names().join(QStringLiteral(", ")));

        for (const auto& [key, value] : step->entries()) {
            const QString k = QString::fromStdString(key);
            if (!kStepKeys.contains(k))
                out << path + QStringLiteral(": ") + unknownKey(k, kStepKeys);
            else if (k == QLatin1String("probe") && kind && !kind->stepProbe)
                out << QStringLiteral("%1.probe: a %2 step takes its checks under params")
                           .arg(path, *kindName);
        }
        if (reader.map(step->find("when"), path + QStringLiteral(".when"), false)) {
            const YamlValue* when = step->find("when");
            for (const auto& [key, value] : when->entries())
                if (!kWhenKeys.contains(QString::fromStdString(key)))
                    out << path + QStringLiteral(".when: ") +
                               unknownKey(QString::fromStdString(key), kWhenKeys);
            reader.boolean(when->find("dfs"), path + QStringLiteral(".when.dfs"), false);
            reader.boolean(when->find("cache_under_shared"),
                           path + QStringLiteral(".when.cache_under_shared"), false);
            for (const char* k : {"role", "answer", "nonempty"})
                reader.string(when->find(k), path + QStringLiteral(".when.") + QLatin1String(k), false);
            reader.strings(when->find("configurations"), path + QStringLiteral(".when.configurations"));
            reader.strings(when->find("not_configurations"),
                           path + QStringLiteral(".when.not_configurations"));
        }
        take();
        const YamlValue* params = step->find("params");
        if (params && !reader.map(params, path + QStringLiteral(".params"), false)) {
            take();
            continue;
        }
        if (!kind)
            continue;
        QStringList declared;
        for (const auto& p : kind->parameters + StepKindRegistry::commonParameters())
            declared << QLatin1String(p.name);
        if (params)
            for (const auto& [key, value] : params->entries())
                if (!declared.contains(QString::fromStdString(key)))
                    out << QStringLiteral("%1.params: unknown parameter '%2' for a %3 step (known: %4)")
                               .arg(path, QString::fromStdString(key), *kindName,
                                    declared.join(QStringLiteral(", ")));
        for (const auto& p : kind->parameters)
            if (p.required && (!params || !params->find(p.name)))
                out << QStringLiteral("%1.params: a %2 step needs the parameter '%3'")
                           .arg(path, *kindName, QLatin1String(p.name));
        if (params)
            reader.boolean(params->find("persistent"), path + QStringLiteral(".params.persistent"), false);
        take();
    }
    return out;
}

} // namespace dceha
