#include "Record.h"

#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

const char* kStatusNames[] = {"pending", "running", "done", "skipped", "failed", "waiting"};

std::string iso(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs).toStdString() : std::string();
}
QDateTime fromIso(const YAML::Node& n)
{
    return n ? QDateTime::fromString(QString::fromStdString(n.as<std::string>()), Qt::ISODateWithMs)
             : QDateTime();
}
QString qs(const YAML::Node& n)
{
    return n && !n.IsNull() ? QString::fromStdString(n.as<std::string>()) : QString();
}

YAML::Node actionNode(const ActionRecord& a)
{
    YAML::Node n;
    n["at"] = iso(a.at);
    switch (a.type) {
    case ActionRecord::Type::Command: {
        YAML::Node argv(YAML::NodeType::Sequence);
        for (const auto& s : a.argv)
            argv.push_back(s.toStdString());
        YAML::Node command;
        command["argv"] = argv;
        command["program"] = a.program.toStdString();
        command["exit_code"] = a.exitCode;
        command["elapsed_ms"] = a.elapsedMs;
        if (!a.stdinNote.isEmpty())
            command["stdin"] = a.stdinNote.toStdString();
        if (!a.environment.isEmpty()) {
            YAML::Node env(YAML::NodeType::Sequence);
            for (const auto& e : a.environment)
                env.push_back(e.toStdString());
            command["environment"] = env;
        }
        if (!a.failure.isEmpty())
            command["failure"] = a.failure.toStdString();
        command["stdout"] = a.stdOut.toStdString();
        command["stderr"] = a.stdErr.toStdString();
        n["command"] = command;
        break;
    }
    case ActionRecord::Type::File: {
        YAML::Node file;
        file["path"] = a.path.toStdString();
        file["operation"] = a.operation.toStdString();
        if (!a.target.isEmpty())
            file["target"] = a.target.toStdString();
        file["change"] = a.change.toStdString();
        file["sha256_before"] = a.sha256Before.toStdString();
        file["sha256_after"] = a.sha256After.toStdString();
        if (!a.backup.isEmpty())
            file["backup"] = a.backup.toStdString();
        if (!a.diff.isEmpty())
            file["diff"] = a.diff.toStdString();
        if (!a.content.isEmpty())
            file["content"] = a.content.toStdString();
        n["file"] = file;
        break;
    }
    case ActionRecord::Type::Note:
        n["note"] = a.text.toStdString();
        break;
    }
    return n;
}

ActionRecord actionFrom(const YAML::Node& n)
{
    ActionRecord a;
    a.at = fromIso(n["at"]);
    if (const YAML::Node c = n["command"]) {
        a.type = ActionRecord::Type::Command;
        for (const auto& s : c["argv"])
            a.argv << qs(s);
        a.program = qs(c["program"]);
        a.exitCode = c["exit_code"] ? c["exit_code"].as<int>() : -1;
        a.elapsedMs = c["elapsed_ms"] ? c["elapsed_ms"].as<qint64>() : 0;
        a.stdinNote = qs(c["stdin"]);
        for (const auto& e : c["environment"])
            a.environment << qs(e);
        a.failure = qs(c["failure"]);
        a.stdOut = qs(c["stdout"]);
        a.stdErr = qs(c["stderr"]);
    } else if (const YAML::Node f = n["file"]) {
        a.type = ActionRecord::Type::File;
        a.path = qs(f["path"]);
        if (f["operation"])
            a.operation = qs(f["operation"]);
        a.target = qs(f["target"]);
        a.content = qs(f["content"]);
        a.change = qs(f["change"]);
        a.sha256Before = qs(f["sha256_before"]);
        a.sha256After = qs(f["sha256_after"]);
        a.backup = qs(f["backup"]);
        a.diff = qs(f["diff"]);
    } else {
        a.type = ActionRecord::Type::Note;
        a.text = qs(n["note"]);
    }
    return a;
}

} // namespace

