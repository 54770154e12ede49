#include "Record.h"

#include "system/YamlInput.h"
#include "system/YamlOutput.h"

#include <QRegularExpression>
#include <iterator>
#include <limits>
#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

const char* kStatusNames[] = {"pending", "running", "done", "skipped", "failed", "waiting", "interrupted"};
constexpr int kStatusCount = int(std::size(kStatusNames));
/** FailureCategory's names in the record, in its order. */
const char* kFailureNames[] = {"", "command", "verify", "drift", "precondition", "io", "refused"};
const QStringList kResults = {QStringLiteral("running"), QStringLiteral("complete"),
                              QStringLiteral("failed"),  QStringLiteral("waiting"),
                              QStringLiteral("stopped"), QStringLiteral("interrupted")};

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

// Typed output: strings through yamlout::string (quoted where a YAML 1.1 parser would read another type),
// numbers and booleans plain. The record is read by other tools (Ansible, PyYAML), not only by us.
void key(YAML::Emitter& out, const char* k)
{
    out << YAML::Key << k << YAML::Value;
}
void field(YAML::Emitter& out, const char* k, const QString& v)
{
    key(out, k);
    yamlout::string(out, v);
}
void list(YAML::Emitter& out, const char* k, const QStringList& v)
{
    key(out, k);
    out << YAML::BeginSeq;
    for (const auto& s : v)
        yamlout::string(out, s);
    out << YAML::EndSeq;
}

void emitOutput(YAML::Emitter& out, const char* k, const char* storedKey, const QString& text,
                const StoredOutput& stored, RunRecord::Outputs outputs)
{
    if (outputs == RunRecord::Outputs::Inline || !stored.isSet()) {
        field(out, k, text);
        return;
    }
    key(out, storedKey);
    out << YAML::BeginMap;
    key(out, "at");
    out << static_cast<long long>(stored.at);
    key(out, "bytes");
    out << static_cast<long long>(stored.bytes);
    field(out, "sha256", QString::fromLatin1(stored.sha256));
    out << YAML::EndMap;
}

void emitAction(YAML::Emitter& out, const ActionRecord& a, RunRecord::Outputs outputs)
{
    out << YAML::BeginMap;
    field(out, "at", iso(a.at));
    switch (a.type) {
    case ActionRecord::Type::Command:
        key(out, "command");
        out << YAML::BeginMap;
        list(out, "argv", a.argv);
        field(out, "program", a.program);
        if (!a.node.isEmpty())
            field(out, "node", a.node);
        if (a.query) {
            key(out, "query");
            out << true;
        }
        key(out, "exit_code");
        out << a.exitCode;
        key(out, "elapsed_ms");
        out << static_cast<long long>(a.elapsedMs);
        if (!a.stdinNote.isEmpty())
            field(out, "stdin", a.stdinNote);
        if (!a.environment.isEmpty())
            list(out, "environment", a.environment);
        if (!a.failure.isEmpty())
            field(out, "failure", a.failure);
        if (a.unplanned) {
            key(out, "unplanned");
            out << true;
        }
        emitOutput(out, "stdout", "stdout_stored", a.stdOut, a.stdOutStored, outputs);
        emitOutput(out, "stderr", "stderr_stored", a.stdErr, a.stdErrStored, outputs);
        out << YAML::EndMap;
        break;
    case ActionRecord::Type::File:
        key(out, "file");
        out << YAML::BeginMap;
        field(out, "path", a.path);
        field(out, "operation", a.operation);
        if (!a.target.isEmpty())
            field(out, "target", a.target);
        if (!a.mode.isEmpty())
            field(out, "mode", a.mode);
        field(out, "change", a.change);
        field(out, "sha256_before", a.sha256Before);
        field(out, "sha256_after", a.sha256After);
        if (!a.backup.isEmpty())
            field(out, "backup", a.backup);
        if (!a.diff.isEmpty())
            field(out, "diff", a.diff);
        if (!a.content.isEmpty())
            field(out, "content", a.content);
        out << YAML::EndMap;
        break;
    case ActionRecord::Type::Note:
        field(out, "note", a.text);
        break;
    }
    out << YAML::EndMap;
}

