#pragma once

#include "answers/Answers.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <yaml-cpp/yaml.h>

namespace dceha {

/** One step of the procedure for this node's answers: what the catalog says, templates filled. */
struct StepDefinition
{
    QString id;
    QString title;
    QString guide;
    QString kind;
    QString description;
    QString instructions;
    YAML::Node params; ///< the kind's parameters, templates filled ("@{list}" expanded to sequences)
    YAML::Node probe;  ///< operator steps: the checks that confirm the operator's work
    bool applicable = true;
    QString skipReason;
    /** In a list of both nodes' steps (the two-node session): the role of the node it runs on ("owner",
     * "standby"); empty in one node's procedure. */
    QString node;

    /** The catalog's untranslated templates, the keys of the "procedure" translation context. */
    QString titleSource, descriptionSource, instructionsSource;
    /** Fills a template with this step's values (answers, foreach item). */
    std::function<QString(const QString&)> fill;

    /** The title, description and instructions in the application's language (front-ends show these; the
     * record keeps the English ones so both nodes' records read alike whatever language each ran in). */
    QString localizedTitle() const;
    QString localizedDescription() const;
    QString localizedInstructions() const;
    /** The guide reference in the application's language (the chapter and step named as the translated guide
     * would). */
    QString localizedGuide() const;
    /** Why the step is skipped, in the application's language. */
    QString localizedSkipReason() const;
    QString skipReasonSource, skipReasonValue; ///< the reason's untranslated text and the value it names
};

/** @brief The documented procedure as data: resources/procedure/owner.yaml and standby.yaml, expanded for a
 * node's answers (conditions evaluated, foreach repeated, templates filled). */
class Catalog
{
public:
    /** Loads the embedded catalog for @p role ("owner" or "standby"). */
    static Catalog load(const QString& role, QString* error);
    /** Loads a catalog from YAML text (tests). */
    static Catalog fromYaml(const QByteArray& text, QString* error);

    /** Every step for @p answers, in order, skipped ones included (with their reason). @p problems collects
     * template names the catalog uses that the answers do not provide: a catalog bug, never silent. */
    QList<StepDefinition> expand(const Answers& answers, QStringList* problems) const;

    bool isValid() const { return m_root.IsMap(); }

private:
    YAML::Node m_root;
};

} // namespace dceha
