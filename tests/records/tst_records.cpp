// The record (and the checkpoint, the same tree) read strictly: every malformed field refused naming it,
// never an exception; and what the wizard writes reads back with the same types in a YAML 1.1 parser
// (PyYAML), where a plain `no` is false and `50` a number.
#include "Wizard.h"
#include "answers/AnswersFile.h"
#include "procedure/Record.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace dceha;

class tst_Records : public QObject
{
    Q_OBJECT

    /** The values YAML 1.1 reads as something else when they are written plain. */
    static QStringList ambiguous()
    {
        return {QStringLiteral("no"),   QStringLiteral("50"),         QStringLiteral("0x1F"),
                QStringLiteral("1:20"), QStringLiteral("~"),          QStringLiteral("yes"),
                QStringLiteral(".inf"), QStringLiteral("on"),         QStringLiteral("0o17"),
                QStringLiteral("1e3"),  QStringLiteral("2001-12-14"), QStringLiteral("")};
    }

    static RunRecord sample()
    {
        Answers a = AnswersFile::parse(wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"),
                                                              QStringLiteral("owner")))
                        .answers;
        // Strings of the schema holding values a YAML 1.1 parser would retype (not valid answers: only the
        // types matter here).
        a.cellName = QStringLiteral("50");
        a.appServerName = QStringLiteral("no");
        a.sharedVg.jfslog = QStringLiteral("0x1F");
        a.dce.clients = {QStringLiteral("1:20"), QStringLiteral("~"), QStringLiteral("yes"),
                         QStringLiteral(".inf")};
        RunRecord r;
        r.hostname = QStringLiteral("on");
        r.role = QStringLiteral("owner");
        r.configuration = QStringLiteral("hot-standby-cascading");
        r.answersYaml = AnswersFile::serialize(a);
        r.answersDigest = "abc";
        r.startedAt = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00.000"), Qt::ISODateWithMs);
        r.result = QStringLiteral("waiting");
        r.sessions = 2;
        r.sharedDisks = {{QStringLiteral("hdisk2"), QStringLiteral("0x1F")},
                         {QStringLiteral("hdisk3"), QStringLiteral("50")}};
        r.preflight << PreflightFinding{PreflightFinding::Severity::Pass, QStringLiteral("Shared disks"),
                                        QString(), QStringLiteral("no"),
                                        QStringLiteral("lspv: hdisk2 0x1F None")}
                    << PreflightFinding{PreflightFinding::Severity::Warning, QStringLiteral("Major number"),
                                        QStringLiteral("shared_vg.major"), QStringLiteral("yes"), QString()};
        StepRecord s;
        s.id = QStringLiteral("create-vg");
        s.title = QStringLiteral("true");
        s.kind = QStringLiteral("command");
        s.status = StepRecord::Status::Done;
        s.foundDone = true;
        s.facts.insert(QStringLiteral("boot_before_shutdown"), QStringLiteral("yes"));
        ActionRecord c;
        c.type = ActionRecord::Type::Command;
        c.argv = ambiguous();
        c.program = QStringLiteral("/usr/sbin/mkvg");
        c.exitCode = 0;
        c.elapsedMs = 12;
        c.stdOut = QStringLiteral("no");
        c.stdErr = QStringLiteral("50");
        c.environment = {QStringLiteral("null")};
        s.actions << c;
        ActionRecord f;
        f.type = ActionRecord::Type::File;
        f.path = QStringLiteral("/etc/environment");
        f.change = QStringLiteral("off");
        f.sha256Before = QStringLiteral("1234");
        s.actions << f;
        r.steps << s;
        StepRecord w;
        w.id = QStringLiteral("standby-integrated");
        w.status = StepRecord::Status::Waiting;
        r.steps << w;
        StepRecord x;
        x.id = QStringLiteral("install-dce");
        x.status = StepRecord::Status::Failed;
        x.failure = FailureCategory::Precondition;
        x.message = QStringLiteral("the cell_admin password is needed");
        r.steps << x;
        return r;
    }