void emitStep(YAML::Emitter& out, const StepRecord& s, RunRecord::Outputs outputs)
{
    out << YAML::BeginMap;
    field(out, "id", s.id);
    field(out, "title", s.title);
    field(out, "guide", s.guide);
    field(out, "kind", s.kind);
    field(out, "status", StepRecord::statusName(s.status));
    if (!s.reason.isEmpty())
        field(out, "reason", s.reason);
    if (!s.message.isEmpty())
        field(out, "message", s.message);
    if (s.failure != FailureCategory::None)
        field(out, "failure", StepRecord::failureName(s.failure));
    if (s.foundDone) {
        key(out, "found_done");
        out << true;
    }
    if (!s.inputs.isEmpty())
        field(out, "inputs", s.inputs);
    if (!s.facts.isEmpty()) {
        key(out, "facts");
        out << YAML::BeginMap;
        for (auto it = s.facts.cbegin(); it != s.facts.cend(); ++it)
            field(out, it.key().toUtf8().constData(), it.value());
        out << YAML::EndMap;
    }
    field(out, "started_at", iso(s.startedAt));
    field(out, "ended_at", iso(s.endedAt));
    key(out, "actions");
    out << YAML::BeginSeq;
    for (const auto& a : s.actions)
        emitAction(out, a, outputs);
    out << YAML::EndSeq;
    out << YAML::EndMap;
}

/** Reads a record's tree strictly: every field of the wrong type, every unknown status, refused with its
 * path; the first problem is the one reported. */
class RecordReader
{
public:
    QList<YamlProblem> problems;

