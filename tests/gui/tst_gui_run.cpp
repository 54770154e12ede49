// The GUI's runs over the simulated node, driven with real widgets under the offscreen platform: the standby
// with the owner's record, and the owner-then-standby rehearsal through the screens; the password asked
// without echo; a failed command retried; closing mid-run, a signal, resuming and starting over; a damaged or
// refused checkpoint; changed answers of a resumed run. The page walks are in tst_gui.
#include "GuiDriver.h"
#include "SshServer.h"
#include "Wizard.h"
#include "gui/CellPage.h"
#include "gui/ProcedureMap.h"
#include "gui/RunLog.h"
#include "gui/WizardWindow.h"

#include "answers/AnswersFile.h"
#include "gui/Language.h"
#include "gui/ReviewPage.h"
#include "procedure/Checkpoint.h"
#include "system/Interruption.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <csignal>

using namespace dceha;
using namespace guidriver;

class tst_GuiRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The engine runs aixsim from beside the application: the test binary lives in the same bin/.
        qputenv("DCE_CELL_ADMIN_PASSWORD", "gui-secret");
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
        QCOMPARE(clickAndWait(run->startButton(), finished), 3);
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

    /** The demo cluster's two nodes in one window (--two-node --peer-root): the review shows both nodes'
     * plans, the run page both nodes' steps in the order they run, and one Start integrates both (the
     * waits between them resolved by checks of the other node, no Verify pressed). */
    void bothNodesInOneWindow()
    {
        QTemporaryDir dir;
        Options o = optionsFor(dir.path());
        o.peerRoot = dir.path() + QStringLiteral("/node2");
        o.twoNode = true;
        SimNode(o.peerRoot, o.sharedDasd, QStringLiteral("node2")).ok(QStringLiteral("hostname"));
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome->bothNodesBox()->isVisible());
        QVERIFY(welcome->bothNodesBox()->isChecked());
        QVERIFY(welcome->bothNodesBox()->text().contains(o.peerRoot));
        QVERIFY(!welcome->ownerRecordEdit()->isEnabled());
        QVERIFY(walkTo(w, ReviewPageId));
        auto* plan = qobject_cast<ReviewPage*>(w.currentPage())->plan();
        QVERIFY(plan);
        QStringList planned;
        for (int i = 0; i < plan->topLevelItemCount(); ++i)
            planned << plan->topLevelItem(i)->text(0);
        const auto rowOf = [&planned](const QString& text) {
            for (int i = 0; i < planned.size(); ++i)
                if (planned.at(i).contains(text))
                    return i;
            return -1;
        };
        // The order the session runs them: the owner up to its wait, the standby, the owner's cluster start.
        const int ownerWait = rowOf(QStringLiteral("owner: Wait until the standby node's integration"));
        const int standbyImport = rowOf(QStringLiteral("standby: Import the shared volume group dcevg"));
        const int ownerStart = rowOf(QStringLiteral("owner: Start the cluster manager on this node"));
        const int standbyStart = rowOf(QStringLiteral("standby: Start the cluster manager on this node"));
        QVERIFY2(ownerWait > 0 && standbyImport > ownerWait && ownerStart > standbyImport &&
                     standbyStart > ownerStart,
                 qPrintable(planned.join(QLatin1Char('\n'))));
        // Commands in the terminal's font (columns line up), the prose around them not.
        const QTreeWidgetItem* mkvg =
            plan->topLevelItem(rowOf(QStringLiteral("owner: Create the shared volume group")));
        QVERIFY(mkvg && mkvg->childCount() >= 2);
        QVERIFY(!QFontInfo(mkvg->child(0)->font(0)).fixedPitch()); // the guide reference
        QVERIFY(mkvg->child(1)->text(0).startsWith(QStringLiteral("$ mkvg")));
        QVERIFY(QFontInfo(mkvg->child(1)->font(0)).fixedPitch());
        shot(w, QStringLiteral("en-review-both-nodes"));
        next(w);
        auto* run = w.runPage();
        QCOMPARE(run->steps()->count(), planned.size());
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 0);
        for (int i = 0; i < run->steps()->count(); ++i) {
            const QString row = run->steps()->item(i)->text();
            QVERIFY2(!row.startsWith(QStringLiteral("…")) && !row.startsWith(QStringLiteral("✘")),
                     qPrintable(row));
        }
        QVERIFY(!run->standbyButton()->isVisible());
        // Commands as a terminal shows them: in its font.
        {
            const dceha::RunLog* log = run->view()->log();
            const QTreeWidgetItem* command = nullptr;
            for (int i = 0; i < log->topLevelItemCount() && !command; ++i)
                for (int k = 0; k < log->topLevelItem(i)->childCount() && !command; ++k)
                    if (log->topLevelItem(i)->child(k)->text(0).contains(QStringLiteral("$ ")))
                        command = log->topLevelItem(i)->child(k);
            QVERIFY(command);
            QVERIFY(QFontInfo(command->font(0)).fixedPitch());
        }
        shot(w, QStringLiteral("en-run-both-nodes"));
        for (const QString& root : {o.root, o.peerRoot})
            QVERIFY(SimNode(root, o.sharedDasd)
                        .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                        .contains(QStringLiteral(" active")));
        // Each node keeps its own checkpoint, complete.
        QVERIFY(!wizard::readFile(o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml"))
                     .contains(QStringLiteral("status: waiting")));
        const Options standby = o.standbyOptions();
        QVERIFY(QFile::exists(standby.stateDirHostPath() + QStringLiteral("/checkpoint.yaml")));
        QVERIFY(!wizard::readFile(standby.stateDirHostPath() + QStringLiteral("/checkpoint.yaml"))
                     .contains(QStringLiteral("status: waiting")));
    }

    /** A remote node over SSH (an sshd this test starts; the remote host runs the simulated node): its
     * address on the welcome page; at first contact its host key's fingerprint is shown and asked (Cancel
     * refuses, nothing changed; Accept goes on); the pages, the review and the run ask and change the node
     * there, the checkpoint stays on the workstation. */
    void aRemoteNodeOverSsh()
    {
        if (!SshServer::available())
            QSKIP("no /usr/sbin/sshd: scripts/ensure-deps.sh installs openssh-server");
        SshServer server;
        QVERIFY(server.start());
        QTemporaryDir dir;
        Options o = optionsFor(dir.path());
        o.sshConfig = server.clientConfig();
        o.stateDir = dir.path() + QStringLiteral("/state");
        const QString before = wizard::snapshot(SimNode(o.root, o.sharedDasd));
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        welcome->nodeAddressEdit()->setText(server.url());
        answerDialogWhenShown(QStringLiteral("Cancel"));
        next(w);
        QCOMPARE(w.currentId(), int(WelcomePageId));
        bool refusalSaid = false;
        for (auto* label : welcome->findChildren<QLabel*>())
            refusalSaid |= label->text().contains(QStringLiteral("was not accepted; nothing was changed"));
        QVERIFY(refusalSaid);
        QCOMPARE(wizard::snapshot(SimNode(o.root, o.sharedDasd)), before);
        answerDialogWhenShown(QStringLiteral("Accept this key"));
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        QVERIFY(walkTo(w, RunPageId));
        auto* run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 3);
        QVERIFY(SimNode(o.root, o.sharedDasd).ok(QStringLiteral("lsvg")).contains(QStringLiteral("dcevg")));
        QVERIFY(QFile::exists(o.stateDir + QStringLiteral("/checkpoint.yaml")));
        QVERIFY(!QFileInfo::exists(o.root + QStringLiteral("/var/adm/dce-ha-wizard/checkpoint.yaml")));
        QVERIFY(wizard::readFile(o.stateDir + QStringLiteral("/ssh/known_hosts"))
                    .contains(QStringLiteral("ssh-ed25519")));
    }

    /** Both nodes over SSH in one window: the two addresses typed on the welcome page, both host keys
     * asked at first contact, one Start integrates both. */
    void bothRemoteNodesInOneWindow()
    {
        if (!SshServer::available())
            QSKIP("no /usr/sbin/sshd: scripts/ensure-deps.sh installs openssh-server");
        SshServer node1;
        SshServer node2(QStringLiteral("test-peer"));
        QVERIFY(node1.start() && node2.start());
        QTemporaryDir dir;
        Options o = optionsFor(dir.path());
        o.peerRoot = dir.path() + QStringLiteral("/node2");
        SimNode(o.peerRoot, o.sharedDasd, QStringLiteral("node2")).ok(QStringLiteral("hostname"));
        o.sshConfig = SshServer::combinedConfig(dir.path() + QStringLiteral("/ssh_config"), {&node1, &node2});
        o.stateDir = dir.path() + QStringLiteral("/state-node1");
        o.peerStateDir = dir.path() + QStringLiteral("/state-node2");
        const QString standbyAnswers = wizard::writeFile(
            dir.path() + QStringLiteral("/standby.yaml"),
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("standby")));
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome->bothNodesBox()->isHidden() || !welcome->bothNodesBox()->isChecked());
        welcome->nodeAddressEdit()->setText(node1.url());
        welcome->peerAddressEdit()->setText(node2.url());
        QVERIFY(welcome->bothNodesBox()->isVisible());
        QVERIFY(welcome->bothNodesBox()->text().contains(node2.url()));
        welcome->bothNodesBox()->setChecked(true);
        welcome->standbyAnswersEdit()->setText(standbyAnswers);
        answerDialogWhenShown(QStringLiteral("Accept this key"), 2);
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        QVERIFY(walkTo(w, RunPageId));
        auto* run = w.runPage();
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 0);
        for (const QString& root : {o.root, o.peerRoot})
            QVERIFY(SimNode(root, o.sharedDasd)
                        .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                        .contains(QStringLiteral(" active")));
        QVERIFY(QFile::exists(o.peerStateDir + QStringLiteral("/checkpoint.yaml")));
    }

    void ownerThenStandbyEntirelyThroughTheScreens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void ownerThenStandbyEntirelyThroughTheScreens()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        const QString tag = language + QLatin1Char('-');
        // The demo's two-node rehearsal without a terminal: the owner's run waits for the standby, whose
        // window opens from the owner's run page with the owner's record; each waiting step is verified in
        // turn.
        QTemporaryDir dir;
        WizardWindow owner(optionsFor(dir.path()));
        owner.show();
        QVERIFY(walkTo(owner, RunPageId));
        auto* ownerRun = owner.runPage();
        QSignalSpy ownerFinished(ownerRun, &RunPage::runFinished);
        confirmationShot() = tag + QStringLiteral("confirm-before-run");
        QCOMPARE(clickAndWait(ownerRun->startButton(), ownerFinished), 3);
        QVERIFY(ownerRun->status()->text().contains(QStringLiteral("record-owner")));
        QVERIFY(ownerRun->standbyButton()->isVisible());
        // The log's last row is in view, though the status above it grew with the wait's instructions.
        {
            dceha::RunLog* log = ownerRun->view()->log();
            QTRY_VERIFY(log->viewport()->rect().contains(log->visualItemRect(log->lastRow()).center()));
        }
        // The map: this node's first part done and waiting for the other node, the standby's in its wizard.
        {
            const QListWidget* parts = owner.procedureMap()->parts();
            QVERIFY2(parts->item(0)->text().contains(
                         ProcedureMap::tr("done; waits for the other node", "@item a part's state")),
                     qPrintable(parts->item(0)->text()));
            QVERIFY(parts->item(1)->text().contains(
                ProcedureMap::tr("in the other node's wizard", "@item a part's state")));
            QVERIFY(parts->item(2)->text().contains(ProcedureMap::tr("to do", "@item a part's state")));
            const QString banner = owner.procedureMap()->banner()->text();
            QVERIFY2(banner.contains(QStringLiteral("node1")) &&
                         banner.contains(ProcedureMap::tr("owner node", "@info the node's role")) &&
                         banner.contains(
                             WizardModel::tr("simulated node", "@info what the banner's node is").toUpper()),
                     qPrintable(banner));
        }
        shot(owner, tag + QStringLiteral("run-owner-waiting"));
        QSignalSpy opened(&owner, &WizardWindow::standbyOpened);
        QTest::mouseClick(ownerRun->standbyButton(), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto* standby = opened.first().at(0).value<WizardWindow*>();
        QVERIFY(standby->isVisible());
        // The window names its node and role.
        QVERIFY2(standby->windowTitle().startsWith(QStringLiteral("node2")),
                 qPrintable(standby->windowTitle()));
        next(*standby);
        auto* cluster = qobject_cast<ClusterPage*>(standby->currentPage());
        QVERIFY(cluster->standbyButton()->isChecked());
        QVERIFY(walkTo(*standby, RunPageId));
        // The standby's window says it is the standby, once its role is chosen.
        QVERIFY(standby->procedureMap()->banner()->text().contains(
            ProcedureMap::tr("standby node", "@info the node's role")));
        auto* standbyRun = standby->runPage();
        QSignalSpy standbyFinished(standbyRun, &RunPage::runFinished);
        QCOMPARE(clickAndWait(standbyRun->startButton(), standbyFinished), 3);
        QVERIFY(!standbyRun->standbyButton()->isVisible());
        shot(*standby, tag + QStringLiteral("run-standby-waiting"));
        QCOMPARE(clickAndWait(ownerRun->confirmButton(), ownerFinished), 0);
        QCOMPARE(clickAndWait(standbyRun->confirmButton(), standbyFinished), 0);
        for (WizardWindow* w : {&owner, standby}) {
            QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
            next(*w);
            QCOMPARE(w->currentId(), int(SummaryPageId));
            shot(*w, tag + QStringLiteral("summary-") + QFileInfo(w->model().options().root).fileName());
            QVERIFY(SimNode(w->model().options().root, w->model().options().sharedDasd)
                        .ok(QStringLiteral("lssrc"), {"-s", "clstrmgr"})
                        .contains(QStringLiteral(" active")));
        }
        QVERIFY(QFile::exists(standby->model().options().stateDirHostPath() +
                              QStringLiteral("/record-standby.html")));
        // The standby's summary is the last page; the owner's leads to the failover test, which drives the
        // standby this window opened.
        QVERIFY(!standby->button(QWizard::NextButton)->isVisible());
        // One way out of the last page: Finish, no Close beside it.
        QVERIFY(standby->button(QWizard::FinishButton)->isVisible());
        QVERIFY(!standby->button(QWizard::CancelButton)->isVisible());
        next(owner);
        QCOMPARE(owner.currentId(), int(FailoverTestPageId));
        auto* failover = owner.failoverTestPage();
        QCOMPARE(failover->peerRoot()->text(), standby->model().options().root);
        QCOMPARE(failover->timeline()->columnCount(), 4);
        QCOMPARE(failover->timeline()->item(0, 0)->text(), QString());
        QSignalSpy drillFinished(failover, &FailoverTestPage::drillFinished);
        if (language == QLatin1String("en")) {
            // A mistyped root of the other node: refused before anything runs, the reason shown; retyped, the
            // drill runs.
            failover->peerRoot()->setText(dir.filePath(QStringLiteral("nowhere")));
            Q_EMIT failover->peerRoot()->editingFinished();
            QCOMPARE(clickAndWait(failover->view()->startButton(), drillFinished), 2);
            QVERIFY2(
                failover->view()->status()->text().startsWith(QStringLiteral("Refused before anything ran")),
                qPrintable(failover->view()->status()->text()));
            QVERIFY(failover->view()->log()->text().contains(QStringLiteral("is not a directory")));
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
            failover->peerRoot()->setText(standby->model().options().root);
            Q_EMIT failover->peerRoot()->editingFinished();
        }
        QCOMPARE(clickAndWait(failover->view()->startButton(), drillFinished), 0);
        // Which node held what after each stage: the owner, the standby after the takeover, the owner again.
        const QStringList holders{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node1"),
                                  QStringLiteral("node1")};
        for (int row = 0; row < failover->timeline()->rowCount(); ++row)
            for (int column = 0; column < 4; ++column)
                QCOMPARE(failover->timeline()->item(row, column)->text(), holders.at(column));
        QCOMPARE(failover->timeline()->rowCount(), 5); // the address, the VG, DCE, DFS, the application
        if (language == QLatin1String("en")) {
            QCOMPARE(failover->timeline()->verticalHeaderItem(0)->text(),
                     QStringLiteral("Service address 9.3.240.2"));
            QCOMPARE(failover->timeline()->horizontalHeaderItem(1)->text(),
                     QStringLiteral("after the takeover"));
        } else {
            QVERIFY(failover->timeline()->horizontalHeaderItem(1)->text() !=
                    QStringLiteral("after the takeover"));
        }
        QVERIFY(failover->view()->status()->text().contains(QStringLiteral("drill-record")));
        QVERIFY(
            QFile::exists(owner.model().options().stateDirHostPath() + QStringLiteral("/drill-record.html")));
        shot(owner, tag + QStringLiteral("failover-test"));
        if (language == QLatin1String("en")) {
            // A drill is run again after each change to the cluster: from its first step, the previous
            // checkpoint set aside.
            QCOMPARE(failover->view()->startButton()->text(), QStringLiteral("Run &again"));
            QCOMPARE(clickAndWait(failover->view()->startButton(), drillFinished), 0);
            QCOMPARE(failover->timeline()->item(0, 1)->text(), QStringLiteral("node2"));
            QCOMPARE(QDir(owner.model().options().stateDirHostPath())
                         .entryList({QStringLiteral("drill-checkpoint.yaml.*")})
                         .size(),
                     1);
        }
        standby->close();
        Language::apply(QStringLiteral("en"));
    }

    void thePasswordIsAskedBeforeTheRunTwiceForANewCellAndNeverStored()
    {
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("DCE_CELL_ADMIN_PASSWORD");
        qunsetenv("DCE_CELL_ADMIN_PASSWORD");
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(walkTo(w, CellPageId));
        auto* cell = qobject_cast<CellPage*>(w.currentPage());
        // The owner with the security server makes the cell: the password twice, neither echoed.
        QVERIFY(cell->passwordEdit()->isVisible());
        QVERIFY(cell->passwordAgainEdit()->isVisible());
        QCOMPARE(cell->passwordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(cell->passwordAgainEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(cell->passwordEdit(), QStringLiteral("typed-secret-42"));
        QTest::keyClicks(cell->passwordAgainEdit(), QStringLiteral("typed-secret-43"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(cell->passwordProblem()->isVisible());
        QVERIFY(cell->passwordProblem()->text().startsWith(
            QStringLiteral("cell_admin password: the two entries differ")));
        QVERIFY(!w.model().hasPassword());
        QTest::keyClick(cell->passwordAgainEdit(), Qt::Key_Backspace);
        QTest::keyClicks(cell->passwordAgainEdit(), QStringLiteral("2"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!cell->passwordProblem()->isVisible());
        QVERIFY(w.model().hasPassword());
        QVERIFY(walkTo(w, RunPageId));
        // No dialog asks for it during the run: the run has it from the page.
        bool asked = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                asked = true;
                QApplication::activeModalWidget()->close();
            }
        });
        poll.start(20);
        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        const int result = clickAndWait(w.runPage()->startButton(), finished);
        qputenv("DCE_CELL_ADMIN_PASSWORD", saved);
        QCOMPARE(result, 3);
        QVERIFY(!asked);
        // DCE was configured with it (mkdce read it on its standard input).
        QCOMPARE(wizard::readFile(w.model().options().root + QStringLiteral("/.aixsim/calls.log"))
                     .count(QStringLiteral("\tmkdce\t")),
                 1);
        // In no file of the node, the state directory, the records or the log.
        const QStringList holding = wizard::filesHolding(dir.path(), "typed-secret-42");
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
    }

    void withoutThePasswordTheRunDoesNotBegin()
    {
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("DCE_CELL_ADMIN_PASSWORD");
        qunsetenv("DCE_CELL_ADMIN_PASSWORD");
        WizardWindow w(optionsFor(dir.path()));
        w.show();
        QVERIFY(walkTo(w, RunPageId));
        answerDialogWhenShown(QStringLiteral("OK"));
        QTest::mouseClick(w.runPage()->startButton(), Qt::LeftButton);
        qputenv("DCE_CELL_ADMIN_PASSWORD", saved);
        // Said, and nothing ran: the run is still to begin.
        QVERIFY(w.runPage()->startButton()->isEnabled());
        QVERIFY(!w.runPage()->isRunning());
        QVERIFY(
            !QFileInfo::exists(w.model().options().stateDirHostPath() + QStringLiteral("/checkpoint.yaml")));
        QVERIFY(!wizard::readFile(w.model().options().root + QStringLiteral("/.aixsim/calls.log"))
                     .contains(QStringLiteral("\tmkvg\t")));
    }

    /** Begin, after a summary of what cannot be undone: the disks with their PVID and size, the log
     * formatted, the filesystems, the restart; Go back is the default and leaves the node untouched. A step
     * that restarts the node and runs again later (a retry) is asked again. */
    void theRunBeginsOnlyAfterTheConfirmation()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, RunPageId));
        const QString calls = o.root + QStringLiteral("/.aixsim/calls.log");
        // The first time: looked at, then Go back.
        QString said;
        bool backIsDefault = false, beginIsDefault = true;
        QTimer look;
        connect(&look, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<dceha::ConfirmRunDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            look.stop();
            said = confirmationText(dialog);
            backIsDefault = dialog->backButton()->isDefault();
            beginIsDefault = dialog->goButton()->isDefault() || dialog->goButton()->autoDefault();
            shot(*dialog, QStringLiteral("en-confirm-before-run"));
            // Enter takes the default: back.
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        look.start(20);
        QTest::mouseClick(w.runPage()->startButton(), Qt::LeftButton);
        QVERIFY(!said.isEmpty());
        QVERIFY(backIsDefault);
        QVERIFY(!beginIsDefault);
        for (const char* expected :
             {"Before anything runs on node1 (simulated node)", "Destroyed, cannot be undone",
              "becomes the volume group dcevg (mkvg): everything on it is lost",
              "is formatted as the JFS log (logform)", "A journaled filesystem for /var/dce is made on",
              "is formatted as a DFS aggregate (newaggr)", "Interrupted or moved",
              "The node restarts (shutdown -Fr)", "HACMP starts on this node (rc.cluster -N)",
              "DCE stops on this node (stop.dce)"})
            QVERIFY2(said.contains(QLatin1String(expected)),
                     qPrintable(expected + QStringLiteral("\n") + said));
        // Each disk with its PVID and size, as the node answered.
        static const QRegularExpression disk(
            QStringLiteral("Disk hdisk\\d+ \\((PVID \\w+|no PVID yet), \\d+ MB\\)"));
        QVERIFY2(disk.match(said).hasMatch(), qPrintable(said));
        // Gone back: nothing ran.
        QVERIFY(!w.runPage()->isRunning());
        QVERIFY(w.runPage()->startButton()->isEnabled());
        QVERIFY(!wizard::readFile(calls).contains(QStringLiteral("\tmkvg\t")));
        QVERIFY(!QFileInfo::exists(o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml")));

        // Begin; the restart fails once; its retry asks again, and Go back stops before it.
        qputenv("AIXSIM_FAIL", "shutdown:1");
        confirmationsSeen().clear();
        QSignalSpy finished(w.runPage(), &RunPage::runFinished);
        QCOMPARE(clickAndWait(w.runPage()->startButton(), finished), 1);
        qunsetenv("AIXSIM_FAIL");
        QCOMPARE(confirmationsSeen().size(), 1);
        QCOMPARE(wizard::readFile(calls).count(QStringLiteral("\tshutdown\t")), 1);
        QString again;
        QTimer lookAgain;
        connect(&lookAgain, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<dceha::ConfirmRunDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            lookAgain.stop();
            again = confirmationText(dialog);
            dialog->backButton()->click();
        });
        lookAgain.start(20);
        QTest::mouseClick(w.runPage()->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 5);
        QVERIFY2(again.contains(QStringLiteral("was not part of what you confirmed")), qPrintable(again));
        QVERIFY2(again.contains(QStringLiteral("The node restarts (shutdown -Fr)")), qPrintable(again));
        QCOMPARE(wizard::readFile(calls).count(QStringLiteral("\tshutdown\t")), 1);
        // Yes this time: the node restarts, the run goes on to the wait for the standby.
        QCOMPARE(clickAndWait(w.runPage()->startButton(), finished), 3);
        QCOMPARE(wizard::readFile(calls).count(QStringLiteral("\tshutdown\t")), 2);
    }

    void aFailedCommandOffersRetry_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void aFailedCommandOffersRetry()
    {
        QFETCH(QString, language);
        QVERIFY(Language::apply(language));
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        qputenv("AIXSIM_FAIL", "crfs:1");
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 1);
        QVERIFY(run->startButton()->isEnabled());
        QCOMPARE(run->startButton()->text(), RunView::tr("&Retry", "@action:button"));
        // What the failed command said, under it in the log: its line, its exit status, its standard error.
        const QString log = run->view()->log()->text();
        QVERIFY2(log.contains(QStringLiteral("$ crfs -v jfs -d dcevarlv")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("0506-909")), qPrintable(log));
        int failed = -1;
        for (int i = 0; i < run->steps()->count(); ++i)
            if (run->steps()->item(i)->text().startsWith(QStringLiteral("✖")))
                failed = i;
        QVERIFY(failed > 0);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        shot(w, language + QStringLiteral("-run-failed"));
        qunsetenv("AIXSIM_FAIL");
        QCOMPARE(clickAndWait(run->startButton(), finished), 3);
        QVERIFY(run->steps()->item(failed)->text().startsWith(QStringLiteral("✔")));
        standbyIsUp(w);
        QCOMPARE(clickAndWait(run->confirmButton(), finished), 0);
        Language::apply(QStringLiteral("en"));
    }

    void closingMidRunAsksKeepsTheCheckpointAndReopeningResumes()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        {
            // The first crfs (the seventh step) keeps running until the window is asked to close.
            const QString release = holdCommand(dir.path(), QStringLiteral("crfs:1"));
            WizardWindow w(o);
            w.show();
            QVERIFY(walkTo(w, RunPageId));
            auto* run = qobject_cast<RunPage*>(w.currentPage());
            QSignalSpy finished(run, &RunPage::runFinished);
            clickAndConfirm(run->startButton());
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(release + QStringLiteral(".held")), 60000);
            QVERIFY(run->steps()->item(3)->text().startsWith(QStringLiteral("✔")));
            // Keep running: nothing happens.
            answerNextDialog(QStringLiteral("Keep running"));
            w.reject();
            QVERIFY(w.isVisible());
            QVERIFY(run->isRunning());
            // Stop and close: the step under way ends, the window closes.
            answerNextDialog(QStringLiteral("Stop and close"));
            w.reject();
            wizard::writeFile(release, QByteArray());
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.takeFirst().at(0).toInt(), 5);
            QTRY_VERIFY(!w.isVisible());
            unholdCommands();
        }
        const auto [done, total] = checkpointProgress(o);
        QVERIFY2(done >= 4 && done < total, qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
        // Reopened: the welcome page offers to resume, with the checkpoint's answers.
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome->resumeBox()->isVisible());
        QVERIFY(welcome->resumeButton()->isChecked());
        QVERIFY(!welcome->answersFileEdit()->isEnabled());
        shot(w, QStringLiteral("1b-welcome-resume"));
        next(w);
        QVERIFY(w.model().resuming());
        // The configuration is the checkpoint's, shown and not editable.
        auto* cluster = qobject_cast<ClusterPage*>(w.currentPage());
        QVERIFY(!cluster->configurationBox()->isEnabled());
        QVERIFY(walkTo(w, RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QCOMPARE(run->startButton()->text(), QStringLiteral("&Resume"));
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 3);
        // Resumed, not restarted: the record has two sessions and nothing was done twice (mkvg ran once).
        const QString calls = wizard::readFile(o.root + QStringLiteral("/.aixsim/calls.log"));
        QCOMPARE(calls.count(QStringLiteral("\tmkvg\t")), 1);
    }

    void aSignalStopsTheRunAfterItsCommandAndCloses()
    {
        // SIGTERM to the GUI (a logout, a kill): the command under way ends, the step is marked interrupted,
        // the window closes, and the checkpoint resumes like headless.
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        const QString release = holdCommand(dir.path(), QStringLiteral("crfs:1"));
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QSignalSpy finished(run, &RunPage::runFinished);
        clickAndConfirm(run->startButton());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(release + QStringLiteral(".held")), 60000);
        WizardWindow::watchForSignals();
        ::raise(SIGTERM);
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.takeFirst().at(0).toInt(), 5);
        QTRY_VERIFY(!w.isVisible());
        unholdCommands();
        Interruption::reset();

        RunRecord saved;
        QString error;
        QVERIFY2(Checkpoint(o.stateDirHostPath()).load(&saved, &error), qPrintable(error));
        QCOMPARE(saved.result, QStringLiteral("interrupted"));
        for (const auto& s : saved.steps)
            QVERIFY(s.status != StepRecord::Status::Running);
        WizardWindow again(o);
        again.show();
        QVERIFY(qobject_cast<WelcomePage*>(again.currentPage())->resumeButton()->isChecked());
        QVERIFY(walkTo(again, RunPageId));
        auto* resumed = qobject_cast<RunPage*>(again.currentPage());
        QSignalSpy ended(resumed, &RunPage::runFinished);
        QCOMPARE(clickAndWait(resumed->startButton(), ended), 3);
    }

    void startingOverSetsTheCheckpointAside()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        QCOMPARE(failedHeadlessOwnerRun(o), 1);
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome->resumeBox()->isVisible());
        welcome->startOverButton()->setChecked(true);
        QVERIFY(welcome->answersFileEdit()->isEnabled());
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        QVERIFY(!QFile::exists(o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml")));
        QCOMPARE(QDir(o.stateDirHostPath()).entryList({QStringLiteral("checkpoint.yaml.*")}).size(), 1);
    }

    void aDamagedCheckpointIsSaidOnTheWelcomePage()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        QCOMPARE(failedHeadlessOwnerRun(o), 1);
        const QString path = o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml");
        QByteArray text = wizard::readFile(path).toUtf8();
        wizard::writeFile(path, text.left(text.size() / 2)); // cut short, as a full disk would leave it
        WizardWindow w(o);
        w.show();
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome->resumeBox()->isVisible());
        QVERIFY(!welcome->resumeButton()->isEnabled());
        QVERIFY(welcome->startOverButton()->isChecked());
        const QString said =
            welcome->resumeBox()->findChild<QLabel*>(QStringLiteral("resumeProgress"))->text();
        QVERIFY2(said.contains(QStringLiteral("cannot be used")) && said.contains(path), qPrintable(said));
        shot(w, QStringLiteral("1c-welcome-damaged-checkpoint"));
        next(w);
        QCOMPARE(w.currentId(), int(ClusterPageId));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(o.stateDirHostPath()).entryList({QStringLiteral("checkpoint.yaml.*")}).size(), 1);
    }

    void aGuiRunWritesTheLogAndRefusesAsHeadlessDoes()
    {
        // The GUI opens its runs through the same Session as headless: the same log in the state directory,
        // the same refusal of a checkpoint damaged after the welcome page (never written over).
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, RunPageId));
        auto* run = qobject_cast<RunPage*>(w.currentPage());
        QDir().mkpath(o.stateDirHostPath());
        const QString checkpoint = o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml");
        wizard::writeFile(checkpoint, "format: dce-ha-wizard-record/1\nsteps: [\n");
        QSignalSpy finished(run, &RunPage::runFinished);
        QCOMPARE(clickAndWait(run->startButton(), finished), 2);
        const QString shown = run->view()->log()->text();
        QVERIFY2(
            shown.contains(QStringLiteral("refused, nothing changed. To recover: run the same command with "
                                          "--restart")),
            qPrintable(shown));
        QCOMPARE(wizard::readFile(checkpoint), QStringLiteral("format: dce-ha-wizard-record/1\nsteps: [\n"));
        // The same refusal headless gives, word for word.
        const QString answers = wizard::writeFile(dir.path() + QStringLiteral("/answers.yaml"),
                                                  AnswersFile::serialize(w.model().parsed().answers));
        const WizardResult headless = wizard::run(wizard::headless(o.root, o.sharedDasd, answers));
        QCOMPARE(headless.exitCode, 2);
        const QString line = shown.section(QLatin1Char('\n'), -1).trimmed();
        QVERIFY2(headless.err.contains(line), qPrintable(headless.err + QStringLiteral("\nvs\n") + line));

        QFile::remove(checkpoint);
        QCOMPARE(clickAndWait(run->startButton(), finished), 3);
        const QString log = wizard::readFile(o.stateDirHostPath() + QStringLiteral("/dce-ha-wizard.log"));
        QVERIFY2(log.contains(QStringLiteral("step shared-vg")), qPrintable(log.left(500)));
    }

    /** The review asks the node in a worker thread: while a probe is under way the window answers (its
     * event loop runs), the page says it is busy and Next waits; then the plan appears. */
    void theReviewAsksTheNodeWithoutFreezingTheWindow()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, PreflightPageId));
        // The dry run's first lslpp (the HACMP step's probe) is held until this test lets it go: the node's
        // second, after the cluster page's discovery (lslpp -l, the levels).
        const QString release = holdCommand(dir.path(), QStringLiteral("lslpp:2"));
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(w.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(release + QStringLiteral(".held")), 60000);
        QVERIFY(review->isReviewing());
        bool ticked = false;
        QTimer::singleShot(0, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked); // the GUI thread is free while the node is asked
        QVERIFY(review->findChild<QWidget*>(QStringLiteral("reviewBusy"))->isVisible());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(review->plan()->topLevelItemCount(), 0);
        shot(w, QStringLiteral("3b-review-busy"));
        wizard::writeFile(release, QByteArray());
        QVERIFY(waitForNode(w));
        unholdCommands();
        QVERIFY(!review->findChild<QWidget*>(QStringLiteral("reviewBusy"))->isVisible());
        QVERIFY(review->plan()->topLevelItemCount() > 20);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }

    /** Answers changed against a run in progress: the run in progress goes on with them (the steps whose
     * inputs changed run again), its checkpoint never set aside; the runs after it resume as usual. */
    void changedAnswersReviseTheRunInProgress()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        QCOMPARE(failedHeadlessOwnerRun(o), 1);
        WizardModel model(o);
        model.setAnswersText(
            wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")) +
            "event_wrappers: true\n");
        RunController* controller = model.controller();
        QSignalSpy finished(controller, &RunController::finished);
        QStringList said;
        connect(controller, &RunController::output, this, [&said](const QString& line) { said << line; });
        // No page confirmed the plan here: the restart is asked when the run reaches it.
        const auto runOnce = [&] {
            ConfirmationAccepter accept;
            confirmationsSeen().clear();
            controller->start({});
            return finished.wait(120000) ? finished.takeFirst().at(0).toInt() : -1;
        };
        const auto archived = [&] {
            return QDir(o.stateDirHostPath()).entryList({QStringLiteral("checkpoint.yaml.*")}).size();
        };
        QVERIFY2(runOnce() == 3,
                 qPrintable(said.join(QLatin1Char('\n')).right(2000))); // waits for the standby
        QCOMPARE(archived(), 0);
        QVERIFY2(said.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("The answers changed since the run in progress")),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(confirmationsSeen().size(), 1);
        QVERIFY(confirmationsSeen().constFirst().contains(QStringLiteral("The node restarts")));
        said.clear();
        QVERIFY2(runOnce() == 3,
                 qPrintable(said.join(QLatin1Char('\n')).right(2000))); // resumed, nothing redone
        QCOMPARE(archived(), 0);
        QVERIFY(confirmationsSeen().isEmpty());
        QVERIFY(!said.join(QLatin1Char('\n')).contains(QStringLiteral("The answers changed")));
    }

    void changingAResumedRunsAnswersIsSaidBeforeItRuns()
    {
        QTemporaryDir dir;
        const Options o = optionsFor(dir.path());
        QCOMPARE(failedHeadlessOwnerRun(o), 1);
        WizardWindow w(o);
        w.show();
        QVERIFY(walkTo(w, ScriptsPageId));
        auto* scripts = qobject_cast<ScriptsPage*>(w.currentPage());
        // Unchanged answers: the review says nothing of the checkpoint.
        QVERIFY(walkTo(w, ReviewPageId));
        auto notes = [&] {
            QString all;
            for (const auto* l : w.currentPage()->findChildren<QLabel*>())
                if (l->isVisible())
                    all += l->text();
            return all;
        };
        QVERIFY(!notes().contains(QStringLiteral("differ")));
        w.back();
        w.back(); // over the pre-flight
        QCOMPARE(w.currentPage(), scripts);
        // One more application (a row added with the button) changes the answers: said on the review page.
        const int rows = scripts->applications()->rowCount();
        const qsizetype given = w.model().parsed().answers.applications.size(); // the demo application
        QTest::mouseClick(scripts->addApplicationButton(), Qt::LeftButton);
        QCOMPARE(scripts->applications()->rowCount(), rows + 1);
        scripts->applications()->item(rows, 0)->setText(QStringLiteral("payroll"));
        scripts->applications()->item(rows, 1)->setText(QStringLiteral("/bin/true start"));
        scripts->applications()->item(rows, 2)->setText(QStringLiteral("/bin/true stop"));
        QCOMPARE(w.model().parsed().answers.applications.size(), given + 1);
        QVERIFY(walkTo(w, ReviewPageId));
        QVERIFY2(notes().contains(QStringLiteral("differ from those of the run in progress")),
                 qPrintable(notes()));
        w.back();
        w.back();
        scripts->applications()->setCurrentCell(rows, 0);
        QTest::mouseClick(scripts->removeApplicationButton(), Qt::LeftButton);
        QCOMPARE(w.model().parsed().answers.applications.size(), given);
    }
};

QTEST_MAIN(tst_GuiRun)
#include "tst_gui_run.moc"
