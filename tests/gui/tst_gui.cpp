// The GUI over the simulated node, driven with real widgets under the offscreen platform: walk every page for
// an owner, run it (the engine in its worker thread), confirm the operator step, export the record; refused
// answers keep Next disabled with the engine's message. Every page is rendered to PNG
// (DCEHA_SCREENSHOTS=DIR).
#include "Wizard.h"
#include "gui/WizardWindow.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace dceha;

class tst_Gui : public QObject
{
    Q_OBJECT

    static Options optionsFor(const QString& dir, const QString& node = QStringLiteral("node1"))
    {
        Options o;
        o.simulate = true;
        o.root = dir + QLatin1Char('/') + node;
        o.sharedDasd = dir + QStringLiteral("/shared");
        SimNode(o.root, o.sharedDasd).ok(QStringLiteral("hostname"));
        return o;
    }

    static void shot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DCEHA_SCREENSHOTS");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static void next(QWizard& w) { QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton); }

private Q_SLOTS:
    void initTestCase()
    {
        // The engine runs aixsim from beside the application: the test binary lives in the same bin/.
        qputenv("DCE_CELL_ADMIN_PASSWORD", "gui-secret");
    }

    void ownerRunThroughThePages()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(WelcomePageId));
        shot(w, QStringLiteral("1-welcome"));
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        shot(w, QStringLiteral("2-cluster"));
        next(w);
        QCOMPARE(w.currentId(), int(NetworkPageId));
        auto* network = qobject_cast<NetworkPage*>(w.currentPage());
        // The node's own adapters, then the cluster's service addresses (not on an adapter before HACMP
        // starts).
        QStringList addresses;
        for (int i = 0; i < network->adapters()->topLevelItemCount(); ++i)
            addresses << network->adapters()->topLevelItem(i)->text(0);
        QCOMPARE(addresses, (QStringList{"9.3.240.1", "9.3.240.66", "9.3.240.2", "9.3.240.4"}));
        QCOMPARE(network->variable()->text(),
                 QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // The service address excluded by mistake: refused with the engine's message, Next disabled.
        network->assign(2, QStringLiteral("boot"));
        QCOMPARE(network->variable()->text(),
                 QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.2:9.3.240.66"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2b-network-refused"));
        network->assign(2, QStringLiteral("service"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(network->variable()->text(),
                 QStringLiteral("RPC_UNSUPPORTED_NETADDRS=9.3.240.1:9.3.240.66"));
        shot(w, QStringLiteral("2c-network"));
        next(w);
        QCOMPARE(w.currentId(), int(CellPageId));
        auto* cell = qobject_cast<CellPage*>(w.currentPage());
        QCOMPARE(cell->cellEdit()->text(), QStringLiteral("ha.example.com"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // Typing a bad cell name: refused as typed, with the engine's rule; corrected, Next comes back.
        cell->cellEdit()->selectAll();
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("bad cell"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2d-cell-refused"));
        cell->cellEdit()->selectAll();
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("ha.example.com"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(StoragePageId));
        auto* storage = qobject_cast<StoragePage*>(w.currentPage());
        QCOMPARE(storage->filesystems()->rowCount(), 3);
        QCOMPARE(storage->filesystems()->item(0, 1)->text(), QStringLiteral("dcevarlv"));
        // A default LV name is refused with the engine's reason.
        storage->filesystems()->item(1, 1)->setText(QStringLiteral("lv00"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2e-storage-refused"));
        storage->filesystems()->item(1, 1)->setText(QStringLiteral("dceetclv"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(DfsPageId));
        auto* dfs = qobject_cast<DfsPage*>(w.currentPage());
        QCOMPARE(dfs->cacheVg()->count(), 1); // rootvg: the shared VG is never offered for the cache
        QCOMPARE(dfs->cacheVg()->currentText(), QStringLiteral("rootvg"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(ScriptsPageId));
        auto* scripts = qobject_cast<ScriptsPage*>(w.currentPage());
        QCOMPARE(scripts->directory()->text(), QStringLiteral("/usr/local/hacmp/dce"));
        // An application whose program is not a full path is refused; with one, it is taken as typed.
        scripts->applications()->item(0, 0)->setText(QStringLiteral("ledger"));
        scripts->applications()->item(0, 1)->setText(QStringLiteral("true --start"));
        scripts->applications()->item(0, 2)->setText(QStringLiteral("/bin/true \"stop now\""));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2f-scripts-refused"));
        scripts->applications()->item(0, 1)->setText(QStringLiteral("/bin/true --start"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.model().parsed().answers.applications.value(0).stop,
                 (QStringList{"/bin/true", "stop now"}));
        next(w);
        QCOMPARE(w.currentId(), int(ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(w.currentPage());
        QCOMPARE(review->plan()->topLevelItemCount(), 30);
        QVERIFY(review->plan()->topLevelItem(1)->child(0)->text(0).startsWith(
            QStringLiteral("$ mkvg -n -s 4 -V 50 -y dcevg hdisk2")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("3-review"));
        next(w);
        QCOMPARE(w.currentId(), int(RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QSignalSpy finished(run, &RunPage::runFinished);
        QTest::mouseClick(run->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 3); // waits for the standby's integration
        QVERIFY(run->confirmButton()->isEnabled());
        QVERIFY(run->steps()->item(27)->text().startsWith(QStringLiteral("…")));
        QVERIFY(run->steps()->item(1)->text().startsWith(QStringLiteral("✔")));
        shot(w, QStringLiteral("4-run-waiting"));
        QTest::mouseClick(run->confirmButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 0);
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("5-run-complete"));
        next(w);
        QCOMPARE(w.currentId(), int(SummaryPageId));
        shot(w, QStringLiteral("6-summary"));
        auto* summary = qobject_cast<SummaryPage*>(w.currentPage());
        const QString html = dir.path() + QStringLiteral("/record.html");
        QVERIFY(summary->exportTo(QStringLiteral("html"), html));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY(content.contains("Start the cluster manager on this node"));
        QVERIFY(!content.contains("gui-secret"));
        // The simulated node is integrated: the cluster manager runs and DCE was started by the scripts.
        QVERIFY(SimNode(w.model().options().root, w.model().options().sharedDasd)
                    .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                    .contains(QStringLiteral(" active")));
    }

    void standbyWithTheOwnersRecord()
    {
        QTemporaryDir dir;
        const Options owner = optionsFor(dir.path());
        const QString record = dir.path() + QStringLiteral("/owner-record.yaml");
        const QString answers = wizard::writeFile(
            dir.path() + QStringLiteral("/owner.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
        QCOMPARE(wizard::run(wizard::headless(owner.root, owner.sharedDasd, answers)
                                 << QStringLiteral("--record") << record,
                             {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=gui-secret")})
                     .exitCode,
                 3);
        WizardWindow w(optionsFor(dir.path(), QStringLiteral("node2")));
        w.show();
        qobject_cast<WelcomePage*>(w.currentPage())->ownerRecordEdit()->setText(record);
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        qobject_cast<ClusterPage*>(w.currentPage())->standbyButton()->setChecked(true);
        while (w.currentId() != int(ReviewPageId)) {
            QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(w.currentPage()->title()));
            next(w);
        }
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        QTest::mouseClick(run->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 3);
        // The owner's record shows the shared DASD released: the standby went on to import and integrate, and
        // waits only for the owner's cluster manager.
        QStringList rows;
        for (int i = 0; i < run->steps()->count(); ++i)
            rows << run->steps()->item(i)->text();
        QVERIFY2(rows.value(1).startsWith(QStringLiteral("✔")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.value(17).startsWith(QStringLiteral("…")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(SimNode(w.model().options().root, w.model().options().sharedDasd)
                    .ok(QStringLiteral("lsvg"))
                    .contains(QStringLiteral("dcevg")));
    }

    void refusedAnswersKeepNextDisabled()
    {
        QTemporaryDir dir;
        const QString bad = dir.path() + QStringLiteral("/bad.yaml");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("configuration: hot-standby-cascading\nrole: owner\ncell_name: ha.example.com\n"
                           "network: { service: [9.3.240.2], boot: [9.3.240.1], standby: [9.3.240.66] }\n"
                           "shared_vg: { name: dcevg, disks: [hdisk2], jfslog: loglv00, filesystems: [] }\n"
                           "dce: { servers: [sec_srv], clients: [all_cl] }\n"));
        f.close();
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        welcome->answersFileEdit()->setText(bad);
        next(w);
        next(w);
        QCOMPARE(w.currentId(), int(NetworkPageId));
        next(w);
        QCOMPARE(w.currentId(), int(CellPageId));
        next(w);
        QCOMPARE(w.currentId(), int(StoragePageId));
        // The file's shared VG is refused on this page already: Next stays disabled, a click does nothing.
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(StoragePageId));
        const auto labels = w.currentPage()->findChildren<QLabel*>();
        bool shown = false;
        for (const auto* l : labels)
            shown =
                shown ||
                (l->text().contains(QStringLiteral("shared_vg.jfslog: 'loglv00' is an AIX default name")) &&
                 l->text().contains(QStringLiteral("/var/dce is missing")));
        QVERIFY(shown);
        shot(w, QStringLiteral("7-storage-refused"));
    }
};

QTEST_MAIN(tst_Gui)
#include "tst_gui.moc"