    QString text(const YamlValue* map, const char* k, const QString& path, bool required = false,
                 const QString& fallback = {})
    {
        const auto v = m_yaml.string(map ? map->find(k) : nullptr, child(path, k), required);
        return v ? *v : fallback;
    }
    QDateTime time(const YamlValue* map, const char* k, const QString& path)
    {
        const QString t = text(map, k, path);
        if (t.isEmpty())
            return {};
        const QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!d.isValid())
            m_yaml.problem(child(path, k), RunRecord::tr("'%1' is not an ISO 8601 time").arg(t));
        return d;
    }
    qint64 number(const YamlValue* map, const char* k, const QString& path, qint64 min, qint64 max,
                  qint64 fallback)
    {
        const auto v = m_yaml.integer(map ? map->find(k) : nullptr, child(path, k), false, min, max);
        return v ? *v : fallback;
    }
    bool flag(const YamlValue* map, const char* k, const QString& path)
    {
        const auto v = m_yaml.boolean(map ? map->find(k) : nullptr, child(path, k), false);
        return v && *v;
    }
    QStringList texts(const YamlValue* map, const char* k, const QString& path)
    {
        return m_yaml.strings(map ? map->find(k) : nullptr, child(path, k));
    }
    const YamlValue* map(const YamlValue* map, const char* k, const QString& path, bool required)
    {
        const YamlValue* v = map ? map->find(k) : nullptr;
        return m_yaml.map(v, child(path, k), required) ? v : nullptr;
    }
    const YamlValue* sequence(const YamlValue* map, const char* k, const QString& path, bool required)
    {
        const YamlValue* v = map ? map->find(k) : nullptr;
        return m_yaml.sequence(v, child(path, k), required) ? v : nullptr;
    }
    void problem(const QString& field, const QString& message) { m_yaml.problem(field, message); }

    /** An output the checkpoint keeps aside: `{at: OFFSET, bytes: N, sha256: HEX}`. */
    StoredOutput stored(const YamlValue* n, const char* k, const QString& path)
    {
        StoredOutput out;
        const YamlValue* m = map(n, k, path, false);
        if (!m)
            return out;
        const QString p = child(path, k);
        out.at = number(m, "at", p, 0, std::numeric_limits<qint64>::max(), -1);
        out.bytes = number(m, "bytes", p, 0, std::numeric_limits<qint64>::max(), 0);
        out.sha256 = text(m, "sha256", p, true).toLatin1();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (out.at < 0)
            problem(child(p, "at"), RunRecord::tr("is missing"));
        else if (!hex.match(QString::fromLatin1(out.sha256)).hasMatch())
            problem(child(p, "sha256"), RunRecord::tr("is not a SHA-256 checksum"));
        return out;
    }

    ActionRecord action(const YamlValue* n, const QString& path)
    {
        ActionRecord a;
        a.at = time(n, "at", path);
        if (const YamlValue* c = map(n, "command", path, false)) {
            const QString p = child(path, "command");
            a.type = ActionRecord::Type::Command;
            a.argv = texts(c, "argv", p);
            a.program = text(c, "program", p);
            a.node = text(c, "node", p);
            a.query = flag(c, "query", p);
            a.exitCode = int(number(c, "exit_code", p, std::numeric_limits<int>::min(),
                                    std::numeric_limits<int>::max(), -1));
            a.elapsedMs = number(c, "elapsed_ms", p, 0, std::numeric_limits<qint64>::max(), 0);
            a.stdinNote = text(c, "stdin", p);
            a.environment = texts(c, "environment", p);
            a.failure = text(c, "failure", p);
            a.unplanned = flag(c, "unplanned", p);
            a.stdOut = text(c, "stdout", p);
            a.stdErr = text(c, "stderr", p);
            a.stdOutStored = stored(c, "stdout_stored", p);
            a.stdErrStored = stored(c, "stderr_stored", p);
        } else if (const YamlValue* f = map(n, "file", path, false)) {
            const QString p = child(path, "file");
            a.type = ActionRecord::Type::File;
            a.path = text(f, "path", p, true);
            a.operation = text(f, "operation", p, false, a.operation);
            a.target = text(f, "target", p);
            a.mode = text(f, "mode", p);
            a.content = text(f, "content", p);
            a.change = text(f, "change", p);
            a.sha256Before = text(f, "sha256_before", p);
            a.sha256After = text(f, "sha256_after", p);
            a.backup = text(f, "backup", p);
            a.diff = text(f, "diff", p);
        } else {
            a.type = ActionRecord::Type::Note;
            a.text = text(n, "note", path);
        }
        return a;
    }

    StepRecord step(const YamlValue* n, const QString& path)
    {
        StepRecord s;
        s.id = text(n, "id", path, true);
        if (s.id.isEmpty() && n->find("id"))
            problem(path + QStringLiteral(".id"), RunRecord::tr("is empty"));
        s.title = text(n, "title", path);
        s.guide = text(n, "guide", path);
        s.kind = text(n, "kind", path);
        const QString status = text(n, "status", path, true);
        bool known = false;
        for (int k = 0; k < kStatusCount; ++k)
            known = known || status == QLatin1String(kStatusNames[k]);
        if (!status.isEmpty() && !known) {
            QStringList names;
            for (const char* k : kStatusNames)
                names << QLatin1String(k);
            problem(path + QStringLiteral(".status"),
                    RunRecord::tr("'%1' is not one of %2").arg(status, names.join(QStringLiteral(", "))));
        }
        s.status = StepRecord::statusFromName(status);
        s.reason = text(n, "reason", path);
        s.message = text(n, "message", path);
        const QString failure = text(n, "failure", path);
        for (int k = 1; k < int(std::size(kFailureNames)); ++k)
            if (failure == QLatin1String(kFailureNames[k]))
                s.failure = FailureCategory(k);
        if (!failure.isEmpty() && s.failure == FailureCategory::None) {
            QStringList names;
            for (int k = 1; k < int(std::size(kFailureNames)); ++k)
                names << QLatin1String(kFailureNames[k]);
            problem(path + QStringLiteral(".failure"),
                    RunRecord::tr("'%1' is not one of %2").arg(failure, names.join(QStringLiteral(", "))));
        }
        s.foundDone = flag(n, "found_done", path);
        s.inputs = text(n, "inputs", path);
        if (const YamlValue* facts = map(n, "facts", path, false))
            for (const auto& [name, value] : facts->entries())
                s.facts.insert(QString::fromStdString(name),
                               text(facts, name.c_str(), path + QStringLiteral(".facts")));
        s.startedAt = time(n, "started_at", path);
        s.endedAt = time(n, "ended_at", path);
        if (const YamlValue* actions = sequence(n, "actions", path, false)) {
            int k = 0;
            for (const auto& a : actions->items()) {
                const QString ap = QStringLiteral("%1.actions[%2]").arg(path).arg(k++);
                if (!a->isMap())
                    problem(ap, RunRecord::tr("must be a mapping (command, file or note)"));
                else
                    s.actions << action(a.get(), ap);
            }
        }
        return s;
    }

    static QString child(const QString& path, const char* k)
    {
        return path.isEmpty() ? QString::fromLatin1(k) : path + QLatin1Char('.') + QLatin1String(k);
    }