private Q_SLOTS:
    void readsBackWhatItWrites()
    {
        const RunRecord r = sample();
        RunRecord back;
        QString error;
        QVERIFY2(RunRecord::fromYaml(r.toYaml(), &back, &error), qPrintable(error));
        QCOMPARE(back.toYaml(), r.toYaml());
        QCOMPARE(back.steps.at(0).actions.at(0).argv, ambiguous());
        QCOMPARE(back.steps.at(0).actions.at(0).stdOut, QStringLiteral("no"));
        QCOMPARE(back.steps.at(2).failure, FailureCategory::Precondition);
        QCOMPARE(back.steps.at(0).facts, r.steps.at(0).facts);
        QCOMPARE(back.sharedDisks, r.sharedDisks);
        QCOMPARE(back.preflight.size(), 2);
        QCOMPARE(back.preflight.at(1).severity, PreflightFinding::Severity::Warning);
        QCOMPARE(back.preflight.at(1).field, QStringLiteral("shared_vg.major"));
        QCOMPARE(back.preflight.at(0).message, QStringLiteral("no"));
        QCOMPARE(AnswersFile::serialize(AnswersFile::parse(back.answersYaml).answers), r.answersYaml);
    }

    /** PyYAML (YAML 1.1, as Ansible reads): strings stay strings, numbers numbers, booleans booleans. */
    void yaml11ParserReadsTheSameTypes()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("no /usr/bin/python3 (scripts/ensure-deps.sh installs python3-yaml)");
        QTemporaryDir dir;
        const QString file =
            wizard::writeFile(dir.path() + QStringLiteral("/record.yaml"), sample().toYaml());
        const QString answers =
            wizard::writeFile(dir.path() + QStringLiteral("/answers.yaml"),
                              AnswersFile::serialize(AnswersFile::parse(sample().answersYaml).answers));
        const char* script = R"(
import sys, yaml
r = yaml.safe_load(open(sys.argv[1]))
a = yaml.safe_load(open(sys.argv[2]))
expect = sys.argv[3:]
problems = []
def want(cond, what):
    if not cond: problems.append(what)
c = r['steps'][0]['actions'][0]['command']
want(c['argv'] == expect, 'argv %r' % (c['argv'],))
want(all(type(x) is str for x in c['argv']), 'argv types %r' % ([type(x).__name__ for x in c['argv']],))
want(c['stdout'] == 'no' and c['stderr'] == '50', 'stdout/stderr %r %r' % (c['stdout'], c['stderr']))
want(c['environment'] == ['null'], 'environment %r' % (c['environment'],))
want(type(c['exit_code']) is int and type(c['elapsed_ms']) is int, 'exit_code/elapsed_ms not numbers')
want(r['node']['hostname'] == 'on', 'hostname %r' % (r['node']['hostname'],))
want(type(r['sessions']) is int, 'sessions %r' % (r['sessions'],))
want(r['steps'][0]['found_done'] is True, 'found_done %r' % (r['steps'][0]['found_done'],))
want(r['steps'][0]['title'] == 'true', 'title %r' % (r['steps'][0]['title'],))
want(type(r['started_at']) is str, 'started_at %r' % (r['started_at'],))
want(r['steps'][0]['actions'][1]['file']['change'] == 'off', 'change')
want(r['steps'][0]['actions'][1]['file']['sha256_before'] == '1234', 'sha256_before')
for name, t in (('record', r['answers']), ('answers file', a)):
    want(t['cell_name'] == '50', name + ' cell_name %r' % (t['cell_name'],))
    want(t['app_server'] == 'no', name + ' app_server %r' % (t['app_server'],))
    want(t['shared_vg']['jfslog'] == '0x1F', name + ' jfslog %r' % (t['shared_vg']['jfslog'],))
    want(t['dce']['clients'] == ['1:20', '~', 'yes', '.inf'], name + ' clients %r' % (t['dce']['clients'],))
    want(t['dfs'] is True, name + ' dfs %r' % (t['dfs'],))
    want(type(t['shared_vg']['major']) is int and t['shared_vg']['major'] == 50, name + ' major')
    want(type(t['shared_vg']['filesystems'][0]['size_mb']) is int, name + ' size_mb')
