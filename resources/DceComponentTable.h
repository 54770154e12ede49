#pragma once

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace dceha {

/** @brief resources/dce-components.yaml: the daemons each DCE/DFS component runs once configured and started.
 * One reader for the wizard (what it checks) and the simulated node (what it shows running). */
inline const QHash<QString, QStringList>& dceComponentDaemons()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> out;
        QFile file(QStringLiteral(":/dceha/dce-components.yaml"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const auto& e : YAML::Load(file.readAll().toStdString())["components"]) {
            QStringList daemons;
            for (const auto& d : e.second)
                daemons << QString::fromStdString(d.as<std::string>());
            out.insert(QString::fromStdString(e.first.as<std::string>()), daemons);
        }
        return out;
    }();
    return table;
}

} // namespace dceha
