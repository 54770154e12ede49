#include "YamlOutput.h"

#include <QRegularExpression>

namespace dceha::yamlout {

bool isAmbiguous(const QString& s)
{
    // The YAML 1.1 type repository's implicit resolvers (as PyYAML and Ansible apply them) and YAML 1.2's
    // core schema, each in any letter case where one resolver accepts it in some case: bool, null, int
    // (binary, octal with 0 or 0o, decimal with _, hex, sexagesimal), float (with or without digits before
    // the dot, an exponent, sexagesimal, .inf, .nan), timestamp, and the merge (<<) and value (=) keys.
    static const QRegularExpression ambiguous(
        QStringLiteral(
            "^(?:"
            "y|n|yes|no|true|false|on|off"
            "|~|null|"
            "|[-+]?0b[0-1_]+"
            "|[-+]?0o?[0-7_]+"
            "|[-+]?(?:0|[1-9][0-9_]*)"
            "|[-+]?0x[0-9a-f_]+"
            "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
            "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:e[-+]?[0-9]+)?"
            "|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?e[-+]?[0-9]+"
            "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
            "|[-+]?\\.inf|\\.nan"
            "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
            "(?:[ \\t]*(?:z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"
            "|<<|="
            ")$"),
        QRegularExpression::CaseInsensitiveOption);
    return ambiguous.match(s).hasMatch();
}

void string(YAML::Emitter& out, const QString& s)
{
    if (isAmbiguous(s))
        out << YAML::DoubleQuoted;
    out << s.toStdString();
}

void strings(YAML::Emitter& out, const QStringList& list)
{
    out << YAML::Flow << YAML::BeginSeq;
    for (const auto& s : list)
        string(out, s);
    out << YAML::EndSeq;
}

void value(YAML::Emitter& out, const YamlValue& v)
{
    switch (v.type()) {
    case YamlValue::Type::Null:
        out << YAML::Null;
        break;
    case YamlValue::Type::Scalar:
        if (v.plain())
            out << v.scalar(); // a number or a boolean stays one; yaml-cpp quotes a null-looking text itself
        else
            string(out, v.text());
        break;
    case YamlValue::Type::Sequence:
        out << YAML::BeginSeq;
        for (const auto& e : v.items())
            value(out, *e);
        out << YAML::EndSeq;
        break;
    case YamlValue::Type::Map:
        out << YAML::BeginMap;
        for (const auto& [k, e] : v.entries()) {
            out << YAML::Key;
            string(out, QString::fromStdString(k));
            out << YAML::Value;
            value(out, *e);
        }
        out << YAML::EndMap;
        break;
    }
}

QString oneLine(const YamlValue& v)
{
    YAML::Emitter out;
    // Every collection in flow style: value() itself leaves the style to the emitter's defaults.
    out.SetSeqFormat(YAML::Flow);
    out.SetMapFormat(YAML::Flow);
    value(out, v);
    return QString::fromUtf8(out.c_str());
}

} // namespace dceha::yamlout
