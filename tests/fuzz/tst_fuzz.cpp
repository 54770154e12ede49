// The fuzz suite: seeded, deterministic mutations of every input the wizard reads — the example answers
// files, an owner's record and a checkpoint — run through the real dce-ha-wizard binary. Whatever the
// input: the process ends normally, in bounded time, with an exit code of the documented contract (0 to 5);
// a refusal (exit 2) names a field or the file; a refused input changes nothing on the node.
//
// DCEHA_FUZZ_SEED overrides the seed (printed at the start; every case is reproducible from the seed, its
// family and its number), DCEHA_FUZZ_SCALE multiplies the case counts (0.1 for a smoke run, 10 for a long
// one), DCEHA_FUZZ_JOBS the processes run at once (default 3), DCEHA_FUZZ_FINDINGS where the inputs that
// broke the contract are saved (default <build>/fuzz-findings), DCEHA_FUZZ_VERBOSE=1 prints every case.
#include "Wizard.h"
#include "procedure/RecordSeal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

using dceha::RecordSeal;

namespace {

/** splitmix64: the same sequence on every platform and standard library (std:: distributions are not). */
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T> const T& pick(const QList<T>& l) { return l.at(below(int(l.size()))); }

private:
    quint64 m_state;
};

QList<QByteArray> lines(const QByteArray& text)
{
    return text.split('\n');
}
QByteArray joined(const QList<QByteArray>& l)
{
    return l.join('\n');
}

/** Where a regular expression matches, as [start, end) of the capture group @p group. */
QList<QPair<int, int>> spans(const QByteArray& text, const QRegularExpression& re, int group)
{
    QList<QPair<int, int>> out;
    const QString s = QString::fromLatin1(text); // one char per byte: offsets stay byte offsets
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(group) >= 0)
            out.append({int(m.capturedStart(group)), int(m.capturedEnd(group))});
    }
    return out;
}

QByteArray replaced(const QByteArray& text, QPair<int, int> span, const QByteArray& with)
{
    return text.left(span.first) + with + text.mid(span.second);
}

int indentOf(const QByteArray& line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i;
}

// Scalar values: after `key: ` (block or flow) or as a flow sequence item.
const QRegularExpression
    kValue(QStringLiteral("(?:^|[{,]\\s*|\\n\\s*(?:-\\s+)?)[A-Za-z_][\\w]*:[ \\t]+"
                          "([^\\s\\[{,\\]}#&*!|>'\"][^,\\]}#\\n]*?)\\s*(?=[,\\]}\\n#]|$)"));
const QRegularExpression kItem(QStringLiteral("[\\[,]\\s*([^\\s\\[\\]{},#][^,\\]}\\n]*?)\\s*(?=[,\\]])"));
const QRegularExpression
    kKey(QStringLiteral("(?:^|\\n[ \\t]*(?:-[ \\t]+)?|[{,][ \\t]*)([A-Za-z_][\\w]*)(?=:)"));
const QRegularExpression kNumber(QStringLiteral("(?<=[:\\[,] )(-?\\d+)(?=[\\s,\\]}]|$)"));
// A key whose value is a nested block or a flow collection.
const QRegularExpression kCollection(QStringLiteral(
    "(?:^|\\n)([ \\t]*(?:-[ \\t]+)?[A-Za-z_]\\w*:)([ \\t]*(?:\\[[^\\n]*\\]|\\{[^\\n]*\\})?[ \\t]*)"
    "(?=\\n|$)"));

QByteArray randomSpan(const QByteArray& text, Rng& rng, const QRegularExpression& re, int group,
                      const QByteArray& with, bool* hit = nullptr)
{
    const auto all = spans(text, re, group);
    if (hit)
        *hit = !all.isEmpty();
    if (all.isEmpty())
        return text;
    return replaced(text, all.at(rng.below(int(all.size()))), with);
}

// ---- the mutators: each takes the input and returns a mutated copy ----

QByteArray byteFlip(const QByteArray& in, Rng& rng)
{
    static const QByteArray special = QByteArrayLiteral(":-[]{}&*!|>#'\"\t\n %@`?,\\\0\x80\xff\r~=<");
    QByteArray t = in;
    if (t.isEmpty())
        return QByteArray(1, char(rng.below(256)));
    for (int n = 1 + rng.below(4); n > 0; --n) {
        const int pos = rng.below(int(t.size()));
        switch (rng.below(3)) {
        case 0:
            t[pos] = char(t.at(pos) ^ (1 << rng.below(8)));
            break;
        case 1:
            t[pos] = char(rng.below(256));
            break;
        default:
            t[pos] = special.at(rng.below(int(special.size())));
        }
    }
    return t;
}

QByteArray truncate(const QByteArray& in, Rng& rng)
{
    static const QByteArray boundaries = QByteArrayLiteral("\n: []{},-#\"'&*|>0.");
    if (in.isEmpty())
        return in;
    switch (rng.below(6)) {
    case 0:
        return {}; // empty
    case 1:
        return in.left(rng.below(int(in.size()))); // anywhere
    case 2:
        return in.left(in.size() - 1 - rng.below(qMin(int(in.size()), 8))); // the last bytes
    case 3: {                                                               // inside a UTF-8 sequence
        QList<int> at;
        for (int i = 0; i < in.size(); ++i)
            if ((uchar(in.at(i)) & 0xC0) == 0x80)
                at.append(i);
        if (!at.isEmpty())
            return in.left(rng.pick(at));
        return in.left(rng.below(int(in.size())));
    }
    default: { // just before or just after a syntactic boundary
        const char b = boundaries.at(rng.below(int(boundaries.size())));
        QList<int> at;
        for (int i = 0; i < in.size(); ++i)
            if (in.at(i) == b)
                at.append(i);
        if (at.isEmpty())
            return in.left(rng.below(int(in.size())));
        return in.left(rng.pick(at) + rng.below(2));
    }
    }
}

QByteArray deleteLines(const QByteArray& in, Rng& rng)
{
    QList<QByteArray> l = lines(in);
    const int at = rng.below(int(l.size()));
    l.remove(at, qMin(1 + rng.below(3), int(l.size()) - at));
    return joined(l);
}

QByteArray duplicateLines(const QByteArray& in, Rng& rng)
{
    QList<QByteArray> l = lines(in);
    const int at = rng.below(int(l.size()));
    const QList<QByteArray> copy = l.mid(at, 1 + rng.below(3));
    const int to = rng.chance(70) ? at + int(copy.size()) : rng.below(int(l.size()) + 1);
    for (int i = int(copy.size()) - 1; i >= 0; --i)
        l.insert(to, copy.at(i));
    return joined(l);
}

