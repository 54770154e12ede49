#pragma once

#include <QByteArray>
#include <QStringList>

namespace dceha {

/** @brief What is wrong with a procedure catalog's text, every problem at once.
 *
 * The shape (a dce-ha-wizard-catalog/1 mapping with a list of steps, each a mapping with an id and a kind,
 * no key twice), the keys a step may have, the keys under `when`, the kind against the step kinds' registry
 * and the parameters against those the kind declares (unknown ones and missing required ones), and ids
 * given twice. Each problem names the field path and, when it has one, the step's id:
 * `steps[12] (id mount-var-dce).when: unknown key 'configuraton' (known: …)`. An empty list: the catalog is
 * valid. A misspelt `when` key would otherwise make a step apply everywhere; an unknown kind would only
 * fail when its step is reached. */
class CatalogCheck
{
public:
    static QStringList problems(const QByteArray& text);
};

} // namespace dceha
