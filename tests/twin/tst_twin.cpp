// A twin of one's own cluster (issue 12, item 5): scripts/capture-cluster.ksh, run on each node, writes that
// node's part of a description from AIX's and HACMP's listings and changes nothing; aixsim --merge-cluster
// (scripts/merge-cluster) merges the two parts into the description aixsim --cluster lays down, and the
// twin's nodes then list what the originals list. Also the merge's refusals, the refusals of hostile
// descriptions by the checker (cluster::load) and of a shared DASD laid down from another description.
#include "SimNode.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kScript = QStringLiteral(DCEHA_SOURCE_DIR "/scripts/capture-cluster.ksh");
const QString kMerge = QStringLiteral(DCEHA_SOURCE_DIR "/scripts/merge-cluster");
const QString kClusters = QStringLiteral(DCEHA_SOURCE_DIR "/resources/aixsim/clusters/");

/** Runs @p program with the environment's aixsim knobs removed and @p env added ("NAME=value"). */
SimResult runProgram(const QString& program, const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* knob :
         {"AIXSIM_ROOT", "AIXSIM_SHARED_DASD", "AIXSIM_NODE", "AIXSIM_CONFIGURATION", "AIXSIM_CLUSTER",
          "AIXSIM_FAIL", "AIXSIM_DELAY_MS", "AIXSIM_KILL_CALLER", "AIXSIM_HOLD", "AIXSIM"})
        e.remove(QLatin1String(knob));
    for (const auto& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(program, args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString(), QStringLiteral("%1 did not finish in time").arg(program)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/** The capture script on the node at @p root, as an operator runs it there: its AIX commands are the
 * node's (the node's directory of links first on PATH). */
SimResult capture(const QString& root)
{
    return runProgram(
        QStringLiteral("ksh"), {kScript},
        {QStringLiteral("PATH=") + root + QStringLiteral("/.aixsim/bin:") + qEnvironmentVariable("PATH")});
}

QString writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** Every file under @p dir with its content (a link: where it points), but the call log (which a query adds
 * to, as it should). */
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            files.insert(path, "-> " + info.symLinkTarget().toUtf8());
        else if (info.isDir())
            files.insert(path, "(directory)");
        else if (!path.endsWith(QLatin1String("/.aixsim/calls.log")))
            files.insert(path, readFile(path));
    }
    return files;
}

/** The two nodes of one cluster, laid down on their shared DASD. */
struct Pair
{
    QString shared, n1, n2;
    SimNode node(int i) const { return SimNode(i == 1 ? n1 : n2, shared); }
};

/** Lays down a pair under @p dir: the demo in @p configuration, or the cluster described in @p cluster. */
bool layDown(const QString& dir, const QString& configuration, const QString& cluster, Pair* pair)
{
    *pair = {dir + QStringLiteral("/shared"), dir + QStringLiteral("/n1"), dir + QStringLiteral("/n2")};
    const QStringList env{cluster.isEmpty() ? QStringLiteral("AIXSIM_CONFIGURATION=") + configuration
                                            : QStringLiteral("AIXSIM_CLUSTER=") + cluster};
    for (int i = 1; i <= 2; ++i) {
        const SimResult r = pair->node(i).run(QStringLiteral("hostname"), {}, {}, env);
        if (r.exitCode != 0) {
            qWarning("laying down %s: %s", qPrintable(i == 1 ? pair->n1 : pair->n2), qPrintable(r.err));
            return false;
        }
    }
    return true;
}

