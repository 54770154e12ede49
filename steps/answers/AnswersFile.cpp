// The answers file: its keys, the checked reading of a file into Answers (unknown keys refused with the
// closest known one suggested), the canonical form it is written in, and the differences between two.
// The rules the values must follow are AnswerRules'.
#include "AnswersFile.h"

#include "AnswerRules.h"
#include "system/YamlInput.h"
#include "system/YamlOutput.h"

#include <QCryptographicHash>
#include <limits>
#include <yaml-cpp/yaml.h>

namespace dceha {

namespace {

const QStringList kTopKeys = {QStringLiteral("configuration"),      QStringLiteral("role"),
                              QStringLiteral("cell_name"),          QStringLiteral("dfs"),
                              QStringLiteral("rotating_hostname"),  QStringLiteral("network"),
                              QStringLiteral("shared_vg"),          QStringLiteral("dfs_cache"),
                              QStringLiteral("dfs_aggregates"),     QStringLiteral("dce"),
                              QStringLiteral("scripts_dir"),        QStringLiteral("app_server"),
                              QStringLiteral("applications"),       QStringLiteral("event_wrappers"),
                              QStringLiteral("register_app_server")};
const QStringList kApplicationKeys = {QStringLiteral("name"), QStringLiteral("start"),
                                      QStringLiteral("stop")};
const QStringList kNetworkKeys = {QStringLiteral("service"), QStringLiteral("boot"),
                                  QStringLiteral("standby"), QStringLiteral("peer_service")};
const QStringList kVgKeys = {QStringLiteral("name"),       QStringLiteral("disks"),
                             QStringLiteral("jfslog"),     QStringLiteral("major"),
                             QStringLiteral("pp_size_mb"), QStringLiteral("filesystems")};
const QStringList kFsKeys = {QStringLiteral("mount"), QStringLiteral("lv"), QStringLiteral("size_mb")};
const QStringList kCacheKeys = {QStringLiteral("vg"), QStringLiteral("lv"), QStringLiteral("size_mb"),
                                QStringLiteral("mount")};
const QStringList kAggregateKeys = {QStringLiteral("lv"), QStringLiteral("size_mb"), QStringLiteral("name")};
const QStringList kDceKeys = {QStringLiteral("install_media"), QStringLiteral("servers"),
                              QStringLiteral("clients"), QStringLiteral("filesets")};

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
    auto at = [](const YamlValue* map, const char* key) { return map ? map->find(key) : nullptr; };
    Answers& a = parsed.answers;
    r.checkKeys(root, kTopKeys, QString());
    a.configuration = r.string(at(root, "configuration"), QStringLiteral("configuration"), true);
    a.role = r.string(at(root, "role"), QStringLiteral("role"), true);
    a.cellName = r.string(at(root, "cell_name"), QStringLiteral("cell_name"), true);
    a.dfs = r.boolean(at(root, "dfs"), QStringLiteral("dfs"), false);
    a.rotatingHostname = r.string(at(root, "rotating_hostname"), QStringLiteral("rotating_hostname"), false);
    const YamlValue* net = at(root, "network");
    if (!net || net->isNull())
        r.error(QStringLiteral("network"),
                AnswersFile::tr("is required (service, boot and standby addresses)"));
    else if (r.map(net, QStringLiteral("network"), kNetworkKeys)) {
        a.serviceAddresses = r.list(at(net, "service"), QStringLiteral("network.service"));
        a.bootAddresses = r.list(at(net, "boot"), QStringLiteral("network.boot"));
        a.standbyAddresses = r.list(at(net, "standby"), QStringLiteral("network.standby"));
        a.peerServiceAddresses = r.list(at(net, "peer_service"), QStringLiteral("network.peer_service"));
    }
    if (const YamlValue* vg = at(root, "shared_vg"); vg && !vg->isNull()) {
        a.sharedVg.present = true;
        if (r.map(vg, QStringLiteral("shared_vg"), kVgKeys)) {
            a.sharedVg.name = r.string(at(vg, "name"), QStringLiteral("shared_vg.name"), false);
            a.sharedVg.disks = r.list(at(vg, "disks"), QStringLiteral("shared_vg.disks"));
            a.sharedVg.jfslog = r.string(at(vg, "jfslog"), QStringLiteral("shared_vg.jfslog"), false);
            a.sharedVg.major = r.integer(at(vg, "major"), QStringLiteral("shared_vg.major"), false, 0);
            a.sharedVg.ppSizeMb =
                r.integer(at(vg, "pp_size_mb"), QStringLiteral("shared_vg.pp_size_mb"), false, 4);
            int i = 0;
            for (const auto& fs : r.items(at(vg, "filesystems"), QStringLiteral("shared_vg.filesystems"))) {
                const QString prefix = QStringLiteral("shared_vg.filesystems[%1]").arg(i++);
                if (!r.map(fs.get(), prefix, kFsKeys)) {
                    if (!fs->isMap() && fs->isNull())
                        r.error(prefix, AnswersFile::tr("is empty: give mount, lv and size_mb"));
                    continue;
                }
                a.sharedVg.filesystems.append(
                    {r.string(at(fs.get(), "mount"), prefix + QStringLiteral(".mount"), true),
                     r.string(at(fs.get(), "lv"), prefix + QStringLiteral(".lv"), true),
                     r.integer(at(fs.get(), "size_mb"), prefix + QStringLiteral(".size_mb"), true)});
            }
        }
    }
    if (const YamlValue* c = at(root, "dfs_cache"); c && !c->isNull()) {
        a.dfsCache.present = true;
        if (r.map(c, QStringLiteral("dfs_cache"), kCacheKeys)) {
            a.dfsCache.vg = r.string(at(c, "vg"), QStringLiteral("dfs_cache.vg"), true);
            a.dfsCache.lv = r.string(at(c, "lv"), QStringLiteral("dfs_cache.lv"), true);
            a.dfsCache.sizeMb = r.integer(at(c, "size_mb"), QStringLiteral("dfs_cache.size_mb"), true);
            a.dfsCache.mount =
                r.string(at(c, "mount"), QStringLiteral("dfs_cache.mount"), false, a.dfsCache.mount);
        }
    }
    int i = 0;
    for (const auto& ag : r.items(at(root, "dfs_aggregates"), QStringLiteral("dfs_aggregates"))) {
        const QString prefix = QStringLiteral("dfs_aggregates[%1]").arg(i++);
        if (!r.map(ag.get(), prefix, kAggregateKeys)) {
            if (ag->isNull())
                r.error(prefix, AnswersFile::tr("is empty: give lv, size_mb and name"));
            continue;
        }
        a.aggregates.append({r.string(at(ag.get(), "lv"), prefix + QStringLiteral(".lv"), true),
                             r.string(at(ag.get(), "name"), prefix + QStringLiteral(".name"), true),
                             r.integer(at(ag.get(), "size_mb"), prefix + QStringLiteral(".size_mb"), true)});
    }
    if (const YamlValue* d = at(root, "dce"); d && r.map(d, QStringLiteral("dce"), kDceKeys)) {
        a.dce.installMedia =
            r.string(at(d, "install_media"), QStringLiteral("dce.install_media"), false, a.dce.installMedia);
        a.dce.servers = r.list(at(d, "servers"), QStringLiteral("dce.servers"));
        a.dce.clients = r.list(at(d, "clients"), QStringLiteral("dce.clients"));
        a.dce.filesets = r.list(at(d, "filesets"), QStringLiteral("dce.filesets"));
    }
    a.scriptsDir = r.string(at(root, "scripts_dir"), QStringLiteral("scripts_dir"), false, a.scriptsDir);
    a.appServerName = r.string(at(root, "app_server"), QStringLiteral("app_server"), false, a.appServerName);
    a.eventWrappers = r.boolean(at(root, "event_wrappers"), QStringLiteral("event_wrappers"), false);
    a.registerAppServer =
        r.boolean(at(root, "register_app_server"), QStringLiteral("register_app_server"), false);
    int k = 0;
    for (const auto& app : r.items(at(root, "applications"), QStringLiteral("applications"))) {
        const QString prefix = QStringLiteral("applications[%1]").arg(k++);
        if (!r.map(app.get(), prefix, kApplicationKeys)) {
            if (app->isNull())
                r.error(prefix, AnswersFile::tr("is empty: give name, start and stop"));
            continue;
        }
        a.applications.append({r.string(at(app.get(), "name"), prefix + QStringLiteral(".name"), true),
                               r.list(at(app.get(), "start"), prefix + QStringLiteral(".start")),
                               r.list(at(app.get(), "stop"), prefix + QStringLiteral(".stop"))});
    }
    r.errors += checkAnswerRules(a);
    parsed.errors = r.errors;
    parsed.digest = QCryptographicHash::hash(serialize(a), QCryptographicHash::Sha256).toHex();
    return parsed;
}

void AnswersFile::emit(YAML::Emitter& out, const Answers& a)
{
    // Typed: every string through yamlout::string (quoted where a YAML 1.1 parser would read another type),
    // numbers and booleans through the emitter's typed operators.
    using yamlout::string;
    using yamlout::strings;
    auto key = [&](const char* k) { out << YAML::Key << k << YAML::Value; };
    out << YAML::BeginMap;
    key("configuration");
    string(out, a.configuration);
    key("role");
    string(out, a.role);
    key("cell_name");
    string(out, a.cellName);
    key("dfs");
    out << a.dfs;
    if (!a.rotatingHostname.isEmpty()) {
        key("rotating_hostname");
        string(out, a.rotatingHostname);
    }
    key("network");
    out << YAML::BeginMap;
    key("service");
    strings(out, a.serviceAddresses);
    key("boot");
    strings(out, a.bootAddresses);
    key("standby");
    strings(out, a.standbyAddresses);
    if (!a.peerServiceAddresses.isEmpty()) {
        key("peer_service");
        strings(out, a.peerServiceAddresses);
    }
    out << YAML::EndMap;
    if (a.sharedVg.present) {
        key("shared_vg");
        out << YAML::BeginMap;
        key("name");
        string(out, a.sharedVg.name);
        key("disks");
        strings(out, a.sharedVg.disks);
        key("jfslog");
        string(out, a.sharedVg.jfslog);
        if (a.sharedVg.major) {
            key("major");
            out << a.sharedVg.major;
        }
        key("pp_size_mb");
        out << a.sharedVg.ppSizeMb;
        key("filesystems");
        out << YAML::BeginSeq;
        for (const auto& fs : a.sharedVg.filesystems) {
            out << YAML::Flow << YAML::BeginMap;
            key("mount");
            string(out, fs.mount);
            key("lv");
            string(out, fs.lv);
            key("size_mb");
            out << fs.sizeMb << YAML::EndMap;
        }
        out << YAML::EndSeq << YAML::EndMap;
    }
    if (a.dfsCache.present) {
        key("dfs_cache");
        out << YAML::Flow << YAML::BeginMap;
        key("vg");
        string(out, a.dfsCache.vg);
        key("lv");
        string(out, a.dfsCache.lv);
        key("size_mb");
        out << a.dfsCache.sizeMb;
        key("mount");
        string(out, a.dfsCache.mount);
        out << YAML::EndMap;
    }
    if (!a.aggregates.isEmpty()) {
        key("dfs_aggregates");
        out << YAML::BeginSeq;
        for (const auto& ag : a.aggregates) {
            out << YAML::Flow << YAML::BeginMap;
            key("lv");
            string(out, ag.lv);
            key("size_mb");
            out << ag.sizeMb;
            key("name");
            string(out, ag.name);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    key("dce");
    out << YAML::BeginMap;
    key("install_media");
    string(out, a.dce.installMedia);
    key("servers");
    strings(out, a.dce.servers);
    key("clients");
    strings(out, a.dce.clients);
    if (!a.dce.filesets.isEmpty()) {
        key("filesets");
        strings(out, a.dce.filesets);
    }
    out << YAML::EndMap;
    key("scripts_dir");
    string(out, a.scriptsDir);
    key("app_server");
    string(out, a.appServerName);
    if (!a.applications.isEmpty()) {
        key("applications");
        out << YAML::BeginSeq;
        for (const auto& app : a.applications) {
            out << YAML::Flow << YAML::BeginMap;
            key("name");
            string(out, app.name);
            key("start");
            strings(out, app.start);
            key("stop");
            strings(out, app.stop);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    if (a.eventWrappers) {
        key("event_wrappers");
        out << true;
    }
    if (a.registerAppServer) {
        key("register_app_server");
        out << true;
    }
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
