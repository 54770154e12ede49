#include "Interruption.h"

#include <csignal>

namespace dceha {

namespace {

volatile std::sig_atomic_t g_signal = 0;
volatile std::sig_atomic_t g_count = 0;
bool g_installed = false;

extern "C" void onSignal(int number)
{
    if (g_signal == 0)
        g_signal = number;
    g_count = g_count + 1;
}

} // namespace

void Interruption::install()
{
    if (g_installed)
        return;
    g_installed = true;
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: a write to the log or the checkpoint must not fail with EINTR; the loops that wait poll.
    action.sa_flags = SA_RESTART;
    for (int number : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(number, &action, nullptr);
}

bool Interruption::requested()
{
    return g_signal != 0;
}

int Interruption::count()
{
    return int(g_count);
}

QString Interruption::signalName()
{
    switch (int(g_signal)) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    default:
        return {};
    }
}

void Interruption::reset()
{
    g_signal = 0;
    g_count = 0;
}

} // namespace dceha