/** What a node lists: the commands the twin must answer alike, each with its output. */
QList<QPair<QString, QString>> listings(const SimNode& node)
{
    QList<QPair<QString, QString>> out;
    const auto add = [&](const QString& command, const QStringList& args) {
        const SimResult r = node.run(command, args);
        out << qMakePair(QStringList(QStringList{command} + args).join(QLatin1Char(' ')),
                         QStringLiteral("exit %1\n").arg(r.exitCode) + r.out + r.err);
        return r.out;
    };
    add(QStringLiteral("hostname"), {});
    add(QStringLiteral("ifconfig"), {QStringLiteral("-a")});
    add(QStringLiteral("netstat"), {QStringLiteral("-in")});
    const QString lspv = add(QStringLiteral("lspv"), {});
    for (const auto& line : lspv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        add(QStringLiteral("bootinfo"), {QStringLiteral("-s"), line.section(QLatin1Char(' '), 0, 0)});
    add(QStringLiteral("lvlstmajor"), {});
    add(QStringLiteral("cllsif"), {QStringLiteral("-c")});
    const QString groups = add(QStringLiteral("cllsgrp"), {});
    for (const auto& g : groups.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        add(QStringLiteral("cllsres"), {QStringLiteral("-g"), g});
    add(QStringLiteral("odmget"), {QStringLiteral("HACMPgroup")});
    return out;
}

} // namespace

class tst_Twin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Parts captured once for the merge's refusals: the demo's two nodes, and the finance cluster's fin2.
    QByteArray m_demo1, m_demo2, m_finance2;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Pair demo, finance;
        QVERIFY(layDown(m_dir.path() + QStringLiteral("/demo"), QStringLiteral("hot-standby-cascading"),
                        QString(), &demo));
        QVERIFY(layDown(m_dir.path() + QStringLiteral("/finance"), QString(),
                        kClusters + QStringLiteral("finance-hot-standby.yaml"), &finance));
        for (auto [root, part] : {std::pair{demo.n1, &m_demo1}, std::pair{demo.n2, &m_demo2},
                                  std::pair{finance.n2, &m_finance2}}) {
            const SimResult r = capture(root);
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
            *part = r.out.toUtf8();
        }
    }

    // (a) Captured on both nodes, merged and laid down again: the twin's nodes list what the originals list,
    // and a capture on the twin is the capture on the original.
    void twinListsWhatTheOriginalLists_data()
    {
        QTest::addColumn<QString>("configuration");
        QTest::addColumn<QString>("cluster");
        QTest::newRow("demo, hot-standby-cascading") << QStringLiteral("hot-standby-cascading") << QString();
        QTest::newRow("described: finance, hot standby")
            << QString() << kClusters + QStringLiteral("finance-hot-standby.yaml");
        QTest::newRow("described: ledger, rotating, token ring")
            << QString() << kClusters + QStringLiteral("ledger-rotating.yaml");
    }

    void twinListsWhatTheOriginalLists()
    {
        QFETCH(QString, configuration);
        QFETCH(QString, cluster);
        QTemporaryDir dir;
        Pair original, twin;
        QVERIFY(layDown(dir.path() + QStringLiteral("/original"), configuration, cluster, &original));
        QStringList parts;
        for (const QString& root : {original.n1, original.n2}) {
            const SimResult r = capture(root);
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
            parts << writeFile(root + QStringLiteral(".part.yaml"), r.out.toUtf8());
        }
        const SimResult merged = runProgram(kMerge, parts, {QStringLiteral("AIXSIM=") + SimNode::aixsim()});
        QVERIFY2(merged.exitCode == 0 && merged.err.isEmpty(), qPrintable(merged.err));
        const QString description =
            writeFile(dir.path() + QStringLiteral("/cluster.yaml"), merged.out.toUtf8());
        QVERIFY(layDown(dir.path() + QStringLiteral("/twin"), QString(), description, &twin));

        for (int i = 1; i <= 2; ++i) {
            const auto was = listings(original.node(i));
            const auto is = listings(twin.node(i));
            QCOMPARE(is.size(), was.size());
            for (int k = 0; k < was.size(); ++k) {
                QCOMPARE(is.at(k).first, was.at(k).first);
                QVERIFY2(is.at(k).second == was.at(k).second,
                         qPrintable(QStringLiteral("node %1, %2:\n-- original\n%3-- twin\n%4")
                                        .arg(i)
                                        .arg(was.at(k).first, was.at(k).second, is.at(k).second)));
            }
            const SimResult again = capture(i == 1 ? twin.n1 : twin.n2);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QCOMPARE(again.out, QString::fromUtf8(readFile(parts.at(i - 1))));
        }
        if (!configuration.isEmpty())
            QCOMPARE(twin.node(1).ok(QStringLiteral("cllsgrp")), QStringLiteral("dcerg\n"));
    }

    // (b) The capture changes nothing: no file of either node or of the shared DASD differs, and every
    // command it ran on the node is a listing one. On a node with a shared VG of its own, varied on.
    void captureChangesNothing()
    {
        QTemporaryDir dir;
        Pair pair;
        QVERIFY(layDown(dir.path(), QStringLiteral("hot-standby-cascading"), QString(), &pair));
        QVERIFY(pair.node(1).buildSharedVg());
        const auto before = snapshot(dir.path());
        for (const QString& state :
             {pair.n1 + QStringLiteral("/.aixsim/odm.yaml"), pair.n2 + QStringLiteral("/.aixsim/odm.yaml"),
              pair.shared + QStringLiteral("/dasd.yaml")})
            QVERIFY2(before.contains(state), qPrintable(state));
        const QString callLog = pair.n1 + QStringLiteral("/.aixsim/calls.log");
        const int callsBefore = QString::fromUtf8(readFile(callLog)).count(QLatin1Char('\n'));
        const QByteArray otherCalls = readFile(pair.n2 + QStringLiteral("/.aixsim/calls.log"));

        const SimResult r = capture(pair.n1);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("# hdisk2: in volume group dcevg here")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("node1: [\"0..44\", 50]")), qPrintable(r.out));

        const auto after = snapshot(dir.path());
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
        QCOMPARE(readFile(pair.n2 + QStringLiteral("/.aixsim/calls.log")), otherCalls);

        static const QRegularExpression readOnly(
            QStringLiteral("^(hostname|ifconfig\t-a|netstat\t-in|lspv|bootinfo\t-s\thdisk[0-9]+|lvlstmajor|"
                           "cllsif\t-c|cllsgrp|"
                           "cllsres\t-g\t[A-Za-z0-9_.-]+|odmget\tHACMPgroup|odmget\tHACMPcluster)$"));
        const QStringList calls = QString::fromUtf8(readFile(callLog))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                      .mid(callsBefore);
        QVERIFY(calls.size() >= 10);
        QStringList commands;
        for (const auto& line : calls) {
            const QString call = line.section(QLatin1Char('\t'), 1);
            QVERIFY2(readOnly.match(call).hasMatch(), qPrintable(QStringLiteral("not a listing: ") + call));
            commands << call.section(QLatin1Char('\t'), 0, 0);
        }
        for (const char* needed :
             {"lspv", "bootinfo", "lvlstmajor", "cllsif", "cllsgrp", "cllsres", "odmget"})
            QVERIFY2(commands.contains(QLatin1String(needed)), needed);
    }

    // (c) What the merge refuses, with the reason.
    void mergeRefuses_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("parts of two clusters")
            << m_demo1 << m_finance2
            << QStringList{QStringLiteral("cluster sections differ at cluster.nodes[0]: 'node1' in"),
                           QStringLiteral("'fin1' in"), QStringLiteral("synchronised")};
        QByteArray unsynchronised = m_demo2;
        unsynchronised.replace("address: 9.3.240.4,", "address: 9.3.240.9,");
        QTest::newRow("HACMP not synchronised")
            << m_demo1 << unsynchronised
            << QStringList{QStringLiteral("differ at cluster.adapters[4].address: '9.3.240.4' in"),
                           QStringLiteral("'9.3.240.9' in"), QStringLiteral("not synchronised")};
        QTest::newRow("one node's part twice")
            << m_demo1 << m_demo1 << QStringList{QStringLiteral("are both node1's part")};
        QByteArray renamed = m_demo2;
        renamed.replace("name: hdisk3, pvid: 000b3c5a8d2f4e03", "name: hdisk7, pvid: 000b3c5a8d2f4e03");
        QTest::newRow("a shared disk named differently")
            << m_demo1 << renamed
            << QStringList{QStringLiteral("000b3c5a8d2f4e03 is hdisk3 on node1"),
                           QStringLiteral("hdisk7 on node2"), QStringLiteral("one name on both nodes")};
        QByteArray resized = m_demo2;
        resized.replace("pvid: 000b3c5a8d2f4e03, pps: 537", "pvid: 000b3c5a8d2f4e03, pps: 1074");
        QTest::newRow("a shared disk sized differently")
            << m_demo1 << resized << QStringList{QStringLiteral("is '537' partitions on node1")};
        QByteArray noShared = m_demo2;
        noShared.replace("pvid: 000b3c5a8d2f4e0", "pvid: 000b3c5a8d2f4f0");
        QTest::newRow("no disk in common")
            << m_demo1 << noShared << QStringList{QStringLiteral("no disk in common")};
        QTest::newRow("a full description, not a part")
            << m_demo1 << readFile(kClusters + QStringLiteral("ledger-rotating.yaml"))
            << QStringList{QStringLiteral("part_of_node: is required")};
        QByteArray stranger = m_demo2;
        stranger.replace("part_of_node: node2", "part_of_node: node9");
        QTest::newRow("a part of no cluster node")
            << m_demo1 << stranger << QStringList{QStringLiteral("'node9' is not one of cluster.nodes")};
        QTest::newRow("not YAML") << m_demo1 << QByteArray("part_of_node: [node2\n")
                                  << QStringList{QStringLiteral("not YAML")};
    }

    void mergeRefuses()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString a = writeFile(dir.path() + QStringLiteral("/a.yaml"), first);
        const QString b = writeFile(dir.path() + QStringLiteral("/b.yaml"), second);
        const SimResult r = runProgram(SimNode::aixsim(), {QStringLiteral("--merge-cluster"), a, b});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        for (const auto& fragment : expected)
            QVERIFY2(r.err.contains(fragment), qPrintable(fragment + QStringLiteral(" not in: ") + r.err));
    }

    // (d) Hostile descriptions: refused by the checker with the field named, nothing laid down.
    void hostileDescriptionRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected");
        const QByteArray finance = readFile(kClusters + QStringLiteral("finance-hot-standby.yaml"));
        QVERIFY(!finance.isEmpty());
        const auto edited = [&](const char* from, const char* to) {
            QByteArray t = finance;
            if (!t.contains(from))
                qWarning("the finance cluster has no %s", from);
            return t.replace(from, to);
        };
        QTest::newRow("a bad PVID") << edited("pvid: 00c1a2b3aa000001", "pvid: 00c1a2b3aa00000g")
                                    << QStringList{
                                           QStringLiteral("nodes.fin1.disks[1].pvid: '00c1a2b3aa00000g' "
                                                          "must be 16 hexadecimal digits")};
        QTest::newRow("a group's node not in the cluster")
            << edited("nodes: [fin1, fin2], service_labels", "nodes: [fin1, fin3], service_labels")
            << QStringList{
                   QStringLiteral("cluster.resource_groups[0].nodes[1]: 'fin3' is not one of cluster.nodes")};
        QTest::newRow("a service label that is no service adapter")
            << edited("service_labels: [finsvc]", "service_labels: [fin1_stby]")
            << QStringList{
                   QStringLiteral("cluster.resource_groups[0].service_labels[0]: 'fin1_stby' is not a "
                                  "service adapter's label")};
        QTest::newRow("a node's disk named as a shared one")
            << edited("name: hdisk1, pvid: 00c1a2b3aa000001", "name: hdisk4, pvid: 00c1a2b3aa000001")
            << QStringList{QStringLiteral("nodes.fin1.disks[1].name: hdisk4 appears twice on this node")};
        QTest::newRow("one PVID on two disks")
            << edited("pvid: 00c1a2b3c4d5e605", "pvid: 00c1a2b3c4d5e604")
            << QStringList{
                   QStringLiteral("shared_disks[1].pvid: 00c1a2b3c4d5e604 is the PVID of another disk")};
        QTest::newRow("not YAML") << QByteArray("cluster: { name: fincluster\nnodes: [\n")
                                  << QStringList{QStringLiteral(": not YAML: ")};
        QTest::newRow("a text, not a mapping")
            << QByteArray("rm -rf /\n") << QStringList{QStringLiteral("(file): must be a mapping")};
        QTest::newRow("three nodes") << edited("nodes: [fin1, fin2]\n", "nodes: [fin1, fin2, fin3]\n")
                                     << QStringList{
                                            QStringLiteral("cluster.nodes: must name two different nodes")};
        QTest::newRow("a label with a shell's metacharacters")
            << edited("label: fin1_boot,", "label: \"fin1_boot; rm -rf /\",")
            << QStringList{QStringLiteral("cluster.adapters[0].label: 'fin1_boot; rm -rf /' is not a name")};
        QTest::newRow("a group of no node")
            << edited("nodes: [fin1, fin2], service_labels", "nodes: [], service_labels")
            << QStringList{QStringLiteral("cluster.resource_groups[0].nodes: must name the group's nodes")};
        QTest::newRow("a group's node twice")
            << edited("nodes: [fin1, fin2], service_labels", "nodes: [fin1, fin1], service_labels")
            << QStringList{QStringLiteral("cluster.resource_groups[0].nodes[1]: fin1 appears twice")};
        QTest::newRow("a key given twice")
            << edited("  name: fincluster\n", "  name: fincluster\n  nodes: [fin1, fin9]\n")
            << QStringList{QStringLiteral("cluster.nodes: is given twice")};
        QTest::newRow("an entry for no cluster node")
            << edited("nodes:\n  fin1:\n", "nodes:\n  fin3: { hostname: fin3 }\n  fin1:\n")
            << QStringList{QStringLiteral("nodes.fin3: is not one of cluster.nodes")};
        QTest::newRow("majors of no cluster node")
            << edited("majors_in_use:\n", "majors_in_use:\n  fin01: [1]\n")
            << QStringList{QStringLiteral("majors_in_use.fin01: is not one of cluster.nodes")};
        QTest::newRow("majors as a list") << edited("majors_in_use:\n  fin1: [\"0..59\"]\n  fin2:",
                                                    "majors_in_use: [1, 2]\nignored:\n  fin2:")
                                          << QStringList{QStringLiteral("majors_in_use: must be a mapping")};
        QTest::newRow("a range of majors backwards")
            << edited("fin1: [\"0..59\"]", "fin1: [\"59..0\"]")
            << QStringList{QStringLiteral("majors_in_use.fin1: '59..0': a major number is from 0 to 4095")};
        QTest::newRow("a range of majors too far")
            << edited("fin1: [\"0..59\"]", "fin1: [\"0..5000\"]")
            << QStringList{QStringLiteral("majors_in_use.fin1: '0..5000': a major number is from 0 to 4095")};
        QTest::newRow("one node's part")
            << m_demo1
            << QStringList{QStringLiteral("part_of_node: this is one node's part"),
                           QStringLiteral("--merge-cluster")};
    }

    void hostileDescriptionRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString file = writeFile(dir.path() + QStringLiteral("/hostile.yaml"), text);
        const QString shared = dir.path() + QStringLiteral("/shared");
        const SimResult r = runProgram(SimNode::aixsim(),
                                       {QStringLiteral("--cluster"), file, QStringLiteral("--root"),
                                        dir.path() + QStringLiteral("/n1"), QStringLiteral("--shared-dasd"),
                                        shared, QStringLiteral("hostname")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.startsWith(QStringLiteral("aixsim: ") + file + QStringLiteral(": ")),
                 qPrintable(r.err));
        for (const auto& fragment : expected)
            QVERIFY2(r.err.contains(fragment), qPrintable(fragment + QStringLiteral(" not in: ") + r.err));
        QVERIFY(!QFile::exists(shared + QStringLiteral("/dasd.yaml")));
        QVERIFY(!QFile::exists(shared + QStringLiteral("/cluster.yaml")));
    }

    // A described cluster is laid down on its own shared DASD only.
    void sharedDasdOfAnotherDescriptionRefused_data()
    {
        QTest::addColumn<QString>("laidDownFrom"); // empty: the demo
        QTest::addColumn<QString>("expected");
        QTest::newRow("the demo's") << QString() << QStringLiteral("was laid down from the demo cluster");
        QTest::newRow("another description's")
            << kClusters + QStringLiteral("ledger-rotating.yaml")
            << QStringLiteral("was laid down from another cluster description");
    }

    void sharedDasdOfAnotherDescriptionRefused()
    {
        QFETCH(QString, laidDownFrom);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString shared = dir.path() + QStringLiteral("/shared");
        const SimNode first(dir.path() + QStringLiteral("/n1"), shared);
        QCOMPARE(first
                     .run(QStringLiteral("hostname"), {}, {},
                          laidDownFrom.isEmpty()
                              ? QStringList()
                              : QStringList{QStringLiteral("AIXSIM_CLUSTER=") + laidDownFrom})
                     .exitCode,
                 0);
        const QByteArray dasd = readFile(shared + QStringLiteral("/dasd.yaml"));
        const SimResult r = SimNode(dir.path() + QStringLiteral("/n2"), shared)
                                .run(QStringLiteral("hostname"), {}, {},
                                     {QStringLiteral("AIXSIM_CLUSTER=") + kClusters +
                                      QStringLiteral("finance-hot-standby.yaml")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("give a new --shared-dasd")), qPrintable(r.err));
        QCOMPARE(readFile(shared + QStringLiteral("/dasd.yaml")), dasd);
        QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/n2/.aixsim/odm.yaml")));
    }
};

QTEST_GUILESS_MAIN(tst_Twin)
#include "tst_twin.moc"