private:
    YamlReader m_yaml{&problems};
};

} // namespace

QString StepRecord::statusName(Status s)
{
    return QLatin1String(kStatusNames[int(s)]);
}

QString StepRecord::failureName(FailureCategory f)
{
    return QLatin1String(kFailureNames[int(f)]);
}

StepRecord::Status StepRecord::statusFromName(const QString& name)
{
    for (int i = 0; i < kStatusCount; ++i)
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

QByteArray RunRecord::toYaml(Outputs outputs) const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    field(out, "format", QLatin1String(kFormat));
    if (!procedure.isEmpty())
        field(out, "procedure", procedure);
    key(out, "node");
    out << YAML::BeginMap;
    field(out, "hostname", hostname);
    field(out, "root", root);
    field(out, "role", role);
    field(out, "configuration", configuration);
    if (!sharedDisks.isEmpty()) {
        key(out, "shared_disks");
        out << YAML::BeginMap;
        for (auto it = sharedDisks.cbegin(); it != sharedDisks.cend(); ++it)
            field(out, it.key().toUtf8().constData(), it.value());
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    if (!target.isEmpty() || !wizardVersion.isEmpty() || !operatorName.isEmpty()) {
        key(out, "run");
        out << YAML::BeginMap;
        field(out, "target", target);
        field(out, "wizard_version", wizardVersion);
        field(out, "operator", operatorName);
        out << YAML::EndMap;
    }
    // The answers as AnswersFile::serialize typed them (plain numbers and booleans, ambiguous strings
    // quoted), re-emitted with those types kept.
    key(out, "answers");
    YamlProblem problem;
    if (const YamlValue::Ptr answers = YamlInput::parse(answersYaml, &problem))
        yamlout::value(out, *answers);
    else
        out << YAML::Null;
    field(out, "answers_digest", QString::fromLatin1(answersDigest));
    field(out, "started_at", iso(startedAt));
    field(out, "ended_at", iso(endedAt));
    field(out, "result", result);
    key(out, "sessions");
    out << sessions;
    if (!preflight.isEmpty()) {
        key(out, "preflight");
        out << YAML::BeginSeq;
        for (const auto& f : preflight) {
            out << YAML::BeginMap;
            field(out, "check", f.check);
            field(out, "severity", PreflightFinding::severityName(f.severity));
            if (!f.field.isEmpty())
                field(out, "field", f.field);
            field(out, "message", f.message);
            if (!f.evidence.isEmpty())
                field(out, "evidence", f.evidence);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    key(out, "steps");
    out << YAML::BeginSeq;
    for (const auto& s : steps)
        emitStep(out, s, outputs);
    out << YAML::EndSeq;
    out << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

bool RunRecord::fromYaml(const QByteArray& text, RunRecord* r, QString* error)
{
    YamlProblem problem;
    const YamlValue::Ptr rootPtr = YamlInput::parse(text, &problem);
    if (!rootPtr) {
        *error = problem.text();
        return false;
    }
    const YamlValue* n = rootPtr.get();
    if (!n->isMap() || !n->find("format") || !n->find("format")->isScalar() ||
        n->find("format")->text() != QLatin1String(kFormat)) {
        *error = tr("not a %1 file").arg(QLatin1String(kFormat));
        return false;
    }
    RecordReader rr;
    RunRecord rec;
    rec.procedure = rr.text(n, "procedure", QString());
    const YamlValue* node = rr.map(n, "node", QString(), true);
    rec.hostname = rr.text(node, "hostname", QStringLiteral("node"));
    rec.root = rr.text(node, "root", QStringLiteral("node"), false, rec.root);
    rec.role = rr.text(node, "role", QStringLiteral("node"));
    rec.configuration = rr.text(node, "configuration", QStringLiteral("node"));
    if (const YamlValue* disks = rr.map(node, "shared_disks", QStringLiteral("node"), false))
        for (const auto& [name, value] : disks->entries())
            rec.sharedDisks.insert(QString::fromStdString(name),
                                   rr.text(disks, name.c_str(), QStringLiteral("node.shared_disks")));
    // What the run changed and who ran it: absent in records of earlier versions.
    if (const YamlValue* run = rr.map(n, "run", QString(), false)) {
        rec.target = rr.text(run, "target", QStringLiteral("run"));
        rec.wizardVersion = rr.text(run, "wizard_version", QStringLiteral("run"));
        rec.operatorName = rr.text(run, "operator", QStringLiteral("run"));
    }
    // The answers are what a resume and the standby's agreement check compare: a record without them is
    // refused, never read as "no answers to compare".
    if (const YamlValue* answers = rr.map(n, "answers", QString(), true)) {
        YAML::Emitter out;
        yamlout::value(out, *answers);
        rec.answersYaml = QByteArray(out.c_str()) + '\n';
    }
    rec.answersDigest = rr.text(n, "answers_digest", QString()).toUtf8();
    rec.startedAt = rr.time(n, "started_at", QString());
    rec.endedAt = rr.time(n, "ended_at", QString());
    rec.result = rr.text(n, "result", QString(), false, rec.result);
    if (!kResults.contains(rec.result))
        rr.problem(QStringLiteral("result"),
                   tr("'%1' is not one of %2").arg(rec.result, kResults.join(QStringLiteral(", "))));
    rec.sessions = int(rr.number(n, "sessions", QString(), 0, std::numeric_limits<int>::max(), 0));
    if (const YamlValue* preflight = rr.sequence(n, "preflight", QString(), false)) {
        int i = 0;
        for (const auto& e : preflight->items()) {
            const QString path = QStringLiteral("preflight[%1]").arg(i++);
            if (!e->isMap()) {
                rr.problem(path, tr("must be a mapping (check, severity, message, …)"));
                continue;
            }
            PreflightFinding f;
            f.check = rr.text(e.get(), "check", path, true);
            const QString severity = rr.text(e.get(), "severity", path, true);
            bool known = false;
            f.severity = PreflightFinding::severityFromName(severity, &known);
            if (!severity.isEmpty() && !known)
                rr.problem(path + QStringLiteral(".severity"),
                           tr("'%1' is not one of pass, warning, failure").arg(severity));
            f.field = rr.text(e.get(), "field", path);
            f.message = rr.text(e.get(), "message", path, true);
            f.evidence = rr.text(e.get(), "evidence", path);
            rec.preflight << f;
        }
    }
    if (const YamlValue* steps = rr.sequence(n, "steps", QString(), true)) {
        if (steps->items().empty())
            rr.problem(QStringLiteral("steps"), tr("is empty: a record holds every step of its procedure"));
        int i = 0;
        for (const auto& e : steps->items()) {
            const QString path = QStringLiteral("steps[%1]").arg(i++);
            if (!e->isMap()) {
                rr.problem(path, tr("must be a mapping (id, status, …)"));
                continue;
            }
            const StepRecord s = rr.step(e.get(), path);
            if (!s.id.isEmpty() && rec.step(s.id))
                rr.problem(path + QStringLiteral(".id"), tr("'%1' appears twice").arg(s.id));
            rec.steps << s;
        }
    }
    if (!rr.problems.isEmpty()) {
        *error = rr.problems.first().text();
        if (rr.problems.size() > 1)
            *error += tr(" (and %n more problem(s))", nullptr, int(rr.problems.size() - 1));
        return false;
    }
    *r = rec;
    return true;
}

QByteArray RunRecord::stepToYaml(const StepRecord& step, Outputs outputs)
{
    YAML::Emitter out;
    emitStep(out, step, outputs);
    return QByteArray(out.c_str()) + '\n';
}

bool RunRecord::stepFromYaml(const QByteArray& text, StepRecord* out, QString* error)
{
    YamlProblem problem;
    const YamlValue::Ptr root = YamlInput::parse(text, &problem);
    if (!root) {
        *error = problem.text();
        return false;
    }
    if (!root->isMap()) {
        *error = QStringLiteral("step: ") + tr("must be a mapping (id, status, …)");
        return false;
    }
    RecordReader rr;
    const StepRecord s = rr.step(root.get(), QStringLiteral("step"));
    if (!rr.problems.isEmpty()) {
        *error = rr.problems.first().text();
        return false;
    }
    *out = s;
    return true;
}

} // namespace dceha
