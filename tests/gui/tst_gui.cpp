// The GUI over the simulated node, driven with real widgets under the offscreen platform: walk every page for
// an owner and run it (the engine in its worker thread), confirm the operator step, export the record; the
// keyboard alone; refused answers keep Next disabled with the engine's message; the languages, the page
// checks (mnemonics, accessible names, no clipped text) and the diagrams. Every page is rendered to PNG
// (DCEHA_SCREENSHOTS=DIR). The runs, stops, signals, resumes and the standby are in tst_gui_run.
#include "GuiDriver.h"
#include "Wizard.h"
#include "gui/WizardWindow.h"

#include "answers/AnswersFile.h"
#include "gui/ConfigurationDiagram.h"
#include "gui/Language.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dceha;
using namespace guidriver;

class tst_Gui : public QObject
{
    Q_OBJECT

    /** The mnemonic letters a page offers (labels with buddies, buttons, check boxes), with the wizard's. */
    static QStringList mnemonicClashes(QWizard& w, QWizardPage* page)
    {
        QMap<QChar, QStringList> seen;
        auto add = [&](const QString& text) {
            QString t = text;
            t.remove(QStringLiteral("&&"));
            const int at = int(t.indexOf(QLatin1Char('&')));
            if (at >= 0 && at + 1 < t.size())
                seen[t.at(at + 1).toLower()] << text;
        };
        for (auto b : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton})
            add(w.buttonText(b));
        for (const auto* l : page->findChildren<QLabel*>())
            if (l->buddy())
                add(l->text());
        for (const auto* b : page->findChildren<QAbstractButton*>())
            add(b->text());
        QStringList clashes;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1: %2").arg(it.key()).arg(it.value().join(QStringLiteral(" | ")));
        return clashes;
    }

    /** Visible texts cut short: a label or button narrower than its text, a wrapped label shorter than its
     * lines. */
    static QStringList clippedTexts(QWidget* page)
    {
        QStringList out;
        for (auto* l : page->findChildren<QLabel*>()) {
            if (!l->isVisibleTo(page) || l->text().isEmpty())
                continue;
            if (l->wordWrap() ? l->height() < l->heightForWidth(l->width())
                              : l->width() < l->minimumSizeHint().width())
                out << l->text().left(60);
        }
        for (auto* b : page->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(page) && !b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
                out << b->text();
        return out;
    }

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
        // Which system the run changes is said first.
        bool saysSimulated = false;
        for (const auto* l : w.currentPage()->findChildren<QLabel*>())
            saysSimulated = saysSimulated || l->text().startsWith(QStringLiteral("Simulated AIX node in ") +
                                                                  w.model().options().root);
        QVERIFY(saysSimulated);
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
        // The DCE components are said in words beside their ids.
        QVERIFY(cell->findChild<QLabel*>(QStringLiteral("componentDescriptions"))
                    ->text()
                    .contains(QStringLiteral("sec_srv: the security server")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // Typing a bad cell name: refused as typed, with the engine's rule; corrected, Next comes back.
        cell->cellEdit()->selectAll();
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("bad cell"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // Named as the page names it, the field marked; the answers file's name in its description.
        {
            QString said;
            for (const auto* label : cell->findChildren<QLabel*>())
                if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                    said += label->text();
            QVERIFY2(said.startsWith(QStringLiteral("Cell name: ")), qPrintable(said));
            QVERIFY(!cell->cellEdit()->styleSheet().isEmpty());
            QVERIFY(cell->cellEdit()->accessibleDescription().contains(
                QStringLiteral("in the answers file: cell_name")));
        }
        shot(w, QStringLiteral("2d-cell-refused"));
        cell->cellEdit()->selectAll();
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("ha.example.com"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(StoragePageId));
        auto* storage = qobject_cast<StoragePage*>(w.currentPage());
        QCOMPARE(storage->filesystems()->rowCount(), 3);
        QCOMPARE(storage->filesystems()->item(0, 1)->text(), QStringLiteral("dcevarlv"));
        // mkvg's PP size and major number are chosen here, as the review will show them.
        QCOMPARE(storage->ppSize()->currentText(), QStringLiteral("4"));
        storage->ppSize()->setCurrentText(QStringLiteral("8"));
        QCOMPARE(w.model().parsed().answers.sharedVg.ppSizeMb, 8);
        storage->ppSize()->setCurrentText(QStringLiteral("4"));
        QCOMPARE(w.model().parsed().answers.sharedVg.ppSizeMb, 4);
        QCOMPARE(storage->majorNumber()->value(), w.model().parsed().answers.sharedVg.major);
        // A default LV name is refused with the engine's reason.
        storage->filesystems()->item(1, 1)->setText(QStringLiteral("lv00"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // Said in the page's terms: the table, its column and the row as numbered on the screen; the cell
        // marked, the answers file's field in its tooltip.
        {
            QString said;
            for (const auto* label : storage->findChildren<QLabel*>())
                if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                    said += label->text();
            QVERIFY2(said.startsWith(QStringLiteral("Shared filesystems, Logical volume, row 2: ")),
                     qPrintable(said));
            QVERIFY2(!said.contains(QStringLiteral("shared_vg.filesystems[1]")), qPrintable(said));
            const QTableWidgetItem* cell = storage->filesystems()->item(1, 1);
            QVERIFY(cell->background().color() != storage->filesystems()->item(0, 1)->background().color());
            QVERIFY2(
                cell->toolTip().contains(QStringLiteral("in the answers file: shared_vg.filesystems[1].lv")),
                qPrintable(cell->toolTip()));
        }
        shot(w, QStringLiteral("2e-storage-refused"));
        // Back and again: the page opens with the cursor on the refused cell.
        w.back();
        next(w);
        QCOMPARE(w.currentId(), int(StoragePageId));
        QTRY_COMPARE(QApplication::focusWidget(), storage->filesystems());
        QCOMPARE(storage->filesystems()->currentRow(), 1);
        QCOMPARE(storage->filesystems()->currentColumn(), 1);
        storage->filesystems()->item(1, 1)->setText(QStringLiteral("dceetclv"));
        QVERIFY2(w.button(QWizard::NextButton)->isEnabled(),
                 qPrintable(w.model().problemsFor(QStringLiteral("shared_vg")).join(QLatin1Char('\n'))));
        QVERIFY(storage->filesystems()->item(1, 1)->toolTip().isEmpty());
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
        // One row an application (the demo's ledger), no blank rows; the other node's list is empty.
        QCOMPARE(scripts->applications()->rowCount(), 1);
        QCOMPARE(scripts->peerApplications()->rowCount(), 0);
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
        // The pre-flight: every check passed, one row each, with what the node said.
        QCOMPARE(w.currentId(), int(PreflightPageId));
        auto* preflight = qobject_cast<PreflightPage*>(w.currentPage());
        QVERIFY2(preflight->summary()->text().startsWith(QStringLiteral("9 passed, 0 warning(s), 0 failed.")),
                 qPrintable(preflight->summary()->text()));
        QCOMPARE(preflight->findings()->topLevelItemCount(), 9);
        QCOMPARE(preflight->findings()->topLevelItem(2)->text(0), QStringLiteral("Shared disks"));
        QCOMPARE(preflight->findings()->topLevelItem(2)->child(0)->text(2),
                 QStringLiteral("seen: lspv: hdisk2 000b3c5a8d2f4e02 None"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2g-preflight"));
        next(w);
        QCOMPARE(w.currentId(), int(ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(w.currentPage());
        QCOMPARE(review->plan()->topLevelItemCount(), 34);
        QCOMPARE(
            review->plan()->topLevelItem(1)->child(0)->text(0),
            QStringLiteral("Guide: Ch. 3, highest priority node, step 2 (HACMP Installation Guide, ch. 6)"));
        QVERIFY(review->plan()->topLevelItem(1)->child(1)->text(0).startsWith(
            QStringLiteral("$ mkvg -n -s 4 -V 50 -y dcevg hdisk2")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("3-review"));
        next(w);
        QCOMPARE(w.currentId(), int(RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 3); // waits for the standby's integration
        QVERIFY(run->confirmButton()->isEnabled());
        QVERIFY(run->steps()->item(27)->text().startsWith(QStringLiteral("…")));
        QVERIFY(run->steps()->item(1)->text().startsWith(QStringLiteral("✔")));
        QCOMPARE(run->steps()->item(1)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("done: Create the shared volume group dcevg"));
        shot(w, QStringLiteral("4-run-waiting"));
        standbyIsUp(w);
        QCOMPARE(clickAndWait(run->confirmButton(), finished), 0);
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

    void theKeyboardAloneWalksThePages()
    {
        // No mouse: mnemonics move the focus and press buttons, Tab reaches the rest, typing edits. The
        // configuration chosen below is one-sided takeover: the simulated cluster is laid down with its
        // resource groups (the review checks the answers against them).
        QTemporaryDir dir;
        SimNode(dir.path() + QStringLiteral("/node1"), dir.path() + QStringLiteral("/shared"), QString(),
                QStringLiteral("one-sided-takeover-cascading"))
            .ok(QStringLiteral("hostname"));
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto alt = [&](char key) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, key,
                            Qt::AltModifier);
        };
        // A mnemonic clicks a button as an animated press: the page changes a moment later.
        alt('n');
        QTRY_COMPARE(w.currentId(), int(ClusterPageId));
        QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
        auto* cluster = qobject_cast<ClusterPage*>(w.currentPage());
        alt('s');
        QTRY_VERIFY(cluster->standbyButton()->isChecked());
        alt('o');
        QTRY_VERIFY(!cluster->standbyButton()->isChecked());
        alt('h');
        QCOMPARE(QApplication::focusWidget(), cluster->configurationBox());
        // Preselected from HACMP's resource groups; Down then Up leaves it there.
        QCOMPARE(cluster->configurationBox()->currentData().toString(),
                 QStringLiteral("one-sided-takeover-cascading"));
        QTest::keyClick(cluster->configurationBox(), Qt::Key_Down);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // rotating: HACMP's groups cascade
        QTest::keyClick(cluster->configurationBox(), Qt::Key_Up);
        QCOMPARE(cluster->configurationBox()->currentData().toString(),
                 QStringLiteral("one-sided-takeover-cascading"));
        alt('n');
        QTRY_COMPARE(w.currentId(), int(NetworkPageId));
        QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
        alt('n');
        QTRY_COMPARE(w.currentId(), int(CellPageId));
        QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
        auto* cell = qobject_cast<CellPage*>(w.currentPage());
        alt('c');
        QCOMPARE(QApplication::focusWidget(), cell->cellEdit());
        QTest::keyClick(cell->cellEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("keyboard.example.com"));
        QCOMPARE(w.model().parsed().answers.cellName, QStringLiteral("keyboard.example.com"));
        // Tab leaves the field for the next one (the server boxes), Space ticks a box.
        QTest::keyClick(cell->cellEdit(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QCheckBox*>(QApplication::focusWidget()));
        for (int page : {int(StoragePageId), int(DfsPageId), int(ScriptsPageId), int(PreflightPageId),
                         int(ReviewPageId)}) {
            alt('n');
            QTRY_COMPARE(w.currentId(), page);
            QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
        }
        auto* review = qobject_cast<ReviewPage*>(w.currentPage());
        QVERIFY(review->plan()->topLevelItemCount() > 20);
        const QString plan = dir.path() + QStringLiteral("/plan.txt");
        QVERIFY(review->exportPlan(plan));
        QVERIFY(wizard::readFile(plan).contains(QStringLiteral("$ mkvg -n -s 4 -V 50 -y dcevg hdisk2")));
        alt('n');
        QTRY_COMPARE(w.currentId(), int(RunPageId));
        QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        // The confirmation before the run is answered from the keyboard too: Alt+B begins.
        QTimer begin;
        bool confirmed = false;
        connect(&begin, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<dceha::ConfirmRunDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            // A mnemonic reaches the active window only: the dialog is made so first (a window manager does
            // it when the dialog opens), and Alt+B is pressed again until the dialog has gone.
            dialog->activateWindow();
            if (!QTest::qWaitForWindowActive(dialog, 1000))
                return;
            confirmed = true;
            QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
        });
        begin.start(20);
        alt('s');
        QVERIFY(finished.wait(120000));
        begin.stop();
        QVERIFY(confirmed);
        QCOMPARE(finished.takeFirst().at(0).toInt(), 3);
        standbyIsUp(w);
        // The dialog gone, the window is the active one again (a window manager gives it back; offscreen
        // the test does).
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        alt('v');
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 0);
        QTRY_VERIFY(w.button(QWizard::NextButton)->isEnabled());
        alt('n');
        QTRY_COMPARE(w.currentId(), int(SummaryPageId));
        QVERIFY(waitForNode(w)); // the page asks the node: Next waits for it
    }

    /** The cluster page starts from HACMP's own configuration: preselected from the resource groups and
     * this node's priority; a choice HACMP contradicts is refused there, with HACMP's value and where it was
     * read, and Next waits for a choice that holds. */
    void theClusterPageRefusesWhatHacmpContradicts()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        next(w);
        auto* cluster = qobject_cast<ClusterPage*>(w.currentPage());
        QCOMPARE(cluster->configurationBox()->currentData().toString(),
                 QStringLiteral("hot-standby-cascading"));
        QVERIFY(!cluster->standbyButton()->isChecked());
        QVERIFY2(cluster->hacmpLabel()->text().contains(
                     QStringLiteral("dcerg: cascading, nodes node1 node2; node2 is the home of none")),
                 qPrintable(cluster->hacmpLabel()->text()));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        cluster->configurationBox()->setCurrentIndex(
            cluster->configurationBox()->findData(QStringLiteral("hot-standby-rotating")));
        QVERIFY2(cluster->problemsLabel()->text().startsWith(
                     QStringLiteral("HACMP's resource groups make this cluster \"Hot standby, cascading "
                                    "resources\"")),
                 qPrintable(cluster->problemsLabel()->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("2a-cluster-refused-by-hacmp"));
        // The role: node1 is dcerg's home, so it is the owner in hot standby.
        cluster->configurationBox()->setCurrentIndex(
            cluster->configurationBox()->findData(QStringLiteral("hot-standby-cascading")));
        cluster->standbyButton()->setChecked(true);
        QVERIFY2(cluster->problemsLabel()->text().contains(QStringLiteral("it is the owner")),
                 qPrintable(cluster->problemsLabel()->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        qobject_cast<QRadioButton*>(cluster->findChildren<QRadioButton*>().first())->setChecked(true);
        QVERIFY(cluster->problemsLabel()->text().isEmpty());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        // The pages say which values were discovered: the service address from HACMP's group.
        next(w);
        QCOMPARE(w.currentId(), int(NetworkPageId));
        const auto* origins = w.currentPage()->findChild<QLabel*>(QStringLiteral("origins"));
        QVERIFY(origins);
        QVERIFY2(
            origins->text().contains(QStringLiteral("Service addresses: discovered (dcerg's service label(s) "
                                                    "dcesvc (cllsres, cllsif -c))")),
            qPrintable(origins->text()));
    }

    /** The pre-flight checks what the pages cannot: a volume group HACMP's group does not hold is refused
     * there, with HACMP's value and the listings it came from, Next disabled, nothing run; the other checks
     * are shown all the same. */
    void thePreflightRefusesWhatHacmpContradicts()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(walkTo(w, StoragePageId));
        w.model().editAnswers([](Answers& a) { a.sharedVg.name = QStringLiteral("appdcevg"); });
        QVERIFY(walkTo(w, PreflightPageId));
        auto* preflight = qobject_cast<PreflightPage*>(w.currentPage());
        QVERIFY(waitForNode(w));
        QVERIFY2(preflight->summary()->text().startsWith(QStringLiteral("8 passed, 0 warning(s), 1 failed.")),
                 qPrintable(preflight->summary()->text()));
        // The failure is selected, and shown in full with its evidence.
        QVERIFY2(preflight->detail()->text().contains(QStringLiteral(
                     "shared_vg.name: HACMP's resource group dcerg holds the volume group(s) dcevg, "
                     "not appdcevg")),
                 qPrintable(preflight->detail()->text()));
        QVERIFY2(preflight->detail()->text().contains(
                     QStringLiteral("seen: cllsgrp, cllsres -g, odmget HACMPgroup: "
                                    "dcerg cascading [node1 node2]")),
                 qPrintable(preflight->detail()->text()));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, QStringLiteral("3b-preflight-refused-by-hacmp"));
        // Check again asks the node again: the same answer, still refused.
        QTest::mouseClick(preflight->checkAgainButton(), Qt::LeftButton);
        QVERIFY(waitForNode(w));
        QTRY_VERIFY(preflight->summary()->text().contains(QStringLiteral("1 failed")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!QFile::exists(w.model().options().stateDirHostPath() + QStringLiteral("/checkpoint.yaml")));
    }

    void japaneseTextHasGlyphsInTheFontUsed()
    {
        // No empty boxes: every character of the Japanese translation exists in the font the GUI then uses.
        QVERIFY(Language::apply(QStringLiteral("ja")));
        const QFont font = QApplication::font();
        const QFontMetrics metrics(font);
        QString missing;
        QFile ts(QStringLiteral(DCEHA_SOURCE_DIR "/translations/dce-ha-wizard_ja.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("translation"))
                for (const char32_t c : xml.readElementText().toUcs4())
                    if (c > 0x20 && !metrics.inFontUcs4(c) && !missing.contains(QString::fromUcs4(&c, 1)))
                        missing += QString::fromUcs4(&c, 1);
        Language::apply(QStringLiteral("en"));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in %1: %2").arg(QFontInfo(font).family(), missing)));
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
                shown || (l->text().contains(QStringLiteral("JFS log: 'loglv00' is an AIX default name")) &&
                          l->text().contains(QStringLiteral("/var/dce is missing")) &&
                          !l->text().contains(QStringLiteral("shared_vg.jfslog")));
        QVERIFY(shown);
        shot(w, QStringLiteral("7-storage-refused"));
    }

    /** The network page reads the node's adapters in a worker thread: while HACMP's cllsif is under way the
     * window answers and Next waits; then the rows appear. */
    void theNetworkPageAsksTheNodeWithoutFreezingTheWindow()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(walkTo(w, ClusterPageId));
        // The cluster page's discovery asked cllsif once: the network page's is the second.
        const QString release = holdCommand(dir.path(), QStringLiteral("cllsif:2"));
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(NetworkPageId));
        auto* network = qobject_cast<NetworkPage*>(w.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(release + QStringLiteral(".held")), 60000);
        bool ticked = false;
        QTimer::singleShot(0, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked); // the GUI thread is free while the node is asked
        QVERIFY(network->isAskingNode());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(network->adapters()->topLevelItemCount(), 0);
        wizard::writeFile(release, QByteArray());
        QVERIFY(waitForNode(w));
        unholdCommands();
        QVERIFY(network->adapters()->topLevelItemCount() >= 3);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void storageAndDfsPagesShowTheNode()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(walkTo(w, StoragePageId));
        auto* storage = qobject_cast<StoragePage*>(w.currentPage());
        // rootvg's disk is listed but cannot be chosen; the shared disks show their PVIDs.
        QCOMPARE(storage->disks()->count(), 4);
        QVERIFY(!(storage->disks()->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(storage->disks()->item(0)->text().contains(QStringLiteral("rootvg")));
        QVERIFY(storage->disks()->item(2)->text().contains(QStringLiteral("000b3c5a8d2f4e02")));
        QCOMPARE(storage->disks()->item(2)->checkState(), Qt::Checked);
        QVERIFY(storage->space()->text().contains(QStringLiteral("MB")));
        next(w);
        auto* dfs = qobject_cast<DfsPage*>(w.currentPage());
        // rootvg's free space from lsvg.
        QVERIFY2(dfs->space()->text().contains(QStringLiteral("1684 MB")), qPrintable(dfs->space()->text()));
        const int rows = dfs->aggregates()->rowCount();
        QTest::mouseClick(dfs->addAggregateButton(), Qt::LeftButton);
        QCOMPARE(dfs->aggregates()->rowCount(), rows + 1);
        // An empty aggregate row is refused until it is filled in, or removed.
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        dfs->aggregates()->setCurrentCell(rows, 0);
        QTest::mouseClick(dfs->removeAggregateButton(), Qt::LeftButton);
        QCOMPARE(dfs->aggregates()->rowCount(), rows);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    void escapeDoesNotLoseTheAnswersUnasked()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(walkTo(w, CellPageId));
        auto* cell = qobject_cast<CellPage*>(w.currentPage());
        cell->cellEdit()->selectAll();
        QTest::keyClicks(cell->cellEdit(), QStringLiteral("kept.example.com"));
        answerNextDialog(QStringLiteral("Stay"));
        QTest::keyClick(cell->cellEdit(), Qt::Key_Escape);
        QVERIFY(w.isVisible());
        // The answers can be saved from the review page, as the engine reads them.
        QVERIFY(walkTo(w, ReviewPageId));
        const QString file = dir.path() + QStringLiteral("/saved.yaml");
        QVERIFY(qobject_cast<ReviewPage*>(w.currentPage())->saveAnswers(file));
        const auto saved = AnswersFile::parse(wizard::readFile(file).toUtf8());
        QVERIFY(saved.errors.isEmpty());
        QCOMPARE(saved.answers.cellName, QStringLiteral("kept.example.com"));
        QCOMPARE(saved.digest, w.model().parsed().digest);
        answerNextDialog(QStringLiteral("Close"));
        w.reject();
        QVERIFY(!w.isVisible());
    }

    void switchingTheLanguageRetranslatesWhatIsShown()
    {
        QTemporaryDir dir;
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        const QString title = welcome->title();
        const QString nextText = w.buttonText(QWizard::NextButton);
        auto* cluster = qobject_cast<ClusterPage*>(w.page(ClusterPageId));
        // Not shown yet, so not built (the window opens with its first page's widgets only): made now, to
        // see a page the operator has not reached follow the language as well.
        QVERIFY(!cluster->isBuilt());
        cluster->ensureBuilt();
        const QByteArray svg = cluster->diagram()->svg();
        welcome->languageBox()->setCurrentIndex(welcome->languageBox()->findData(QStringLiteral("de")));
        QCOMPARE(Language::current(), QStringLiteral("de"));
        // QApplication posts the language change to every window; the pages follow at once.
        QTRY_VERIFY(welcome->title() != title);
        QCOMPARE(w.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
        QVERIFY(cluster->diagram()->svg() != svg);
        QVERIFY(cluster->configurationBox()->itemText(0) !=
                QStringLiteral("Hot standby, cascading resources"));
        welcome->languageBox()->setCurrentIndex(welcome->languageBox()->findData(QStringLiteral("ja")));
        static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
        QTRY_VERIFY(welcome->title().contains(japanese));
        QVERIFY(QString::fromUtf8(cluster->diagram()->svg()).contains(japanese));
        // The catalog's step titles too, on the review and run pages.
        QVERIFY(walkTo(w, ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(w.currentPage());
        QVERIFY(review->plan()->topLevelItem(0)->text(0).contains(japanese));
        welcome->languageBox()->setCurrentIndex(welcome->languageBox()->findData(QStringLiteral("en")));
        QTRY_COMPARE(welcome->title(), title);
        QCOMPARE(review->plan()->topLevelItem(0)->text(0), QStringLiteral("1. Install and configure HACMP"));
    }

    void everyPageIsUsableInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("configuration");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("hot-standby-rotating");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("hot-standby-rotating");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("hot-standby-rotating");
        QTest::newRow("de-mutual") << QStringLiteral("de") << QStringLiteral("mutual-takeover-cascading");
    }

    void everyPageIsUsableInEveryLanguage()
    {
        // Every page, walked by its Next button: no mnemonic used twice, every field named for screen
        // readers, no text cut short at the window's size; each page rendered (DCEHA_SCREENSHOTS).
        QFETCH(QString, language);
        QFETCH(QString, configuration);
        QVERIFY(Language::apply(language));
        QTemporaryDir dir;
        // The simulated cluster is laid down in the configuration the pages choose: the pre-flight passes.
        WizardWindow w(optionsFor(dir.path(), QStringLiteral("node1"), configuration));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        for (int page = WelcomePageId; page <= ReviewPageId; ++page) {
            if (page == ClusterPageId) {
                auto* cluster = qobject_cast<ClusterPage*>(w.currentPage());
                cluster->configurationBox()->setCurrentIndex(
                    cluster->configurationBox()->findData(configuration));
            }
            if (w.currentId() != page)
                continue;
            QApplication::processEvents();
            for (const auto& clash : mnemonicClashes(w, w.currentPage()))
                problems << QStringLiteral("page %1: mnemonic %2").arg(page).arg(clash);
            for (const auto* field : w.currentPage()->findChildren<QWidget*>()) {
                const bool input = qobject_cast<const QLineEdit*>(field) ||
                                   qobject_cast<const QComboBox*>(field) ||
                                   (qobject_cast<const QAbstractItemView*>(field) &&
                                    !qobject_cast<const QHeaderView*>(field));
                if (input && field->isVisibleTo(w.currentPage()) && field->accessibleName().isEmpty() &&
                    !qobject_cast<const QComboBox*>(field->parentWidget()) &&
                    field->objectName() != QLatin1String("qt_scrollarea_viewport"))
                    problems << QStringLiteral("page %1: a %2 without an accessible name")
                                    .arg(page)
                                    .arg(QLatin1String(field->metaObject()->className()));
            }
            // The page and the wizard's header (title, subtitle) around it.
            for (const auto& text : clippedTexts(&w))
                problems << QStringLiteral("page %1: clipped \"%2\"").arg(page).arg(text);
            shot(w, QStringLiteral("%1-page%2").arg(tag).arg(page));
            if (page < ReviewPageId) {
                QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(w.currentPage()->title()));
                next(w);
            }
        }
        QCOMPARE(w.currentId(), int(ReviewPageId));
        // The run, summary and failover test pages' buttons too (without running).
        for (int page : {int(RunPageId), int(SummaryPageId), int(FailoverTestPageId)})
            for (const auto& clash : mnemonicClashes(w, w.page(page)))
                problems << QStringLiteral("page %1: mnemonic %2").arg(page).arg(clash);
        Language::apply(QStringLiteral("en"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    /** Mutual takeover: the Scripts page asks for the other node's application server and applications
     * (this node runs them after a takeover); a missing server is refused there, naming the field; other
     * configurations do not show them. */
    void theOtherNodesServerIsAskedInMutualTakeover()
    {
        for (const QString configuration : {"mutual-takeover-cascading", "hot-standby-cascading"}) {
            const bool mutual = configuration.startsWith(QLatin1String("mutual"));
            QTemporaryDir dir;
            WizardWindow w(optionsFor(dir.path(), QStringLiteral("node1"), configuration));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            while (w.currentId() != int(ScriptsPageId)) {
                if (w.currentId() == int(ClusterPageId)) {
                    auto* cluster = qobject_cast<ClusterPage*>(w.currentPage());
                    cluster->configurationBox()->setCurrentIndex(
                        cluster->configurationBox()->findData(configuration));
                }
                if (w.currentId() == int(NetworkPageId) && mutual) {
                    // The other node's service label, which this node takes over, is assigned as such.
                    auto* network = qobject_cast<NetworkPage*>(w.currentPage());
                    QString role;
                    for (int i = 0; i < network->adapters()->topLevelItemCount(); ++i)
                        if (network->adapters()->topLevelItem(i)->text(0) == QLatin1String("9.3.240.4"))
                            role = qobject_cast<QComboBox*>(network->adapters()->itemWidget(
                                                                network->adapters()->topLevelItem(i), 3))
                                       ->currentData()
                                       .toString();
                    QCOMPARE(role, QStringLiteral("peer_service"));
                }
                QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(w.currentPage()->title()));
                next(w);
            }
            auto* scripts = qobject_cast<ScriptsPage*>(w.currentPage());
            QCOMPARE(scripts->peerServer()->isVisibleTo(scripts), mutual);
            QCOMPARE(scripts->peerApplications()->isVisibleTo(scripts), mutual);
            if (!mutual)
                continue;
            QCOMPARE(scripts->peerServer()->text(), QStringLiteral("dceapp2"));
            QCOMPARE(scripts->peerApplications()->item(0, 0)->text(), QStringLiteral("payroll"));
            shot(w, QStringLiteral("2g-scripts-mutual"));
            scripts->peerServer()->clear();
            QTest::keyClicks(scripts->peerServer(), QStringLiteral("dceapp1"));
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
            scripts->peerServer()->clear();
            QTest::keyClicks(scripts->peerServer(), QStringLiteral("node2_apps"));
            QVERIFY(w.button(QWizard::NextButton)->isEnabled());
            QCOMPARE(w.model().parsed().answers.peerAppServerName, QStringLiteral("node2_apps"));
            scripts->peerApplications()->item(0, 1)->setText(
                QStringLiteral("/opt/payroll/bin/start --takeover"));
            QCOMPARE(w.model().parsed().answers.peerApplications.value(0).start,
                     (QStringList{"/opt/payroll/bin/start", "--takeover"}));
        }
    }

    void diagramsTellTheConfigurationsApart()
    {
        ConfigurationDiagram d;
        QStringList seen;
        for (const QString c : {"hot-standby-cascading", "one-sided-takeover-cascading",
                                "hot-standby-rotating", "mutual-takeover-cascading"}) {
            d.setConfiguration(c, true);
            const QString svg = QString::fromUtf8(d.svg());
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(!seen.contains(svg));
            seen << svg;
        }
        d.setConfiguration(QStringLiteral("hot-standby-rotating"), true);
        QVERIFY(QString::fromUtf8(d.svg()).contains(QStringLiteral("no fall-back")));
        d.setConfiguration(QStringLiteral("mutual-takeover-cascading"), false);
        QVERIFY(QString::fromUtf8(d.svg()).contains(QStringLiteral("no DCE filesystems")));
        // Mutual takeover has two peers, not an owner and a standby.
        QVERIFY(QString::fromUtf8(d.svg()).contains(QStringLiteral("Peer node A")));
        QVERIFY(!QString::fromUtf8(d.svg()).contains(QStringLiteral("Standby/takeover node")));
    }

    /** Japanese labels break where a line may end and a word ends: never inside a katakana word nor before
     * ー, and nothing is lost. */
    void diagramLabelsBreakWhereJapaneseAllows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("katakana word")
            << QStringLiteral("所有者ノードが失敗するとフェイルオーバーします") << 70;
        QTest::newRow("long vowel mark")
            << QStringLiteral("待機ノードはサーバーとクライアントを引き継ぎます") << 50;
        QTest::newRow("English") << QStringLiteral("gives them back when the owner rejoins") << 90;
    }
    void diagramLabelsBreakWhereJapaneseAllows()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        const QStringList lines = ConfigurationDiagram::wrapLines(text, width);
        QVERIFY(lines.size() > 1);
        QString joined;
        for (const auto& line : lines) {
            QVERIFY2(!line.startsWith(QChar(0x30fc)), qPrintable(lines.join(QLatin1Char('|'))));
            joined += line + (text.contains(QLatin1Char(' ')) ? QStringLiteral(" ") : QString());
        }
        QCOMPARE(joined.trimmed(), text);
        for (const QString word :
             {QStringLiteral("フェイルオーバー"), QStringLiteral("サーバー"), QStringLiteral("クライアント")})
            if (text.contains(word)) {
                bool whole = false;
                for (const auto& line : lines)
                    whole = whole || line.contains(word);
                QVERIFY2(whole, qPrintable(word + QStringLiteral(": ") + lines.join(QLatin1Char('|'))));
            }
    }
};

QTEST_MAIN(tst_Gui)
#include "tst_gui.moc"
