#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dceha {

/** Parsers for the LVM commands' output (shared/reference/aix-commands.md), tolerant of spacing. */
namespace lvm {

/** The value after "LABEL:" in lslv/lsvg's two-column label/value layout; empty when absent. */
QString labelValue(const QString& text, const QString& label);

struct LvRow
{
    QString name, type, state, mountPoint;
    int lps = 0;
};
/** The rows of `lsvg -l VG`. */
QList<LvRow> lvRows(const QString& text);

/** The PP size in MB from `lsvg VG` ("PP SIZE: 4 megabyte(s)"), 0 when absent. */
int ppSizeMb(const QString& lsvgText);

/** Whether @p major is free according to `lvlstmajor` output ("43,45..." or "45..."). */
bool majorFree(const QString& lvlstmajorText, int major);
/** The lowest free major number in `lvlstmajor` output, 0 when unreadable. */
int lowestFreeMajor(const QString& lvlstmajorText);

/** `lspv` rows: disk → VG name ("None" when in no VG). */
QList<QPair<QString, QString>> pvRows(const QString& text);
/** One `lspv` row in full. */
struct PvRow
{
    QString disk, pvid, vg; ///< vg: "None" when in no VG
};
QList<PvRow> pvTable(const QString& text);
/** The VG's size and free space in MB from `lsvg VG` ("TOTAL PPs: 537 (2148 megabytes)", "FREE PPs: …");
 * false when either is absent. */
bool vgSpaceMb(const QString& lsvgText, int* totalMb, int* freeMb);

} // namespace lvm
} // namespace dceha
