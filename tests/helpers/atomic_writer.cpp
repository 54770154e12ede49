// Replaces FILE with CONTENT through AtomicFileWriter, pausing MS milliseconds just before the rename: the
// atomic-edit test kills it at random instants and checks the file is always old or new, never half.
#include "system/AtomicFileWriter.h"

#include <QByteArray>
#include <QString>
#include <QThread>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fputs("usage: atomic_writer FILE CONTENT_REPEAT_BYTE MS\n", stderr);
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    // Large content so writing it takes a while and a kill can land in the middle of the write.
    const QByteArray content(4 * 1024 * 1024, argv[2][0]);
    const int ms = std::atoi(argv[3]);
    dceha::AtomicFileWriter writer;
    writer.beforeRename = [ms] { QThread::msleep(ulong(ms)); };
    const auto edit = writer.replace(file, file, content);
    return edit.ok ? 0 : 1;
}
