// The answers file: its keys, the checked reading of a file into Answers (unknown keys refused with the
// closest known one suggested), the canonical form it is written in, and the differences between two.
// The rules the values must follow are AnswerRules'.
#include "AnswersFile.h"

#include "AnswerRules.h"
#include "system/YamlInput.h"
#include "system/YamlOutput.h"

#include <QCryptographicHash>
#include <functional>
#include <limits>
#include <type_traits>
#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

/** Reads the answers' tree through the checked reader; collects every fault as an AnswerError. */
class Reader
{
public:
    QList<AnswerError> errors;

    void error(const QString& field, const QString& message) { errors.append({field, message}); }

    /** Moves the checked reader's problems over (same field paths, same sentences). */
    void take(QList<YamlProblem>& problems)
    {
        for (const auto& p : problems)
            error(p.field, p.message);
        problems.clear();
    }

    /** Unknown keys, with the closest known one suggested. */
    void checkKeys(const YamlValue* map, const QStringList& known, const QString& prefix)
    {
        if (!map || !map->isMap())
            return;
        for (const auto& kv : map->entries()) {
            const QString key = QString::fromStdString(kv.first);
            if (known.contains(key))
                continue;
            const QString field = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            if (key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                key.contains(QLatin1String("passwd"), Qt::CaseInsensitive) ||
                key.contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
                error(field,
                      AnswersFile::tr("secrets are not accepted in an answers file; the cell_admin password "
                                      "comes from DCE_CELL_ADMIN_PASSWORD or a prompt"));
                continue;
            }
            QString best;
            int bestDistance = 4;
            for (const auto& k : known) {
                const int d = editDistance(key, k);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            error(field, best.isEmpty() ? AnswersFile::tr("unknown key")
                                        : AnswersFile::tr("unknown key (did you mean '%1'?)").arg(best));
        }
    }

    /** A mapping (refused naming @p field when it is something else); its unknown keys refused too. */
    const YamlValue* map(const YamlValue* n, const QString& field, const QStringList& known)
    {
        if (!m_yaml.map(n, field, false)) {
            take(m_problems);
            return nullptr;
        }
        checkKeys(n, known, field);
        return n;
    }

    /** The items of a list (refused naming @p field when it is not one). */
    std::vector<YamlValue::Ptr> items(const YamlValue* n, const QString& field)
    {
        const bool ok = m_yaml.sequence(n, field, false);
        take(m_problems);
        return ok ? n->items() : std::vector<YamlValue::Ptr>();
    }

    QString string(const YamlValue* n, const QString& field, bool required, const QString& fallback = {})
    {
        const std::optional<QString> s = m_yaml.string(n, field, required);
        take(m_problems);
        return s ? *s : fallback;
    }

    /** A whole number that fits an int: a larger one is refused here, never wrapped around; the AIX bounds of
     * each field are AnswerRules'. */
    int integer(const YamlValue* n, const QString& field, bool required, int fallback = 0)
    {
        const std::optional<qint64> v = m_yaml.integer(n, field, required, std::numeric_limits<int>::min(),
                                                       std::numeric_limits<int>::max());
        take(m_problems);
        return v ? int(*v) : fallback;
    }

    bool boolean(const YamlValue* n, const QString& field, bool fallback)
    {
        const std::optional<bool> v = m_yaml.boolean(n, field, false);
        take(m_problems);
        return v ? *v : fallback;
    }

    QStringList list(const YamlValue* n, const QString& field)
    {
        const QStringList out = m_yaml.strings(n, field);
        take(m_problems);
        return out;
    }

private:
    QList<YamlProblem> m_problems;
    YamlReader m_yaml{&m_problems};
};

// ---- The schema: every key of the answers file once, with how it is read and how it is written.
// The unknown-key check, the parser and the canonical form (and so differences() and the digest) all come
// from these tables; adding a key is one entry here plus its rule in AnswerRules.

/** One key of a mapping of type T: read from its value (null when absent) into T, written from T (or
 * left out when it holds the default an optional key has). */
template <typename T> struct Field
{
    const char* key;
    std::function<void(Reader&, const YamlValue*, const QString& field, T&)> read;
    std::function<void(YAML::Emitter&, const char* key, const T&)> write;
};

template <typename T> using Schema = QList<Field<T>>;

void key(YAML::Emitter& out, const char* k)
{
    out << YAML::Key << k << YAML::Value;
}

template <typename T> QStringList keysOf(const Schema<T>& schema)
{
    QStringList keys;
    for (const auto& f : schema)
        keys << QLatin1String(f.key);
    return keys;
}

QString fieldPath(const QString& prefix, const char* k)
{
    return prefix.isEmpty() ? QLatin1String(k) : prefix + QLatin1Char('.') + QLatin1String(k);
}

template <typename T>
void readFields(Reader& r, const YamlValue* map, const QString& prefix, const Schema<T>& schema, T& into)
{
    for (const auto& f : schema)
        f.read(r, map ? map->find(f.key) : nullptr, fieldPath(prefix, f.key), into);
}

template <typename T> void writeFields(YAML::Emitter& out, const Schema<T>& schema, const T& from)
{
    for (const auto& f : schema)
        f.write(out, f.key, from);
}

/** When an optional key is written: always, or only when it holds something. */
enum class Written
{
    Always,
    IfSet
};

template <typename T>
Field<T> text(const char* k, QString T::*member, bool required, Written written = Written::Always)
{
    return {k,
            [member, required](Reader& r, const YamlValue* v, const QString& f, T& t) {
                t.*member = r.string(v, f, required, t.*member);
            },
            [member, written](YAML::Emitter& out, const char* k, const T& t) {
                if (written == Written::IfSet && (t.*member).isEmpty())
                    return;
                key(out, k);
                yamlout::string(out, t.*member);
            }};
}

template <typename T> Field<T> texts(const char* k, QStringList T::*member, Written written = Written::Always)
{
    return {k, [member](Reader& r, const YamlValue* v, const QString& f, T& t) { t.*member = r.list(v, f); },
            [member, written](YAML::Emitter& out, const char* k, const T& t) {
                if (written == Written::IfSet && (t.*member).isEmpty())
                    return;
                key(out, k);
                yamlout::strings(out, t.*member);
            }};
}

template <typename T>
Field<T> number(const char* k, int T::*member, bool required, Written written = Written::Always)
{
    return {k,
            [member, required](Reader& r, const YamlValue* v, const QString& f, T& t) {
                t.*member = r.integer(v, f, required, t.*member);
            },
            [member, written](YAML::Emitter& out, const char* k, const T& t) {
                if (written == Written::IfSet && t.*member == 0)
                    return;
                key(out, k);
                out << t.*member;
            }};
}

template <typename T> Field<T> flag(const char* k, bool T::*member, Written written = Written::Always)
{
    return {k,
            [member](Reader& r, const YamlValue* v, const QString& f, T& t) {
                t.*member = r.boolean(v, f, t.*member);
            },
            [member, written](YAML::Emitter& out, const char* k, const T& t) {
                if (written == Written::IfSet && !(t.*member))
                    return;
                key(out, k);
                out << t.*member;
            }};
}

/** A list of mappings (written in flow style, one per line): each item read through @p schema; an empty item
 * is refused with @p emptyHint (a source text of the AnswersFile context, translated when said). */
template <typename T, typename Item>
Field<T> items(const char* k, QList<Item> T::*member, const Schema<Item>& schema, const char* emptyHint,
               Written written)
{
    return {k,
            [member, schema, emptyHint](Reader& r, const YamlValue* v, const QString& f, T& t) {
                int i = 0;
                for (const auto& item : r.items(v, f)) {
                    const QString prefix = QStringLiteral("%1[%2]").arg(f).arg(i++);
                    if (!r.map(item.get(), prefix, keysOf(schema))) {
                        if (item->isNull())
                            r.error(prefix, AnswersFile::tr(emptyHint));
                        continue;
                    }
                    Item into;
                    readFields(r, item.get(), prefix, schema, into);
                    (t.*member).append(into);
                }
            },
            [member, schema, written](YAML::Emitter& out, const char* k, const T& t) {
                if (written == Written::IfSet && (t.*member).isEmpty())
                    return;
                key(out, k);
                out << YAML::BeginSeq;
                for (const auto& item : t.*member) {
                    out << YAML::Flow << YAML::BeginMap;
                    writeFields(out, schema, item);
                    out << YAML::EndMap;
                }
                out << YAML::EndSeq;
            }};
}

/** Whether a section keeps its presence (an optional mapping: S::present). */
template <typename S, typename = void> struct HasPresence : std::false_type
{
};
template <typename S>
struct HasPresence<S, std::void_t<decltype(std::declval<S&>().present)>> : std::true_type
{
};

/** A mapping of its own type S: an optional one (S::present) is read and written only when given; written
 * in flow style when @p flow. */
template <typename T, typename S>
Field<T> section(const char* k, S T::*member, const Schema<S>& schema, bool flow)
{
    return {k,
            [member, schema](Reader& r, const YamlValue* v, const QString& f, T& t) {
                S& s = t.*member;
                if constexpr (HasPresence<S>::value) {
                    if (!v || v->isNull())
                        return;
                    s.present = true;
                }
                if (v && r.map(v, f, keysOf(schema)))
                    readFields(r, v, f, schema, s);
            },
            [member, schema, flow](YAML::Emitter& out, const char* k, const T& t) {
                const S& s = t.*member;
                if constexpr (HasPresence<S>::value)
                    if (!s.present)
                        return;
                key(out, k);
                if (flow)
                    out << YAML::Flow;
                out << YAML::BeginMap;
                writeFields(out, schema, s);
                out << YAML::EndMap;
            }};
}

const Schema<Answers::Filesystem>& filesystemSchema()
{
    using F = Answers::Filesystem;
    static const Schema<F> schema{text("mount", &F::mount, true), text("lv", &F::lv, true),
                                  number("size_mb", &F::sizeMb, true)};
    return schema;
}

const Schema<Answers::SharedVg>& sharedVgSchema()
{
    using V = Answers::SharedVg;
    static const Schema<V> schema{
        text("name", &V::name, false),
        texts("disks", &V::disks),
        text("jfslog", &V::jfslog, false),
        number("major", &V::major, false, Written::IfSet),
        number("pp_size_mb", &V::ppSizeMb, false),
        items("filesystems", &V::filesystems, filesystemSchema(),
              QT_TRANSLATE_NOOP("AnswersFile", "is empty: give mount, lv and size_mb"), Written::Always)};
    return schema;
}

const Schema<Answers::DfsCache>& dfsCacheSchema()
{
    using C = Answers::DfsCache;
    static const Schema<C> schema{text("vg", &C::vg, true), text("lv", &C::lv, true),
                                  number("size_mb", &C::sizeMb, true), text("mount", &C::mount, false)};
    return schema;
}

const Schema<Answers::Aggregate>& aggregateSchema()
{
    using G = Answers::Aggregate;
    static const Schema<G> schema{text("lv", &G::lv, true), number("size_mb", &G::sizeMb, true),
                                  text("name", &G::name, true)};
    return schema;
}

const Schema<Answers::Dce>& dceSchema()
{
    using D = Answers::Dce;
    static const Schema<D> schema{text("install_media", &D::installMedia, false),
                                  texts("servers", &D::servers), texts("clients", &D::clients),
                                  texts("filesets", &D::filesets, Written::IfSet)};
    return schema;
}

const Schema<Answers::Application>& applicationSchema()
{
    using P = Answers::Application;
    static const Schema<P> schema{text("name", &P::name, true), texts("start", &P::start),
                                  texts("stop", &P::stop)};
    return schema;
}

const Schema<Answers>& networkSchema()
{
    static const Schema<Answers> schema{
        texts("service", &Answers::serviceAddresses), texts("boot", &Answers::bootAddresses),
        texts("standby", &Answers::standbyAddresses),
        texts("peer_service", &Answers::peerServiceAddresses, Written::IfSet)};
    return schema;
}

/** network: required; its keys are members of Answers itself. */
Field<Answers> network()
{
    return {"network",
            [](Reader& r, const YamlValue* v, const QString& f, Answers& a) {
                if (!v || v->isNull())
                    r.error(f, AnswersFile::tr("is required (service, boot and standby addresses)"));
                else if (r.map(v, f, keysOf(networkSchema())))
                    readFields(r, v, f, networkSchema(), a);
            },
            [](YAML::Emitter& out, const char* k, const Answers& a) {
                key(out, k);
                out << YAML::BeginMap;
                writeFields(out, networkSchema(), a);
                out << YAML::EndMap;
            }};
}

const Schema<Answers>& answersSchema()
{
    using A = Answers;
    static const Schema<A> schema{
        text("configuration", &A::configuration, true),
        text("role", &A::role, true),
        text("cell_name", &A::cellName, true),
        flag("dfs", &A::dfs),
        text("rotating_hostname", &A::rotatingHostname, false, Written::IfSet),
        network(),
        section("shared_vg", &A::sharedVg, sharedVgSchema(), false),
        section("dfs_cache", &A::dfsCache, dfsCacheSchema(), true),
        items("dfs_aggregates", &A::aggregates, aggregateSchema(),
              QT_TRANSLATE_NOOP("AnswersFile", "is empty: give lv, size_mb and name"), Written::IfSet),
        section("dce", &A::dce, dceSchema(), false),
        text("scripts_dir", &A::scriptsDir, false),
        text("app_server", &A::appServerName, false),
        text("peer_app_server", &A::peerAppServerName, false, Written::IfSet),
        items("applications", &A::applications, applicationSchema(),
              QT_TRANSLATE_NOOP("AnswersFile", "is empty: give name, start and stop"), Written::IfSet),
        items("peer_applications", &A::peerApplications, applicationSchema(),
              QT_TRANSLATE_NOOP("AnswersFile", "is empty: give name, start and stop"), Written::IfSet),
        flag("event_wrappers", &A::eventWrappers, Written::IfSet),
        flag("register_app_server", &A::registerAppServer, Written::IfSet)};
    return schema;
}

} // namespace

