// Argument injection through every string answer: each hostile value is either refused (exit 2, the field
// named) or reaches the programs as one inert argument; no shell ever runs it.
#include "Wizard.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Injection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileValue_data()
    {
        QTest::addColumn<QString>("from");  // text in the example answers
        QTest::addColumn<QString>("field"); // the field a refusal must name
        const QList<QPair<QString, QString>> fields = {
            {QStringLiteral("cell_name: ha.example.com"), QStringLiteral("cell_name")},
            {QStringLiteral("name: dcevg"), QStringLiteral("shared_vg.name")},
            {QStringLiteral("disks: [hdisk2]"), QStringLiteral("shared_vg.disks[0]")},
            {QStringLiteral("jfslog: dcelog"), QStringLiteral("shared_vg.jfslog")},
            {QStringLiteral("mount: /var/dce,"), QStringLiteral("shared_vg.filesystems[0].mount")},
            {QStringLiteral("lv: dcevarlv"), QStringLiteral("shared_vg.filesystems[0].lv")},
            {QStringLiteral("vg: rootvg"), QStringLiteral("dfs_cache.vg")},
            {QStringLiteral("lv: dfscachelv"), QStringLiteral("dfs_cache.lv")},
            {QStringLiteral("mount: /var/dce/adm/dfs/cache"), QStringLiteral("dfs_cache.mount")},
            {QStringLiteral("lv: dfsagg1lv"), QStringLiteral("dfs_aggregates[0].lv")},
            {QStringLiteral("name: agg1"), QStringLiteral("dfs_aggregates[0].name")},
            {QStringLiteral("install_media: /dev/cd0"), QStringLiteral("dce.install_media")},
            {QStringLiteral("servers: [sec_srv, cds_srv]"), QStringLiteral("dce.servers[0]")},
            {QStringLiteral("clients: [all_cl]"), QStringLiteral("dce.clients[0]")},
            {QStringLiteral("scripts_dir: /usr/local/hacmp/dce"), QStringLiteral("scripts_dir")},
            {QStringLiteral("service: [9.3.240.2]"), QStringLiteral("network.service[0]")},
            {QStringLiteral("boot: [9.3.240.1]"), QStringLiteral("network.boot[0]")},
        };
        for (const auto& [from, field] : fields)
            QTest::newRow(qPrintable(field)) << from << field;
        QTest::newRow("app_server") << QStringLiteral("scripts_dir: /usr/local/hacmp/dce")
                                    << QStringLiteral("app_server");
        QTest::newRow("dce.filesets")
            << QStringLiteral("clients: [all_cl]") << QStringLiteral("dce.filesets[0]");
    }

    void hostileValue()
    {
        QFETCH(QString, from);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString marker = dir.path() + QStringLiteral("/PWNED");
        const QString root = dir.path() + QStringLiteral("/node1");
        const QString shared = dir.path() + QStringLiteral("/shared");
        SimNode(root, shared).ok(QStringLiteral("hostname"));
        const QStringList hostile = {
            QStringLiteral("/x$(touch %1)").arg(marker), QStringLiteral("/x`touch %1`").arg(marker),
            QStringLiteral("/x;touch %1").arg(marker), QStringLiteral("/x' && touch '%1").arg(marker)};
        for (const auto& value : hostile) {
            QString text = QString::fromUtf8(
                wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
            const QString quoted = QStringLiteral("\"") +
                                   QString(value).replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                                   QLatin1Char('"');
            QString replacement;
            if (field == QLatin1String("app_server"))
                replacement = from + QStringLiteral("\napp_server: ") + quoted;
            else if (field.startsWith(QLatin1String("dce.filesets")))
                replacement = from + QStringLiteral(", filesets: [") + quoted + QLatin1Char(']');
            else if (from.contains(QLatin1Char('[')))
                replacement =
                    from.section(QLatin1Char('['), 0, 0) + QLatin1Char('[') + quoted + QLatin1Char(']');
            else
                replacement = from.section(QLatin1Char(':'), 0, 0) + QStringLiteral(": ") + quoted +
                              (from.endsWith(QLatin1Char(',')) ? QStringLiteral(",") : QString());
            QVERIFY2(text.contains(from), qPrintable(from));
            text.replace(text.indexOf(from), from.size(), replacement);
            const QString answers =
                wizard::writeFile(dir.path() + QStringLiteral("/answers.yaml"), text.toUtf8());
            const WizardResult r =
                wizard::run({QStringLiteral("--headless"), QStringLiteral("--simulate"),
                             QStringLiteral("--root"), root, QStringLiteral("--shared-dasd"), shared,
                             QStringLiteral("--answers"), answers, QStringLiteral("--restart")},
                            {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=pw")});
            QVERIFY2(!QFileInfo::exists(marker), qPrintable(QStringLiteral("a shell ran %1").arg(value)));
            if (r.exitCode == 2) {
                QVERIFY2(r.err.contains(QStringLiteral("  ") + field.section(QLatin1Char('['), 0, 0)),
                         qPrintable(r.err));
            } else {
                // Accepted: then it reached a program as one argument and failed there, or was harmless.
                QVERIFY2(r.exitCode == 1 || r.exitCode == 3, qPrintable(r.out + r.err));
                QVERIFY2(!r.out.contains(QStringLiteral("sh:")), qPrintable(r.out));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Injection)
#include "tst_injection.moc"
