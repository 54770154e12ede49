#include "YamlInput.h"

#include "InputFile.h"

#include <QRegularExpression>
#include <limits>
#include <map>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace dceha {

const YamlValue* YamlValue::find(const std::string& key) const
{
    for (const auto& [k, v] : m_entries)
        if (k == key)
            return v.get();
    return nullptr;
}

namespace {

/** Thrown by the builder to stop the parse at the first refusal (caught in YamlInput::parse). */
struct Refusal
{
    YamlProblem problem;
};

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

} // namespace

/** Builds the tree from yaml-cpp's events, with the checks yaml-cpp's own node loader does not make. */
class YamlBuilder : public YAML::EventHandler
{
public:
    YamlValue::Ptr root;

    void OnDocumentStart(const YAML::Mark&) override
    {
        if (++m_documents > 1)
            refuse(
                QStringLiteral("(file)"),
                YamlInput::tr("holds more than one YAML document ('---' starts another); give exactly one"));
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        auto v = std::make_shared<YamlValue>();
        v->m_line = mark.line + 1;
        add(v, anchor, mark, 1);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            // yaml-cpp numbers an anchor when it is declared: an alias to one still open refers to itself.
            refuse(path(), YamlInput::tr("the alias on line %1 refers to a value that contains it (a cycle)")
                               .arg(mark.line + 1));
        add(it->second.value, 0, mark, it->second.weight);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override
    {
        auto v = std::make_shared<YamlValue>();
        v->m_type = YamlValue::Type::Scalar;
        v->m_scalar = value;
        v->m_plain = tag == "?"; // yaml-cpp tags a plain scalar "?", a quoted one "!"
        v->m_line = mark.line + 1;
        add(v, anchor, mark, 1);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(YamlValue::Type::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(YamlValue::Type::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame
    {
        std::shared_ptr<YamlValue> value;
        YAML::anchor_t anchor = 0;
        qint64 weight = 1;
        bool haveKey = false;
        std::string key;
    };
    struct Anchored
    {
        YamlValue::Ptr value;
        qint64 weight = 1;
    };

    std::vector<Frame> m_stack;
    std::map<YAML::anchor_t, Anchored> m_anchors;
    int m_documents = 0;
    qint64 m_total = 0;

    [[noreturn]] static void refuse(const QString& field, const QString& message)
    {
        throw Refusal{{field, message}};
    }

    /** The path of the value being read, for messages: `a.b[2].c`, or `(file)` at the top. */
    QString path() const
    {
        const QString p = rawPath();
        return p.isEmpty() ? QStringLiteral("(file)") : p;
    }

    QString rawPath() const
    {
        QString out;
        for (const auto& f : m_stack) {
            if (f.value->m_type == YamlValue::Type::Sequence)
                out += QStringLiteral("[%1]").arg(f.value->m_items.size());
            else if (f.haveKey)
                out = childPath(out, QString::fromStdString(f.key));
        }
        return out;
    }

    void count(qint64 weight)
    {
        m_total += weight;
        if (m_total > YamlInput::kMaxValues)
            refuse(QStringLiteral("(file)"),
                   YamlInput::tr("expands to more than %1 values (aliases repeating aliases); refused")
                       .arg(YamlInput::kMaxValues));
    }

    void open(YamlValue::Type type, const YAML::Mark& mark, YAML::anchor_t anchor)
    {
        if (int(m_stack.size()) >= YamlInput::kMaxDepth)
            refuse(QStringLiteral("(file)"), YamlInput::tr("is nested deeper than %1 levels (line %2)")
                                                 .arg(YamlInput::kMaxDepth)
                                                 .arg(mark.line + 1));
        if (!m_stack.empty() && m_stack.back().value->m_type == YamlValue::Type::Map &&
            !m_stack.back().haveKey)
            refuse(path(), YamlInput::tr("a key must be a single name, not a list or a mapping (line %1)")
                               .arg(mark.line + 1));
        count(1);
        auto v = std::make_shared<YamlValue>();
        v->m_type = type;
        v->m_line = mark.line + 1;
        m_stack.push_back({v, anchor, 1, false, {}});
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.anchor)
            m_anchors[f.anchor] = {f.value, f.weight};
        attach(f.value, f.weight);
    }

    void add(const YamlValue::Ptr& v, YAML::anchor_t anchor, const YAML::Mark& mark, qint64 weight)
    {
        if (!m_stack.empty() && m_stack.back().value->m_type == YamlValue::Type::Map &&
            !m_stack.back().haveKey) {
            // A key: it must be a scalar, and unique in its mapping.
            if (!v->isScalar() || v->m_scalar.empty())
                refuse(path(), YamlInput::tr("a key must be a name (line %1)").arg(mark.line + 1));
            Frame& f = m_stack.back();
            for (const auto& [k, value] : f.value->m_entries)
                if (k == v->m_scalar)
                    refuse(
                        childPath(rawPath(), QString::fromStdString(k)),
                        YamlInput::tr("is given twice in the same mapping (lines %1 and %2); give each key "
                                      "once")
                            .arg(value->line())
                            .arg(mark.line + 1));
            f.haveKey = true;
            f.key = v->m_scalar;
            if (anchor)
                m_anchors[anchor] = {v, 1};
            return;
        }
        count(weight);
        if (anchor)
            m_anchors[anchor] = {v, weight};
        attach(v, weight);
    }

    void attach(const YamlValue::Ptr& v, qint64 weight)
    {
        if (m_stack.empty()) {
            root = v;
            return;
        }
        Frame& f = m_stack.back();
        f.weight += weight;
        if (f.value->m_type == YamlValue::Type::Sequence) {
            f.value->m_items.push_back(v);
        } else {
            // A duplicate key's value never arrives: refuse() stopped at its key.
            if (!f.haveKey)
                refuse(path(), YamlInput::tr("a key must be a name"));
            f.value->m_entries.emplace_back(f.key, v);
            f.haveKey = false;
        }
    }
};

YamlValue::Ptr YamlInput::parse(const QByteArray& text, YamlProblem* problem)
{
    std::istringstream stream(text.toStdString());
    YamlBuilder builder;
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const Refusal& r) {
        *problem = r.problem;
        return nullptr;
    } catch (const YAML::Exception& e) {
        // yaml-cpp's own depth guard (DeepRecursion) lands here too, before any deep recursion of ours.
        *problem = {QStringLiteral("(file)"), tr("not valid YAML: %1 (line %2, column %3)")
                                                  .arg(QString::fromStdString(e.msg))
                                                  .arg(e.mark.line + 1)
                                                  .arg(e.mark.column + 1)};
        return nullptr;
    } catch (const std::exception& e) {
        *problem = {QStringLiteral("(file)"), tr("cannot be read: %1").arg(QString::fromUtf8(e.what()))};
        return nullptr;
    }
    return builder.root ? builder.root : std::make_shared<YamlValue>();
}

YamlValue::Ptr YamlInput::parseFile(const QString& path, YamlProblem* problem)
{
    QString error;
    const std::optional<QByteArray> content = InputFile::read(path, &error);
    if (!content) {
        *problem = {path, error};
        return nullptr;
    }
    YamlValue::Ptr root = parse(*content, problem);
    if (!root)
        problem->field =
            problem->field == QLatin1String("(file)") ? path : path + QStringLiteral(": ") + problem->field;
    return root;
}

bool YamlReader::map(const YamlValue* v, const QString& field, bool required)
{
    if (!v || v->isNull()) {
        if (required)
            problem(field, tr("is required"));
        return false;
    }
    if (!v->isMap()) {
        problem(field, tr("must be a mapping (key: value lines or { key: value, … })"));
        return false;
    }
    return true;
}

bool YamlReader::sequence(const YamlValue* v, const QString& field, bool required)
{
    if (!v || v->isNull()) {
        if (required)
            problem(field, tr("is required"));
        return false;
    }
    if (!v->isSequence()) {
        problem(field, tr("must be a list"));
        return false;
    }
    return true;
}

std::optional<QString> YamlReader::string(const YamlValue* v, const QString& field, bool required)
{
    if (!v || v->isNull()) {
        if (required)
            problem(field, tr("is required"));
        return std::nullopt;
    }
    if (!v->isScalar()) {
        problem(field, v->isMap() ? tr("must be a single value, not a mapping")
                                  : tr("must be a single value, not a list"));
        return std::nullopt;
    }
    return v->text();
}

std::optional<qint64> YamlReader::integer(const YamlValue* v, const QString& field, bool required, qint64 min,
                                          qint64 max)
{
    const std::optional<QString> s = string(v, field, required);
    if (!s)
        return std::nullopt;
    // Decimal digits only: YAML 1.1 would read 010 as octal and 1:20 as sexagesimal, which no size means.
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    bool ok = false;
    const qint64 n = s->toLongLong(&ok);
    if (!v->plain() || !decimal.match(*s).hasMatch()) {
        problem(field, tr("must be a whole number, not '%1'").arg(*s));
        return std::nullopt;
    }
    if (!ok || n < min || n > max) {
        problem(field,
                tr("must be a whole number from %1 to %2; %3 is out of range").arg(min).arg(max).arg(*s));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> YamlReader::boolean(const YamlValue* v, const QString& field, bool required)
{
    const std::optional<QString> s = string(v, field, required);
    if (!s)
        return std::nullopt;
    static const QRegularExpression yes(QStringLiteral("^(true|yes|on)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression no(QStringLiteral("^(false|no|off)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    if (v->plain() && yes.match(*s).hasMatch())
        return true;
    if (v->plain() && no.match(*s).hasMatch())
        return false;
    problem(field, tr("must be true or false, not '%1'").arg(*s));
    return std::nullopt;
}

QStringList YamlReader::strings(const YamlValue* v, const QString& field)
{
    QStringList out;
    if (!sequence(v, field, false))
        return out;
    int i = 0;
    for (const auto& e : v->items()) {
        if (const auto s = string(e.get(), QStringLiteral("%1[%2]").arg(field).arg(i), true))
            out << *s;
        ++i;
    }
    return out;
}

} // namespace dceha