const QStringList& Answers::configurations()
{
    static const QStringList list = {
        QStringLiteral("hot-standby-cascading"), QStringLiteral("one-sided-takeover-cascading"),
        QStringLiteral("hot-standby-rotating"), QStringLiteral("mutual-takeover-cascading")};
    return list;
}

QStringList Answers::sharedMountPoints() const
{
    QStringList out;
    if (sharedVg.present)
        for (const auto& fs : sharedVg.filesystems)
            out << fs.mount;
    return out;
}

AnswersFile::Parsed AnswersFile::parse(const QByteArray& yamlText)
{
    Parsed parsed;
    Reader r;
    YamlProblem problem;
    const YamlValue::Ptr rootPtr = YamlInput::parse(yamlText, &problem);
    if (!rootPtr) {
        parsed.errors.append({problem.field, problem.message});
        return parsed;
    }
    const YamlValue* root = rootPtr.get();
    if (!root->isMap()) {
        parsed.errors.append({QStringLiteral("(file)"), AnswersFile::tr("must be a mapping of answers")});
        return parsed;
    }
    Answers& a = parsed.answers;
    r.checkKeys(root, keysOf(answersSchema()), QString());
    readFields(r, root, QString(), answersSchema(), a);
    r.errors += checkAnswerRules(a);
    parsed.errors = r.errors;
    parsed.digest = QCryptographicHash::hash(serialize(a), QCryptographicHash::Sha256).toHex();
    return parsed;
}

