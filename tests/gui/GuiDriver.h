#pragma once

// Drives the GUI's pages as a user would, for the GUI tests: the options of a simulated node, Next clicked
// until a page shows, a run started and waited for, a modal dialog answered, a page saved as PNG.
#include "SimNode.h"
#include "Wizard.h"
#include "gui/ConfirmRunDialog.h"
#include "gui/ReviewPage.h"
#include "gui/WizardWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPair>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>
#include <QWizard>
#include <QtTest>
#include <memory>
#include <utility>

namespace guidriver {

using dceha::Options;

inline Options optionsFor(const QString& dir, const QString& node = QStringLiteral("node1"),
                          const QString& configuration = QString())
{
    Options o;
    o.simulate = true;
    o.root = dir + QLatin1Char('/') + node;
    o.sharedDasd = dir + QStringLiteral("/shared");
    SimNode(o.root, o.sharedDasd, QString(), configuration).ok(QStringLiteral("hostname"));
    return o;
}

/** Holds the simulated @p command (AIXSIM_HOLD's COMMAND[:N]) of every run this process starts until the
 * returned file exists; `<file>.held` appears once the command is under way. */
inline QString holdCommand(const QString& dir, const QString& command)
{
    const QString release = dir + QStringLiteral("/release");
    qputenv("AIXSIM_HOLD", command.toUtf8());
    qputenv("AIXSIM_HOLD_RELEASE", QFile::encodeName(release));
    return release;
}

inline void unholdCommands()
{
    qunsetenv("AIXSIM_HOLD");
    qunsetenv("AIXSIM_HOLD_RELEASE");
}

/** The standby node is up on the same shared DASD (a sibling root named node2): the owner's synchronisation
 * of the cluster resources reaches it. */
inline void standbyIsUp(dceha::WizardWindow& w)
{
    const QString root = QFileInfo(w.model().options().root).dir().filePath(QStringLiteral("node2"));
    SimNode(root, w.model().options().sharedDasd, QStringLiteral("node2")).ok(QStringLiteral("hostname"));
}

inline void shot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("DCEHA_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

/** Waits until the page shown has the node's answers: a page asks the node off the GUI thread (the review its
 * plan, the network page the adapters, the storage and DFS pages the disks and space). */
inline bool waitForNode(QWizard& w)
{
    auto* page = qobject_cast<dceha::WizardPage*>(w.currentPage());
    auto* review = qobject_cast<dceha::ReviewPage*>(page);
    return QTest::qWaitFor(
        [page, review] { return !(page && page->isAskingNode()) && !(review && review->isReviewing()); },
        60000);
}

/** Next, as a user clicks it; then waits for the node's answers on the page reached. */
inline void next(QWizard& w)
{
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    waitForNode(w);
}

/** A headless owner run on @p o's node that fails at its first crfs: a checkpoint in progress. */
inline int failedHeadlessOwnerRun(const Options& o)
{
    const QString answers = wizard::writeFile(
        QFileInfo(o.root).absolutePath() + QStringLiteral("/owner.yaml"),
        wizard::exampleAnswers(QStringLiteral("hot-standby-cascading"), QStringLiteral("owner")));
    return wizard::run(
               wizard::headless(o.root, o.sharedDasd, answers),
               {QStringLiteral("DCE_CELL_ADMIN_PASSWORD=gui-secret"), QStringLiteral("AIXSIM_FAIL=crfs:1")})
        .exitCode;
}

/** What the confirmations before a run (and before a disrupting step) said, each as "heading\nline…", in
 * the order clickAndWait() accepted them. */
inline QStringList& confirmationsSeen()
{
    static QStringList seen;
    return seen;
}

/** The text of a confirmation dialog: its heading and each line of its list. */
inline QString confirmationText(dceha::ConfirmRunDialog* dialog)
{
    QStringList lines{dialog->findChild<QLabel*>(QStringLiteral("confirmHeading"))->text()};
    QTreeWidget* list = dialog->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        if (!item->isHidden())
            lines << item->text(0);
        for (int k = 0; k < item->childCount(); ++k)
            lines << QStringLiteral("  ") + item->child(k)->text(0);
    }
    return lines.join(QLatin1Char('\n'));
}

/** The name of a screenshot to take of the next confirmation accepted (DCEHA_SCREENSHOTS), then cleared. */
inline QString& confirmationShot()
{
    static QString name;
    return name;
}

/** Accepts the confirmations shown while it lives (its Begin button, as the person would), keeping their
 * text in confirmationsSeen(). */
class ConfirmationAccepter
{
public:
    ConfirmationAccepter()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            auto* dialog = qobject_cast<dceha::ConfirmRunDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible() || dialog->result() != 0 || !dialog->goButton()->isEnabled())
                return;
            confirmationsSeen() << confirmationText(dialog);
            if (!confirmationShot().isEmpty())
                shot(*dialog, std::exchange(confirmationShot(), QString()));
            dialog->goButton()->click();
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

/** Clicks @p button (Start, Resume…) and accepts the confirmation before the run it may ask. */
inline void clickAndConfirm(QAbstractButton* button)
{
    ConfirmationAccepter accept;
    QTest::mouseClick(button, Qt::LeftButton);
}

/** Clicks @p button and waits for the run it starts to end: @return its result (-1: no end in time). The
 * confirmations the run asks for (before it begins, before a step that restarts a node or stops the cluster)
 * are accepted with their Begin button, as the person would, and kept in confirmationsSeen(). */
inline int clickAndWait(QAbstractButton* button, QSignalSpy& finished)
{
    ConfirmationAccepter accept;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(120000))
        return -1;
    return finished.takeFirst().at(0).toInt();
}

