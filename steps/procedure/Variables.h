#pragma once

#include "answers/Answers.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace dceha {

/** @brief The values the catalogs' templates name: `${name}` (a single value) and `@{name}` (a list). Built
 * from the answers; a foreach step adds `item.FIELD` values. Unknown names are left visible (`${nope}`) and
 * reported by Catalog, so a typo in a catalog never becomes an empty argument silently. */
class Variables
{
public:
    explicit Variables(const Answers& answers);

    void set(const QString& name, const QString& value) { m_values.insert(name, value); }
    void setList(const QString& name, const QStringList& values) { m_lists.insert(name, values); }
    bool has(const QString& name) const { return m_values.contains(name) || m_lists.contains(name); }
    QStringList list(const QString& name) const;

    /** Fills every ${name} in @p text; @p unknown collects names it could not fill. */
    QString expand(const QString& text, QStringList* unknown = nullptr) const;
    /** One argv element: "@{name}" alone becomes the list's elements, anything else one expanded element. */
    QStringList expandElement(const QString& element, QStringList* unknown = nullptr) const;

    /** The list of items a foreach names (each item a map FIELD → value). */
    QList<QMap<QString, QString>> items(const QString& name) const;

private:
    QMap<QString, QString> m_values;
    QMap<QString, QStringList> m_lists;
    QMap<QString, QList<QMap<QString, QString>>> m_items;
};

} // namespace dceha
