#include "CommandMap.h"

#include <QFile>
#include <spdlog/spdlog.h>
#include <yaml-cpp/yaml.h>

namespace dceha {

CommandMap CommandMap::forRealNode()
{
    CommandMap map;
    QFile file(QStringLiteral(":/dceha/aix-commands.yaml"));
    if (!file.open(QIODevice::ReadOnly)) {
        spdlog::error("embedded command table :/dceha/aix-commands.yaml is missing");
        return map;
    }
    const YAML::Node root = YAML::Load(file.readAll().toStdString());
    for (const auto& entry : root["commands"]) {
        map.setPath(QString::fromStdString(entry.first.as<std::string>()),
                    QString::fromStdString(entry.second.as<std::string>()));
    }
    return map;
}

CommandMap CommandMap::forSimulatedNode(const QString& aixsimPath, const QString& root,
                                        const QString& sharedDasd)
{
    CommandMap map;
    map.m_simulated = true;
    map.m_aixsim = aixsimPath;
    map.m_simPrefix = {QStringLiteral("--root"), root};
    if (!sharedDasd.isEmpty())
        map.m_simPrefix << QStringLiteral("--shared-dasd") << sharedDasd;
    return map;
}

bool CommandMap::resolve(const QString& name, Invocation* out) const
{
    if (m_simulated) {
        out->program = m_aixsim;
        out->leadingArgs = m_simPrefix;
        out->leadingArgs << name;
        return true;
    }
    const auto it = m_paths.constFind(name);
    if (it == m_paths.constEnd())
        return false;
    out->program = it.value();
    out->leadingArgs.clear();
    return true;
}

} // namespace dceha