QString StepRecord::statusName(Status s)
{
    return QLatin1String(kStatusNames[int(s)]);
}

StepRecord::Status StepRecord::statusFromName(const QString& name)
{
    for (int i = 0; i < 6; ++i)
        if (name == QLatin1String(kStatusNames[i]))
            return Status(i);
    return Status::Pending;
}

StepRecord* RunRecord::step(const QString& id)
{
    for (auto& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

const StepRecord* RunRecord::step(const QString& id) const
{
    for (const auto& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

QByteArray RunRecord::toYaml() const
{
    YAML::Node n;
    n["format"] = kFormat;
    YAML::Node node;
    node["hostname"] = hostname.toStdString();
    node["root"] = root.toStdString();
    node["role"] = role.toStdString();
    node["configuration"] = configuration.toStdString();
    n["node"] = node;
    n["answers"] = YAML::Load(answersYaml.toStdString());
    n["answers_digest"] = answersDigest.toStdString();
    n["started_at"] = iso(startedAt);
    n["ended_at"] = iso(endedAt);
    n["result"] = result.toStdString();
    n["sessions"] = sessions;
    YAML::Node list(YAML::NodeType::Sequence);
    for (const auto& s : steps) {
        YAML::Node e;
        e["id"] = s.id.toStdString();
        e["title"] = s.title.toStdString();
        e["guide"] = s.guide.toStdString();
        e["kind"] = s.kind.toStdString();
        e["status"] = StepRecord::statusName(s.status).toStdString();
        if (!s.reason.isEmpty())
            e["reason"] = s.reason.toStdString();
        if (!s.message.isEmpty())
            e["message"] = s.message.toStdString();
        if (s.foundDone)
            e["found_done"] = true;
        e["started_at"] = iso(s.startedAt);
        e["ended_at"] = iso(s.endedAt);
        YAML::Node actions(YAML::NodeType::Sequence);
        for (const auto& a : s.actions)
            actions.push_back(actionNode(a));
        e["actions"] = actions;
        list.push_back(e);
    }
    n["steps"] = list;
    YAML::Emitter out;
    out << n;
    return QByteArray(out.c_str()) + '\n';
}

bool RunRecord::fromYaml(const QByteArray& text, RunRecord* r, QString* error)
{
    try {
        const YAML::Node n = YAML::Load(text.toStdString());
        if (!n.IsMap() || qs(n["format"]) != QLatin1String(kFormat)) {
            *error = QStringLiteral("not a %1 file").arg(QLatin1String(kFormat));
            return false;
        }
        r->hostname = qs(n["node"]["hostname"]);
        if (n["node"]["root"])
            r->root = qs(n["node"]["root"]);
        r->role = qs(n["node"]["role"]);
        r->configuration = qs(n["node"]["configuration"]);
        YAML::Emitter answers;
        answers << n["answers"];
        r->answersYaml = QByteArray(answers.c_str()) + '\n';
        r->answersDigest = qs(n["answers_digest"]).toUtf8();
        r->startedAt = fromIso(n["started_at"]);
        r->endedAt = fromIso(n["ended_at"]);
        r->result = qs(n["result"]);
        r->sessions = n["sessions"] ? n["sessions"].as<int>() : 0;
        for (const auto& e : n["steps"]) {
            StepRecord s;
            s.id = qs(e["id"]);
            s.title = qs(e["title"]);
            s.guide = qs(e["guide"]);
            s.kind = qs(e["kind"]);
            s.status = StepRecord::statusFromName(qs(e["status"]));
            s.reason = qs(e["reason"]);
            s.message = qs(e["message"]);
            s.foundDone = e["found_done"] && e["found_done"].as<bool>();
            s.startedAt = fromIso(e["started_at"]);
            s.endedAt = fromIso(e["ended_at"]);
            for (const auto& a : e["actions"])
                s.actions << actionFrom(a);
            r->steps << s;
        }
        return true;
    } catch (const YAML::Exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace dceha