QByteArray renameKey(const QByteArray& in, Rng& rng)
{
    const auto keys = spans(in, kKey, 1);
    if (keys.isEmpty())
        return byteFlip(in, rng);
    const auto span = keys.at(rng.below(int(keys.size())));
    QByteArray key = in.mid(span.first, span.second - span.first);
    const auto other = keys.at(rng.below(int(keys.size())));
    switch (rng.below(10)) {
    case 0:
        key.remove(rng.below(int(key.size())), 1);
        break;
    case 1:
        if (key.size() > 1) {
            const int i = rng.below(int(key.size()) - 1);
            std::swap(key[i], key[i + 1]);
        }
        break;
    case 2:
        key = key.toUpper();
        break;
    case 3:
        key += "_x";
        break;
    case 4:
        key = in.mid(other.first, other.second - other.first); // another key of the file: a duplicate
        break;
    case 5:
        key = rng.pick(QList<QByteArray>{"\"\"", "''", "~", "null", "true", "1", "-1", "<<", "\"a:b\""});
        break;
    case 6:
        key = "c\xc3\xa9ll_" + key; // non-ASCII
        break;
    case 7:
        key = "? " + key + "\n"; // explicit key
        break;
    case 8:
        key = rng.pick(QList<QByteArray>{"[a, b]", "{a: 1}", "*alias", "&anchor " + key, "!!str " + key});
        break;
    default:
        key = rng.pick(QList<QByteArray>{"password", "cell_admin_password", "steps", "answers", "format",
                                         "status", "role", "configuration", "shared_vg", "peer_service"});
    }
    return replaced(in, span, key);
}

QByteArray scalarToCollection(const QByteArray& in, Rng& rng)
{
    const auto values = spans(in, kValue, 1) + spans(in, kItem, 1);
    if (values.isEmpty())
        return byteFlip(in, rng);
    const auto span = values.at(rng.below(int(values.size())));
    const QByteArray v = in.mid(span.first, span.second - span.first);
    const QList<QByteArray> forms{"[" + v + "]",
                                  "[" + v + ", " + v + "]",
                                  "{" + v + ": " + v + "}",
                                  "{}",
                                  "[]",
                                  "~",
                                  "\"\"",
                                  "!!binary aGVsbG8=",
                                  "{a: [b, {c: d}]}",
                                  "[[" + v + "]]",
                                  "\"" + v + "\\n\\0\"",
                                  "'" + v + "''x'",
                                  "!!map {" + v + ": 1}",
                                  "!!seq [" + v + "]",
                                  "!!int " + v,
                                  "!!bool " + v,
                                  "!!float " + v,
                                  "!!null " + v,
                                  "!custom " + v,
                                  "!<tag:yaml.org,2002:str> " + v};
    return replaced(in, span, rng.pick(forms));
}

QByteArray collectionToScalar(const QByteArray& in, Rng& rng)
{
    const QRegularExpression& re = kCollection;
    const QString s = QString::fromLatin1(in);
    QList<QRegularExpressionMatch> found;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        found.append(it.next());
    if (found.isEmpty())
        return scalarToCollection(in, rng);
    const auto m = found.at(rng.below(int(found.size())));
    const QByteArray scalar = rng.pick(
        QList<QByteArray>{" 42", " text", " true", " ~", " \"\"", " [a]", " -1", " {a: 1}", " |\n  x"});
    QByteArray out = in.left(int(m.capturedEnd(1))) + scalar + in.mid(int(m.capturedEnd(2)));
    if (rng.chance(50)) { // drop the nested block too, leaving a well-formed file
        QList<QByteArray> l = lines(out);
        const int row = int(out.left(int(m.capturedEnd(1))).count('\n'));
        const int indent = indentOf(l.value(row));
        while (row + 1 < l.size() && !l.at(row + 1).trimmed().isEmpty() &&
               (indentOf(l.at(row + 1)) > indent || l.at(row + 1).trimmed().startsWith("- ")) &&
               !(indentOf(l.at(row + 1)) == indent && !l.at(row + 1).trimmed().startsWith("- ")))
            l.removeAt(row + 1);
        out = joined(l);
    }
    return out;
}

QByteArray duplicateKey(const QByteArray& in, Rng& rng)
{
    QList<QByteArray> l = lines(in);
    QList<int> keyed;
    for (int i = 0; i < l.size(); ++i)
        if (QRegularExpression(QStringLiteral("^\\s*(-\\s+)?[A-Za-z_]\\w*:"))
                .match(QString::fromLatin1(l.at(i)))
                .hasMatch())
            keyed.append(i);
    if (keyed.isEmpty())
        return duplicateLines(in, rng);
    const int row = rng.pick(keyed);
    QByteArray copy = l.at(row);
    const int colon = int(copy.indexOf(':'));
    copy = copy.left(colon + 1) + rng.pick(QList<QByteArray>{" other", " 1", " [x]", " {a: b}", ""});
    copy.replace("- ", "  "); // same mapping as the line it copies
    if (rng.chance(50)) {     // in a flow mapping: `{ a: 1, a: 2 }`
        const auto flows = spans(in, QRegularExpression(QStringLiteral("\\{\\s*([A-Za-z_]\\w*:[^,}]*)")), 1);
        if (!flows.isEmpty()) {
            const auto span = flows.at(rng.below(int(flows.size())));
            const QByteArray entry = in.mid(span.first, span.second - span.first);
            return replaced(in, span, entry + ", " + entry);
        }
    }
    l.insert(qMin(row + 1 + rng.below(3), int(l.size())), copy);
    return joined(l);
}

QByteArray secondDocument(const QByteArray& in, Rng& rng)
{
    switch (rng.below(9)) {
    case 0:
        return in + "\n---\n" + in;
    case 1:
        return in + "\n---\nrole: standby\n";
    case 2:
        return "--- !!map\n" + in;
    case 3:
        return in + "\n...\n";
    case 4:
        return in + "\n---\n";
    case 5:
        return "%YAML 1.2\n---\n" + in;
    case 6:
        return "%YAML 9.9\n---\n" + in;
    case 7:
        return "%TAG ! tag:example.com,2000:\n---\n" + in;
    default: {
        QList<QByteArray> l = lines(in);
        l.insert(rng.below(int(l.size()) + 1), rng.chance(50) ? "---" : "...");
        return joined(l);
    }
    }
}