/** Next until @p page is shown; fails when Next is disabled on the way. */
inline bool walkTo(QWizard& w, int page)
{
    for (int guard = 0; guard < 12 && w.currentId() != page; ++guard) {
        if (!w.button(QWizard::NextButton)->isEnabled())
            return false;
        next(w);
    }
    return w.currentId() == page;
}

/** The state directory's checkpoint as the engine saved it (role, steps done of all). */
inline QPair<int, int> checkpointProgress(const Options& o)
{
    const QString text = wizard::readFile(o.stateDirHostPath() + QStringLiteral("/checkpoint.yaml"));
    return {int(text.count(QStringLiteral("status: done"))), int(text.count(QStringLiteral("- id: ")))};
}

/** Clicks the button whose text contains @p text in the modal dialog shown next. */
inline void answerNextDialog(const QString& text)
{
    QTimer::singleShot(50, [text] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        for (auto* b : dialog->findChildren<QAbstractButton*>())
            if (b->text().contains(text)) {
                b->click();
                return;
            }
        QFAIL("no such button");
    });
}

/** Clicks the button whose text contains @p text in each of the next @p count modal dialogs once it shows
 * (dialogs that come after the node was asked, off the GUI thread); gives up after @p timeoutMs. */
inline void answerDialogWhenShown(const QString& text, int count = 1, int timeoutMs = 60000)
{
    auto* timer = new QTimer;
    auto clock = std::make_shared<QElapsedTimer>();
    auto left = std::make_shared<int>(count);
    auto last = std::make_shared<QPointer<QWidget>>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, [timer, clock, left, last, text, timeoutMs] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || dialog == last->data() || !dialog->isVisible()) {
            if (clock->elapsed() > timeoutMs) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        *last = dialog;
        if (--*left == 0) {
            timer->stop();
            timer->deleteLater();
        }
        for (auto* b : dialog->findChildren<QAbstractButton*>())
            if (b->text().contains(text)) {
                b->click();
                return;
            }
        QFAIL("no such button");
    });
    timer->start(50);
}

} // namespace guidriver
