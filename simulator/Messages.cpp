#include "Messages.h"

#include <QFile>
#include <yaml-cpp/yaml.h>

namespace aixsim {

const Messages& Messages::table()
{
    static const Messages instance;
    return instance;
}

Messages::Messages()
{
    QFile file(QStringLiteral(":/aixsim/messages.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("aixsim: the embedded message table is missing");
    const YAML::Node root = YAML::Load(file.readAll().toStdString());
    for (const auto& e : root["messages"])
        m_texts.insert(QString::fromStdString(e.first.as<std::string>()),
                       QString::fromStdString(e.second["text"].as<std::string>()));
    for (const auto& e : root["injected_failures"]) {
        InjectedFailure f;
        for (const auto& m : e.second["messages"])
            f.messages << QString::fromStdString(m.as<std::string>());
        f.exitCode = e.second["exit"].as<int>();
        m_injected.insert(QString::fromStdString(e.first.as<std::string>()), f);
    }
}

QString Messages::text(const QString& id, const QStringList& args) const
{
    QString t = m_texts.value(id, QStringLiteral("aixsim: [message %1 missing from the table]").arg(id));
    // Filled one by one, highest number first, so an argument holding "%1" is never filled again.
    for (int i = int(args.size()); i >= 1; --i)
        t.replace(QLatin1Char('%') + QString::number(i), args.at(i - 1));
    return t;
}

Messages::InjectedFailure Messages::injected(const QString& command, const QString& lastArg) const
{
    InjectedFailure f =
        m_injected.value(command, InjectedFailure{{QStringLiteral("%1: injected failure")}, 1});
    for (auto& m : f.messages)
        m.replace(QLatin1String("{prog}"), command).replace(QLatin1String("{arg}"), lastArg);
    return f;
}

} // namespace aixsim