QByteArray hugeNumber(const QByteArray& in, Rng& rng)
{
    static const QList<QByteArray> numbers{"2147483648",
                                           "2147483647",
                                           "4294967296",
                                           "9223372036854775807",
                                           "9223372036854775808",
                                           "18446744073709551616",
                                           "99999999999999999999999999999999999999999",
                                           "1e309",
                                           "-1e309",
                                           "1e-400",
                                           "-1",
                                           "-2147483649",
                                           "-9223372036854775809",
                                           "0",
                                           "-0",
                                           "00050",
                                           "0x32",
                                           "0o62",
                                           "0b110010",
                                           "50.0",
                                           "5e1",
                                           ".inf",
                                           "-.inf",
                                           ".nan",
                                           "1_000",
                                           "+50",
                                           "\"50\"",
                                           "'50'",
                                           "50abc",
                                           "5 0"};
    bool hit = false;
    const QByteArray n = rng.pick(numbers);
    QByteArray out = randomSpan(in, rng, kNumber, 1, n, &hit);
    if (!hit || rng.chance(30))
        out = randomSpan(in, rng, kValue, 1, n);
    return out;
}

QByteArray deepNesting(const QByteArray& in, Rng& rng)
{
    const int depth = rng.pick(QList<int>{63, 64, 65, 100, 1000, 10000, 100000});
    QByteArray deep;
    switch (rng.below(4)) {
    case 0:
        deep = QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
        break;
    case 1:
        deep = QByteArray("{a: ").repeated(depth) + "1" + QByteArray(depth, '}');
        break;
    case 2:
        deep = QByteArray(depth, '['); // never closed
        break;
    default: { // block style: a line per level
        const int d = qMin(depth, 2000);
        deep = "\n";
        for (int i = 0; i < d; ++i)
            deep += QByteArray(2 * (i + 1), ' ') + "a:\n";
        deep += QByteArray(2 * (d + 1), ' ') + "b";
    }
    }
    bool hit = false;
    QByteArray out = randomSpan(in, rng, kValue, 1, deep, &hit);
    return hit ? out : in + "\nnested: " + deep + "\n";
}

QByteArray aliases(const QByteArray& in, Rng& rng)
{
    switch (rng.below(7)) {
    case 0:
    case 1: { // billion laughs: 10 levels of 10 aliases, then used as a value
        const int levels = rng.pick(QList<int>{4, 6, 9, 12});
        QByteArray bomb = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i <= levels; ++i) {
            bomb += "lol" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
            for (int k = 0; k < 10; ++k)
                bomb += (k ? ", *l" : "*l") + QByteArray::number(i - 1);
            bomb += "]\n";
        }
        const QByteArray use = "*l" + QByteArray::number(levels);
        bool hit = false;
        QByteArray out = randomSpan(in, rng, kValue, 1, use, &hit);
        return bomb + (hit && rng.chance(70) ? out : in);
    }
    case 2:
        return randomSpan(in, rng, kValue, 1, "*nowhere"); // an alias to no anchor
    case 3: {                                              // an alias to the anchor it is inside of
        const auto keys = spans(in, kCollection, 1);
        if (keys.isEmpty())
            return "a: &a [*a]\n" + in;
        const auto span = keys.at(rng.below(int(keys.size())));
        return in.left(span.second) + " &self [*self, *self]" + in.mid(span.second);
    }
    case 4: // merge keys
        return "base: &base {name: dcevg, disks: [hdisk2]}\n" + in +
               "\nshared_vg2:\n  <<: *base\n  <<: *base\n";
    case 5: { // an anchored value reused elsewhere (a legitimate YAML feature)
        const auto values = spans(in, kValue, 1);
        if (values.size() < 2)
            return in;
        auto a = values.at(rng.below(int(values.size())));
        auto b = values.at(rng.below(int(values.size())));
        if (a.first > b.first)
            std::swap(a, b);
        if (a == b)
            return in;
        const QByteArray value = in.mid(a.first, a.second - a.first);
        QByteArray out = replaced(in, b, "*v");
        return replaced(out, a, "&v " + value);
    }
    default: // an alias as a key
        return "k: &k cell_name\n*k : x\n" + in;
    }
}

QByteArray controlCharacters(const QByteArray& in, Rng& rng)
{
    static const QList<QByteArray> controls{"\x01",         "\x07",         "\x08",    "\x0b", "\x0c",
                                            "\x1b",         "\x7f",         "\r",      "\t",
                                            "\xc2\x85",     // NEL
                                            "\xe2\x80\xa8", // LINE SEPARATOR
                                            "\xef\xbb\xbf", // a BOM inside the text
                                            "\x1b[31m",     "\xe2\x80\xae", "\xc2\xa0"};
    if (rng.chance(10)) {
        QByteArray t = in;
        return t.replace("\n", rng.chance(50) ? "\r\n" : "\r");
    }
    if (rng.chance(10)) { // a tab in the indentation
        QList<QByteArray> l = lines(in);
        const int row = rng.below(int(l.size()));
        if (l.at(row).startsWith(' '))
            l[row][0] = '\t';
        return joined(l);
    }
    QByteArray t = in;
    for (int n = 1 + rng.below(3); n > 0; --n)
        t.insert(rng.below(int(t.size()) + 1), rng.pick(controls));
    return t;
}

QByteArray invalidUtf8(const QByteArray& in, Rng& rng)
{
    static const QList<QByteArray> bad{"\xff",
                                       "\xfe",
                                       "\xc3",
                                       "\xc0\xaf",
                                       "\xe0\x80\xaf",
                                       "\xed\xa0\x80",
                                       "\xf4\x90\x80\x80",
                                       "\xe2\x82",
                                       "\x80",
                                       "\xf8\x88\x80\x80\x80",
                                       "\xbf"};
    if (rng.chance(10))
        return QByteArray("\xff\xfe") + in; // a UTF-16 BOM
    QByteArray t = in;
    if (rng.chance(40)) { // inside a value
        bool hit = false;
        const auto values = spans(t, kValue, 1);
        if (!values.isEmpty()) {
            const auto span = values.at(rng.below(int(values.size())));
            t.insert(span.first + rng.below(span.second - span.first + 1), rng.pick(bad));
            hit = true;
        }
        if (hit)
            return t;
    }
    for (int n = 1 + rng.below(3); n > 0; --n)
        t.insert(rng.below(int(t.size()) + 1), rng.pick(bad));
    return t;
}

QByteArray nulBytes(const QByteArray& in, Rng& rng)
{
    QByteArray t = in;
    switch (rng.below(4)) {
    case 0:
        return QByteArray(1, '\0') + t;
    case 1:
        return t + QByteArray(1, '\0');
    case 2:
        if (!t.isEmpty())
            t[rng.below(int(t.size()))] = '\0';
        return t;
    default:
        for (int n = 1 + rng.below(3); n > 0; --n)
            t.insert(rng.below(int(t.size()) + 1), QByteArray(1 + rng.below(4), '\0'));
        return t;
    }
}