print('\n'.join(problems) if problems else 'OK')
)";
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                QStringList{QStringLiteral("-c"), QString::fromUtf8(script), file, answers} + ambiguous());
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (err.contains(QStringLiteral("No module named 'yaml'")))
            QSKIP("PyYAML is not installed (scripts/ensure-deps.sh installs python3-yaml)");
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed() + err, QStringLiteral("OK"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // a fragment: the field and the rule
        const QByteArray base = sample().toYaml();
        auto with = [&](const char* from, const char* to) {
            QByteArray b = base;
            const int at = int(b.indexOf(from));
            if (at < 0)
                qFatal("test table: '%s' is not in the sample record", from);
            return b.replace(at, int(qstrlen(from)), to);
        };
        const QByteArray head = base.left(base.indexOf("\nsteps:") + 1);
        // The embedded answers: from "answers:" to the next top-level key.
        QByteArray withoutAnswers = base;
        const int from = int(base.indexOf("\nanswers:\n")) + 1;
        withoutAnswers.remove(from, int(base.indexOf("\nanswers_digest:")) + 1 - from);

        QTest::newRow("a pre-flight finding of no known severity")
            << with("severity: warning", "severity: maybe") << "preflight[1].severity: 'maybe' is not one of";
        QTest::newRow("a pre-flight finding without its check")
            << with("- check: Shared disks\n    severity: pass", "- severity: pass")
            << "preflight[0].check: is required";
        QTest::newRow("steps: 5") << head + "steps: 5\n"
                                  << "steps: must be a list";
        QTest::newRow("steps: []") << head + "steps: []\n"
                                   << "steps: is empty";
        QTest::newRow("no steps") << head << "steps: is required";
        QTest::newRow("unknown failure category")
            << with("failure: precondition", "failure: gremlins")
            << QStringLiteral(
                   ".failure: 'gremlins' is not one of command, verify, drift, precondition, io, refused");
        QTest::newRow("a step not a mapping") << head + "steps: [5]\n"
                                              << "steps[0]: must be a mapping";
        QTest::newRow("step without id")
            << with("- id: create-vg\n", "- title_: x\n") << "steps[0].id: is required";
        QTest::newRow("status: bogus")
            << with("status: done", "status: bogus") << "steps[0].status: 'bogus' is not one of";
        QTest::newRow("no status") << with("status: done", "kind_: x") << "steps[0].status: is required";
        QTest::newRow("duplicate key")
            << with("\nsessions: 2\n", "\nsessions: 2\nsessions: 3\n") << "sessions: is given twice";
        QTest::newRow("second document") << base + "---\nformat: dce-ha-wizard-record/1\n"
                                         << "(file): holds more than one YAML document";
        QTest::newRow("exit code a list")
            << with("exit_code: 0", "exit_code: [0]")
            << "steps[0].actions[0].command.exit_code: must be a single value, not a list";
        QTest::newRow("exit code not a number")
            << with("exit_code: 0", "exit_code: zero")
            << "steps[0].actions[0].command.exit_code: must be a whole number";
        QTest::newRow("stdout a list")
            << with("stdout: \"no\"", "stdout: [no]")
            << "steps[0].actions[0].command.stdout: must be a single value, not a list";
        QTest::newRow("sessions a mapping")
            << with("sessions: 2", "sessions: {a: 1}") << "sessions: must be a single value, not a mapping";
        QTest::newRow("node a scalar") << with("node:\n  hostname: \"on\"\n  root: /\n  role: owner\n  "
                                               "configuration: hot-standby-cascading\n  shared_disks:\n    "
                                               "hdisk2: \"0x1F\"\n    hdisk3: \"50\"\n",
                                               "node: 5\n")
                                       << "node: must be a mapping";
        QTest::newRow("no answers") << withoutAnswers << "answers: is required";
        QTest::newRow("answers a scalar")
            << QByteArray(withoutAnswers).replace("answers_digest:", "answers: 5\nanswers_digest:")
            << "answers: must be a mapping";
        QTest::newRow("found_done not a boolean")
            << with("found_done: true", "found_done: maybe") << "steps[0].found_done: must be true or false";
        QTest::newRow("facts a list") << with("facts:\n      boot_before_shutdown: \"yes\"", "facts: [1]")
                                      << "steps[0].facts: must be a mapping";
        QTest::newRow("a fact a mapping")
            << with("boot_before_shutdown: \"yes\"", "boot_before_shutdown: {a: 1}")
            << "steps[0].facts.boot_before_shutdown: must be a single value, not a mapping";
        QTest::newRow("bad time") << with("started_at: \"2024-05-01T10:00:00.000\"", "started_at: yesterday")
                                  << "started_at: 'yesterday' is not an ISO 8601 time";
        QTest::newRow("unknown result")
            << with("result: waiting", "result: maybe") << "result: 'maybe' is not one of";
        QTest::newRow("not YAML") << QByteArray("format: [\n") << "(file): not valid YAML";
    }

    void refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        RunRecord r;
        r.hostname = QStringLiteral("untouched");
        QString why;
        QVERIFY2(!RunRecord::fromYaml(text, &r, &why), text.constData());
        QVERIFY2(why.contains(error), qPrintable(why + QStringLiteral("\n---\n") + QString::fromUtf8(text)));
        QCOMPARE(r.hostname, QStringLiteral("untouched"));
    }
};

QTEST_GUILESS_MAIN(tst_Records)
#include "tst_records.moc"
