#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace dceha {

/** @brief For the benchmark's GUI start: quits the application once @p window has painted for the first
 * time, so that a process's whole life is its start up to its first page on screen. Installed only when
 * DCEHA_QUIT_AFTER_FIRST_PAINT is set (the GUI and the bare QWizard the benchmark compares it with). */
class FirstPaint : public QObject
{
public:
    static void watch(QObject* window)
    {
        if (!qEnvironmentVariableIsSet("DCEHA_QUIT_AFTER_FIRST_PAINT"))
            return;
        window->installEventFilter(new FirstPaint(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaint(QObject* parent) : QObject(parent) {}
    bool m_seen = false;
};

} // namespace dceha
