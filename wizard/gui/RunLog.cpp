#include "RunLog.h"

#include "procedure/Record.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>

namespace dceha {

namespace {

QString seconds(qint64 ms)
{
    return ms < 1000 ? RunLog::tr("%1 ms", "@item duration").arg(ms)
                     : RunLog::tr("%1 s", "@item duration").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QFont fixedFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace

RunLog::RunLog(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("runLog"));
    setColumnCount(1);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Long command lines scroll sideways rather than being cut short; the column is measured when a step
    // ends, not at every row (a step's output may be thousands of lines).
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setStretchLastSection(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Scrolled up by the person, the log stays where they read; back at the end, it follows the run again.
    connect(verticalScrollBar(), &QScrollBar::sliderMoved, this,
            [this](int value) { m_follow = value >= verticalScrollBar()->maximum(); });
}

void RunLog::clearLog()
{
    clear();
    m_follow = true;
    m_step = nullptr;
    m_pending = nullptr;
}

QTreeWidgetItem* RunLog::addRow(QTreeWidgetItem* parent, const QString& text)
{
    auto* item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(this, {text});
    return item;
}

void RunLog::beginStep(int number, int total, const QString& title)
{
    // The steps before stay as they ended, closed: the one under way is open.
    if (m_step)
        m_step->setExpanded(false);
    m_stepTitle = tr("Step %1 of %2: %3", "@item the run log's step row").arg(number).arg(total).arg(title);
    m_stepStarted = QDateTime::currentMSecsSinceEpoch();
    m_step =
        addRow(nullptr, QStringLiteral("▶ %1 — %2")
                            .arg(m_stepTitle, QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    QFont bold = font();
    bold.setBold(true);
    m_step->setFont(0, bold);
    m_step->setExpanded(true);
    m_pending = nullptr;
    keepLastInView();
}

void RunLog::commandStarting(const QString& line)
{
    m_pending = addRow(m_step, QStringLiteral("$ %1").arg(line));
    m_pending->setFont(0, fixedFont());
    m_pending->setData(0, Qt::UserRole, line);
    if (m_step)
        m_step->setExpanded(true);
    keepLastInView();
}

void RunLog::addStream(QTreeWidgetItem* command, const QString& label, const QString& output, bool problem)
{
    QStringList lines = output.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return;
    const QString count =
        lines.size() == 1 ? tr("1 line", "@item") : tr("%1 lines", "@item more than one").arg(lines.size());
    auto* stream =
        addRow(command, tr("%1 (%2)", "@item standard output or error (its line count)").arg(label, count));
    if (problem)
        stream->setForeground(0, QColor(0xb0, 0x20, 0x20));
    const qsizetype shown = std::min<qsizetype>(lines.size(), kShownLines);
    for (qsizetype i = 0; i < shown; ++i) {
        auto* row = addRow(stream, lines.at(i));
        row->setFont(0, fixedFont());
        if (problem)
            row->setForeground(0, QColor(0xb0, 0x20, 0x20));
    }
    if (lines.size() > shown)
        addRow(stream,
               tr("… %1 more lines: the record keeps all of them", "@item").arg(lines.size() - shown));
    stream->setExpanded(problem);
}

void RunLog::recorded(const ActionRecord& a)
{
    if (a.type == ActionRecord::Type::Command) {
        const QString line = a.argv.join(QLatin1Char(' '));
        QTreeWidgetItem* item = m_pending && m_pending->data(0, Qt::UserRole).toString() == line
                                    ? m_pending
                                    : addRow(m_step, QString());
        m_pending = nullptr;
        item->setFont(0, fixedFont());
        const bool ok = a.failure.isEmpty() && a.exitCode == 0;
        const QString end =
            !a.failure.isEmpty() ? a.failure : tr("exit %1", "@item a command's exit status").arg(a.exitCode);
        const QString env =
            a.environment.isEmpty() ? QString() : a.environment.join(QLatin1Char(' ')) + QLatin1Char(' ');
        item->setText(0, QStringLiteral("%1 $ %2%3    [%4, %5]")
                             .arg(ok ? QStringLiteral("✔") : QStringLiteral("✖"), env, line, end,
                                  seconds(a.elapsedMs)));
        item->setToolTip(0, a.program.isEmpty() ? line : tr("Ran %1", "@info:tooltip").arg(a.program));
        if (!ok)
            item->setForeground(0, QColor(0xb0, 0x20, 0x20));
        if (!a.stdinNote.isEmpty())
            addRow(item, tr("standard input: %1", "@item").arg(a.stdinNote.trimmed()));
        addStream(item, tr("standard output", "@item"), a.stdOut, false);
        addStream(item, tr("standard error", "@item"), a.stdErr, !ok || !a.stdErr.trimmed().isEmpty());
        // A failed command is open, with what it said: the reason is there without a click.
        item->setExpanded(!ok);
    } else if (a.type == ActionRecord::Type::File) {
        QString text = QStringLiteral("✎ %1: %2").arg(a.path, a.change);
        if (!a.backup.isEmpty())
            text += QStringLiteral("  ") + tr("(backup %1)", "@item").arg(a.backup);
        auto* item = addRow(m_step, text);
        item->setFont(0, fixedFont());
        if (!a.diff.isEmpty())
            for (const auto& line : a.diff.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                addRow(item, line)->setFont(0, fixedFont());
    } else {
        auto* item = addRow(m_step, a.text);
        QFont italic = font();
        italic.setItalic(true);
        item->setFont(0, italic);
    }
    keepLastInView();
}

void RunLog::endStep(const QString& mark, const QString& statusWords, bool failed, const QString& message)
{
    if (!m_step)
        return;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_stepStarted;
    m_step->setText(0, QStringLiteral("%1 %2 — %3, %4").arg(mark, m_stepTitle, statusWords, seconds(ms)));
    // The step under way stands out; ended ones read as plain history, a failed one in the error colour.
    QFont plain = font();
    plain.setBold(failed);
    m_step->setFont(0, plain);
    if (failed)
        m_step->setForeground(0, QColor(0xb0, 0x20, 0x20));
    if (!message.isEmpty()) {
        auto* why = addRow(m_step, message.section(QLatin1Char('\n'), 0, 0));
        if (failed)
            why->setForeground(0, QColor(0xb0, 0x20, 0x20));
        // The rest of a long message (hacmp.out's lines after an event failed) one line a row.
        const QStringList more = message.section(QLatin1Char('\n'), 1).split(QLatin1Char('\n'));
        for (const auto& line : more)
            if (!line.isEmpty())
                addRow(why, line)->setFont(0, fixedFont());
        why->setExpanded(true);
    }
    m_step->setExpanded(failed || !message.isEmpty());
    m_pending = nullptr;
    resizeColumnToContents(0);
    keepLastInView();
}

void RunLog::addMessage(const QString& text, bool problem)
{
    QTreeWidgetItem* parent = m_step;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto* row = addRow(parent, lines.value(0));
    if (problem)
        row->setForeground(0, QColor(0xb0, 0x20, 0x20));
    for (qsizetype i = 1; i < lines.size(); ++i)
        addRow(row, lines.at(i))->setFont(0, fixedFont());
    row->setExpanded(true);
    if (parent)
        parent->setExpanded(true);
    keepLastInView();
}

QTreeWidgetItem* RunLog::lastRow() const
{
    QTreeWidgetItem* last = topLevelItem(topLevelItemCount() - 1);
    while (last && last->isExpanded() && last->childCount() > 0)
        last = last->child(last->childCount() - 1);
    return last;
}

void RunLog::keepLastInView()
{
    if (!m_follow)
        return;
    if (QTreeWidgetItem* last = lastRow())
        scrollToItem(last, QAbstractItemView::PositionAtBottom);
}

void RunLog::resizeEvent(QResizeEvent* event)
{
    QTreeWidget::resizeEvent(event);
    // After the view has laid itself out again at its new size.
    if (m_follow)
        QTimer::singleShot(0, this, &RunLog::keepLastInView);
}

QString RunLog::text() const
{
    QString out;
    std::function<void(const QTreeWidgetItem*, int)> walk = [&](const QTreeWidgetItem* item, int depth) {
        out += QString(depth * 2, QLatin1Char(' ')) + item->text(0) + QLatin1Char('\n');
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < topLevelItemCount(); ++i)
        walk(topLevelItem(i), 0);
    return out;
}

void RunLog::keyPressEvent(QKeyEvent* event)
{
    // Copy: the rows selected, as text (a command line to paste into a terminal, an error to report).
    if (event->matches(QKeySequence::Copy)) {
        QStringList lines;
        for (const QTreeWidgetItem* item : selectedItems())
            lines << item->text(0);
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace dceha
