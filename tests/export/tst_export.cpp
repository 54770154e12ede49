// The exported record in its four formats, from a real simulated run: Markdown, HTML (well-formed, hostile
// text inert, an SVG timeline), YAML (loads back), and the replay script (sh -n, and run against a fresh
// simulated node it rebuilds the same node); exporting from a checkpoint alone; no secret anywhere.
#include "Wizard.h"
#include "procedure/DrillTimeline.h"
#include "procedure/Record.h"
#include "report/RecordExport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dceha;

class tst_Export : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_shared;
    QString m_stateDir;

    static QString state(const SimNode& node)
    {
        return wizard::snapshot(node).replace(node.root(), QStringLiteral("ROOT"));
    }

    static QString xmlProblem(const QByteArray& html)
    {
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        return xml.hasError() ? QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                              : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = m_dir.path() + QStringLiteral("/node1");
        m_shared = m_dir.path() + QStringLiteral("/shared");
        m_stateDir = m_root + QStringLiteral("/var/adm/dce-ha-wizard");
        SimNode(m_root, m_shared).ok(QStringLiteral("hostname"));
        const QString answers = wizard::writeFile(
            m_dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        const WizardResult r = wizard::run(
            {QStringLiteral("--headless"), QStringLiteral("--simulate"), QStringLiteral("--root"), m_root,
             QStringLiteral("--shared-dasd"), m_shared, QStringLiteral("--answers"), answers,
             QStringLiteral("--export"), QStringLiteral("markdown:") + m_dir.path() + QStringLiteral("/r.md"),
             QStringLiteral("--export"), QStringLiteral("html:") + m_dir.path() + QStringLiteral("/r.html"),
             QStringLiteral("--export"), QStringLiteral("yaml:") + m_dir.path() + QStringLiteral("/r.yaml"),
             QStringLiteral("--export"),
             QStringLiteral("replay:") + m_dir.path() + QStringLiteral("/replay.sh")},
            {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=S3cr3t!pw")});
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
    }

    void yamlLoadsBack()
    {
        RunRecord record;
        QString error;
        QVERIFY2(RunRecord::fromYaml(wizard::readFile(m_dir.path() + QStringLiteral("/r.yaml")).toUtf8(),
                                     &record, &error),
                 qPrintable(error));
        QVERIFY(wizard::readFile(m_dir.path() + QStringLiteral("/r.yaml"))
                    .startsWith(QStringLiteral("format: dce-ha-wizard-record/1\n")));
        QCOMPARE(record.result, QStringLiteral("waiting"));
        QCOMPARE(record.steps.size(), 34);
        QCOMPARE(record.root, m_root);
    }

    /** Every export says what it is a record of (a rehearsal on the simulated node reads unlike a production
     * run), which wizard wrote it, who ran it, and its times with their zone. */
    /** The exports list what the run changed on the node by kind, and the HTML timeline has a time axis. */
    void theExportsListWhatChangedAndTheTimelineHasAnAxis()
    {
        const QString md = wizard::readFile(m_dir.path() + QStringLiteral("/r.md"));
        const QString html = wizard::readFile(m_dir.path() + QStringLiteral("/r.html"));
        for (const QString& text : {md, html}) {
            QVERIFY(text.contains(QStringLiteral("What changed on the node")));
            QVERIFY(text.contains(QStringLiteral("Volume groups")));
            QVERIFY(text.contains(QStringLiteral("$ mkvg -n -s 4")));
            QVERIFY(text.contains(QStringLiteral("/etc/environment: set RPC_UNSUPPORTED_NETADDRS")));
            // Queries are not changes.
            QVERIFY(!text.contains(QStringLiteral("$ lsvg")));
        }
        // The axis starts at 0 and its ticks are round durations.
        QVERIFY(html.contains(QStringLiteral("text-anchor=\"middle\" fill=\"#444\">0 ms</text>")));
        static const QRegularExpression tick(
            QStringLiteral("text-anchor=\"middle\" fill=\"#444\">(\\d+) (ms|s|min)"));
        QVERIFY(html.count(tick) >= 2);
    }

    void everyExportSaysWhatItIsOf()
    {
        RunRecord record;
        QString error;
        QVERIFY(RunRecord::fromYaml(wizard::readFile(m_dir.path() + QStringLiteral("/r.yaml")).toUtf8(),
                                    &record, &error));
        QCOMPARE(record.target, QStringLiteral("simulation"));
        QVERIFY2(record.operatorName.contains(QLatin1Char('@')), qPrintable(record.operatorName));
        QVERIFY(!record.wizardVersion.isEmpty());
        const QRegularExpression zoned(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"));
        for (const char* file : {"/r.md", "/r.html", "/replay.sh"}) {
            const QString text = wizard::readFile(m_dir.path() + QLatin1String(file));
            QVERIFY2(text.contains(
                         QStringLiteral("SIMULATION (the simulated AIX node: no real system was changed)")),
                     file);
            QVERIFY2(text.contains(record.operatorName) && text.contains(record.wizardVersion), file);
            QVERIFY2(zoned.match(text).hasMatch(), file);
        }
        // A record of an earlier version (no run: section) is still read, and said to be of an unknown
        // target.
        RunRecord old = record;
        old.target.clear();
        old.wizardVersion.clear();
        old.operatorName.clear();
        RunRecord back;
        QVERIFY(RunRecord::fromYaml(old.toYaml(), &back, &error));
        QVERIFY(!old.toYaml().contains("\nrun:"));
        QVERIFY(RecordExport::markdown(back).contains("UNKNOWN TARGET"));
    }

    void markdown()
    {
        const QString md = wizard::readFile(m_dir.path() + QStringLiteral("/r.md"));
        QVERIFY(md.startsWith(QStringLiteral("# DCE/DFS integration with HACMP — owner node node1\n")));
        QVERIFY(
            md.contains(QStringLiteral("| 2 | Create the shared volume group dcevg | Ch. 3, highest priority "
                                       "node, step 2 (HACMP Installation Guide, ch. 6) | done |")));
        QVERIFY(md.contains(QStringLiteral("$ mkvg -n -s 4 -V 50 -y dcevg hdisk2\ndcevg\n(exit 0,")));
        QVERIFY(md.contains(QStringLiteral("```diff\n+RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66\n```")));
        QVERIFY(md.contains(QStringLiteral("## Skipped steps")));
    }

    void html()
    {
        const QByteArray html = wizard::readFile(m_dir.path() + QStringLiteral("/r.html")).toUtf8();
        QVERIFY2(xmlProblem(html).isEmpty(), qPrintable(xmlProblem(html)));
        QVERIFY(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        QCOMPARE(html.count("<rect x=\"") - 6, 34); // one bar per step, plus the legend's six
        QVERIFY(html.contains("@page { size: A4"));
        QVERIFY(html.contains("#f9a825")); // the waiting step's colour
    }

    /** The drill's snapshots as facts: read back the same (through the YAML record too), shown as the
     * "Where the resources were" table in Markdown, HTML and text; a node that could not be asked is a "?",
     * a stage not taken yet is left out, a kind this version does not know is skipped. */
    void theDrillsTimelineIsExported()
    {
        using Resource = DrillTimeline::Resource;
        const QList<Resource> resources{{Resource::Kind::Address, QStringLiteral("9.3.240.2")},
                                        {Resource::Kind::VolumeGroup, QStringLiteral("dcevg")},
                                        {Resource::Kind::Dce, {}},
                                        {Resource::Kind::Application, QStringLiteral("led|ger<b>")}};
        RunRecord r;
        r.procedure = QStringLiteral("drill");
        r.hostname = QStringLiteral("node1");
        r.role = QStringLiteral("owner");
        r.configuration = QStringLiteral("hot-standby-cascading");
        r.answersYaml = "role: owner\n";
        r.startedAt = QDateTime::currentDateTime();
        const auto snapshot = [&](const QString& id, const QString& label, QList<QStringList> holders,
                                  QStringList unreachable) {
            DrillTimeline::Stage stage;
            stage.label = label;
            stage.nodes = {QStringLiteral("node1"), QStringLiteral("node2")};
            stage.unreachable = unreachable;
            stage.resources = resources;
            stage.holders = holders;
            StepRecord step;
            step.id = id;
            step.title = QStringLiteral("Record where the resources are ") + label;
            step.kind = QLatin1String(DrillTimeline::kStepKind);
            step.status = StepRecord::Status::Done;
            step.facts = stage.toFacts();
            r.steps << step;
        };
        const QStringList n1{QStringLiteral("node1")}, n2{QStringLiteral("node2")};
        snapshot(QStringLiteral("before"), QStringLiteral("before the drill"), {n1, n1, n1, n1}, {});
        snapshot(QStringLiteral("takeover"), QStringLiteral("after the takeover"),
                 {n2, n2, QStringList{QStringLiteral("node1"), QStringLiteral("node2")}, {}}, {});
        snapshot(QStringLiteral("failure"), QStringLiteral("after a failure"), {n1, n1, n1, {}}, n2);
        r.steps.last().facts.insert(QStringLiteral("r05"), QStringLiteral("printer:lp0")); // a later kind
        r.steps.last().facts.insert(QStringLiteral("h05"), QStringLiteral("node1"));
        StepRecord pending;
        pending.id = QStringLiteral("end");
        pending.title = QStringLiteral("Record where the resources are at the end");
        pending.kind = QLatin1String(DrillTimeline::kStepKind);
        r.steps << pending;

        RunRecord back;
        QString error;
        QVERIFY2(RunRecord::fromYaml(RecordExport::render(r, RecordExport::Format::Yaml), &back, &error),
                 qPrintable(error));
        const DrillTimeline t = DrillTimeline::fromRecord(back);
        QCOMPARE(t.stages.size(), 4);
        QCOMPARE(t.resources(), resources);
        QCOMPARE(t.nodes(), (QStringList{"node1", "node2"}));
        QVERIFY(!t.stages.at(3).taken);
        QCOMPARE(t.stages.at(3).label, pending.title);
        QCOMPARE(t.stages.at(1).cellText(resources.at(2)), QStringLiteral("node1 + node2"));
        QCOMPARE(t.stages.at(1).cellText(resources.at(3)), QStringLiteral("—"));
        QCOMPARE(t.stages.at(2).cellText(resources.at(3)), QStringLiteral("?"));
        QCOMPARE(t.stages.at(3).cellText(resources.at(0)), QString());

        const QString md = QString::fromUtf8(RecordExport::render(back, RecordExport::Format::Markdown));
        QVERIFY2(
            md.contains(QStringLiteral(
                "## Where the resources were\n\n| | before the drill | after the takeover | after a failure "
                "|\n|---|---|---|---|\n| Service address 9.3.240.2 | node1 | node2 | node1 |\n")),
            qPrintable(md.left(1500)));
        QVERIFY(md.contains(QStringLiteral("| Application led\\|ger<b> | node1 | — | ? |\n")));
        QVERIFY(!md.contains(QStringLiteral("lp0")));
        const QByteArray html = RecordExport::render(back, RecordExport::Format::Html);
        QVERIFY2(xmlProblem(html).isEmpty(), qPrintable(xmlProblem(html)));
        QVERIFY(html.contains("<h2>Where the resources were</h2>"));
        QVERIFY(html.contains("<th>Application led|ger&lt;b&gt;</th>"));
        QVERIFY(html.contains("<td style=\"background: #ffe3c2\">node2</td>"));
        QVERIFY(html.contains("<td style=\"background: #e6e6e6\">?</td>"));
        const QStringList lines = t.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(
            lines.at(0).contains(QStringLiteral("before the drill  after the takeover  after a failure")),
            qPrintable(lines.at(0)));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("DCE  ")));
        // An integration's record has no such table.
        RunRecord integration;
        QVERIFY(!RecordExport::render(integration, RecordExport::Format::Markdown).contains("Where the"));
    }

    void hostileTextStaysInert()
    {
        RunRecord r;
        r.hostname = QStringLiteral("node<1>");
        r.role = QStringLiteral("owner\"'");
        StepRecord s;
        s.id = QStringLiteral("x\" onload=\"alert(1)");
        s.title = QStringLiteral("<script>alert('title')</script>");
        s.guide = QStringLiteral("a & b");
        s.status = StepRecord::Status::Failed;
        s.message = QStringLiteral("</pre><script>alert(2)</script>\n```\nnot closed");
        ActionRecord a;
        a.type = ActionRecord::Type::Command;
        a.argv = {QStringLiteral("echo"), QStringLiteral("$(rm -rf /)"),
                  QStringLiteral("'quoted' \"double\"")};
        a.stdOut = QStringLiteral("line1\n</pre><img src=x onerror=alert(3)>\n```\n\x01\x02 control");
        a.stdErr = QStringLiteral("<!-- comment --> ]]> &amp;");
        a.exitCode = 1;
        s.actions << a;
        r.steps << s;
        const QByteArray html = RecordExport::html(r);
        QVERIFY2(xmlProblem(html).isEmpty(), qPrintable(xmlProblem(html)));
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("onload=\""));
        QVERIFY(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
        // Markdown: the output's own ``` cannot close the fence.
        const QString md = QString::fromUtf8(RecordExport::markdown(r));
        QVERIFY(md.contains(QStringLiteral("````console\n$ echo $(rm -rf /)")));
        // The replay script quotes every argument and does not run a failed command.
        const QString sh = QString::fromUtf8(RecordExport::replayScript(r));
        QVERIFY(sh.contains(QStringLiteral("# failed in the recorded run (exit 1), retried below: run 'echo' "
                                           "'$(rm -rf /)' ''\\''quoted'\\'' \"double\"'")));
    }

    void replayRebuildsTheNode()
    {
        const QString script = m_dir.path() + QStringLiteral("/replay.sh");
        int rc = QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-n"), script});
        QCOMPARE(rc, 0);
        QVERIFY(!wizard::readFile(script).contains(QStringLiteral("S3cr3t!pw")));
        const QString fresh = m_dir.path() + QStringLiteral("/replayed");
        const QString freshShared = m_dir.path() + QStringLiteral("/replayed-shared");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AIXSIM"), SimNode::aixsim());
        env.insert(QStringLiteral("AIXSIM_ROOT"), fresh);
        env.insert(QStringLiteral("AIXSIM_SHARED_DASD"), freshShared);
        env.insert(QStringLiteral("DCE_CELL_ADMIN_PASSWORD"), QStringLiteral("S3cr3t!pw"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/bin/sh"), {script});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(p.exitCode() == 0 && out.endsWith(QStringLiteral("replay: done\n")),
                 qPrintable(out.right(2000)));
        QCOMPARE(state(SimNode(fresh, freshShared)), state(SimNode(m_root, m_shared)));
        // The modes the run set (the application-server scripts' 0755) are set by the replay too.
        RunRecord record;
        QString error;
        QVERIFY(RunRecord::fromYaml(wizard::readFile(m_dir.path() + QStringLiteral("/r.yaml")).toUtf8(),
                                    &record, &error));
        int modes = 0;
        for (const auto& step : record.steps)
            for (const auto& a : step.actions)
                if (a.operation == QLatin1String("chmod")) {
                    ++modes;
                    QCOMPARE(QFileInfo(fresh + a.path).permissions(),
                             QFileInfo(m_root + a.path).permissions());
                    QVERIFY(QFileInfo(fresh + a.path).isExecutable());
                }
        QVERIFY(modes >= 2);
    }

    void exportFromTheCheckpointAlone()
    {
        const QString html = m_dir.path() + QStringLiteral("/from-checkpoint.html");
        const WizardResult r = wizard::run({QStringLiteral("--state"), m_stateDir, QStringLiteral("--export"),
                                            QStringLiteral("html:") + html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(wizard::readFile(html).contains(QStringLiteral("Create the shared volume group dcevg")));
        const WizardResult bad = wizard::run(
            {QStringLiteral("--state"), m_stateDir, QStringLiteral("--export"), QStringLiteral("pdf:x.pdf")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("FORMAT one of markdown, html, yaml, replay")));
    }

    void noSecretInAnyExport()
    {
        for (const char* f : {"/r.md", "/r.html", "/r.yaml", "/replay.sh"})
            QVERIFY2(!wizard::readFile(m_dir.path() + QLatin1String(f)).contains(QStringLiteral("S3cr3t!pw")),
                     f);
    }
};

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
