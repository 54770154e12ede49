// The fuzz suite's mutators: each takes an input and returns a mutated copy, drawing its choices from the
// seeded Rng only, so that a case is reproduced from its seed, its family and its number.
#include "Mutations.h"

#include <QPair>
#include <QRegularExpression>

namespace fuzz {

QList<QByteArray> lines(const QByteArray& text)
{
    return text.split('\n');
}
QByteArray joined(const QList<QByteArray>& l)
{
    return l.join('\n');
}

namespace {

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

} // namespace

QByteArray randomSpan(const QByteArray& text, Rng& rng, const QRegularExpression& re, int group,
                      const QByteArray& with, bool* hit)
{
    const auto all = spans(text, re, group);
    if (hit)
        *hit = !all.isEmpty();
    if (all.isEmpty())
        return text;
    return replaced(text, all.at(rng.below(int(all.size()))), with);
}

namespace {

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

QList<NamedMutator> mutators()
{
    return {{QStringLiteral("byte-flip"), byteFlip},
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
}

} // namespace fuzz
