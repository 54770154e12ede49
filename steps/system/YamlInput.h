#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dceha {

/** @brief One value of a YAML input, as the checked reader built it: null, a scalar (with whether it was
 * written plain, i.e. could be a number or a boolean, or quoted), a sequence or a mapping with unique keys.
 *
 * Immutable and never a "zombie": asking for a key that is not there gives nullptr, never an exception. An
 * alias shares the anchored value (no copy), which is why the reader bounds the expanded size. */
class YamlValue
{
public:
    enum class Type
    {
        Null,
        Scalar,
        Sequence,
        Map
    };
    using Ptr = std::shared_ptr<const YamlValue>;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }
    /** A scalar's text (empty for the other types). */
    const std::string& scalar() const { return m_scalar; }
    QString text() const { return QString::fromStdString(m_scalar); }
    /** A scalar written without quotes or tag: YAML may read it as a number, a boolean or null. */
    bool plain() const { return m_plain; }
    /** The line (1-based) where the value starts, for messages. */
    int line() const { return m_line; }

    const std::vector<Ptr>& items() const { return m_items; }
    const std::vector<std::pair<std::string, Ptr>>& entries() const { return m_entries; }
    /** The value under @p key of a mapping, or nullptr (absent key, or not a mapping). */
    const YamlValue* find(const std::string& key) const;

private:
    friend class YamlBuilder;
    Type m_type = Type::Null;
    std::string m_scalar;
    bool m_plain = false;
    int m_line = 0;
    std::vector<Ptr> m_items;
    std::vector<std::pair<std::string, Ptr>> m_entries;
};

/** One refusal: the field (a path such as `shared_vg.filesystems[1].size_mb`, or `(file)` for the text as a
 * whole) and the rule broken, a sentence. */
struct YamlProblem
{
    QString field;
    QString message;
    QString text() const { return field + QStringLiteral(": ") + message; }
};

/** @brief The one checked reader of every YAML input (answers, an owner's record, the checkpoint, the
 * catalogs).
 *
 * yaml-cpp alone keeps the first of two equal keys, reads a second document silently, expands aliases without
 * a bound and throws on any type mismatch (a `YAML::Node` used as the wrong type). This reader parses through
 * yaml-cpp's event parser into a YamlValue tree and refuses, naming the field: duplicate keys, more than one
 * document, keys that are not scalars, nesting deeper than kMaxDepth, aliases that expand to more than
 * kMaxValues values, an alias to an anchor that is not complete (a cycle). No exception leaves it. */
class YamlInput
{
    Q_DECLARE_TR_FUNCTIONS(YamlInput)

public:
    /** Deeper than any file the wizard reads or writes (a record is 6 levels deep), low enough that no
     * recursive walk can exhaust the stack. */
    static constexpr int kMaxDepth = 64;
    /** Values after alias expansion: a record of a whole run holds a few thousand. */
    static constexpr qint64 kMaxValues = 1000000;

    /** @return the root (a Null value for an empty text), or nullptr with @p problem set. */
    static YamlValue::Ptr parse(const QByteArray& text, YamlProblem* problem);
    /** Reads @p path through InputFile (regular files only, never blocking) and parses it; the problem's
     * field is the path. */
    static YamlValue::Ptr parseFile(const QString& path, YamlProblem* problem);
};

/** @brief Typed reading of a parsed YAML tree: every mismatch becomes a YamlProblem naming the field path,
 * collected in a list (all the faults of a file at once), never an exception. */
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    explicit YamlReader(QList<YamlProblem>* sink) : m_sink(sink) {}

    void problem(const QString& field, const QString& message) { m_sink->append({field, message}); }

    /** Whether @p v is a mapping; refuses it (naming @p field) when it is present but something else. Absent
     * or null: refused only when @p required. */
    bool map(const YamlValue* v, const QString& field, bool required);
    /** The same for a sequence. */
    bool sequence(const YamlValue* v, const QString& field, bool required);
    /** A scalar's text. Absent or null: nullopt (refused when @p required). */
    std::optional<QString> string(const YamlValue* v, const QString& field, bool required);
    /** A whole number written plain, within [@p min, @p max] ("must be a whole number from min to max"). */
    std::optional<qint64> integer(const YamlValue* v, const QString& field, bool required, qint64 min,
                                  qint64 max);
    /** true/false (also yes/no, on/off as YAML 1.1 reads them), written plain. */
    std::optional<bool> boolean(const YamlValue* v, const QString& field, bool required);
    /** A sequence of scalars (absent or null: empty). */
    QStringList strings(const YamlValue* v, const QString& field);

private:
    QList<YamlProblem>* m_sink;
};

} // namespace dceha