QByteArray blockScalar(const QByteArray& in, Rng& rng)
{
    const auto values = spans(in, kValue, 1);
    if (values.isEmpty())
        return in;
    const auto span = values.at(rng.below(int(values.size())));
    const QByteArray v = in.mid(span.first, span.second - span.first);
    const int lineStart = int(in.lastIndexOf('\n', span.first)) + 1;
    const QByteArray indent(indentOf(in.mid(lineStart)) + 2, ' ');
    const QByteArray style = rng.pick(QList<QByteArray>{"|", ">", "|-", ">+", "|2", "|9"});
    return replaced(in, span,
                    style + "\n" + indent + v + (rng.chance(50) ? "\n" + indent + v : QByteArray()));
}

} // namespace

class tst_Fuzz : public QObject
{
    Q_OBJECT

    using Mutator = std::function<QByteArray(const QByteArray&, Rng&)>;
    struct NamedMutator
    {
        QString name;
        Mutator apply;
    };

    /** One run of the wizard on a mutated input, and what came of it. */
    struct Case
    {
        int index = 0;
        QString mutation;
        QByteArray input;
        QString inputPath;
        QStringList args;
        QStringList env;
        QStringList namedFiles;  ///< a refusal naming one of these names "the file"
        QString copiedNode;      ///< a real run: the node copy to compare with the pristine one
        QString checkpointPath;  ///< a real run: the checkpoint that a refusal must leave as it was
        QString outputPath;      ///< an export: written when the export succeeds
        bool mustRefuse = false; ///< refused in a dry run: a real run must refuse it too
        bool parseOnly = false;  ///< on the parse-only simulator: every command fails, the node check first
        // results
        int exitCode = -1;
        bool crashed = false;
        bool hung = false;
        bool failedToStart = false;
        QString out, err;
    };

    struct Totals
    {
        int tried = 0, refusedWithField = 0, refusedFileOnly = 0, accepted = 0, otherExit = 0, crashes = 0,
            hangs = 0, contract = 0;
    };

    QTemporaryDir m_dir;
    quint64 m_seed = 20240509;
    double m_scale = 1.0;
    int m_jobs = 3;
    bool m_verbose = false;
    const int m_timeoutMs = 20000;
    QString m_findings;
    QElapsedTimer m_wall;
    QList<NamedMutator> m_mutators;
    QList<QByteArray> m_bank; // every input, for splices across families
    QList<QPair<QString, QByteArray>> m_answers;
    QByteArray m_standbyAnswers, m_ownerAnswers, m_record, m_checkpoint;
    RecordSeal::Check m_recordSeal, m_checkpointSeal;
    QString m_n0, m_s0, m_n1, m_s1, m_n2, m_pristine, m_pristineShared, m_waitingNode, m_waitingShared;
    QString m_recordPath, m_standbyPath, m_ownerPath, m_screen, m_false;
    QString m_pristineTree, m_waitingTree;
    Totals m_all;
    QStringList m_broken; // one line per case that broke the contract, with where its input was saved

    QString path(const QString& rel) const { return m_dir.path() + QLatin1Char('/') + rel; }

    int count(int base) const { return qMax(1, int(base * m_scale)); }

