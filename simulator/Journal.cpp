#include "Journal.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <utility>

namespace aixsim {

namespace {

/** Atomic against a kill (a temporary file renamed over @p path), not against a host crash: the simulated
 * node needs the first, and an fsync per state file would make every command wait for the disk. */
bool replaceFile(const QString& path, const QByteArray& data)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile f(temporary);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

std::function<void()>& midCommitHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

void Journal::write(const QString& path, const QByteArray& data)
{
    for (auto& op : m_ops)
        if (op.kind == Op::Kind::Write && op.path == path) {
            op.data = data;
            return;
        }
    m_ops.append({Op::Kind::Write, path, {}, data});
}

const QByteArray* Journal::pendingWrite(const QString& path) const
{
    for (const auto& op : m_ops)
        if (op.kind == Op::Kind::Write && op.path == path)
            return &op.data;
    return nullptr;
}

void Journal::apply(const QList<Op>& ops)
{
    for (const auto& op : ops) {
        const QFileInfo info(op.path);
        switch (op.kind) {
        case Op::Kind::Write: {
            QDir().mkpath(info.absolutePath());
            replaceFile(op.path, op.data);
            break;
        }
        case Op::Kind::MoveDirectory:
            // Replay-safe: only a real directory moves, and never over something.
            if (info.isDir() && !info.isSymLink() && !QFileInfo::exists(op.other)) {
                QDir().mkpath(QFileInfo(op.other).absolutePath());
                QDir().rename(op.path, op.other);
            }
            break;
        case Op::Kind::Link:
            if (!info.isSymLink() && !info.exists())
                QFile::link(op.other, op.path);
            break;
        case Op::Kind::Remove:
            if (info.isSymLink() || info.isFile())
                QFile::remove(op.path);
            break;
        case Op::Kind::MakePath:
            QDir().mkpath(op.path);
            break;
        case Op::Kind::RemoveTree:
            QDir(op.path).removeRecursively();
            break;
        }
    }
}

bool Journal::commit(const QString& journalFile)
{
    if (m_ops.isEmpty()) {
        passCommitInstant();
        return true;
    }
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << quint32(m_ops.size());
        for (const auto& op : m_ops)
            out << quint8(op.kind) << op.path << op.other << op.data;
    }
    if (!replaceFile(journalFile, bytes))
        return false;
    if (midCommitHook()) {
        const qsizetype half = m_ops.size() / 2;
        apply(m_ops.mid(0, half));
        std::exchange(midCommitHook(), {})();
        apply(m_ops.mid(half));
    } else {
        apply(m_ops);
    }
    m_ops.clear();
    QFile::remove(journalFile);
    return true;
}

void Journal::passCommitInstant()
{
    // A command that saves nothing still has the instant between its work and its end.
    if (midCommitHook())
        std::exchange(midCommitHook(), {})();
}

void Journal::atNextMidCommit(std::function<void()> hook)
{
    midCommitHook() = std::move(hook);
}

void Journal::recover(const QString& journalFile)
{
    QFile f(journalFile);
    if (!f.open(QIODevice::ReadOnly))
        return;
    QDataStream in(f.readAll());
    quint32 count = 0;
    in >> count;
    QList<Op> ops;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint8 kind = 0;
        Op op;
        in >> kind >> op.path >> op.other >> op.data;
        op.kind = Op::Kind(kind);
        ops << op;
    }
    if (in.status() == QDataStream::Ok)
        apply(ops);
    f.close();
    QFile::remove(journalFile);
}

} // namespace aixsim