void AnswersFile::emit(YAML::Emitter& out, const Answers& a)
{
    // Typed: every string through yamlout::string (quoted where a YAML 1.1 parser would read another type),
    // numbers and booleans through the emitter's typed operators; in the schema's order.
    out << YAML::BeginMap;
    writeFields(out, answersSchema(), a);
    out << YAML::EndMap;
}

QByteArray AnswersFile::serialize(const Answers& a)
{
    YAML::Emitter out;
    emit(out, a);
    return QByteArray(out.c_str()) + '\n';
}

QStringList AnswersFile::differences(const Answers& a, const Answers& b)
{
    // Compared through the canonical form, key by key at the top level and one level down. A key present on
    // one side only (an optional answer given or removed) is a difference, never a lookup of a missing node.
    YamlProblem problem;
    const YamlValue::Ptr x = YamlInput::parse(serialize(a), &problem);
    const YamlValue::Ptr y = YamlInput::parse(serialize(b), &problem);
    if (!x || !y || !x->isMap() || !y->isMap())
        return {QStringLiteral("(answers)")}; // cannot happen: serialize writes a mapping
    auto keysOf = [](const YamlValue* p, const YamlValue* q) {
        QStringList keys;
        for (const YamlValue* m : {p, q})
            if (m && m->isMap())
                for (const auto& kv : m->entries())
                    if (!keys.contains(QString::fromStdString(kv.first)))
                        keys << QString::fromStdString(kv.first);
        keys.sort();
        return keys;
    };
    auto text = [](const YamlValue* v) { return v ? yamlout::oneLine(*v) : QString(); };
    QStringList out;
    for (const auto& k : keysOf(x.get(), y.get())) {
        const YamlValue* xv = x->find(k.toStdString());
        const YamlValue* yv = y->find(k.toStdString());
        if (xv && yv && xv->isMap() && yv->isMap()) {
            for (const auto& s : keysOf(xv, yv))
                if (text(xv->find(s.toStdString())) != text(yv->find(s.toStdString())))
                    out << k + QLatin1Char('.') + s;
        } else if (!xv || !yv || text(xv) != text(yv)) {
            out << k;
        }
    }
    return out;
}

} // namespace dceha