    /** Copies a node and its shared DASD (cp -a), with the paths they hold (the shared DASD's owner, the
     * generated scripts) made the copy's own. */
    static bool copyNode(const QString& root, const QString& shared, const QString& toRoot,
                         const QString& toShared)
    {
        QDir().mkpath(QFileInfo(toRoot).absolutePath());
        for (const auto& [from, to] : {std::pair{root, toRoot}, std::pair{shared, toShared}}) {
            QProcess cp;
            cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
            if (!cp.waitForFinished(60000) || cp.exitStatus() != QProcess::NormalExit || cp.exitCode() != 0)
                return false;
        }
        for (const QString& dir : {toRoot, toShared}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.endsWith(QLatin1String("/checkpoint.yaml")))
                    continue;
                const QByteArray before = bytes(file);
                QByteArray after = before;
                after.replace(shared.toUtf8(), toShared.toUtf8()).replace(root.toUtf8(), toRoot.toUtf8());
                if (after != before)
                    wizard::writeFile(file, after);
            }
        }
        return true;
    }

    /** What a node and its shared DASD hold, their own paths written ROOT and SHARED: comparable across
     * copies. */
    static QString nodeState(const QString& root, const QString& shared)
    {
        QString state = wizard::tree(root) + QStringLiteral("\n==== shared\n") + wizard::tree(shared);
        return state.replace(shared, QStringLiteral("SHARED")).replace(root, QStringLiteral("ROOT"));
    }

    /** A mutation of @p input: one mutator, or (one time in five) several in a row, or a splice. */
    QByteArray mutate(const QByteArray& input, Rng& rng, QString* name) const
    {
        const int roll = rng.below(100);
        if (roll < 5) { // a splice: lines of another input
            const QList<QByteArray> from = lines(rng.pick(m_bank));
            QList<QByteArray> l = lines(input);
            const int at = rng.below(int(from.size()));
            const QList<QByteArray> chunk = from.mid(at, 1 + rng.below(6));
            const int to = rng.below(int(l.size()) + 1);
            for (int i = int(chunk.size()) - 1; i >= 0; --i)
                l.insert(to, chunk.at(i));
            *name = QStringLiteral("splice");
            return joined(l);
        }
        const int n = roll < 25 ? 2 + rng.below(3) : 1;
        QByteArray out = input;
        QStringList names;
        for (int i = 0; i < n; ++i) {
            const NamedMutator& m = m_mutators.at(rng.below(int(m_mutators.size())));
            out = m.apply(out, rng);
            names << m.name;
        }
        *name = names.join(QLatin1Char('+'));
        return out;
    }

    /** The record's or checkpoint's text, mutated: the whole file (its integrity line then no longer
     * matches), or — @p reseal — its YAML only, sealed again so that the parser behind the seal is reached.
     * Half of those mutations are aimed at the embedded answers, the part the handoff reads. */
    QByteArray mutateRecord(const RecordSeal::Check& seal, Rng& rng, bool reseal, QString* name) const
    {
        if (!reseal) {
            const QByteArray whole = RecordSeal::seal(seal.body, seal.steps);
            if (rng.chance(25)) { // the integrity line itself
                QByteArray t = whole;
                const int at = int(t.lastIndexOf("# dce-ha-wizard-seal/"));
                QByteArray trailer = t.mid(at);
                trailer = randomSpan(trailer, rng, QRegularExpression(QStringLiteral("=([0-9a-f]+)")), 1,
                                     rng.pick(QList<QByteArray>{"-1", "2147483648", "99999999999999999999",
                                                                "", "x", "0", "1e309", "00"}));
                *name = QStringLiteral("trailer");
                return t.left(at) + (rng.chance(80) ? trailer : mutate(trailer, rng, name));
            }
            return mutate(whole, rng, name);
        }
        QByteArray body = seal.body;
        const int answersAt = int(body.indexOf("\nanswers:"));
        QByteArray mutated;
        if (answersAt >= 0 && rng.chance(50)) {
            int end = answersAt + 1;
            do
                end = int(body.indexOf('\n', end + 1));
            while (end >= 0 && end + 1 < body.size() && (body.at(end + 1) == ' ' || body.at(end + 1) == '-'));
            if (end < 0)
                end = int(body.size());
            mutated = body.left(answersAt) + mutate(body.mid(answersAt, end - answersAt), rng, name) +
                      body.mid(end);
            *name = QStringLiteral("answers:") + *name;
        } else {
            mutated = mutate(body, rng, name);
        }
        // The integrity line's step count follows the mutation when it kept the steps readable.
        const int steps = int(mutated.count("\n  - id: ") + (mutated.startsWith("  - id: ") ? 1 : 0));
        return RecordSeal::seal(mutated, rng.chance(90) ? steps : seal.steps);
    }

    /** Runs the cases, m_jobs at a time, each bounded by m_timeoutMs. */
    void runAll(QList<Case>& cases)
    {
        QEventLoop loop;
        int next = 0, running = 0;
        std::function<void()> launch = [&] {
            while (running < m_jobs && next < cases.size()) {
                const int i = next++;
                Case& c = cases[i];
                wizard::writeFile(c.inputPath, c.input);
                auto* p = new QProcess;
                QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
                for (const char* v : {"AIXSIM_FAIL", "AIXSIM_DELAY_MS", "DCE_CELL_ADMIN_PASSWORD", "DISPLAY",
                                      "WAYLAND_DISPLAY"})
                    e.remove(QLatin1String(v));
                for (const auto& kv : c.env)
                    e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
                p->setProcessEnvironment(e);
                p->setStandardOutputFile(QProcess::nullDevice());
                auto* timer = new QTimer(p);
                timer->setSingleShot(true);
                connect(timer, &QTimer::timeout, p, [&cases, i, p] {
                    cases[i].hung = true;
                    p->kill();
                });
                const auto done = [&, i, p] {
                    --running;
                    p->deleteLater();
                    launch();
                    if (running == 0 && next >= cases.size())
                        loop.quit();
                };
                connect(p, &QProcess::finished, p,
                        [&cases, i, p, done](int code, QProcess::ExitStatus status) {
                            Case& c = cases[i];
                            c.exitCode = code;
                            c.crashed = status == QProcess::CrashExit && !c.hung;
                            c.err = QString::fromUtf8(p->readAllStandardError());
                            done();
                        });
                connect(p, &QProcess::errorOccurred, p, [&cases, i, p, done](QProcess::ProcessError error) {
                    if (error != QProcess::FailedToStart)
                        return;
                    cases[i].failedToStart = true;
                    cases[i].err = p->errorString();
                    done();
                });
                ++running;
                p->start(wizard::binary(), c.args);
                p->closeWriteChannel();
                timer->start(m_timeoutMs);
            }
        };
        launch();
        if (running > 0)
            loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    static QString firstDifference(const QString& before, const QString& after)
    {
        const QStringList a = before.split(QLatin1Char('\n')), b = after.split(QLatin1Char('\n'));
        for (int i = 0; i < qMax(a.size(), b.size()); ++i)
            if (a.value(i) != b.value(i))
                return QStringLiteral("'%1' became '%2'").arg(a.value(i).left(200), b.value(i).left(200));
        return QString();
    }

    static QByteArray bytes(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool namesField(const QString& err)
    {
        // `  shared_vg.filesystems[1].size_mb: …` on a line of its own, or inside the sentence after `(` or
        // `: ` (`… is not a readable record (steps[3].status: …)`), or `(file): …` for the text as a whole.
        static const QRegularExpression field(QStringLiteral(
            "(^|\\n|\\(|: )\\s*(\\(file\\)|[A-Za-z_]\\w*(\\[\\d+\\])*(\\.[A-Za-z_]\\w*(\\[\\d+\\])*)*):\\s"));
        static const QRegularExpression sentence(QStringLiteral("^(dce-ha-wizard|To recover|Changed)$"));
        auto it = field.globalMatch(err);
        while (it.hasNext())
            if (!sentence.match(it.next().captured(2)).hasMatch())
                return true;
        return false;
    }

    static bool namesFile(const QString& err, const QStringList& files)
    {
        for (const auto& f : files)
            if (!f.isEmpty() && (err.contains(f) || err.contains(QFileInfo(f).fileName())))
                return true;
        return false;
    }

    static bool sanitizerReport(const QString& err)
    {
        return err.contains(QLatin1String("ERROR: AddressSanitizer")) ||
               err.contains(QLatin1String("ERROR: LeakSanitizer")) ||
               err.contains(QLatin1String("runtime error:")) ||
               err.contains(QLatin1String("terminate called"));
    }

    /** Checks every case against the contract; @return the violations, and saves their inputs. */
    QStringList judge(const QString& family, QList<Case>& cases, Totals* totals)
    {
        QStringList violations;
        for (Case& c : cases) {
            ++totals->tried;
            QString why;
            if (c.failedToStart)
                why = QStringLiteral("did not start: ") + c.err;
            else if (c.hung) {
                ++totals->hangs;
                why = QStringLiteral("hang: no exit after %1 s").arg(m_timeoutMs / 1000);
            } else if (c.crashed || sanitizerReport(c.err)) {
                ++totals->crashes;
                why = c.crashed ? QStringLiteral("crash (signal, exit status %1)").arg(c.exitCode)
                                : QStringLiteral("sanitizer report");
            } else if (c.exitCode < 0 || c.exitCode > 5) {
                ++totals->contract;
                why = QStringLiteral("exit code %1 is not in the contract {0..5}").arg(c.exitCode);
            } else if (c.mustRefuse && c.exitCode != 2) {
                ++totals->contract;
                why = QStringLiteral("refused in a dry run, but a real run exited %1").arg(c.exitCode);
            } else if (c.exitCode == 2) {
                const bool field = namesField(c.err);
                if (c.parseOnly && c.err.contains(QLatin1String("HACMP's adapter list could not be read")))
                    ++totals->accepted; // the parsers took it; the parse-only simulator stops the node check
                else if (field)
                    ++totals->refusedWithField;
                else if (namesFile(c.err, c.namedFiles))
                    ++totals->refusedFileOnly;
                else {
                    ++totals->contract;
                    why = QStringLiteral("refused without naming a field or the file");
                }
                if (why.isEmpty() && !c.copiedNode.isEmpty()) {
                    const QString shared = c.copiedNode + QStringLiteral("-shared");
                    const QString pristine = c.checkpointPath.isEmpty() ? m_pristineTree : m_waitingTree;
                    if (const QString now = nodeState(c.copiedNode, shared); now != pristine) {
                        ++totals->contract;
                        why = QStringLiteral("refused, but the node changed: ") +
                              firstDifference(pristine, now);
                    } else if (!c.checkpointPath.isEmpty() && bytes(c.checkpointPath) != c.input) {
                        ++totals->contract;
                        why = QStringLiteral("refused, but the checkpoint was rewritten");
                    }
                }
            } else {
                if (c.exitCode == 0 || c.exitCode == 3)
                    ++totals->accepted;
                else
                    ++totals->otherExit;
                if (!c.outputPath.isEmpty() && c.exitCode == 0 && !QFileInfo::exists(c.outputPath)) {
                    ++totals->contract;
                    why = QStringLiteral("export reported success but wrote nothing");
                }
            }
            if (m_verbose)
                qInfo(
                    "fuzz %s #%d (%s): exit %d%s: %s", qPrintable(family), c.index, qPrintable(c.mutation),
                    c.exitCode,
                    c.hung      ? " (hung)"
                    : c.crashed ? " (crashed)"
                                : "",
                    qPrintable(c.err.trimmed().replace(QLatin1Char('\n'), QStringLiteral(" | ")).left(300)));
            if (!why.isEmpty()) {
                const QString dir = m_findings + QStringLiteral("/%1-%2").arg(family).arg(c.index);
                QDir().mkpath(dir);
                wizard::writeFile(dir + QStringLiteral("/input.yaml"), c.input);
                wizard::writeFile(dir + QStringLiteral("/stderr.txt"), c.err.toUtf8());
                wizard::writeFile(dir + QStringLiteral("/case.txt"),
                                  QStringLiteral("seed %1 family %2 case %3 mutation %4\nexit %5\n%6\n"
                                                 "dce-ha-wizard %7\n")
                                      .arg(m_seed)
                                      .arg(family)
                                      .arg(c.index)
                                      .arg(c.mutation)
                                      .arg(c.exitCode)
                                      .arg(why, c.args.join(QLatin1Char(' ')))
                                      .toUtf8());
                const QString err = c.err.trimmed().section(QLatin1Char('\n'), -3);
                violations << QStringLiteral("%1 #%2 (%3): %4 — saved in %5%6")
                                  .arg(family)
                                  .arg(c.index)
                                  .arg(c.mutation, why, dir,
                                       err.isEmpty() ? QString() : QStringLiteral("; stderr ends: ") + err);
            }
        }
        return violations;
    }

    Rng rngFor(const QString& family, int index) const
    {
        return Rng(m_seed ^ (quint64(qHash(family, 0)) << 20) ^ quint64(index) * 0x100000001b3ULL);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_wall.start();
        QVERIFY(m_dir.isValid());
        bool ok = false;
        if (const quint64 s = qEnvironmentVariable("DCEHA_FUZZ_SEED").toULongLong(&ok); ok)
            m_seed = s;
        if (const double s = qEnvironmentVariable("DCEHA_FUZZ_SCALE").toDouble(&ok); ok && s > 0)
            m_scale = s;
        if (const int j = qEnvironmentVariable("DCEHA_FUZZ_JOBS").toInt(&ok); ok && j > 0)
            m_jobs = j;
        m_verbose = qEnvironmentVariableIntValue("DCEHA_FUZZ_VERBOSE") > 0;
        m_findings = qEnvironmentVariable("DCEHA_FUZZ_FINDINGS");
        if (m_findings.isEmpty())
            m_findings = QDir::cleanPath(QStringLiteral(DCEHA_BIN_DIR "/../fuzz-findings"));
        m_findings += QStringLiteral("/seed-%1").arg(m_seed);
        QDir(m_findings).removeRecursively();
        qInfo("fuzz: seed %llu (DCEHA_FUZZ_SEED overrides), scale %g, %d processes at once, findings in %s",
              m_seed, m_scale, m_jobs, qPrintable(m_findings));

        m_mutators = {{QStringLiteral("byte-flip"), byteFlip},
                      {QStringLiteral("truncate"), truncate},
                      {QStringLiteral("delete-lines"), deleteLines},
                      {QStringLiteral("duplicate-lines"), duplicateLines},
                      {QStringLiteral("rename-key"), renameKey},
                      {QStringLiteral("scalar-to-collection"), scalarToCollection},
                      {QStringLiteral("collection-to-scalar"), collectionToScalar},
                      {QStringLiteral("duplicate-key"), duplicateKey},
                      {QStringLiteral("second-document"), secondDocument},
                      {QStringLiteral("huge-number"), hugeNumber},
                      {QStringLiteral("deep-nesting"), deepNesting},
                      {QStringLiteral("aliases"), aliases},
                      {QStringLiteral("control-characters"), controlCharacters},
                      {QStringLiteral("invalid-utf8"), invalidUtf8},
                      {QStringLiteral("nul-bytes"), nulBytes},
                      {QStringLiteral("block-scalar"), blockScalar}};

        const QDir answersDir(QStringLiteral(DCEHA_SOURCE_DIR "/resources/answers"));
        for (const QString& name :
             answersDir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            const QByteArray text = wizard::readFile(answersDir.filePath(name)).toUtf8();
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            m_answers.append({name, text});
            m_bank.append(text);
        }
        QCOMPARE(m_answers.size(), 8);
        m_ownerAnswers =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner"));
        m_standbyAnswers =
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby"));

        // The screening simulator: the node checks (cllsif, lsvg, hostname) answered by aixsim, every other
        // command failing at once. The parsers, the node checks, the catalog and the plan are all reached, at
        // the cost of two simulated commands instead of forty.
        m_screen = wizard::writeFile(path(QStringLiteral("screening-aixsim")),
                                     "#!/bin/sh\n"
                                     "case \"$5\" in cllsif|lsvg|hostname) exec '" +
                                         SimNode::aixsim().toUtf8() +
                                         "' \"$@\" ;; esac\n"
                                         "echo \"$5: not simulated in a screening run\" >&2\n"
                                         "exit 1\n");
        QVERIFY(QFile::setPermissions(m_screen, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_false = QStandardPaths::findExecutable(QStringLiteral("false"));
        QVERIFY2(!m_false.isEmpty(), "false(1) is needed: the parse-only simulator");
        // A fresh node pair for the dry runs, and a pristine copy of a fresh node for the real runs.
        m_n0 = path(QStringLiteral("node0"));
        m_s0 = path(QStringLiteral("shared0"));
        m_pristine = path(QStringLiteral("pristine"));
        m_pristineShared = path(QStringLiteral("pristine-shared"));
        SimNode(m_n0, m_s0).ok(QStringLiteral("hostname"));
        SimNode(m_pristine, m_pristineShared).ok(QStringLiteral("hostname"));
        m_pristineTree = nodeState(m_pristine, m_pristineShared);

        // The owner's run up to its wait for the standby: its record and its checkpoint.
        m_n1 = path(QStringLiteral("node1"));
        m_s1 = path(QStringLiteral("shared"));
        m_n2 = path(QStringLiteral("node2"));
        SimNode(m_n1, m_s1).ok(QStringLiteral("hostname"));
        m_ownerPath = wizard::writeFile(path(QStringLiteral("owner.yaml")), m_ownerAnswers);
        m_standbyPath = wizard::writeFile(path(QStringLiteral("standby.yaml")), m_standbyAnswers);
        m_recordPath = path(QStringLiteral("owner-record.yaml"));
        const WizardResult r = wizard::run(QStringList(wizard::headless(m_n1, m_s1, m_ownerPath))
                                               << QStringLiteral("--record") << m_recordPath,
                                           {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        m_record = wizard::readFile(m_recordPath).toUtf8();
        m_checkpoint =
            wizard::readFile(m_n1 + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")).toUtf8();
        m_recordSeal = RecordSeal::check(m_record);
        m_checkpointSeal = RecordSeal::check(m_checkpoint);
        QVERIFY2(m_recordSeal.ok(), qPrintable(m_recordSeal.problem));
        QVERIFY2(m_checkpointSeal.ok(), qPrintable(m_checkpointSeal.problem));
        m_bank << m_recordSeal.body << m_checkpointSeal.body;
        // The owner's node as it waits, kept aside: the real runs on a checkpoint work on copies of it.
        m_waitingNode = path(QStringLiteral("waiting"));
        m_waitingShared = path(QStringLiteral("waiting-shared"));
        QVERIFY(copyNode(m_n1, m_s1, m_waitingNode, m_waitingShared));
        QFile::remove(m_waitingNode + QStringLiteral("/var/adm/dce-ha-wizard/lock"));
        m_waitingTree = nodeState(m_waitingNode, m_waitingShared);
        SimNode(m_n2, m_s1).ok(QStringLiteral("hostname"));
        // The standby's dry run with the untouched record is accepted: the mutations start from a good case.
        const WizardResult standby = wizard::run(QStringList(wizard::headless(m_n2, m_s1, m_standbyPath))
                                                 << QStringLiteral("--dry-run")
                                                 << QStringLiteral("--from-owner-record") << m_recordPath);
        QVERIFY2(standby.exitCode == 0, qPrintable(standby.err));
        qInfo("fuzz: inputs ready in %.1f s (record %lld bytes, checkpoint %lld bytes, %d steps)",
              m_wall.elapsed() / 1000.0, qlonglong(m_record.size()), qlonglong(m_checkpoint.size()),
              m_checkpointSeal.steps);
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("cases");
        // Answers files, dry run on the screening simulator: refused answers exit 2 before anything runs.
        QTest::newRow("answers") << QStringLiteral("answers") << count(550);
        // Answers a screening dry run accepts, dry-run again on the whole simulated node.
        QTest::newRow("answers-full") << QStringLiteral("answers-full") << count(3);
        // Answers a dry run refuses, run for real on a copy of a fresh node: it must be left as it was.
        QTest::newRow("answers-real") << QStringLiteral("answers-real") << count(20);
        // The standby's answers through the handoff with the owner's record.
        QTest::newRow("handoff") << QStringLiteral("handoff") << count(170);
        // The owner's record, its integrity line broken by the mutation, then sealed again after it.
        QTest::newRow("record") << QStringLiteral("record") << count(40);
        QTest::newRow("record-sealed") << QStringLiteral("record-sealed") << count(200);
        // The checkpoint rendered without running anything (--export without --answers).
        QTest::newRow("checkpoint") << QStringLiteral("checkpoint") << count(40);
        QTest::newRow("checkpoint-sealed") << QStringLiteral("checkpoint-sealed") << count(250);
        // The checkpoint resumed for real, on a copy of the owner's node as it waits for the standby.
        QTest::newRow("checkpoint-resume") << QStringLiteral("checkpoint-resume") << count(20);
    }

    void inputs()
    {
        QFETCH(QString, family);
        QFETCH(int, cases);
        QElapsedTimer clock;
        clock.start();
        const QString dir = path(QStringLiteral("cases/") + family);
        QDir().mkpath(dir);
        const QString dryNodeBefore = nodeState(m_n0, m_s0);
        const QString standbyBefore = nodeState(m_n2, m_s1);
        const QString screen = QStringLiteral("DCEHA_AIXSIM=") + m_screen;
        const QString parseOnly = QStringLiteral("DCEHA_AIXSIM=") + m_false;
        QList<Case> list;
        // answers-full and answers-real: candidates are screened first; then those accepted are dry-run on
        // the whole simulated node, those refused are run for real.
        const bool twoPass =
            family == QLatin1String("answers-full") || family == QLatin1String("answers-real");
        const int candidates = family == QLatin1String("answers-full") ? 15 * cases
                               : twoPass                               ? 3 * cases
                                                                       : cases;
        for (int i = 0; i < candidates; ++i) {
            Rng rng = rngFor(family, i);
            Case c;
            c.index = i;
            c.inputPath = dir + QStringLiteral("/%1.yaml").arg(i);
            c.namedFiles << c.inputPath;
            // Three in four runs on the parse-only simulator (every command fails: what the parsers accept
            // stops at the node check, exit 2, in milliseconds), one in four on the screening one.
            c.parseOnly = !twoPass && family != QLatin1String("checkpoint-resume") && rng.below(4) != 0;
            c.env << (c.parseOnly ? parseOnly : screen);
            if (family.startsWith(QLatin1String("answers"))) {
                const auto& source = m_answers.at(rng.below(int(m_answers.size())));
                c.input = mutate(source.second, rng, &c.mutation);
                c.mutation = source.first + QLatin1Char(' ') + c.mutation;
                c.args = QStringList(wizard::headless(m_n0, m_s0, c.inputPath))
                         << QStringLiteral("--dry-run");
            } else if (family == QLatin1String("handoff")) {
                c.input = mutate(m_standbyAnswers, rng, &c.mutation);
                c.args = QStringList(wizard::headless(m_n2, m_s1, c.inputPath))
                         << QStringLiteral("--dry-run") << QStringLiteral("--from-owner-record")
                         << m_recordPath;
                c.namedFiles << m_recordPath;
            } else if (family.startsWith(QLatin1String("record"))) {
                c.input =
                    mutateRecord(m_recordSeal, rng, family.endsWith(QLatin1String("sealed")), &c.mutation);
                c.args = QStringList(wizard::headless(m_n2, m_s1, m_standbyPath))
                         << QStringLiteral("--dry-run") << QStringLiteral("--from-owner-record")
                         << c.inputPath;
                c.namedFiles << m_standbyPath;
            } else if (family == QLatin1String("checkpoint") ||
                       family == QLatin1String("checkpoint-sealed")) {
                const QString state = dir + QStringLiteral("/state%1").arg(i);
                c.input = mutateRecord(m_checkpointSeal, rng, family.endsWith(QLatin1String("sealed")),
                                       &c.mutation);
                c.inputPath = state + QStringLiteral("/checkpoint.yaml");
                c.namedFiles = QStringList{c.inputPath};
                const QString format = rng.pick(
                    QList<QString>{QStringLiteral("yaml"), QStringLiteral("yaml"), QStringLiteral("markdown"),
                                   QStringLiteral("html"), QStringLiteral("replay")});
                c.outputPath = dir + QStringLiteral("/export%1.%2").arg(i).arg(format);
                c.args = {QStringLiteral("--headless"), QStringLiteral("--state"), state,
                          QStringLiteral("--export"), format + QLatin1Char(':') + c.outputPath};
            } else { // checkpoint-resume: the node checks on the node copy, every other command fails at once
                c.copiedNode = dir + QStringLiteral("/node%1").arg(i);
                c.input = mutateRecord(m_checkpointSeal, rng, !rng.chance(20), &c.mutation);
                // Half of them with another answers_digest: the checkpoint's (mutated) answers are then read
                // and compared with the given ones (AnswersFile::differences) for the "answers changed"
                // refusal.
                if (const RecordSeal::Check sealed = RecordSeal::check(c.input);
                    sealed.ok() && rng.chance(50)) {
                    QByteArray body = sealed.body;
                    const int at = int(body.indexOf("\nanswers_digest: "));
                    if (at >= 0) {
                        const int end = int(body.indexOf('\n', at + 1));
                        body = body.left(at) +
                               "\nanswers_digest: " + QByteArray(64, "0123456789abcdef"[rng.below(16)]) +
                               (end < 0 ? QByteArray() : body.mid(end));
                        c.input = RecordSeal::seal(body, sealed.steps);
                        c.mutation += QStringLiteral("+digest");
                    }
                }
                c.inputPath = c.copiedNode + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml");
                c.checkpointPath = c.inputPath;
                c.namedFiles = QStringList{c.inputPath, m_ownerPath};
                c.args =
                    wizard::headless(c.copiedNode, c.copiedNode + QStringLiteral("-shared"), m_ownerPath);
                c.env << QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw");
                QVERIFY(copyNode(m_waitingNode, m_waitingShared, c.copiedNode,
                                 c.copiedNode + QStringLiteral("-shared")));
            }
            list.append(c);
        }
        Totals t;
        QStringList violations;
        if (twoPass) {
            const bool full = family == QLatin1String("answers-full");
            runAll(list);
            violations << judge(family + QStringLiteral("-screen"), list, &t);
            QList<Case> chosen;
            for (const Case& screened : std::as_const(list)) {
                if (screened.hung || screened.crashed || chosen.size() >= cases ||
                    screened.exitCode != (full ? 0 : 2))
                    continue;
                Case c;
                c.index = screened.index;
                c.mutation = screened.mutation;
                c.input = screened.input;
                c.inputPath = screened.inputPath;
                c.namedFiles = screened.namedFiles;
                if (full) {
                    c.args = screened.args;
                } else { // refused in the dry run, so refused for real: nothing may have changed
                    c.mustRefuse = true;
                    c.copiedNode = dir + QStringLiteral("/node%1").arg(screened.index);
                    c.args =
                        wizard::headless(c.copiedNode, c.copiedNode + QStringLiteral("-shared"), c.inputPath);
                    c.env << QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw");
                    QVERIFY(copyNode(m_pristine, m_pristineShared, c.copiedNode,
                                     c.copiedNode + QStringLiteral("-shared")));
                }
                chosen.append(c);
            }
            list = chosen;
        }
        runAll(list);
        violations << judge(family, list, &t);
        if (nodeState(m_n0, m_s0) != dryNodeBefore)
            violations << QStringLiteral("%1: the dry runs changed the node %2").arg(family, m_n0);
        if (nodeState(m_n2, m_s1) != standbyBefore)
            violations << QStringLiteral("%1: the standby's dry runs changed the node %2").arg(family, m_n2);
        qInfo("fuzz %s: %d cases in %.1f s: %d refused naming a field, %d refused naming the file, %d "
              "accepted, %d other documented exits, %d crashes, %d hangs, %d other contract breaks",
              qPrintable(family), t.tried, clock.elapsed() / 1000.0, t.refusedWithField, t.refusedFileOnly,
              t.accepted, t.otherExit, t.crashes, t.hangs, t.contract);
        m_all.tried += t.tried;
        m_all.refusedWithField += t.refusedWithField;
        m_all.refusedFileOnly += t.refusedFileOnly;
        m_all.accepted += t.accepted;
        m_all.otherExit += t.otherExit;
        m_all.crashes += t.crashes;
        m_all.hangs += t.hangs;
        m_all.contract += t.contract;
        m_broken << violations;
        QDir(dir).removeRecursively();
        QVERIFY2(violations.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 cases broke the contract (seed %3):\n  ")
                                .arg(violations.size())
                                .arg(t.tried)
                                .arg(m_seed) +
                            violations.join(QStringLiteral("\n  "))));
    }

    void cleanupTestCase()
    {
        qInfo("fuzz total (seed %llu): %d cases tried, %d refused with a field named, %d refused naming the "
              "file, %d accepted, %d other documented exits, %d crashes, %d hangs, %d other contract breaks; "
              "%.1f s",
              m_seed, m_all.tried, m_all.refusedWithField, m_all.refusedFileOnly, m_all.accepted,
              m_all.otherExit, m_all.crashes, m_all.hangs, m_all.contract, m_wall.elapsed() / 1000.0);
        if (!m_broken.isEmpty())
            qInfo("fuzz: the inputs that broke the contract are saved in %s", qPrintable(m_findings));
    }
};

QTEST_GUILESS_MAIN(tst_Fuzz)
#include "tst_fuzz.moc"
